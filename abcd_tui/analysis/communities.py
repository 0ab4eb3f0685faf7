"""Communities: groups of residents and groups more tied among themselves than outside.

Leiden (Traag, Waltman & van Eck 2019) optimising modularity (Newman 2006), in igraph:
O(m) per pass, 0.03 s at 5,000 residents. Seeded, and the graph is handed over in
record-id order, so the same register gives the same communities.
Each community is described by its main groups, streets and most shared gifts.

Circles keep their number while most of their members stay (`number_circles`: matched
to the previous partition by largest overlap), and each is named by what tells it apart
from the others (`name_circles`: its main group, then a street, then a shared gift).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import count
from typing import TYPE_CHECKING

import igraph
import networkx as nx

from abcd_tui.analysis.centrality import to_igraph
from abcd_tui.analysis.graph import neighbours, node_attrs
from abcd_tui.analysis.seeded import seeded_igraph
from abcd_tui.domain.records import RecordType
from abcd_tui.domain.text import match_key

if TYPE_CHECKING:  # core imports this module: the type only, no import at run time
    from abcd_tui.analysis.core import Analysis

GIFT_FIELDS = ("head", "hands", "heart", "offers")


@dataclass
class Community:
    """One community: its members and what it is made of, biggest first."""

    number: int
    members: list[str]  # node ids, residents first, then groups
    residents: int
    groups: list[tuple[str, int]]  # (group id, residents of the community tied to it)
    streets: list[tuple[str, int]]  # (street, residents living there)
    neighbourhoods: list[tuple[str, int]]
    gifts: list[tuple[str, int]]  # (gift as most typed it, how many residents have it)
    name: str = ""  # what tells it apart: unique among the communities of one analysis


def detect_communities(
    graph: nx.Graph,
    seed: int = 1,
    converted: igraph.Graph | None = None,
    start: Iterable[Iterable[str]] = (),
) -> list[list[str]]:
    """Partition of the nodes, biggest community first (ties by first node id).

    `converted`: the graph already in igraph (centrality.to_igraph), if at hand.
    `start`: the circles of before (member node ids): Leiden starts from them, so an
    edit moves only the people it concerns instead of reshuffling the whole map (from
    scratch, one tie inside a circle of the demo village dissolves two other circles).
    """
    if graph.number_of_edges() == 0:
        parts = [[n] for n in graph]
    else:
        parts = _leiden(graph, seed, converted, start)
    order = {n: i for i, n in enumerate(graph)}
    parts = [sorted(p, key=order.__getitem__) for p in parts]
    return sorted(parts, key=lambda p: (-len(p), order[p[0]]))


def _leiden(
    graph: nx.Graph,
    seed: int,
    converted: igraph.Graph | None,
    start: Iterable[Iterable[str]] = (),
) -> list[list[str]]:
    nodes = list(graph)
    if converted is None:
        converted = to_igraph(graph)
    label: dict[str, int] = {}
    for i, members in enumerate(start):
        for m in members:
            label.setdefault(m, i)
    initial = None
    if label:  # the circles of before; everyone else (new, or alone then) on their own
        fresh = count(len(label) + 1)
        initial = [label[n] if n in label else next(fresh) for n in nodes]
    with seeded_igraph(seed):  # the same circles every time (see analysis.seeded)
        clustering = converted.community_leiden(
            objective_function="modularity", n_iterations=-1, initial_membership=initial
        )
    parts: dict[int, list[str]] = {}
    for node, number in zip(nodes, clustering.membership, strict=True):
        parts.setdefault(number, []).append(node)
    return list(parts.values())


def number_circles(
    parts: list[list[str]], previous: Iterable[tuple[int, Iterable[str]]] = ()
) -> list[tuple[int, list[str]]]:
    """Each part with its number, in number order: a part keeps the number of the
    previous circle most of whose (remaining) members it holds, the largest overlap
    first; the others take the lowest numbers no remaining circle of before still has
    (so "kring 3" never means other people after an edit). Without `previous`, parts are
    numbered 1, 2, ... in their order (biggest first). O(members).
    """
    present = {n for part in parts for n in part}
    where: dict[str, int] = {}
    alive: Counter[int] = Counter()
    for number, members in previous:
        for m in members:
            if m in present and m not in where:
                where[m] = number
                alive[number] += 1
    pairs = []
    for i, part in enumerate(parts):
        overlap = Counter(where[m] for m in part if m in where)
        pairs += [(-n, i, number) for number, n in overlap.items() if 2 * n > alive[number]]
    numbers: dict[int, int] = {}
    used: set[int] = set()
    for _, i, number in sorted(pairs):
        if i not in numbers and number not in used:
            numbers[i] = number
            used.add(number)
    free = (n for n in count(1) if n not in used and n not in alive)
    for i in range(len(parts)):
        if i not in numbers:
            numbers[i] = next(free)
    return sorted(((numbers[i], part) for i, part in enumerate(parts)), key=lambda np: np[0])


def describe_communities(
    graph: nx.Graph,
    parts: Sequence[list[str] | tuple[int, list[str]]],
    top: int = 3,
    names_before: dict[int, str] | None = None,
) -> list[Community]:
    """Each part (or (number, part), see `number_circles`) with its main groups,
    streets, neighbourhoods and shared gifts, and a name of its own (`name_circles`;
    `names_before`: number → the name it had)."""
    nodes = node_attrs(graph)  # the graph's own dicts: a million look-ups at 100,000
    adjacency = neighbours(graph)
    found = []
    numbered = [p if isinstance(p, tuple) else (i, p) for i, p in enumerate(parts, start=1)]
    resident, group = RecordType.RESIDENT, RecordType.GROUP
    for number, part in numbered:
        residents = [n for n in part if nodes[n]["type"] == resident]
        groups = [n for n in part if nodes[n]["type"] == group]
        inside = set(residents)
        group_weight = Counter({g: sum(1 for r in adjacency[g] if r in inside) for g in groups})
        streets = Counter(nodes[r]["street"] for r in residents if nodes[r]["street"])
        hoods = Counter(nodes[r]["neighbourhood"] for r in residents if nodes[r]["neighbourhood"])
        gifts: Counter[str] = Counter()
        spellings: Counter[tuple[str, str]] = Counter()
        for r in residents:
            keys = set()
            for f in GIFT_FIELDS:
                for phrase in nodes[r][f]:
                    key = match_key(phrase)
                    spellings[key, phrase] += 1
                    keys.add(key)
            gifts.update(keys)
        # Show each gift as most residents typed it (then alphabetically).
        shown: dict[str, str] = {}
        for (key, phrase), _ in sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0][1])):
            shown.setdefault(key, phrase)
        found.append(
            Community(
                number=number,
                members=residents + groups,
                residents=len(residents),
                groups=_top(group_weight, top),
                streets=_top(streets, top),
                neighbourhoods=_top(hoods, top),
                gifts=[(shown[k], c) for k, c in _top(gifts, top) if c > 1],
            )
        )
    name_circles(graph, found, names_before)
    return found


def name_circles(
    graph: nx.Graph, communities: list[Community], before: dict[int, str] | None = None
) -> None:
    """Give each community a name no other one has, in number order: its main group,
    else a street, else a shared gift (the most tied or most common first), else its
    neighbourhood; a community of one is called by its member. When every one of those
    is taken, two of them together ("Dorpskoor, Beukenlaan"), and as a last resort the
    first with its number. A circle that kept its number keeps its name of `before`
    while that still describes it (one of those options), so a small edit renames none.
    """
    nodes = graph.nodes
    taken: set[str] = set()
    choices: dict[int, list[str]] = {}
    ordered = sorted(communities, key=lambda c: c.number)
    for c in ordered:
        groups = [nodes[g]["name"] for g, n in c.groups if n]
        options = [
            *groups,
            *(s for s, _ in c.streets),
            *(g for g, _ in c.gifts),
            *(h for h, _ in c.neighbourhoods),
        ]
        if not options:
            options = [nodes[m]["name"] for m in c.members[:1]]
        options = list(dict.fromkeys(o.strip() for o in options if o and o.strip()))
        pairs = [f"{a}, {b}" for i, a in enumerate(options) for b in options[i + 1 :]]
        choices[c.number] = [*options, *pairs]
        kept = (before or {}).get(c.number)
        if kept in choices[c.number] and kept.casefold() not in taken:
            c.name = kept
            taken.add(kept.casefold())
    for c in ordered:
        if c.name:
            continue
        first = choices[c.number][0] if choices[c.number] else ""
        c.name = next(
            (o for o in choices[c.number] if o.casefold() not in taken),
            f"{first} {c.number}".strip(),
        )
        taken.add(c.name.casefold())


def _top(counter: Counter, top: int) -> list[tuple[str, int]]:
    """The `top` most common, ties broken alphabetically (deterministic)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


@dataclass
class Bridge:
    """A resident of one community with ties into others: who links it to the rest."""

    node: str
    key: str
    name: str
    reaches: list[tuple[int, int]]  # (community number, ties into it), most ties first

    @property
    def ties_out(self) -> int:
        return sum(count for _, count in self.reaches)


def bridges_between(analysis: Analysis, community: Community) -> list[Bridge]:
    """The residents of `community` tied to members of other communities, best first.

    A community is only as open as the people who also belong elsewhere; these are the
    ones to ask when two parts of the neighbourhood should meet. A tie to a group counts
    for the group's community. Ordered by how many other communities they reach, then
    by ties out, then by key (stable). Cost: O(sum of the members' degrees).
    """
    graph = analysis.graph
    nodes = graph.nodes
    adjacency = neighbours(graph)
    community_of = analysis.community_of  # node → community number
    own = community.number
    found = []
    for v in community.members:
        if nodes[v]["type"] != RecordType.RESIDENT:
            continue
        outside = Counter(community_of[u] for u in adjacency[v] if community_of[u] != own)
        if outside:
            reaches = sorted(outside.items(), key=lambda x: (-x[1], x[0]))
            found.append(Bridge(v, nodes[v]["key"], nodes[v]["name"], reaches))
    found.sort(key=lambda b: (-len(b.reaches), -b.ties_out, b.key))
    return found
