"""Connectors: the centre of a star, the two ends of a bridge, with plain reasons."""

from __future__ import annotations

from abcd_tui.analysis import Analysis, build_graph, connectors
from abcd_tui.domain.records import GroupKind, TieKind
from abcd_tui.i18n import reason_text, set_language
from tests.analysis.neighbourhoods import new_map, star, two_cliques


def analysis_of_map(m) -> Analysis:
    return Analysis(build_graph(m.db))


def test_centre_of_a_star_is_the_connector_and_everyone_depends_on_her(tmp_path):
    m = new_map(tmp_path)
    star(m)
    found = connectors(analysis_of_map(m))
    assert [c.key for c in found] == ["anna"]  # leaves have one tie: they connect no one
    anna = found[0]
    assert anna.score == 75.0  # B, D and A all 1; no reach dimension varies: R = 0
    assert len(anna.depends) == 4
    assert set(anna.depends) < {"bob", "cor", "dirk", "eva", "fenna"}
    assert anna.signals["fragmentation_increase"] == 1.0
    assert anna.reasons[0].code == "connector.only_link_to_many"


def test_the_two_ends_of_a_bridge_lead_and_say_whom_they_link(tmp_path):
    m = new_map(tmp_path)
    two_cliques(m)
    found = connectors(analysis_of_map(m))
    assert [c.key for c in found[:2]] == ["b1", "a4"]
    b1, a4 = found[0], found[1]
    assert b1.depends == ["a1", "a2", "a3", "a4"]
    assert a4.depends == ["a1", "a2", "a3"]
    set_language("en")
    assert reason_text(b1.reasons[0]) == "the only link between Kerkbuurt (4) and the rest"
    assert reason_text(a4.reasons[0]) == "the only link to A1, A2, A3"
    assert all(c.depends == [] for c in found[2:])
    assert all(c.score < a4.score for c in found[2:])


def test_a_resident_in_many_groups_is_named_with_the_groups(tmp_path):
    m = new_map(tmp_path)
    m.residents("jan", "piet", "kees", "mien")
    for club in ("koor", "voetbal", "buurthuis", "moskee"):
        m.group(club, GroupKind.PLACE if club == "buurthuis" else GroupKind.ASSOCIATION)
        m.tie("jan", club, TieKind.MEMBER)
    m.tie("piet", "koor")
    m.tie("kees", "voetbal")
    m.tie("mien", "moskee")
    m.tie("piet", "kees", TieKind.NEIGHBOUR)
    jan = connectors(analysis_of_map(m))[0]
    assert jan.key == "jan"
    set_language("en")
    texts = [reason_text(r) for r in jan.reasons]
    assert "links 4 groups: Buurthuis, Koor, Moskee, Voetbal" in texts


def test_groups_are_ranked_apart_from_residents(tmp_path):
    m = new_map(tmp_path)
    m.residents("a", "b", "c", "d", street="Dorpsstraat")
    m.resident("e", street="Esweg")
    m.group("buurthuis", GroupKind.PLACE)
    m.group("koor")
    for r in ("a", "b", "c", "e"):
        m.tie(r, "buurthuis", TieKind.VISITOR)
    m.tie("d", "koor")
    m.tie("a", "koor")
    analysis = analysis_of_map(m)
    groups = connectors(analysis, of="group")
    assert [g.key for g in groups] == ["buurthuis", "koor"]
    assert groups[0].kind == "place"
    assert groups[0].depends == ["b", "c", "e"]
    residents = connectors(analysis)
    assert [c.key for c in residents] == ["a"]


def test_ranking_is_stable_for_equal_scores(tmp_path):
    m = new_map(tmp_path)
    m.residents("x", "y", "z", "w")
    m.clique("x", "y", "z", "w")  # everyone equal: order by key
    assert [c.key for c in connectors(analysis_of_map(m))] == ["w", "x", "y", "z"]
