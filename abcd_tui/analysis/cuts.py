"""Who depends on whom: what falls apart when one resident or group is no longer there.

`cut_structure(graph)` runs one depth-first search (Hopcroft & Tarjan 1973, low points)
and records, for every node v at once, the pieces its component falls into without v:
each DFS child c with low(c) >= pre(v) takes its whole subtree with it, and what is
left (v's parent side) is one more piece. O(n + m) for all nodes together, instead of
O(n (n + m)) for removing each node and counting components again.

Key-player fragmentation (Borgatti 2006, KPP-Neg): F = 1 - sum_k s_k (s_k - 1) / (N (N - 1))
over the components k of sizes s_k of a graph of N nodes: 0 when everyone can reach
everyone, 1 when nobody can reach anybody. `fragmentation_after(v)` is F of the graph
without v (N = n - 1); its increase over F of the whole graph is how much the
neighbourhood falls apart if v moved away.

Who is "cut off" and which part is "the largest" count people: a piece's size in
residents (a group is a record, not a person), equal pieces broken by the smallest key
in each (never by import order or DFS order). `pieces` and the fragmentation count
records, as the graph measure is defined.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from abcd_tui.analysis.graph import neighbours, node_attrs
from abcd_tui.domain.records import RecordType


@dataclass
class CutStructure:
    """The result of the one DFS; see the module doc."""

    order: list[str]  # nodes in DFS preorder; a subtree is a contiguous slice
    pre: dict[str, int]  # preorder index
    size: dict[str, int]  # subtree size
    component: dict[str, int]  # component number
    component_sizes: list[int]
    # v -> the DFS children whose subtree is cut off from the rest when v is removed
    separated: dict[str, list[str]] = field(default_factory=dict)
    n: int = 0
    # residents[i]: how many of order[:i] are residents (prefix sums; a slice's count)
    residents: list[int] = field(default_factory=list)
    # node -> the key that breaks ties between equal parts (the record's key)
    keys: dict[str, str] = field(default_factory=dict)

    def residents_in(self, start: int, length: int) -> int:
        """How many residents in `order[start:start + length]`."""
        return self.residents[start + length] - self.residents[start]

    def component_residents(self, number: int) -> int:
        """How many residents in component `number`."""
        start = sum(self.component_sizes[:number])
        return self.residents_in(start, self.component_sizes[number])

    def members(self, number: int) -> list[str]:
        """The nodes of component `number` (components are contiguous in preorder)."""
        start = sum(self.component_sizes[:number])
        return self.order[start : start + self.component_sizes[number]]

    def is_articulation(self, node: str) -> bool:
        """Whether removing `node` splits its component."""
        return node in self.separated and self._rest(node) + len(self.separated[node]) > 1

    def _rest(self, node: str) -> int:
        """Size of the parent-side piece of `node` (0 for a DFS root)."""
        cut = sum(self.size[c] for c in self.separated.get(node, ()))
        return self.component_sizes[self.component[node]] - 1 - cut

    def pieces(self, node: str) -> list[int]:
        """Sizes of the pieces `node`'s component falls into without it, largest first."""
        sizes = [self.size[c] for c in self.separated.get(node, ())]
        rest = self._rest(node)
        if rest:
            sizes.append(rest)
        return sorted(sizes, reverse=True)

    def cut_size(self, node: str) -> int:
        """How many residents would lose the largest remaining part without `node`
        (see `cut_off`; 0 when `node` cuts nobody off)."""
        children = self.separated.get(node, [])
        if not children:
            return 0
        kept = self._kept_piece(node)
        count = sum(self.residents_in(self.pre[c], self.size[c]) for c in children if c is not kept)
        if kept is not None:
            count += self._rest_residents(node)
        return count

    def cut_off(self, node: str) -> list[str]:
        """Who could no longer reach the largest remaining part without `node`.

        Every piece but the largest counted in residents; between equal pieces the one
        holding the smallest key stays "the rest". O(size of the cut-off pieces), or
        O(component) when the parent side is cut off.
        """
        children = self.separated.get(node, [])
        if not children:
            return []
        kept = self._kept_piece(node)
        found = []
        for c in children:
            if c is not kept:
                found += self._subtree(c)
        if kept is not None:
            found += self._rest_members(node)
        return found

    def _rest_residents(self, node: str) -> int:
        """Residents on the parent side of `node` (its component less its cut subtrees)."""
        own = self.component_residents(self.component[node]) - (not self._is_group(node))
        return own - sum(self.residents_in(self.pre[c], self.size[c]) for c in self.separated[node])

    def _rest_members(self, node: str) -> list[str]:
        inside = {x for c in self.separated[node] for x in self._subtree(c)}
        number = self.component[node]
        return [x for x in self.members(number) if x != node and x not in inside]

    def _is_group(self, node: str) -> bool:
        i = self.pre[node]
        return self.residents[i + 1] == self.residents[i]

    def _kept_piece(self, node: str) -> str | None:
        """The piece that stays "the rest" without `node`: a DFS child (its subtree),
        or None for the parent side. Most residents, then most records, then the
        smallest key."""
        children = self.separated[node]
        candidates: list[tuple[int, int, str | None]] = [
            (self.residents_in(self.pre[c], self.size[c]), self.size[c], c) for c in children
        ]
        rest = self._rest(node)
        if rest:
            candidates.append((self._rest_residents(node), rest, None))
        best = max(p[:2] for p in candidates)
        tied = [p[2] for p in candidates if p[:2] == best]
        if len(tied) == 1:
            return tied[0]

        def smallest_key(piece: str | None) -> str:
            members = self._subtree(piece) if piece is not None else self._rest_members(node)
            return min(self.keys.get(x, str(x)) for x in members)

        return min(tied, key=smallest_key)

    def _subtree(self, child: str) -> list[str]:
        start = self.pre[child]
        return self.order[start : start + self.size[child]]

    def fragmentation(self) -> float:
        """Key-player fragmentation F of the whole graph."""
        return _fragmentation(self.component_sizes, self.n)

    def fragmentation_after(self, node: str) -> float:
        """F of the graph without `node`."""
        own = self.component[node]
        sizes = [s for i, s in enumerate(self.component_sizes) if i != own]
        return _fragmentation(sizes + self.pieces(node), self.n - 1)


def _fragmentation(sizes: list[int], n: int) -> float:
    if n < 2:
        return 0.0
    return 1.0 - sum(s * (s - 1) for s in sizes) / (n * (n - 1))


def cut_structure(graph: nx.Graph) -> CutStructure:
    """One iterative DFS over every component of `graph` (see module doc). O(n + m)."""
    adjacency = neighbours(graph)
    pre: dict[str, int] = {}
    low: dict[str, int] = {}
    size: dict[str, int] = {}
    component: dict[str, int] = {}
    order: list[str] = []
    sizes: list[int] = []
    separated: dict[str, list[str]] = {}
    for root in graph:
        if root in pre:
            continue
        number = len(sizes)
        pre[root] = low[root] = len(order)
        order.append(root)
        component[root] = number
        stack = [(root, None, iter(adjacency[root]))]
        while stack:
            node, parent, around = stack[-1]
            advanced = False
            for other in around:
                if other == parent:
                    continue
                if other in pre:
                    if pre[other] < low[node]:
                        low[node] = pre[other]
                    continue
                pre[other] = low[other] = len(order)
                order.append(other)
                component[other] = number
                stack.append((other, node, iter(adjacency[other])))
                advanced = True
                break
            if advanced:
                continue
            stack.pop()
            size[node] = len(order) - pre[node]
            if parent is not None:
                if low[node] < low[parent]:
                    low[parent] = low[node]
                if low[node] >= pre[parent]:
                    separated.setdefault(parent, []).append(node)
        sizes.append(len(order) - pre[root])
    # A multigraph would need parent-edge counting; the connection graph is simple.
    node_data = node_attrs(graph)
    residents = [0]
    for x in order:
        residents.append(residents[-1] + (node_data[x].get("type") != RecordType.GROUP))
    keys = {x: node_data[x].get("key", str(x)) for x in order}
    return CutStructure(
        order, pre, size, component, sizes, separated, graph.number_of_nodes(), residents, keys
    )


def farther_away(
    graph: nx.Graph,
    node: str,
    cut_off: set,
    *,
    steps: int = 3,
    budget: int = 5_000,
    cuts: CutStructure | None = None,
) -> list[str]:
    """Residents tied to `node` who, without it, would be much farther from its circle.

    For each resident neighbour u of `node` that is not cut off and has at most three
    ties, a breadth-first search in the graph without `node`, `steps` deep: if it meets
    none of `node`'s other neighbours (2 steps apart through `node`), u's way to them
    grows to more than `steps`. A search that visits more than `budget` nodes stops and
    counts u as not farther (a well-connected place is near). A search that runs out of
    nodes first, or (given `cuts`) whose piece without `node` holds none of its other
    neighbours, is cut off from them, never "farther". O(top x budget).
    """
    adjacency = neighbours(graph)
    node_data = node_attrs(graph)
    around = set(adjacency[node])
    found = []
    for u in sorted(around, key=lambda x: node_data[x]["key"]):
        if u in cut_off or node_data[u]["type"] != RecordType.RESIDENT or len(adjacency[u]) > 3:
            continue
        others = around - {u}
        seen = {node, u}
        frontier = [u]
        near = False
        for _ in range(steps):
            following = []
            for x in frontier:
                for y in adjacency[x]:
                    if y in seen:
                        continue
                    if y in others:
                        near = True
                        break
                    seen.add(y)
                    following.append(y)
                if near:
                    break
            if near or len(seen) > budget or not following:
                near = near or len(seen) > budget
                break
            frontier = following
        # A search that ran out of nodes never met `node`'s other ties: u is cut off
        # from them without `node`, not farther (that is `cut_off`'s to say).
        if not near and following and not _alone_without(cuts, node, u, around):
            found.append(u)
    return found


def _alone_without(cuts: CutStructure | None, node: str, u: str, around: set) -> bool:
    """Whether, without `node`, u's piece holds none of `node`'s other neighbours."""
    if cuts is None:
        return False

    def piece(x: str) -> str | None:
        i = cuts.pre[x]
        for c in cuts.separated.get(node, ()):
            if cuts.pre[c] <= i < cuts.pre[c] + cuts.size[c]:
                return c
        return None

    own = piece(u)
    return all(piece(x) != own for x in around if x != u)
