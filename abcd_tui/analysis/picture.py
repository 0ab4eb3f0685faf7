"""What a network picture shows: which records, their roles, rings and links.

Plain data from the graph (the analysis' part); `tui/widgets/network_draw.py` turns a
`Scene` into braille and labels (the presentation's part). The ego network of a record
(one or two steps, rings ordered by community) and the neighbourhood as communities with
the connectors between them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

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
    # Ego view, two steps: each record of the second ring → the name of its circle, so
    # the ring can be summarised by circle where it does not fit (`summarised`).
    circle_of: dict[str, str] = field(default_factory=dict)
    # The second ring's best-tied records (FAR_RING_LIMIT), drawn where all of it is not
    # summarised: see `trimmed`.
    far_best: frozenset[str] = frozenset()

    def neighbours(self, node: str) -> list[str]:
        """The marks linked to `node`, in link order."""
        found = [b for a, b, _ in self.links if a == node]
        found += [a for a, b, _ in self.links if b == node]
        return list(dict.fromkeys(found))

    def ids(self) -> set[str]:
        """Every mark of the scene, with the summaries `summarised` can make of it."""
        return {m.id for m in self.marks} | {summary_id(c) for c in self.circle_of.values()}


SUMMARY = "via:"  # the id of a summary mark: this, then the circle's name


def summary_id(circle: str) -> str:
    """The id of the mark that stands for the second ring's members of `circle`."""
    return SUMMARY + circle


def summarised(
    scene: Scene, expanded: frozenset[str], label: Callable[[str, int], str]
) -> tuple[Scene, dict[str, str]]:
    """The scene with its second ring summarised by circle, and which record went into
    which summary mark.

    Each circle with two or more records on the second ring becomes one mark ("+ 14 via
    Dorpskoor": `label(circle name, count)`, the caller's words) at the place of its
    first record, tied to whoever on the first ring leads there; circles in `expanded`
    stay drawn in full. The first ring is never summarised.
    """
    if len(scene.rings) < 2 or not scene.circle_of:
        return scene, {}
    members: dict[str, list[str]] = {}
    for node in scene.rings[1]:
        circle = scene.circle_of.get(node)
        if circle is not None and circle not in expanded:
            members.setdefault(circle, []).append(node)
    folded = {n: summary_id(c) for c, ns in members.items() if len(ns) > 1 for n in ns}
    if not folded:
        return scene, {}
    by_id = {m.id: m for m in scene.marks}
    for circle, nodes in members.items():
        if len(nodes) > 1:
            first = by_id[nodes[0]]
            by_id[summary_id(circle)] = Mark(
                summary_id(circle), label(circle, len(nodes)), "summary", first.colour, len(nodes)
            )
    far = tuple(dict.fromkeys(folded.get(n, n) for n in scene.rings[1]))
    order = [scene.centre, *scene.rings[0], *far] if scene.centre else [*scene.rings[0], *far]
    links: dict[tuple[str, str], int] = {}
    for a, b, weight in scene.links:
        pair = (folded.get(a, a), folded.get(b, b))
        links[pair] = max(links.get(pair, 0), weight)
    small = replace(
        scene,
        marks=tuple(by_id[n] for n in order),
        links=tuple((a, b, w) for (a, b), w in links.items()),
        rings=(scene.rings[0], far),
        circle_of={},
        far_best=frozenset(),
    )
    return small, folded


def trimmed(scene: Scene) -> Scene:
    """The scene with only the best-tied of its second ring (`far_best`): what a picture
    draws in full when it draws names rather than summaries."""
    if len(scene.rings) < 2 or not scene.far_best or len(scene.rings[1]) <= len(scene.far_best):
        return scene
    gone = set(scene.rings[1]) - scene.far_best
    return replace(
        scene,
        marks=tuple(m for m in scene.marks if m.id not in gone),
        links=tuple(link for link in scene.links if link[0] not in gone and link[1] not in gone),
        rings=(scene.rings[0], tuple(n for n in scene.rings[1] if n not in gone)),
        circle_of={n: c for n, c in scene.circle_of.items() if n not in gone},
        far_best=frozenset(),
    )


RING_LIMIT = 60  # more on one ring and the names no longer fit, even at 200 columns
FAR_RING_LIMIT = 40  # drawn by name; the rest of the second ring only in its circle's summary
FAR_RING_ALL = 400  # beyond this the second ring is counted, not even summarised
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
    At most RING_LIMIT on the first ring: the most tied are kept, the rest counted as
    hidden. The second ring holds everyone two steps away (up to FAR_RING_ALL), with the
    FAR_RING_LIMIT best-tied marked as those to name when it is not summarised.
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
    best: list[str] = []
    if steps > 1:
        shown = {centre, *first}
        place = {n: i for i, n in enumerate(first)}
        second: dict[str, int] = {}
        for n in first:
            for m in graph[n]:
                if m not in shown:
                    second[m] = min(second.get(m, len(first)), place[n])
        ranked = sorted(second, key=lambda n: (-graph.degree(n), n))
        keep, best = ranked[:FAR_RING_ALL], ranked[:FAR_RING_LIMIT]
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
    named = {c.number: c.name for c in analysis.communities if c.name}
    circle_of = {n: named[community[n]] for n in far if community.get(n) in named}
    scene = Scene(
        "ego",
        marks,
        links,
        centre,
        tuple(tuple(r) for r in rings),
        circle_of=circle_of,
        far_best=frozenset(best),
    )
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
