"""Beyond one machine: the analysis' graph runs through networkx's backend dispatch, so a
backend (nx-parallel on several cores; others on a cluster or a GPU) takes the work of
the functions it implements without a change to the analysis.

nx-parallel is not in the dev extras: its release for networkx 3.6 needs Python 3.12
(0.3, the last for 3.11, fails to import with networkx 3.6), so no test here runs it: one
that could only ever be skipped would say nothing."""

from __future__ import annotations

import networkx as nx


def test_the_analysis_graph_is_one_networkx_dispatches():
    # Every networkx function the analysis calls is dispatchable (it lists the backends
    # that implement it): a backend installed beside networkx can take it.
    for function in (nx.single_source_shortest_path_length, nx.betweenness_centrality_subset):
        assert "networkx" in function.backends
