"""The network as an inline SVG picture, for the HTML report.

Residents are small circles, groups squares in the colour of their kind; connectors are
larger yellow circles with a dark ring and their name, residents not yet connected an
open violet circle (a friendly colour, never an alarm). Ties are thin lines, strong ties
a little thicker. Residents and groups without any tie stand in a row at the bottom.

The layout is igraph's Fruchterman-Reingold in parts, by the node attribute
``community`` (`picture_layout`): the same graph and seed give the same picture. 5,000
residents with 20,000 ties take about half a second; a large map's is begun before the
other files are written (`start_layout`), in a second process. The drawing stays a few
hundred kilobytes: one path for all ties, CSS
classes instead of styles, coordinates to one decimal, names only for connectors and
the largest groups (every highlighted node has a `<title>` for hover text).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from html import escape

import networkx as nx

from abcd_tui.domain.records import RecordType
from abcd_tui.export.model import COLOURS
from abcd_tui.export.picture_layout import APART_NODES, Coords, Inputs, numbered, start
from abcd_tui.i18n import number, t

CONNECTOR = "#f0e442"  # Okabe-Ito yellow, filled, with a dark ring
CONNECTOR_RING = "#3b3b3b"
NOT_YET_CONNECTED = "#6a51a3"  # violet outline: noticed, not alarming
TIE = "#9aa5b1"
KINDS = ("association", "institution", "place", "business")

BIG = 1500  # above this many nodes: thinner, lighter ties and fewer names
LABEL_CHARS = 28

# One stylesheet, scoped to the picture's class; inline SVG shares the page's CSS.
STYLE = f"""
.net text{{font:11px system-ui,sans-serif;fill:#1f2933;paint-order:stroke;stroke:#fff;
stroke-width:3px;stroke-linejoin:round}}
.net .ties{{fill:none;stroke:{TIE};stroke-width:.7;stroke-opacity:.7}}
.net .strong{{fill:none;stroke:#6b7785;stroke-width:1.4;stroke-opacity:.8}}
.net.big .ties{{stroke-width:.3;stroke-opacity:.25}}
.net.big .strong{{stroke-width:.6;stroke-opacity:.5}}
.net .residents{{fill:{COLOURS["resident"]};fill-opacity:.8}}
.net .groups{{fill:#7b8794}}.net .groups rect{{stroke:#fff;stroke-width:.8}}
{"".join(f".net .{kind}{{fill:{COLOURS[kind]}}}" for kind in KINDS)}
.net .waiting{{fill:#fff;stroke:{NOT_YET_CONNECTED};stroke-width:2}}
.net .connectors circle{{fill:{CONNECTOR};stroke:{CONNECTOR_RING};stroke-width:1.5}}
.net .groups .connector{{stroke:{CONNECTOR_RING};stroke-width:2}}
.net .apart{{font-size:10px;fill:#52606d}}
""".replace("\n", "")


@dataclass(frozen=True)
class LegendItem:
    """One entry of the legend: a small SVG drawn like the picture draws it, and its
    name (in the current language)."""

    swatch: str
    label: str


def legend_items() -> list[LegendItem]:
    """What the shapes and colours of `network_svg` mean, in the current language."""

    def swatch(shape: str) -> str:
        return f'<svg class="swatch" width="18" height="14" viewBox="0 0 18 14">{shape}</svg>'

    items = [
        LegendItem(
            swatch(f'<circle cx="9" cy="7" r="3.5" fill="{COLOURS["resident"]}"/>'),
            t("report.legend_resident"),
        ),
        *(
            LegendItem(
                swatch(f'<rect x="4" y="2" width="10" height="10" fill="{COLOURS[kind]}"/>'),
                t(f"report.legend_{kind}"),
            )
            for kind in KINDS
        ),
        LegendItem(
            swatch(
                f'<circle cx="9" cy="7" r="5.5" fill="{CONNECTOR}" '
                f'stroke="{CONNECTOR_RING}" stroke-width="1.5"/>'
            ),
            t("report.legend_connector"),
        ),
        LegendItem(
            swatch(
                f'<circle cx="9" cy="7" r="5" fill="#fff" '
                f'stroke="{NOT_YET_CONNECTED}" stroke-width="2"/>'
            ),
            t("report.legend_not_yet_connected"),
        ),
        LegendItem(
            swatch(f'<path d="M1 7H17" stroke="{TIE}" stroke-width="1"/>'),
            t("report.legend_tie"),
        ),
        LegendItem(
            swatch('<path d="M1 7H17" stroke="#6b7785" stroke-width="2.5"/>'),
            t("report.legend_strong_tie"),
        ),
    ]
    return items


def network_svg(
    graph: nx.Graph,
    *,
    width: int = 960,
    height: int = 640,
    seed: int = 1,
    laid_out: Callable[[], Coords] | None = None,
) -> str:
    """The network `graph` as an `<svg>` element (a string), `width` x `height` units;
    `laid_out`: its layout begun before (`start_layout` of the same graph and seed).

    Node attributes read: ``label``, ``type`` ("resident"/"group"), ``kind``,
    ``connector``, ``not_yet_connected``, ``community``, ``score``; edge: ``strong``.
    Every label is escaped. Deterministic for the same graph and `seed`.
    """
    nodes = list(graph)
    residents = sum(1 for n in nodes if graph.nodes[n].get("type") != RecordType.GROUP)
    title = t(
        "report.picture_title",
        residents=number(residents),
        groups=number(len(nodes) - residents),
        ties=number(graph.number_of_edges()),
    )
    big = len(nodes) > BIG
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="net{" big" if big else ""}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="net-title">',
        f'<title id="net-title">{escape(title)}</title><style>{STYLE}</style>',
    ]
    if not nodes:
        parts.append(
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">'
            f"{escape(t('report.picture_empty'))}</text></svg>"
        )
        return "".join(parts)
    place = _places(graph, width, height, seed, parts, laid_out)
    parts += _ties(graph, place)
    parts += _nodes(graph, place, radius=_radius(len(nodes)), titled=len(nodes) <= 300)
    parts += _labels(graph, place, width, big)
    parts.append("</svg>")
    return "".join(parts)


# Drawing


def _radius(count: int) -> float:
    """A resident's radius: smaller as the picture fills up."""
    return round(min(4.0, max(1.4, 40 / math.sqrt(count))), 1)


def _xy(point: tuple[float, float]) -> str:
    return f"{point[0]:.1f} {point[1]:.1f}"


def _ties(graph: nx.Graph, place: dict) -> list[str]:
    weak: list[str] = []
    strong: list[str] = []
    for a, b, data in graph.edges(data=True):
        if a != b:
            (strong if data.get("strong") else weak).append(f"M{_xy(place[a])}L{_xy(place[b])}")
    return [
        f'<path class="{cls}" d="{"".join(d)}"/>'
        for cls, d in (("ties", weak), ("strong", strong))
        if d
    ]


def _nodes(graph: nx.Graph, place: dict, *, radius: float, titled: bool) -> list[str]:
    plain, waiting, stars = [], [], []
    groups: dict[str, list[str]] = {kind: [] for kind in (*KINDS, "other")}
    side = round(max(4.0, radius * 2.6), 1)
    for node, data in graph.nodes(data=True):
        x, y = place[node]
        label = escape(str(data.get("label", node)))
        if data.get("type") == RecordType.GROUP:
            cls = ' class="connector"' if data.get("connector") else ""
            kind = data.get("kind")
            groups[kind if kind in groups else "other"].append(
                f'<rect{cls} x="{x - side / 2:.1f}" y="{y - side / 2:.1f}" width="{side}" '
                f'height="{side}"><title>{label}</title></rect>'
            )
        elif data.get("connector"):
            r = max(5.0, radius * 2.4)
            stars.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{label}</title></circle>'
            )
        elif data.get("not_yet_connected"):
            r = max(3.5, radius * 1.8)
            waiting.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{label}</title></circle>'
            )
        else:
            hover = f"<title>{label}</title>" if titled else ""
            plain.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}">{hover}</circle>')
    out = [f'<g class="residents">{"".join(plain)}</g>']
    out += [f'<g class="groups {kind}">{"".join(g)}</g>' for kind, g in groups.items() if g]
    out.append(f'<g class="waiting">{"".join(waiting)}</g>')
    out.append(f'<g class="connectors">{"".join(stars)}</g>')
    return out


def _labels(graph: nx.Graph, place: dict, width: int, big: bool) -> list[str]:
    """Names of connectors (highest score first) and groups (most ties first), each
    beside its node where it overlaps no name already placed; else left out (its node
    keeps its hover title)."""
    stars = [n for n, d in graph.nodes(data=True) if d.get("connector")]
    stars.sort(key=lambda n: -float(graph.nodes[n].get("score") or 0))
    groups = [
        n
        for n, d in graph.nodes(data=True)
        if d.get("type") == RecordType.GROUP and not d.get("connector")
    ]
    groups.sort(key=lambda n: -graph.degree(n))
    chosen = stars[:30] + groups[: 15 if big else 40]
    placed: list[tuple[float, float, float, float]] = []
    out = []
    for node in chosen:
        text = str(graph.nodes[node].get("label", node))
        if len(text) > LABEL_CHARS:
            text = text[: LABEL_CHARS - 1].rstrip() + "…"
        x, y = place[node]
        w = 6.2 * len(text) + 4
        for dx, dy, anchor in (
            (8, 4, "start"),
            (-8, 4, "end"),
            (0, -9, "middle"),
            (0, 16, "middle"),
        ):
            left = x + dx - {"start": 0, "end": w, "middle": w / 2}[anchor]
            box = (left, y + dy - 11, left + w, y + dy + 2)
            if box[0] < 0 or box[2] > width or any(_overlap(box, other) for other in placed):
                continue
            placed.append(box)
            anchor_attr = "" if anchor == "start" else f' text-anchor="{anchor}"'
            out.append(
                f'<text x="{x + dx:.1f}" y="{y + dy:.1f}"{anchor_attr}>{escape(text)}</text>'
            )
            break
    return out


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# Layout


def _places(
    graph: nx.Graph,
    width: int,
    height: int,
    seed: int,
    parts: list[str],
    laid_out: Callable[[], Coords] | None = None,
) -> dict[Hashable, tuple[float, float]]:
    """Node -> (x, y) in the picture. Nodes without ties go in rows along the bottom
    (with a caption appended to `parts`); the others fill the space above."""
    margin = 16.0
    tied, apart = _split(graph)
    # The row of nodes without ties takes at most half the height (all of it if alone).
    room = (height - 2 * margin) * (0.5 if tied else 1.0) - 18
    step, per_row, rows = 12.0, 1, 0
    while apart:
        per_row = max(1, int((width - 2 * margin - 12) // step))
        rows = math.ceil(len(apart) / per_row)
        if rows * step <= room or step <= 2:
            break
        step -= 1
    band = rows * step + 18 if apart else 0.0
    place: dict[Hashable, tuple[float, float]] = {}
    if tied:
        coords = (laid_out or start_layout(graph, seed=seed))()
        xs, ys = [c[0] for c in coords], [c[1] for c in coords]
        low_x, low_y = min(xs), min(ys)
        # Stretched to fill the room: the layout has no natural shape to keep.
        scale_x = (width - 2 * margin) / ((max(xs) - low_x) or 1.0)
        scale_y = (height - 2 * margin - band) / ((max(ys) - low_y) or 1.0)
        for node, (x, y) in zip(tied, coords, strict=True):
            place[node] = (margin + (x - low_x) * scale_x, margin + (y - low_y) * scale_y)
    if apart:
        top = height - band + 14 if tied else margin + 14
        parts.append(
            f'<text class="apart" x="{margin}" y="{top - 6:.1f}">'
            f"{escape(t('report.picture_without_ties'))}</text>"
        )
        for i, node in enumerate(apart):
            row, col = divmod(i, per_row)
            place[node] = (margin + 6 + col * step, top + 6 + row * step)
    return place


def _split(graph: nx.Graph) -> tuple[list[Hashable], list[Hashable]]:
    """The nodes with a tie to another, and those without, each in the graph's order."""
    tied: list[Hashable] = []
    apart: list[Hashable] = []
    for node in graph:
        (tied if any(other != node for other in graph[node]) else apart).append(node)
    return tied, apart


def start_layout(
    graph: nx.Graph, *, seed: int = 1, apart: int = APART_NODES
) -> Callable[[], Coords]:
    """The positions `network_svg` lays its tied nodes out at, begun now (in another
    process from `apart` nodes, `picture_layout.start`); pass what is returned as its
    `laid_out`, with the same graph and seed, to use them."""

    def made() -> Inputs:
        tied, _apart = _split(graph)
        index = {n: i for i, n in enumerate(tied)}
        edges = [(index[a], index[b]) for a, b in graph.edges() if a != b]
        hint = numbered([graph.nodes[n].get("community", -1) for n in tied])
        return len(tied), edges, hint

    return start(made, seed, apart=apart)
