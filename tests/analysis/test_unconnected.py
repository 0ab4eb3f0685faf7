"""Not yet connected: no ties, one thread, only institutions, apart, groups without members."""

from __future__ import annotations

from abcd_tui.analysis import Analysis, build_graph, not_yet_connected
from abcd_tui.domain.records import GroupKind, TieKind
from abcd_tui.i18n import reason_text, set_language
from tests.analysis.neighbourhoods import new_map, star


def entries(m) -> dict:
    return {e.key: e for e in not_yet_connected(Analysis(build_graph(m.db)))}


def test_each_condition_is_named_and_described(tmp_path):
    m = new_map(tmp_path)
    star(m)  # anna and five who hang by one thread
    m.resident("ida", open="not_now")  # no ties
    m.resident("henk")  # only institutions
    m.group("huisarts", GroupKind.INSTITUTION)
    m.group("bibliotheek", GroupKind.INSTITUTION)
    m.tie("henk", "huisarts", TieKind.CLIENT)
    m.tie("henk", "bibliotheek", TieKind.VISITOR)
    m.tie("anna", "huisarts", TieKind.CLIENT)  # henk's part joins the largest
    m.residents("pim", "pam")  # a pair on their own
    m.tie("pim", "pam", TieKind.FAMILY)
    m.group("schaakclub")  # no members
    found = entries(m)
    assert found["ida"].conditions == ["no_ties"]
    assert found["ida"].open == "not_now"
    assert found["bob"].conditions == ["one_tie"]
    assert found["henk"].conditions == ["only_institutions"]
    assert found["pim"].conditions == ["apart", "one_tie"]
    assert found["schaakclub"].conditions == ["no_members"]
    assert "anna" not in found
    assert "huisarts" not in found
    set_language("en")
    assert reason_text(found["bob"].reasons[0]) == "one tie: with Anna (friend)"
    assert reason_text(found["henk"].reasons[0]) == (
        "ties only with institutions (Bibliotheek, Huisarts); "
        "no neighbour, friend, family or club yet"
    )
    assert reason_text(found["pim"].reasons[0]) == (
        "in a part of 2 residents (Pam) with no tie to the largest part"
    )
    set_language("nl")
    assert reason_text(found["ida"].reasons[0]) == "nog geen banden vastgelegd"


def test_one_tie_to_an_institution_is_both_conditions(tmp_path):
    m = new_map(tmp_path)
    m.resident("truus")
    m.group("wijkteam", GroupKind.INSTITUTION)
    m.tie("truus", "wijkteam", TieKind.CLIENT)
    assert entries(m)["truus"].conditions == ["one_tie", "only_institutions"]


def test_a_tie_to_a_club_or_a_neighbour_is_not_only_institutions(tmp_path):
    m = new_map(tmp_path)
    m.residents("truus", "gerrit")
    m.group("wijkteam", GroupKind.INSTITUTION)
    m.group("koor")
    m.tie("truus", "wijkteam", TieKind.CLIENT)
    m.tie("truus", "koor", TieKind.MEMBER)
    m.tie("gerrit", "wijkteam", TieKind.CLIENT)
    m.tie("gerrit", "truus", TieKind.NEIGHBOUR)
    found = entries(m)
    assert "truus" not in found
    assert "gerrit" not in found


def test_order_is_no_ties_first_and_groups_last(tmp_path):
    m = new_map(tmp_path)
    m.group("aaa-club")
    m.residents("zus", "ab", "cd")
    m.tie("ab", "cd")
    m.resident("ef")
    m.tie("ef", "aaa-club")
    m.tie("ef", "ab")
    keys = [e.key for e in not_yet_connected(Analysis(build_graph(m.db)))]
    assert keys[0] == "zus"
    assert keys[-1] != "zus"
    assert "aaa-club" not in keys
