"""One analysis of one graph: every measure computed at most once, on first use.

`analysis_of(db)` builds the graph and returns its `Analysis`, cached per graph revision
(see `revision.py`), so asking for connectors and then for introductions, or opening a
screen again, never recomputes an unchanged graph.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property

import igraph
import networkx as nx

from abcd_tui.analysis import centrality
from abcd_tui.analysis.communities import (
    Community,
    describe_communities,
    detect_communities,
    number_circles,
)
from abcd_tui.analysis.cuts import CutStructure, cut_structure
from abcd_tui.analysis.graph import build_graph
from abcd_tui.analysis.revision import RevisionCache, graph_revision
from abcd_tui.store import Database, graph_rows, reads
from abcd_tui.store.snapshots import snapshot_circles

SEED = 1
# A circle as the next analysis starts from it: (number, member node ids, name).
Circle = tuple[int, list[str], str]


class Analysis:
    """The measures of one connection graph. Pure: reads `graph`, never changes it."""

    def __init__(
        self,
        graph: nx.Graph,
        *,
        seed: int = SEED,
        exact: bool = False,
        declined: set[tuple[str, str]] | None = None,
        circles_before: list[Circle] | None = None,
        place: str | None = None,
    ):
        """`declined`: the (resident, other) introductions declined (`reads.declined`);
        `circles_before`: the circles whose numbers and names this analysis keeps
        (`circles_before(db)`); `place`: the register's file, for the circles the next
        analysis of it starts from (None: remember nothing)."""
        self.graph = graph
        self.seed = seed
        self.exact = exact
        self.declined = declined if declined is not None else set()
        self.circles_before = circles_before if circles_before is not None else []
        self.place = place
        # What the modules of this package compute once per analysis (connector
        # rankings, the matcher), by name: kept here so it lives and dies with the
        # analysis. Private to the analysis package: other layers ask its functions
        # (`connector_scores`, ...), never this dict.
        self.memo: dict[str, object] = {}
        # Betweenness under way in other processes (`start_betweenness`), not yet collected.
        self._betweenness_started: Callable[[], centrality.Betweenness] | None = None

    @cached_property
    def converted(self) -> igraph.Graph:
        """The graph in igraph, for the compiled algorithms (see centrality)."""
        # 800,000 index pairs at 100,000 residents, in chunks of 50,000 tuples: with the
        # collector on, they set off a thousand collections (0.5 s of the 0.7 s to
        # convert), for objects without a single cycle.
        with paused_garbage_collector():
            return centrality.to_igraph(self.graph)

    def start_betweenness(self) -> None:
        """Let other processes start counting betweenness now, while this one goes on
        with the rest of the analysis (see `centrality.start_estimate`); the first use
        of `betweenness` collects it. Does nothing once it is known or started."""
        if self._betweenness_started is None and "betweenness_estimate" not in self.__dict__:
            # Its input for the other processes is made from 800,000 tuples at 100,000
            # residents (`brandes.edge_bytes`): no cycles for the collector to find.
            with paused_garbage_collector():
                self._betweenness_started = self._start_estimate()

    def _start_estimate(self) -> Callable[[], centrality.Betweenness]:
        return centrality.start_estimate(
            self.graph, seed=self.seed, exact=self.exact, converted=self.converted
        )

    @cached_property
    def betweenness_estimate(self) -> centrality.Betweenness:
        """Betweenness with how it was computed and its ranking bound (see centrality)."""
        # Always by `start_estimate`, so that igraph counts in other processes where that
        # pays: in the app this runs in a worker thread, and igraph in this process would
        # hold the GIL, and with it the screen, for as long as it counts.
        started, self._betweenness_started = self._betweenness_started, None
        return (started or self._start_estimate())()

    @cached_property
    def betweenness(self) -> dict[str, float]:
        """Normalised betweenness per node (exact where cheap; see centrality)."""
        return self.betweenness_estimate.values

    @cached_property
    def cuts(self) -> CutStructure:
        return cut_structure(self.graph)

    @cached_property
    def numbered_parts(self) -> list[tuple[int, list[str]]]:
        """The communities with their numbers, matched to the circles of before
        (`circles_before`, see `analysis_of`), in number order."""
        before = self.circles_before
        start = [members for _, members, _ in before]
        parts = detect_communities(
            self.graph, seed=self.seed, converted=self.converted, start=start
        )
        return number_circles(parts, [(n, members) for n, members, _ in before])

    @cached_property
    def community_parts(self) -> list[list[str]]:
        return [part for _, part in self.numbered_parts]

    @cached_property
    def community_of(self) -> dict[str, int]:
        """Node → the number of its community (`Community.number`)."""
        return {n: number for number, part in self.numbered_parts for n in part}

    @cached_property
    def communities(self) -> list[Community]:
        before = self.circles_before
        found = describe_communities(
            self.graph, self.numbered_parts, names_before={n: name for n, _, name in before}
        )
        if self.place is not None:  # what the next analysis of this file matches its circles to
            _circles_before[self.place] = [
                (c.number, c.members, c.name) for c in found if len(c.members) > 1
            ]
        return found

    @cached_property
    def largest_component(self) -> int:
        """The number of the largest component in `cuts` (-1 for an empty graph).

        Largest in residents (groups are records, not people), then in records; between
        equal parts the one holding the smallest key, so import order never decides.
        """
        cuts = self.cuts
        sizes = cuts.component_sizes
        if not sizes:
            return -1
        weight = [(cuts.component_residents(i), s) for i, s in enumerate(sizes)]
        best = max(weight)
        tied = [i for i, w in enumerate(weight) if w == best]
        if len(tied) == 1:
            return tied[0]
        return min(tied, key=lambda i: min(cuts.keys[x] for x in cuts.members(i)))

    def key(self, node: str) -> str:
        """The human key of `node`."""
        return str(self.graph.nodes[node]["key"])

    def name(self, node: str) -> str:
        """The name of `node` (a person token in a snapshot's analysis)."""
        return str(self.graph.nodes[node]["name"])


_cache = RevisionCache()
# Per database file, the circles last numbered in this process: an edit keeps them.
_circles_before: dict[str, list[Circle]] = {}


def forget_analyses(*, circles: bool = False) -> None:
    """Drop every analysis this process keeps (the next one starts cold, as a
    benchmark times it); with `circles`, also the circles it last showed, as a new
    process would start (only the newest snapshot remembers them then)."""
    _cache.clear()
    if circles:
        _circles_before.clear()


@contextmanager
def paused_garbage_collector() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building many small objects.

    Building the graph and the indexes makes hundreds of thousands of dicts and tuples
    and no reference cycles; the collector's passes over them cost 15% of a 5,000-
    resident analysis. Memory is still freed as usual (by reference counting).

    On the way out, what was built moves to the collector's oldest generation
    (`gc.freeze()` then `gc.unfreeze()`, two list splices). Otherwise it all sits in the
    youngest, and the first allocation after `gc.enable()` scans it all: 25-35 ms after a
    5,000-resident analysis, for objects that live as long as the analysis anyway.
    Skipped when someone else keeps objects frozen (unfreezing would let theirs go).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def analysis_of(db: Database, *, exact: bool = False) -> Analysis:
    """The analysis of the register in `db`, computed once per graph revision."""
    path = graph_rows.place_of(db)
    revision = graph_revision(db)

    def compute() -> Analysis:
        with paused_garbage_collector():
            graph = build_graph(db, revision=revision)
        # Declined introductions are read with the graph (a decline bumps the revision).
        return Analysis(
            graph,
            exact=exact,
            declined=reads.declined(db),
            circles_before=circles_before(db),
            place=path,
        )

    return _cache.get_or_compute((path, exact), revision, compute)


def circles_before(db: Database) -> list[Circle]:
    """The circles a new analysis of `db` starts from and keeps the numbers and names of:
    those this process last showed of it, else the newest snapshot's, else none."""
    before = _circles_before.get(graph_rows.place_of(db))
    return before if before is not None else snapshot_circles(db)
