"""Communities: groups of residents and groups more tied among themselves than outside.

Leiden (Traag, Waltman & van Eck 2019) optimising modularity (Newman 2006) when igraph
is installed: O(m) per pass, 0.03 s at 5,000 residents. Without igraph, networkx's
Louvain (Blondel et al. 2008), 0.6 s at 5,000 residents. Both are seeded, and the graph
is handed over in record-id order, so the same register gives the same communities.
Each community is described by its main groups, streets and most shared gifts.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import networkx as nx

from abcd_tui.analysis.centrality import to_igraph
from abcd_tui.analysis.graph import GROUP, RESIDENT
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


def detect_communities(
    graph: nx.Graph, seed: int = 1, converted: object | None = None
) -> list[list[str]]:
    """Partition of the nodes, biggest community first (ties by first node id).

    `converted`: the graph already in igraph (centrality.to_igraph), if at hand.
    """
    if graph.number_of_edges() == 0:
        parts = [[n] for n in graph]
    else:
        parts = _leiden(graph, seed, converted)
        if parts is None:
            found = nx.community.louvain_communities(graph, seed=seed)
            parts = [list(part) for part in found]
    order = {n: i for i, n in enumerate(graph)}
    parts = [sorted(p, key=order.__getitem__) for p in parts]
    return sorted(parts, key=lambda p: (-len(p), order[p[0]]))


def _leiden(graph: nx.Graph, seed: int, converted: object | None) -> list[list[str]] | None:
    try:
        import igraph
    except ImportError:
        return None
    nodes = list(graph)
    if converted is None:
        converted = to_igraph(graph)
    # igraph draws from Python's random module by default: give it a seeded one, and put
    # the default back (the app may run this in a worker thread; nothing else uses it).
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clustering = converted.community_leiden(objective_function="modularity", n_iterations=-1)
    finally:
        igraph.set_random_number_generator(random)
    parts: dict[int, list[str]] = {}
    for node, label in zip(nodes, clustering.membership, strict=True):
        parts.setdefault(label, []).append(node)
    return list(parts.values())


def describe_communities(graph: nx.Graph, parts: list[list[str]], top: int = 3) -> list[Community]:
    """Each part with its main groups, streets, neighbourhoods and shared gifts."""
    nodes = graph.nodes
    found = []
    for number, part in enumerate(parts, start=1):
        residents = [n for n in part if nodes[n]["type"] == RESIDENT]
        groups = [n for n in part if nodes[n]["type"] == GROUP]
        inside = set(residents)
        group_weight = Counter({g: sum(1 for r in graph._adj[g] if r in inside) for g in groups})
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
    return found


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
    community_of = analysis.community_of
    own = community.number - 1  # `community_of` counts from 0, `number` from 1
    found = []
    for v in community.members:
        if nodes[v]["type"] != RESIDENT:
            continue
        outside = Counter(community_of[u] for u in graph._adj[v] if community_of[u] != own)
        if outside:
            reaches = sorted(((c + 1, n) for c, n in outside.items()), key=lambda x: (-x[1], x[0]))
            found.append(Bridge(v, nodes[v]["key"], nodes[v]["name"], reaches))
    found.sort(key=lambda b: (-len(b.reaches), -b.ties_out, b.key))
    return found
