"""The reads behind the app's views, called as a script would: through a Register."""

from __future__ import annotations

from pathlib import Path

from abcd_tui.analysis.circles import circles
from abcd_tui.analysis.helping import helpers_for
from abcd_tui.analysis.overview import overview_connections, overview_counts
from abcd_tui.analysis.pictures import picture_to_show
from abcd_tui.analysis.ranking import connector_ranking
from abcd_tui.domain.records import TieKind, Walk
from abcd_tui.store import Register, reads, writes
from tests.analysis.neighbourhoods import new_map, star, two_cliques


def test_the_overview_counts_the_register_and_its_last_walk(tmp_path: Path) -> None:
    m = new_map(tmp_path)
    star(m)
    writes.save_walk(m.db, Walk(key="esch", date="2026-03-01", area="Esch"))
    writes.save_walk(m.db, Walk(key="kerkbuurt", date="2026-03-02", area="Kerkbuurt"))
    register = Register(tmp_path / "t.db")
    counts = register.read(overview_counts)
    assert counts.stats.residents == 6
    assert counts.last_walk == "2026-03-02 · Kerkbuurt"
    assert counts.newest_snapshot is None
    writes.save_walk(m.db, Walk(key="zonder", date="2026-03-03", area=""))  # a script's
    assert register.read(overview_counts).last_walk == "2026-03-03"  # not "2026-03-03 · "
    connections = register.read(overview_connections, top=1)
    assert [key for key, _, _ in connections.top] == ["anna"]
    assert connections.residents == register.read(reads.resident_count) == 6


def test_ties_between_two_records_either_way_round(tmp_path: Path) -> None:
    m = new_map(tmp_path)
    star(m)
    m.tie("anna", "bob", TieKind.NEIGHBOUR)
    anna, bob, cor = (m.ids[k][0] for k in ("anna", "bob", "cor"))
    assert len(reads.ties_between(m.db, anna, bob)) == 2
    assert reads.ties_between(m.db, bob, anna) == reads.ties_between(m.db, anna, bob)
    assert reads.ties_between(m.db, bob, cor) == []
    assert reads.forgets(m.db) == 0
    assert reads.last_walk(m.db) is None


def test_circles_ranking_help_and_picture_name_what_they_show(tmp_path: Path) -> None:
    m = new_map(tmp_path)
    two_cliques(m)
    register = Register(tmp_path / "t.db")
    found = register.read(circles)
    assert sorted(c.residents for c in found) == [4, 6]
    ranking = register.read(connector_ranking)
    assert {c.key for c in ranking.residents[:2]} == {"a4", "b1"}
    assert ranking.groups == []
    assert register.read(helpers_for, "  ") == []
    picture = register.read(picture_to_show, None, 1, "ego")
    assert picture.centre is not None  # the default centre when none is asked for
