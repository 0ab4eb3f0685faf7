"""Beyond one machine: the analysis' graph runs through networkx's backend dispatch, so a
backend (nx-parallel on several cores; others on a cluster or a GPU) takes the work of
the functions it implements without a change to the analysis.

nx-parallel is not in the dev extras: its release for networkx 3.6 needs Python 3.12
(0.3, the last for 3.11, fails to import with networkx 3.6), so here it is skipped unless
installed by hand on a newer Python."""

from __future__ import annotations

import networkx as nx
import pytest

from abcd_tui.analysis import build_graph
from tests.analysis.neighbourhoods import new_map, two_cliques


def test_a_function_of_the_analysis_graph_runs_through_nx_parallel(tmp_path):
    pytest.importorskip("nx_parallel")
    m = new_map(tmp_path)
    two_cliques(m)
    graph = build_graph(m.db)
    expected = nx.betweenness_centrality(graph)
    through = nx.betweenness_centrality(graph, backend="parallel")
    assert through == pytest.approx(expected)
    # The bridge between the two cliques carries the most, whichever backend counted.
    bridge = {graph.nodes[n]["key"] for n in graph if through[n] == max(through.values())}
    assert bridge == {"a4", "b1"}


def test_the_analysis_graph_is_one_networkx_dispatches():
    # Every networkx function the analysis calls is dispatchable (it lists the backends
    # that implement it): a backend installed beside networkx can take it.
    for function in (nx.single_source_shortest_path_length, nx.betweenness_centrality_subset):
        assert "networkx" in function.backends
