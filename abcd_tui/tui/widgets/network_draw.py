"""Drawing a network in the terminal: a layout, ties as braille dots, names on top.

No Textual here, only Rich `Text`, so the drawing is tested (and benchmarked) without an
app. A `Scene` says what to draw: marks (people, groups or communities) and the links
between them. `draw(scene, width, height)` places them (a radial layout for an ego
network, blobs for the neighbourhood), rasterises the links as braille dots (2x4 dots
per cell) in a dim colour, and writes the names in bold on top, each nudged a row or two
when it would cover another. No randomness anywhere: the same scene at the same size
gives the same picture, so snapshot tests are stable.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rich.text import Span, Text

from abcd_tui.analysis.picture import Mark, Scene, summarised, trimmed
from abcd_tui.domain.records import RecordType
from abcd_tui.tui.text import visible

# Roles a mark can have, with its glyph and style; the legend shows the same.
GLYPHS = {
    "centre": "◉",
    "connector": "★",
    "waiting": "○",
    RecordType.RESIDENT: "●",
    RecordType.GROUP: "■",
    "community": "◍",
    "summary": "◍",  # the second ring's members of one circle, as one mark
}
# Community colours, cycled; the ring and the blobs use them alike.
PALETTE = ("cyan", "green", "magenta", "yellow", "blue", "red", "bright_cyan", "bright_green")
LINK_STYLE = "grey50"
HOT_LINK_STYLE = "bold bright_white"
STRONG_LINK_STYLE = "grey70"
BRAILLE_BITS = ((0x01, 0x08), (0x02, 0x10), (0x04, 0x20), (0x40, 0x80))  # [row][col]
FLOOR = "\u2800"  # the empty braille cell


@dataclass
class Drawing:
    """The picture, and where each mark drawn landed (its glyph's cell column, row) for
    moving around; `named`: the marks drawn with their name, not only their glyph."""

    text: Text
    positions: dict[str, tuple[int, int]]
    named: set[str] = field(default_factory=set)


def radial_positions(scene: Scene, width: int, height: int) -> dict[str, tuple[float, float]]:
    """Centre in the middle, its neighbours on an ellipse, the second step on a wider one.

    An ellipse twice as wide as high, because a terminal cell is about twice as high as
    wide. Ring order is the scene's (by community), starting at the top, clockwise.
    """
    cx, cy = (width - 1) / 2, (height - 1) / 2
    rx, ry = max(width / 2 - 3, 1), max(height / 2 - 1, 1)
    places: dict[str, tuple[float, float]] = {}
    if scene.centre is not None:
        places[scene.centre] = (cx, cy)
    rings = [r for r in scene.rings if r]
    for number, ring in enumerate(rings):
        share = (number + 1) / len(rings) if len(rings) > 1 else 1.0
        scale = 0.5 + 0.5 * share if len(rings) > 1 else 1.0
        # A half-step turn on the outer ring keeps its names off the inner ring's spokes.
        turn = 0.5 * number
        for i, node in enumerate(ring):
            angle = 2 * math.pi * (i + turn) / len(ring) - math.pi / 2
            places[node] = (cx + rx * scale * math.cos(angle), cy + ry * scale * math.sin(angle))
    return places


def blob_positions(scene: Scene, width: int, height: int) -> dict[str, tuple[float, float]]:
    """The biggest community in the middle, the next on an inner ellipse, the rest on an
    outer one; a mark `between` two communities sits halfway along their link."""
    blobs = [m.id for m in scene.marks if m.role == "community"]
    cx, cy = (width - 1) / 2, (height - 1) / 2
    rx, ry = max(width / 2 - 8, 1), max(height / 2 - 2, 1)
    places: dict[str, tuple[float, float]] = {}
    if blobs:
        places[blobs[0]] = (cx, cy)
    inner, outer = blobs[1:7], blobs[7:]
    for ring, scale, turn in ((inner, 0.5 if outer else 0.85, 0.0), (outer, 1.0, 0.5)):
        for i, node in enumerate(ring):
            angle = 2 * math.pi * (i + turn) / len(ring) - math.pi / 2
            places[node] = (cx + rx * scale * math.cos(angle), cy + ry * scale * math.sin(angle))
    for node, (a, b) in scene.between.items():
        if a in places and b in places:
            (ax, ay), (bx, by) = places[a], places[b]
            places[node] = ((ax + bx) / 2, (ay + by) / 2)
    return places


class _Canvas:
    """Braille dots (2x4 per cell, one heat level per cell) and text cells on top."""

    def __init__(self, width: int, height: int):
        self.width, self.height = width, height
        self.bits = [[0] * width for _ in range(height)]
        self.heat = [[0] * width for _ in range(height)]
        self.cells: list[list[tuple[str, str] | None]] = [[None] * width for _ in range(height)]

    def dot(self, px: int, py: int, heat: int) -> None:
        col, row = px >> 1, py >> 2
        if 0 <= col < self.width and 0 <= row < self.height:
            self.bits[row][col] |= BRAILLE_BITS[py & 3][px & 1]
            if heat > self.heat[row][col]:
                self.heat[row][col] = heat

    def line(self, a: tuple[float, float], b: tuple[float, float], heat: int) -> None:
        """Dots from cell position a to b (cell centres), one per dot step. The dot is
        set inline, not through `dot`: ties are most of a picture's dots."""
        x0, y0 = a[0] * 2 + 1, a[1] * 4 + 2
        x1, y1 = b[0] * 2 + 1, b[1] * 4 + 2
        steps = max(int(max(abs(x1 - x0), abs(y1 - y0))), 1)
        sx, sy = (x1 - x0) / steps, (y1 - y0) / steps
        bits_of, heat_of, width, height = self.bits, self.heat, self.width, self.height
        for i in range(steps + 1):
            px, py = round(x0 + sx * i), round(y0 + sy * i)
            col, row = px >> 1, py >> 2
            if 0 <= col < width and 0 <= row < height:
                bits_of[row][col] |= BRAILLE_BITS[py & 3][px & 1]
                if heat > heat_of[row][col]:
                    heat_of[row][col] = heat

    def ring(self, centre: tuple[float, float], radius: float, heat: int) -> None:
        """A dotted ellipse (round on screen) of `radius` cells across, around `centre`."""
        x0, y0 = centre[0] * 2 + 1, centre[1] * 4 + 2
        rx, ry = radius * 2, radius * 2  # dots: 2 per cell across, 4 per cell down
        count = max(int(2 * math.pi * max(rx, ry)), 8)
        for i in range(count):
            angle = 2 * math.pi * i / count
            self.dot(round(x0 + rx * math.cos(angle)), round(y0 + ry * math.sin(angle)), heat)

    def free(self, col: int, row: int, length: int) -> bool:
        if row < 0 or row >= self.height or col < 0 or col + length > self.width:
            return False
        return all(self.cells[row][c] is None for c in range(max(col - 1, 0), col + length))

    def write(self, col: int, row: int, text: str, style: str) -> None:
        for i, char in enumerate(text):
            if 0 <= col + i < self.width and 0 <= row < self.height:
                self.cells[row][col + i] = (char, style)

    def text(self, styles: tuple[str, ...]) -> Text:
        """Runs of one style become one span: a few hundred spans, not thousands. Built
        as one string and a list of spans (appending run by run took half the draw)."""
        chars: list[str] = []
        spans: list[Span] = []
        pos = 0
        for row in range(self.height):
            cells, bits, heat = self.cells[row], self.bits[row], self.heat[row]
            run_start, run_style = pos, ""
            for col in range(self.width):
                cell = cells[col]
                if cell is not None:
                    char, style = cell
                elif bits[col]:
                    char, style = chr(0x2800 + bits[col]), styles[heat[col]]
                else:
                    char, style = " ", ""
                if style != run_style:
                    if run_style:
                        spans.append(Span(run_start, pos, run_style))
                    run_start, run_style = pos, style
                chars.append(char)
                pos += 1
            if run_style:
                spans.append(Span(run_start, pos, run_style))
            if row < self.height - 1:
                chars.append("\n")
                pos += 1
        return Text("".join(chars), spans=spans, no_wrap=True, overflow="crop", end="")


COUNT_AT_END = re.compile(r" \(\d+\)$")  # a circle's "Dorpskoor (34)"


def short(label: str, length: int) -> str:
    """A name cut to `length` characters with an ellipsis, shown literally; a count at
    the end ("Ouderraad De Zonnewijzer (34)") stays, the name before it is cut."""
    label = visible(label)
    if len(label) <= length:
        return label
    count = COUNT_AT_END.search(label)
    tail = count.group() if count and len(count.group()) < length - 4 else ""
    name = label[: len(label) - len(tail)]
    return name[: max(length - len(tail) - 1, 1)] + "…" + tail


def mark_style(mark: Mark, selected: bool, centre: bool) -> str:
    colour = PALETTE[mark.colour % len(PALETTE)]
    style = f"bold {colour}"
    if centre:
        style = "bold reverse"
    if selected:
        style = "bold reverse " + colour
    return style


# Where a glyph without its name may go when its own cell is taken: nearest first.
GLYPH_SPOTS = sorted(
    ((dx, dy) for dx in range(-4, 5) for dy in range(-2, 3)),
    key=lambda d: (abs(d[0]) + 2 * abs(d[1]), d),
)


def _place_label(canvas: _Canvas, x: int, y: int, side: int, text: str) -> tuple[int, int] | None:
    """Where a label fits near (x, y): beside the glyph on `side` (-1 left, 0 centred,
    1 right), else a row or two up or down. A lone glyph looks a few cells around."""
    length = len(text)
    if side < 0:
        col = x - length + 1
    elif side > 0:
        col = x
    else:
        col = x - length // 2
    col = min(max(col, 0), max(canvas.width - length, 0))
    spots = GLYPH_SPOTS if length == 1 else [(0, dy) for dy in (0, -1, 1, -2, 2)]
    for dx, dy in spots:
        if canvas.free(col + dx, y + dy, length):
            return col + dx, y + dy
    return None


def draw(scene: Scene, width: int, height: int, selected: str | None = None) -> Drawing:
    """The picture of `scene` in `width` x `height` cells, `selected` highlighted."""
    width, height = max(width, 8), max(height, 3)
    canvas = _Canvas(width, height)
    if scene.kind == "neighbourhood":
        places = blob_positions(scene, width, height)
    else:
        places = radial_positions(scene, width, height)
    marks = [m for m in scene.marks if m.id in places]
    positions: dict[str, tuple[int, int]] = {}
    named: set[str] = set()
    cx = (width - 1) / 2
    heaviest = max((w for _, _, w in scene.links), default=1)
    # Ties first (dim), the selected one's ties hot; then blobs; then names on top.
    for a, b, weight in sorted(scene.links, key=lambda link: selected in link[:2]):
        if a in places and b in places:
            heat = 3 if selected in (a, b) else (2 if weight * 2 > heaviest > 1 else 1)
            canvas.line(places[a], places[b], heat)
    biggest = max((m.size for m in marks if m.role == "community"), default=1)
    for mark in marks:
        if mark.role == "community":
            radius = 1.5 + 0.25 * min(width / 2, height) * math.sqrt(mark.size / biggest)
            canvas.ring(places[mark.id], radius, 4 + mark.colour % len(PALETTE))
    longest = max(6, min(18, width // 5))
    # Who gets a name first when names would collide: centre, selection, connectors.
    order = {"centre": 0, "community": 1, "connector": 2, "waiting": 3, "group": 4}
    ranked = sorted(marks, key=lambda m: (m.id != selected, order.get(m.role, 5)))
    for mark in ranked:
        x, y = round(places[mark.id][0]), round(places[mark.id][1])
        is_centre = mark.id == scene.centre or mark.role in ("community", "summary")
        style = mark_style(mark, mark.id == selected, mark.id == scene.centre)
        glyph = GLYPHS.get(mark.role, "●")
        if mark.role == "community" or mark.id == scene.centre:
            side = 0
        else:
            side = -1 if places[mark.id][0] < cx - 1 else (1 if places[mark.id][0] > cx + 1 else 0)
        wide = longest + 10  # "+ 14 via Dorpskoor", "Dorpskoor (34)": the end says most
        room = {"summary": wide, "community": wide}.get(
            mark.role, longest + 6 if is_centre else longest
        )
        name = short(mark.label, room)
        label = f"{name} {glyph}" if side < 0 else f"{glyph} {name}"
        spot = _place_label(canvas, x, y, side, label)
        if spot is not None:
            named.add(mark.id)
        else:
            spot = _place_label(canvas, x, y, side, glyph)
            label = glyph
        if spot is not None:
            col, row = spot
            canvas.write(col, row, label, style)
            positions[mark.id] = (col + len(label) - 1 if side < 0 else col, row)
    styles = (
        "",
        LINK_STYLE,
        STRONG_LINK_STYLE,
        HOT_LINK_STYLE,
        *(f"dim {c}" for c in PALETTE),
    )
    return Drawing(canvas.text(styles), positions, named)


def draw_fitted(
    scene: Scene,
    width: int,
    height: int,
    selected: str | None,
    expanded: frozenset[str],
    label: Callable[[str, int], str],
) -> tuple[Drawing, Scene, dict[str, str]]:
    """The picture of `scene` as it fits: two steps with names (the best-tied of the
    second ring, `trimmed`) when every name fits, else with the whole second ring
    summarised by circle (but the circles in `expanded`, drawn in full). Returns the
    drawing, the scene drawn, and which record went into which summary mark."""
    named = trimmed(scene)
    if len(scene.rings) > 1 and scene.circle_of:
        full = draw(named, width, height, selected)
        if len(full.named) == len(named.marks):
            return full, named, {}
        small, folded = summarised(scene, expanded, label)
        return draw(small, width, height, folded.get(selected or "", selected)), small, folded
    return draw(named, width, height, selected), named, {}


def pick_in_direction(
    positions: dict[str, tuple[int, int]], origin: str, dx: int, dy: int
) -> str | None:
    """The mark drawn nearest to `origin` in direction (dx, dy), or None.

    Looked for in a cone of 45 degrees either side first, then of almost 90: what is
    straight ahead beats a nearer mark at an angle, and anything on that side of the
    screen is found in the end. Rows count double, as cells are twice as high as wide.
    """
    if origin not in positions:
        return None
    ox, oy = positions[origin]
    for widest in (45, 89):
        best, best_score = None, math.inf
        for node, (x, y) in positions.items():
            vx, vy = x - ox, (y - oy) * 2
            distance = math.hypot(vx, vy)
            if node == origin or distance == 0:
                continue
            cosine = (vx * dx + vy * dy) / distance
            if cosine < math.cos(math.radians(widest)):
                continue
            score = distance * (2 - cosine) ** 2
            if score < best_score:
                best, best_score = node, score
        if best is not None:
            return best
    return None
