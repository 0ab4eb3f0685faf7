"""Charts over time on one honest scale: from 0, ends written, the scale said."""

from __future__ import annotations

from abcd_tui.tui.widgets.chart import Series, band, chart_content, levels

DATES = ("1 mrt", "1 sep", "1 nov")


def test_six_circles_to_five_is_a_step_down_of_a_sixth_not_a_fall_to_nothing():
    drawn = levels((6.0, 5.0), 2, 1)
    assert drawn == [8, 7]  # 6 fills the row; 5 is five sixths of it (6.7 → 7 eighths)
    assert band((6.0, 5.0), 2, 1) == ["█▇"]


def test_a_share_is_drawn_out_of_a_hundred_and_zero_is_empty():
    assert levels((50.0, 100.0), 2, 1, top=100.0) == [4, 8]
    assert levels((0.0, 0.0), 3, 1) == [0, 0, 0]
    assert levels((0.0, 1.0, 10.0), 3, 1) == [0, 1, 8]  # a small value keeps a sliver


def test_the_first_value_stands_left_and_the_last_right_and_the_scale_is_said():
    series = (
        Series("Kringen", (6.0, 6.0, 5.0), ("6", "6", "5")),
        Series("Verbonden", (88.0, 88.0, 88.7), ("88%", "88%", "88,7%"), 100.0),
    )
    note = "Elke rij vanaf 0 tot haar hoogste waarde"
    text = chart_content(series, DATES, None, "Door de tijd · vanaf 0", 60, 6, note).plain
    lines = text.splitlines()
    assert lines[0].startswith("Door de tijd · vanaf 0") and lines[0].endswith("1 nov")
    circles = lines[1].split()
    assert circles[:2] == ["Kringen", "6"] and circles[-1] == "5"
    assert lines[2].split()[1] == "88%" and lines[2].split()[-1] == "88,7%"
    assert lines[-1] == note
    # No room for the note: the title alone says "vanaf 0", no half sentence.
    short = chart_content(series, DATES, None, "Door de tijd · vanaf 0", 60, 3, note).plain
    assert note not in short and len(short.splitlines()) == 3
