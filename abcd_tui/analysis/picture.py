"""What a network picture shows: which records, their roles, rings and links.

Plain data from the graph (the analysis' part); `tui/widgets/network_draw.py` turns a
`Scene` into braille and labels (the presentation's part). The ego network of a record
(one or two steps, rings ordered by community) and the neighbourhood as communities with
the connectors between them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from abcd_tui.analysis.communities import Community
from abcd_tui.analysis.connectors import connectors
from abcd_tui.analysis.core import Analysis
from abcd_tui.analysis.unconnected import not_yet_connected
from abcd_tui.domain.records import RecordType


@dataclass(frozen=True)
class Mark:
    """One thing in the picture: a resident, a group or (neighbourhood view) a community."""

    id: str
    label: str
    role: str  # a key of GLYPHS
    colour: int = 0  # community number, for the palette
    size: int = 1  # members, for a community blob


@dataclass(frozen=True)
class Scene:
    """What to draw. `rings` (ego view): the centre's neighbours, then those two steps
    away, each in drawing order. `kind`: "ego" or "neighbourhood"."""

    kind: str
    marks: tuple[Mark, ...]
    links: tuple[tuple[str, str, int], ...]  # (a, b, weight)
    centre: str | None = None
    rings: tuple[tuple[str, ...], ...] = ()
    between: dict[str, tuple[str, str]] = field(default_factory=dict)  # mark → 2 blobs

    def neighbours(self, node: str) -> list[str]:
        """The marks linked to `node`, in link order."""
        found = [b for a, b, _ in self.links if a == node]
        found += [a for a, b, _ in self.links if b == node]
        return list(dict.fromkeys(found))


RING_LIMIT = 60  # more on one ring and the names no longer fit, even at 200 columns
FAR_RING_LIMIT = 40
BLOB_LIMIT = 15
BRIDGE_LIMIT = 10


@dataclass
class Picture:
    """What the worker found: the scene and what the title and legend say about it."""

    scene: Scene
    centre: str | None = None
    hidden: int = 0
    people: int = 0
    communities: int = 0  # circles of two or more, as the circles screen counts them
    alone: int = 0  # records with no tie yet: "nog zonder band"
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)  # blob → residents, groups
    hubs: dict[str, str] = field(default_factory=dict)  # community mark → who to centre on
    names: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # neighbour → tie kinds


def _role(analysis: Analysis, node: str, stars: set[str], waiting: set[str]) -> str:
    if node in stars:
        return "connector"
    if node in waiting:
        return "waiting"
    return RecordType(analysis.graph.nodes[node]["type"]).value


def _marked(analysis: Analysis) -> tuple[set[str], set[str]]:
    stars = {c.node for c in connectors(analysis, top=20)}
    stars |= {c.node for c in connectors(analysis, of=RecordType.GROUP, top=20)}
    return stars, {n.node for n in not_yet_connected(analysis)}


def default_centre(analysis: Analysis) -> str | None:
    """The top connector, else the first record with a tie, else the first record."""
    for found in (connectors(analysis, top=1), connectors(analysis, of=RecordType.GROUP, top=1)):
        if found:
            return found[0].node
    graph = analysis.graph
    return next((n for n in graph if graph.degree(n)), next(iter(graph), None))


def ego_picture(analysis: Analysis, centre: str, steps: int) -> Picture:
    """The ego network of `centre`: its ties, and with `steps=2` theirs.

    Rings are ordered by community, then name, so people who know each other sit side by
    side; the second ring follows the first (each under the neighbour that leads there).
    At most RING_LIMIT per ring: the most tied are kept, the rest counted as hidden.
    """
    graph = analysis.graph
    community = analysis.community_of
    stars, waiting = _marked(analysis)

    def order(node: str) -> tuple:
        return (community.get(node, -1), analysis.name(node).casefold(), node)

    first = list(graph[centre])
    hidden = max(len(first) - RING_LIMIT, 0)
    first = sorted(first, key=lambda n: (-graph.degree(n), n))[:RING_LIMIT]
    first.sort(key=order)
    rings = [first]
    if steps > 1:
        shown = {centre, *first}
        place = {n: i for i, n in enumerate(first)}
        second: dict[str, int] = {}
        for n in first:
            for m in graph[n]:
                if m not in shown:
                    second[m] = min(second.get(m, len(first)), place[n])
        keep = sorted(second, key=lambda n: (-graph.degree(n), n))[:FAR_RING_LIMIT]
        hidden += len(second) - len(keep)
        rings.append(sorted(keep, key=lambda n: (second[n], *order(n))))
    nodes = [centre, *(n for ring in rings for n in ring)]
    inside = set(nodes)
    # Ties among the second ring are left out: they fill the picture and say little.
    far = set(rings[1]) if len(rings) > 1 else set()
    marks = tuple(
        Mark(
            n,
            analysis.name(n),
            "centre" if n == centre else _role(analysis, n, stars, waiting),
            community.get(n, 1) - 1,  # the palette counts from 0, circles from 1
        )
        for n in nodes
    )
    links = tuple(
        (a, b, 2 if graph[a][b]["strong"] else 1)
        for a in nodes
        for b in graph[a]
        if b in inside and (a == centre or (b != centre and a < b)) and not (a in far and b in far)
    )
    scene = Scene("ego", marks, links, centre, tuple(tuple(r) for r in rings))
    return Picture(
        scene,
        centre,
        hidden=hidden,
        names={n: analysis.name(n) for n in nodes},
        kinds={n: graph[centre][n]["kinds"] for n in first},
    )


def neighbourhood_picture(analysis: Analysis, label_of: Callable[[Community], str]) -> Picture:
    """The communities (the BLOB_LIMIT biggest) as blobs, linked where ties cross, with
    for each linked pair the best-ranked connector who bridges it. `label_of` names a
    community (the caller's words: the analysis speaks no language)."""
    graph = analysis.graph
    community = analysis.community_of
    # Communities of one (someone without ties) are counted, not drawn.
    shown = [c for c in analysis.communities if len(c.members) > 1][:BLOB_LIMIT]
    blob = {c.number: f"community:{c.number}" for c in shown}
    crossing: Counter[tuple[int, int]] = Counter()
    for a, b in graph.edges():
        ca, cb = community.get(a), community.get(b)
        if ca != cb and ca in blob and cb in blob:
            crossing[min(ca, cb), max(ca, cb)] += 1
    marks = [
        Mark(blob[c.number], label_of(c), "community", c.number - 1, len(c.members)) for c in shown
    ]
    links = [(blob[a], blob[b], n) for (a, b), n in sorted(crossing.items())]
    hubs: dict[str, str] = {}  # blob -> the node its links start from
    between: dict[str, tuple[str, str]] = {}
    bridged: set[tuple[int, int] | None] = set()
    ranked = connectors(analysis, top=60) + connectors(analysis, of=RecordType.GROUP, top=20)
    for c in ranked:
        home = community.get(c.node)
        if home in blob and blob[home] not in hubs:
            hubs[blob[home]] = c.node
        others = Counter(community.get(m) for m in graph[c.node])
        for other, _ in others.most_common():
            pair = (
                (min(home, other), max(home, other))
                if home is not None and other is not None
                else None
            )
            if other == home or other not in blob or home not in blob or pair in bridged:
                continue
            if len(between) < BRIDGE_LIMIT:
                bridged.add(pair)
                between[c.node] = (blob[home], blob[other])
                marks.append(Mark(c.node, c.name, "connector", home - 1))
                links += [(c.node, blob[home], 0), (c.node, blob[other], 0)]
            break
    for circle in shown:
        if blob[circle.number] not in hubs:
            hubs[blob[circle.number]] = max(circle.members, key=lambda n: (graph.degree(n), n))
    scene = Scene("neighbourhood", tuple(marks), tuple(links), between=between)
    hidden = graph.number_of_nodes() - sum(len(c.members) for c in shown)
    return Picture(
        scene,
        hidden=hidden,
        people=graph.number_of_nodes(),
        communities=sum(1 for c in analysis.communities if len(c.members) > 1),
        alone=sum(1 for c in analysis.communities if len(c.members) == 1),
        sizes={blob[c.number]: (c.residents, len(c.members) - c.residents) for c in shown},
        hubs=hubs,
        names={c.node: c.name for c in ranked},
    )
