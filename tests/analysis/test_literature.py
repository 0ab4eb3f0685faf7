"""Known published networks: the analysis must agree with the literature."""

from __future__ import annotations

import networkx as nx

from abcd_tui.analysis import Analysis, build_graph, connectors
from tests.analysis.neighbourhoods import new_map


def karate(tmp_path) -> Analysis:
    """Zachary's karate club (1977), members 1..34 as residents, friendships as ties."""
    m = new_map(tmp_path)
    club = nx.karate_club_graph()
    for n in club:
        m.resident(f"m{n + 1}")
    for a, b in club.edges:
        m.tie(f"m{a + 1}", f"m{b + 1}")
    return Analysis(build_graph(m.db))


def test_karate_club_instructor_and_president_lead(tmp_path):
    analysis = karate(tmp_path)
    top = [c.key for c in connectors(analysis, top=5)]
    # Betweenness and degree both put the instructor (1) and the president (34) first,
    # then 33 and 3 (Zachary 1977; Newman 2010, ch. 7).
    assert set(top[:2]) == {"m1", "m34"}
    assert {"m33", "m3"} <= set(top[:5])


def test_karate_club_communities_split_along_the_fission(tmp_path):
    analysis = karate(tmp_path)
    club = nx.karate_club_graph()
    parts = [{analysis.key(n) for n in part} for part in analysis.community_parts]
    assert 2 <= len(parts) <= 4  # modularity finds 4 (Q about 0.42), coarser the 2 factions
    faction = {f"m{n + 1}": club.nodes[n]["club"] for n in club}
    # Each community lies (almost) within one faction of the split.
    for part in parts:
        sides = [faction[k] for k in part]
        assert max(sides.count("Mr. Hi"), sides.count("Officer")) >= len(sides) - 1
