"""True reasons (issue 15, point 2): "only link" and "cut off" are computed, parts are
counted in residents, equal parts are split by key, and "farther" is never "cut off"."""

from __future__ import annotations

from abcd_tui.analysis import Analysis, build_graph, connectors, not_yet_connected
from abcd_tui.analysis.cuts import cut_structure
from abcd_tui.i18n import reason_text, set_language
from tests.analysis.neighbourhoods import new_map


def analysis_of_map(m) -> Analysis:
    return Analysis(build_graph(m.db))


def by_key(found) -> dict:
    return {c.key: c for c in found}


def test_only_link_between_a_part_only_when_the_whole_part_hangs_on_it(tmp_path):
    # Het Veld: eight residents. Five hang on the bridge "brug"; three more are tied to
    # the rest of the village otherwise. Brug cuts five off, but not "Het Veld".
    m = new_map(tmp_path)
    veld = [f"veld{i}" for i in range(1, 9)]
    dorp = [f"dorp{i}" for i in range(1, 5)]
    m.residents(*veld, neighbourhood="Het Veld")
    m.residents(*dorp, neighbourhood="Dorp")
    m.resident("brug", neighbourhood="Dorp")
    m.clique(*veld[:5])
    m.clique(*veld[5:], *dorp)
    m.tie("brug", "veld1")
    m.tie("brug", "dorp1")
    set_language("en")
    brug = by_key(connectors(analysis_of_map(m)))["brug"]
    assert sorted(brug.depends) == veld[:5]
    first = reason_text(brug.reasons[0])
    assert "Het Veld" not in first
    assert first == "the only link to 5 others: Veld1, Veld2, Veld3 and 2 more"


def test_only_link_between_a_part_when_every_resident_of_it_hangs_on_it(tmp_path):
    m = new_map(tmp_path)
    veld = [f"veld{i}" for i in range(1, 6)]
    dorp = [f"dorp{i}" for i in range(1, 7)]
    m.residents(*veld, neighbourhood="Het Veld")
    m.residents(*dorp, neighbourhood="Dorp")
    m.resident("brug", neighbourhood="Dorp")
    m.clique(*veld)
    m.clique(*dorp)
    m.tie("brug", "veld1")
    m.tie("brug", "dorp1")
    set_language("en")
    brug = by_key(connectors(analysis_of_map(m)))["brug"]
    assert reason_text(brug.reasons[0]) == "the only link between Het Veld (5) and the rest"


def test_the_largest_part_is_counted_in_residents_not_records(tmp_path):
    # A triangle of three residents beside two residents and two clubs (four records):
    # the triangle is the largest part; the pair with its clubs is apart.
    m = new_map(tmp_path)
    m.residents("pair1", "pair2")
    m.group("club1")
    m.group("club2")
    m.tie("pair1", "pair2")
    m.tie("pair1", "club1")
    m.tie("pair2", "club2")
    m.residents("tri1", "tri2", "tri3")
    m.clique("tri1", "tri2", "tri3")
    found = {e.key: e for e in not_yet_connected(analysis_of_map(m))}
    assert not any(k.startswith("tri") for k in found)
    assert "apart" in found["pair1"].conditions
    assert "apart" in found["club1"].conditions
    set_language("en")
    reason = next(r for r in found["pair1"].reasons if r.code.startswith("unconnected.apart"))
    assert reason_text(reason) == (
        "in a part of 2 residents (Pair2, Club1, Club2) with no tie to the largest part"
    )


def _two_equal_pairs(tmp_path, first: str, second: str):
    m = new_map(tmp_path, f"{first}.db")
    for pair in (first, second):
        m.residents(f"{pair}1", f"{pair}2")
        m.tie(f"{pair}1", f"{pair}2")
    return {e.key for e in not_yet_connected(analysis_of_map(m)) if "apart" in e.conditions}


def test_equal_parts_are_split_by_key_not_by_import_order(tmp_path):
    # Two pairs: whichever is typed in first, the pair holding the smallest key ("ans")
    # is the largest part and the other is apart.
    assert _two_equal_pairs(tmp_path, "ans", "wim") == {"wim1", "wim2"}
    assert _two_equal_pairs(tmp_path, "wim", "ans") == {"wim1", "wim2"}


def test_cut_off_keeps_the_part_with_more_residents(tmp_path):
    # Without "mid": on one side two residents, on the other one resident and two clubs
    # (three records). The two residents stay "the rest"; one resident is cut off.
    m = new_map(tmp_path)
    m.residents("mid", "left1", "left2", "right1")
    m.group("club1")
    m.group("club2")
    m.tie("mid", "right1")
    m.tie("right1", "club1")
    m.tie("right1", "club2")
    m.tie("mid", "left1")
    m.tie("left1", "left2")
    graph = build_graph(m.db)
    cuts = cut_structure(graph)
    mid = next(n for n, k in graph.nodes(data="key") if k == "mid")
    keys = sorted(graph.nodes[u]["key"] for u in cuts.cut_off(mid))
    assert keys == ["club1", "club2", "right1"]
    assert cuts.cut_size(mid) == 1  # one resident


def test_in_a_path_the_end_cut_off_is_not_called_farther(tmp_path):
    # a - b - c: without b, a and c are apart. One of them is the rest (smallest key,
    # "a"), the other is cut off; neither is "much farther".
    for order in (("a", "b", "c"), ("c", "b", "a")):
        m = new_map(tmp_path, "".join(order) + ".db")
        m.residents(*order)
        m.tie("a", "b")
        m.tie("b", "c")
        b = by_key(connectors(analysis_of_map(m)))["b"]
        assert b.depends == ["c"]
        assert b.farther == []
        assert [r.code for r in b.reasons if "farther" in r.code] == []


def test_farther_still_names_who_takes_a_longer_way(tmp_path):
    # A ring of six: without "hub", "near" reaches hub's other friend only the long way.
    m = new_map(tmp_path)
    ring = ["hub", "near", "r2", "r3", "r4", "far"]
    m.residents(*ring)
    for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
        m.tie(a, b)
    hub = by_key(connectors(analysis_of_map(m)))["hub"]
    assert hub.depends == []
    assert sorted(hub.farther) == ["far", "near"]
