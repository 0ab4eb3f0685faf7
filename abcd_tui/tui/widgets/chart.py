"""A small chart over time: one row (or band of rows) per headline figure.

Each figure is an area of eighth blocks (▁▂▃▄▅▆▇█) scaled to its own lowest and highest
value, so a change shows even when it is small, but never magnified beyond a tenth of
the figure (150 → 149 residents is a dip, not a fall); its first and last value stand
beside it. Snapshots are spaced evenly from left to right
(dates are in the list; snapshots are not taken at regular times) and the values in
between are drawn as straight lines. The highlighted snapshot's column is drawn in the
accent colour. Given more height, each figure gets more rows and a finer line: the
chart uses the space of a large terminal and still fits in 80x24.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

BLOCKS = " ▁▂▃▄▅▆▇█"
LEAST_RANGE = 0.1  # of the largest value: a smaller change is drawn at that scale
MAX_ROWS = 5  # rows per figure on a tall terminal: more reads no better


@dataclass(frozen=True)
class Series:
    """One figure over time: its label, values (oldest first) and the values as text."""

    label: str
    values: tuple[float, ...]
    texts: tuple[str, ...]


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


def levels(values: tuple[float, ...], width: int, rows: int) -> list[int]:
    """How many eighths of the `rows` each column is filled. The lowest value keeps a
    sliver (▁), so a column is never empty; a figure that never changed is a flat line
    halfway up."""
    found = columns(values, width)
    if not found:
        return []
    low, high = min(values), max(values)
    steps = 8 * rows
    if high == low:  # the same throughout: halfway up
        return [1 + int((steps - 1) / 2 + 0.5)] * width
    span = max(high - low, LEAST_RANGE * max(abs(low), abs(high)))
    low -= (span - (high - low)) / 2  # a small change sits around the middle
    return [1 + int((v - low) / span * (steps - 1) + 0.5 + 1e-9) for v in found]


def band(values: tuple[float, ...], width: int, rows: int) -> list[str]:
    """The figure as `rows` lines of blocks, top line first."""
    filled = levels(values, width, rows)
    return (
        [
            "".join(BLOCKS[max(0, min(8, level - 8 * row))] for level in filled)
            for row in range(rows - 1, -1, -1)
        ]
        if filled
        else [""] * rows
    )


def band_content(
    values: tuple[float, ...], width: int, rows: int, marked: int | None
) -> list[Content]:
    """`band` in colour: the top of each column bright, the area under it muted (so a
    tall chart reads as a line), and the column of snapshot `marked` in the accent."""
    filled = levels(values, width, rows)
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
    axis line: one row each until two rows and a gap fit."""
    if figures == 0:
        return 1, 0
    room = height - 1
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

    def render(self) -> Content:
        width, height = self.content_size
        return chart_content(self.series, self.dates, self.highlighted, self.title, width, height)


def chart_content(
    series: tuple[Series, ...],
    dates: tuple[str, ...],
    highlighted: int | None,
    title: str,
    width: int,
    height: int,
) -> Content:
    """The chart as styled text `width` columns wide, fitted to `height` rows."""
    if not series or not dates:
        return Content("")
    label_width = max(len(s.label) for s in series)
    values = [f"{s.texts[0]} → {s.texts[-1]}" if len(s.texts) > 1 else s.texts[-1] for s in series]
    value_width = max(len(v) for v in values)
    chart_width = width - label_width - value_width - 4
    if chart_width < 6:  # too narrow for a chart: the figures alone
        chart_width = 0
    rows, gap = rows_each(height, len(series))
    marked = column_of(highlighted, len(dates), chart_width) if highlighted is not None else None
    lines: list[Content] = []
    first, last = dates[0], dates[-1]
    axis = first if len(dates) == 1 else first + last.rjust(max(1, chart_width - len(first)))
    lines.append(
        Content.assemble(
            (title.ljust(label_width), "bold $accent"),
            "  ",
            (axis[: max(chart_width, len(first))], "dim"),
        )
    )
    for n, (s, value) in enumerate(zip(series, values, strict=True)):
        if gap and n:
            lines.append(Content(""))
        drawn = band_content(s.values, chart_width, rows, marked) if chart_width else []
        for row in range(rows):
            bottom = row == rows - 1
            parts: list[Content | tuple[str, str] | str] = [
                (s.label if bottom else "").ljust(label_width),
                "  ",
            ]
            if drawn:
                parts.append(drawn[row])
            if bottom:
                parts += ["  ", (value.rjust(value_width), "bold")]
            lines.append(Content.assemble(*parts))
    return Content("\n").join(lines)
