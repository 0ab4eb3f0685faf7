"""A small chart over time: one row (or band of rows) per headline figure.

Each figure is an area of eighth blocks (▁▂▃▄▅▆▇█) on one honest scale: from 0 up to
its highest value (a share up to 100%), so Kringen 6 → 5 is drawn as a full column
stepping down to five sixths of it, never as a block fading to nothing; the chart says
so in its title line ("vanaf 0") and, given the room, in a line below. Its first value
stands at the left end, its last at the right end. Snapshots are spaced evenly from left
to right
(dates are in the list; snapshots are not taken at regular times) and the values in
between are drawn as straight lines. The highlighted snapshot's column is drawn in the
accent colour. Given more height, each figure gets more rows and a finer line: the
chart uses the space of a large terminal and still fits in 80x24.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

BLOCKS = " ▁▂▃▄▅▆▇█"
MAX_ROWS = 5  # rows per figure on a tall terminal: more reads no better


@dataclass(frozen=True)
class Series:
    """One figure over time: its label, values (oldest first) and the values as text."""

    label: str
    values: tuple[float, ...]
    texts: tuple[str, ...]
    top: float | None = None  # the top of the scale when fixed (100 for a share)


def columns(values: tuple[float, ...], width: int) -> list[float]:
    """The value at each of `width` columns: the snapshots spread evenly over the width,
    straight lines between them."""
    n = len(values)
    if n == 0 or width <= 0:
        return []
    if n == 1 or width == 1:
        return [values[-1]] * width
    found = []
    for x in range(width):
        position = x * (n - 1) / (width - 1)
        i = min(int(position), n - 2)
        part = position - i
        found.append(values[i] + (values[i + 1] - values[i]) * part)
    return found


def column_of(index: int, count: int, width: int) -> int:
    """The column a snapshot stands at (the same spreading as `columns`)."""
    if count <= 1 or width <= 1:
        return width - 1
    return round(index * (width - 1) / (count - 1))


def levels(values: tuple[float, ...], width: int, rows: int, top: float | None = None) -> list[int]:
    """How many eighths of the `rows` each column is filled, on a scale from 0 (or the
    lowest value, when below 0) to the highest value (or `top`): the height of a column
    is its value's share of that. A value above 0 keeps a sliver (▁), so it never looks
    like nothing; a 0 is an empty column."""
    found = columns(values, width)
    if not found:
        return []
    low = min(0.0, *values)
    high = max(*values, top if top is not None else low)
    steps = 8 * rows
    if high <= low:  # nothing but zeros
        return [0] * width
    return [
        max(1 if v > low else 0, min(steps, int((v - low) / (high - low) * steps + 0.5 + 1e-9)))
        for v in found
    ]


def band(values: tuple[float, ...], width: int, rows: int, top: float | None = None) -> list[str]:
    """The figure as `rows` lines of blocks, top line first."""
    filled = levels(values, width, rows, top)
    return (
        [
            "".join(BLOCKS[max(0, min(8, level - 8 * row))] for level in filled)
            for row in range(rows - 1, -1, -1)
        ]
        if filled
        else [""] * rows
    )


def band_content(
    values: tuple[float, ...], width: int, rows: int, marked: int | None, top: float | None = None
) -> list[Content]:
    """`band` in colour: the top of each column bright, the area under it muted (so a
    tall chart reads as a line), and the column of snapshot `marked` in the accent."""
    filled = levels(values, width, rows, top)
    lines = []
    for row in range(rows - 1, -1, -1):
        runs: list[tuple[str, str]] = []
        for column, level in enumerate(filled):
            part = level - 8 * row
            colour = "$accent" if column == marked else "$primary"
            style = "" if part <= 0 else colour if part <= 8 else f"{colour}-muted"
            char = BLOCKS[max(0, min(8, part))]
            if runs and runs[-1][1] == style:
                runs[-1] = (runs[-1][0] + char, style)
            else:
                runs.append((char, style))
        lines.append(Content.assemble(*runs))
    return lines


def rows_each(height: int, figures: int) -> tuple[int, int]:
    """(rows per figure, blank rows between figures) for a chart `height` high with an
    axis line and a line on the scale: one row each until two rows and a gap fit."""
    if figures == 0:
        return 1, 0
    room = height - 2
    if room >= figures * 3 - 1:
        return min(MAX_ROWS, (room + 1) // figures - 1), 1
    return 1, 0


class FigureChart(Widget):
    """The headline figures of all snapshots over time (module doc)."""

    DEFAULT_CSS = """
    FigureChart {
        height: 1fr;
        min-height: 9;
    }
    """

    series: reactive[tuple[Series, ...]] = reactive(tuple)
    dates: reactive[tuple[str, ...]] = reactive(tuple)  # one per snapshot, oldest first
    highlighted: reactive[int | None] = reactive(None)  # the snapshot in the list
    title: reactive[str] = reactive("")
    scale_note: reactive[str] = reactive("")  # below the chart, when it fits: what 0 is

    def render(self) -> Content:
        width, height = self.content_size
        return chart_content(
            self.series, self.dates, self.highlighted, self.title, width, height, self.scale_note
        )


def chart_content(
    series: tuple[Series, ...],
    dates: tuple[str, ...],
    highlighted: int | None,
    title: str,
    width: int,
    height: int,
    scale_note: str = "",
) -> Content:
    """The chart as styled text `width` columns wide, fitted to `height` rows: per
    figure its label, its first value, the band, its last value."""
    if not series or not dates:
        return Content("")
    label_width = max(len(s.label) for s in series)
    several = len(dates) > 1
    first_width = max(len(s.texts[0]) for s in series) if several else 0
    last_width = max(len(s.texts[-1]) for s in series)
    chart_width = width - label_width - first_width - last_width - (6 if several else 4)
    if chart_width < 6:  # too narrow for a chart: the figures alone
        chart_width = 0
    rows, gap = rows_each(height, len(series))
    marked = column_of(highlighted, len(dates), chart_width) if highlighted is not None else None
    lines: list[Content] = []
    first, last = dates[0], dates[-1]
    lead = label_width + 2 + (first_width + 2 if several and chart_width else 0)
    room = max(chart_width, len(first)) - max(0, len(title) + 2 - lead)  # a long title
    if not several:
        axis = first
    elif room >= len(first) + len(last) + 1:
        axis = first + last.rjust(room - len(first))
    else:
        axis = f"{first} – {last}"
    lines.append(
        Content.assemble((title.ljust(max(lead, len(title) + 2)), "bold $accent"), (axis, "dim"))
    )
    for n, s in enumerate(series):
        if gap and n:
            lines.append(Content(""))
        drawn = band_content(s.values, chart_width, rows, marked, s.top) if chart_width else []
        for row in range(rows):
            bottom = row == rows - 1
            parts: list[Content | tuple[str, str] | str] = [
                (s.label if bottom else "").ljust(label_width),
                "  ",
            ]
            if several:
                start = s.texts[0] if bottom else ""
                parts += [(start.rjust(first_width), "bold"), "  "]
            if drawn:
                parts.append(drawn[row])
            if bottom:
                parts += ["  ", (s.texts[-1].rjust(last_width), "bold")]
            lines.append(Content.assemble(*parts))
    note = textwrap.wrap(scale_note, max(width, 20))
    if len(lines) + len(note) <= height:  # all of it or none: the title says "from 0"
        lines += [Content.styled(line, "dim italic") for line in note]
    return Content("\n").join(lines)
