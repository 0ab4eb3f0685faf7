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
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

import networkx as nx


@dataclass
class CutStructure:
    """The result of the one DFS; see the module doc."""

    order: list[Hashable]  # nodes in DFS preorder; a subtree is a contiguous slice
    pre: dict[Hashable, int]  # preorder index
    size: dict[Hashable, int]  # subtree size
    component: dict[Hashable, int]  # component number
    component_sizes: list[int]
    # v -> the DFS children whose subtree is cut off from the rest when v is removed
    separated: dict[Hashable, list[Hashable]] = field(default_factory=dict)
    n: int = 0

    def members(self, number: int) -> list[Hashable]:
        """The nodes of component `number` (components are contiguous in preorder)."""
        start = sum(self.component_sizes[:number])
        return self.order[start : start + self.component_sizes[number]]

    def is_articulation(self, node: Hashable) -> bool:
        """Whether removing `node` splits its component."""
        return node in self.separated and self._rest(node) + len(self.separated[node]) > 1

    def _rest(self, node: Hashable) -> int:
        """Size of the parent-side piece of `node` (0 for a DFS root)."""
        cut = sum(self.size[c] for c in self.separated.get(node, ()))
        return self.component_sizes[self.component[node]] - 1 - cut

    def pieces(self, node: Hashable) -> list[int]:
        """Sizes of the pieces `node`'s component falls into without it, largest first."""
        sizes = [self.size[c] for c in self.separated.get(node, ())]
        rest = self._rest(node)
        if rest:
            sizes.append(rest)
        return sorted(sizes, reverse=True)

    def cut_size(self, node: Hashable) -> int:
        """How many would lose the largest remaining piece without `node`: all but the
        largest of its pieces (0 when `node` cuts nobody off)."""
        pieces = self.pieces(node)
        return sum(pieces) - pieces[0] if pieces else 0

    def cut_off(self, node: Hashable) -> list[Hashable]:
        """Who could no longer reach the largest remaining piece without `node`.

        Every piece but the largest (ties broken towards the parent side, which holds
        the DFS root). O(size of the cut-off pieces), or O(component) when the parent
        side is the smaller one.
        """
        children = self.separated.get(node, [])
        if not children:
            return []
        rest = self._rest(node)
        biggest = max(children, key=lambda c: self.size[c])
        if rest >= self.size[biggest]:
            keep_rest, keep_child = True, None
        else:
            keep_rest, keep_child = False, biggest
        found = []
        for c in children:
            if c is not keep_child:
                start = self.pre[c]
                found += self.order[start : start + self.size[c]]
        if not keep_rest:
            inside = {x for c in children for x in self._subtree(c)}
            number = self.component[node]
            found += [
                x
                for x in self.order
                if self.component[x] == number and x != node and x not in inside
            ]
        return found

    def _subtree(self, child: Hashable) -> list[Hashable]:
        start = self.pre[child]
        return self.order[start : start + self.size[child]]

    def fragmentation(self) -> float:
        """Key-player fragmentation F of the whole graph."""
        return _fragmentation(self.component_sizes, self.n)

    def fragmentation_after(self, node: Hashable) -> float:
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
    adjacency = graph._adj
    pre: dict[Hashable, int] = {}
    low: dict[Hashable, int] = {}
    size: dict[Hashable, int] = {}
    component: dict[Hashable, int] = {}
    order: list[Hashable] = []
    sizes: list[int] = []
    separated: dict[Hashable, list[Hashable]] = {}
    for root in graph:
        if root in pre:
            continue
        number = len(sizes)
        pre[root] = low[root] = len(order)
        order.append(root)
        component[root] = number
        stack = [(root, None, iter(adjacency[root]))]
        while stack:
            node, parent, neighbours = stack[-1]
            advanced = False
            for other in neighbours:
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
    return CutStructure(order, pre, size, component, sizes, separated, graph.number_of_nodes())


def farther_away(
    graph: nx.Graph, node: Hashable, cut_off: set, *, steps: int = 3, budget: int = 5_000
) -> list[Hashable]:
    """Residents tied to `node` who, without it, would be much farther from its circle.

    For each resident neighbour u of `node` that is not cut off and has at most three
    ties, a breadth-first search in the graph without `node`, `steps` deep: if it meets
    none of `node`'s other neighbours (2 steps apart through `node`), u's way to them
    grows to more than `steps`. A search that visits more than `budget` nodes stops and
    counts u as not farther (a well-connected place is near). O(top x budget).
    """
    adjacency = graph._adj
    node_data = graph._node
    around = set(adjacency[node])
    found = []
    for u in sorted(around, key=lambda x: node_data[x]["key"]):
        if u in cut_off or node_data[u]["type"] != "resident" or len(adjacency[u]) > 3:
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
        if not near:
            found.append(u)
    return found
