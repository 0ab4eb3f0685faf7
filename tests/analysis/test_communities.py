"""Communities: two cliques joined by one friendship are two communities, every time."""

from __future__ import annotations

from abcd_tui.analysis import Analysis, build_graph
from abcd_tui.analysis.communities import bridges_between, detect_communities
from tests.analysis.neighbourhoods import new_map, two_cliques


def test_two_cliques_are_two_communities_described_by_street_and_gifts(tmp_path):
    m = new_map(tmp_path)
    two_cliques(m)
    m.group("koor")
    for b in ("b1", "b2", "b3"):
        m.tie(b, "koor")
    analysis = Analysis(build_graph(m.db))
    described = analysis.communities
    keys = [sorted(analysis.key(n) for n in c.members) for c in described]
    assert keys == [["b1", "b2", "b3", "b4", "b5", "b6", "koor"], ["a1", "a2", "a3", "a4"]]
    first = described[0]
    assert first.residents == 6
    assert [(analysis.name(g), n) for g, n in first.groups] == [("Koor", 3)]
    assert first.streets == [("Esweg", 6)]
    assert first.neighbourhoods == [("De Esch", 6)]


def test_same_seed_same_communities(tmp_path):
    m = new_map(tmp_path)
    for c in range(4):
        keys = [f"p{c}-{i}" for i in range(5)]
        m.residents(*keys)
        m.clique(*keys)
        if c:
            m.tie(f"p{c}-0", f"p{c - 1}-4")
    graph = build_graph(m.db)
    runs = [detect_communities(graph, seed=7) for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    assert len(runs[0]) == 4


def test_shared_gifts_are_counted_however_typed(tmp_path):
    m = new_map(tmp_path)
    m.resident("ans", hands=["Koken"])
    m.resident("bep", hands=["koken "], head=["schaken"])
    m.resident("cor", offers=["KOKEN"])
    m.resident("dien", hands=["Koken"])
    m.clique("ans", "bep", "cor", "dien")
    (community,) = Analysis(build_graph(m.db)).communities
    assert community.gifts == [("Koken", 4)]  # as most typed it; schaken is not shared


def test_bridges_between_are_the_residents_with_ties_into_other_communities(tmp_path):
    """a4 and b1 are friends across the two cliques; a3 also sings in De Esch's choir."""
    m = new_map(tmp_path)
    two_cliques(m)
    m.group("koor")
    for member in ("b2", "b3", "b4", "a3"):
        m.tie(member, "koor")
    analysis = Analysis(build_graph(m.db))
    esch, kerkbuurt = analysis.communities
    assert "koor" in [analysis.key(n) for n in esch.members]

    def bridges(community):
        return [(b.key, b.reaches) for b in bridges_between(analysis, community)]

    assert bridges(kerkbuurt) == [("a3", [(esch.number, 1)]), ("a4", [(esch.number, 1)])]
    assert bridges(esch) == [("b1", [(kerkbuurt.number, 1)])]  # the choir is no resident
