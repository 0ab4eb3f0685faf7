"""Gould-Fernandez brokerage: checked by hand on a bridge and by brute force on random maps."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from abcd_tui.analysis import build_graph
from abcd_tui.analysis.brokerage import _role, brokerage
from tests.analysis.neighbourhoods import new_map, two_cliques


def test_ends_of_a_bridge_are_gatekeepers_between_streets(tmp_path):
    m = new_map(tmp_path)
    two_cliques(m)
    graph = build_graph(m.db)
    key = {n: k for n, k in graph.nodes(data="key")}
    roles = {key[v]: r for v, r in brokerage(graph).items()}
    # a4 (Kerkstraat) links a1..a3 (Kerkstraat) with b1 (Esweg), who are not tied.
    assert roles["a4"] == {"gatekeeper": 3}
    assert roles["b1"] == {"gatekeeper": 5}
    assert set(roles) == {"a4", "b1"}  # inside a clique everyone is tied


def test_liaison_and_consultant(tmp_path):
    m = new_map(tmp_path)
    m.resident("mid", street="Middenweg")
    m.resident("west", street="Westweg")
    m.resident("oost", street="Oostweg")
    m.resident("oost2", street="Oostweg")
    for other in ("west", "oost", "oost2"):
        m.tie("mid", other)
    graph = build_graph(m.db)
    (roles,) = [r for v, r in brokerage(graph).items() if graph.nodes[v]["key"] == "mid"]
    # west-oost, west-oost2: three streets (liaison); oost-oost2: one other street.
    assert roles == {"liaison": 2, "consultant": 1}


@pytest.mark.parametrize("seed", range(30))
def test_counts_agree_with_looking_at_every_pair(seed):
    rng = random.Random(seed)
    graph = nx.gnm_random_graph(14, 30, seed=seed)
    for n in graph:
        graph.nodes[n].update(kind="resident", street=rng.choice(["a", "b", "c", ""]))
    found = brokerage(graph)
    for v in graph:
        own, expected = graph.nodes[v]["street"], {}
        if own:
            for a, c in itertools.combinations(graph[v], 2):
                ga, gc = graph.nodes[a]["street"], graph.nodes[c]["street"]
                if ga and gc and not graph.has_edge(a, c):
                    role = _role(own, ga, gc)
                    expected[role] = expected.get(role, 0) + 1
        assert found.get(v, {}) == expected
