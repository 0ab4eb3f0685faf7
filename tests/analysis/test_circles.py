"""Circles keep their numbers and are named by what tells them apart.

Two cliques whose sizes swap after an edit: ordered by size they would swap numbers
too; matched to the circles of before (in this process, or the newest snapshot's after
a restart) each keeps its own.
"""

from __future__ import annotations

import json

import pytest

from abcd_tui.analysis import analysis_of, core
from abcd_tui.analysis.communities import number_circles
from abcd_tui.cli import main
from abcd_tui.demo import make_demo
from abcd_tui.domain.records import RecordType, Tie, TieKind, tie_order
from abcd_tui.snapshots import take_snapshot
from abcd_tui.store import open_database, write_transaction, writes
from tests.analysis.neighbourhoods import Map, new_map


def restart() -> None:
    """What a new process starts with: nothing analysed, nothing remembered."""
    core.forget_analyses(circles=True)


@pytest.fixture(autouse=True)
def fresh():
    restart()
    yield
    restart()


def koor_and_club(m: Map) -> None:
    """Five singers of the Koor on the Esweg; four of the Club on the Kerkstraat; one
    friendship between them."""
    koor = [f"k{i}" for i in range(1, 6)]
    club = [f"c{i}" for i in range(1, 5)]
    m.residents(*koor, street="Esweg")
    m.residents(*club, street="Kerkstraat")
    m.clique(*koor)
    m.clique(*club)
    m.group("koor")
    m.group("club")
    for k in koor:
        m.tie(k, "koor")
    for c in club:
        m.tie(c, "club")
    m.tie("k1", "c1")


def grow_the_club(m: Map) -> None:
    """Three newcomers join the Club: it is now the bigger circle."""
    new = ["c5", "c6", "c7"]
    m.residents(*new, street="Kerkstraat")
    for n in new:
        m.tie(n, "club")
        for c in ("c1", "c2", "c3", "c4"):
            m.tie(n, c)
    m.clique(*new)


def circles(db) -> dict[str, tuple[int, str]]:
    """Main group key → (number, name) of its circle."""
    analysis = analysis_of(db)
    found = {}
    for c in analysis.communities:
        if c.groups:
            found[analysis.key(c.groups[0][0])] = (c.number, c.name)
    return found


def test_numbers_follow_the_largest_overlap_and_new_circles_take_free_numbers():
    before = [(1, ["a", "b", "c"]), (2, ["d", "e", "f", "g"]), (3, ["h", "i"])]
    # d..g grew and now come first; a, b, c stayed; h and i went apart; x, y are new.
    parts = [["d", "e", "f", "g", "z"], ["a", "b", "c"], ["h", "x"], ["i", "y"]]
    numbered = number_circles(parts, before)
    assert numbered == [
        (1, ["a", "b", "c"]),
        (2, ["d", "e", "f", "g", "z"]),
        # Half of circle 3 is not most of it: neither part keeps 3, nor may use it.
        (4, ["h", "x"]),
        (5, ["i", "y"]),
    ]
    # Without a partition of before: biggest first, as always.
    assert [n for n, _ in number_circles(parts)] == [1, 2, 3, 4]
    # A circle all of whose members left frees its number.
    assert number_circles([["p", "q"]], [(1, ["gone"])]) == [(1, ["p", "q"])]


def test_an_edit_that_makes_the_second_circle_the_biggest_keeps_both_numbers(tmp_path):
    m = new_map(tmp_path)
    koor_and_club(m)
    assert circles(m.db) == {"koor": (1, "Koor"), "club": (2, "Club")}
    grow_the_club(m)
    assert circles(m.db) == {"koor": (1, "Koor"), "club": (2, "Club")}
    # A new process without a snapshot has nothing to follow: biggest first again.
    restart()
    assert circles(m.db) == {"club": (1, "Club"), "koor": (2, "Koor")}


def test_after_a_snapshot_and_an_edit_the_numbers_follow_the_snapshot(tmp_path):
    m = new_map(tmp_path)
    koor_and_club(m)
    take_snapshot(m.db, "voor")
    restart()  # the app closed; the snapshot is all that remembers
    grow_the_club(m)
    assert circles(m.db) == {"koor": (1, "Koor"), "club": (2, "Club")}
    # The CLI, another process, says the same, with each circle's name beside its number.
    restart()
    shown = cli_communities(tmp_path / "t.db")
    assert [(c["number"], c["name"]) for c in shown] == [(1, "Koor"), (2, "Club")]


def cli_communities(path) -> list[dict]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", str(path), "communities", "--json"]) == 0
    return json.loads(out.getvalue())


def test_a_tie_inside_a_circle_changes_no_number_and_no_name(tmp_path):
    db = open_database(tmp_path / "demo.db")
    make_demo(db)
    analysis = analysis_of(db)
    before = {c.number: (c.name, set(c.members)) for c in analysis.communities}
    # Two residents of the biggest circle who are not tied yet.
    big = max(analysis.communities, key=lambda c: c.residents)
    people = [n for n in big.members if analysis.graph.nodes[n]["type"] == "resident"]
    a, b = next((a, b) for a in people for b in people if a < b and b not in analysis.graph[a])
    kind = TieKind.NEIGHBOUR
    from_id, to_id = tie_order(kind, a, RecordType.RESIDENT, b, RecordType.RESIDENT)
    tie = Tie(from_id=from_id, to_id=to_id, kind=kind)
    writes.stamp_new(tie, "test")
    with write_transaction(db):
        writes.insert_ties(db, [tie])
    after = analysis_of(db)
    assert after is not analysis
    for c in after.communities:
        if c.number in before and len(c.members) > 1:
            name, members = before[c.number]
            assert c.name == name
            assert len(members & set(c.members)) * 2 > len(members)  # most stayed
    assert a in {m for c in after.communities if c.number == big.number for m in c.members}


def test_names_on_the_demo_are_unique_and_tell_circles_apart(tmp_path):
    db = open_database(tmp_path / "demo.db")
    make_demo(db)
    analysis = analysis_of(db)
    names = [c.name for c in analysis.communities]
    assert len({n.casefold() for n in names}) == len(names)
    assert all(names)
    # The demo's four Beukenlaan circles are told apart by their main group first.
    for c in analysis.communities:
        if c.groups and c.groups[0][1]:
            assert c.name.startswith(analysis.name(c.groups[0][0]))


def test_a_circle_without_a_group_of_its_own_is_named_by_street_then_gift(tmp_path):
    m = new_map(tmp_path)
    m.resident("a1", street="Esweg", hands=["koken"])
    m.resident("a2", street="Esweg", hands=["koken"])
    m.resident("b1", street="Esweg", hands=["tuinieren"])
    m.resident("b2", street="Esweg", hands=["tuinieren"])
    m.resident("c1", street="Dorpsstraat")
    m.resident("c2", street="Dorpsstraat")
    m.tie("a1", "a2")
    m.tie("b1", "b2")
    m.tie("c1", "c2")
    m.resident("alleen", name="Alie [b]Tiesinga[/b]")
    analysis = analysis_of(m.db)
    by_key = {min(analysis.key(m) for m in c.members): c.name for c in analysis.communities}
    # The first Esweg circle (by number) takes the street, the next its shared gift.
    assert (by_key["a1"], by_key["b1"]) in [("Esweg", "tuinieren"), ("koken", "Esweg")]
    assert by_key["c1"] == "Dorpsstraat"
    assert by_key["alleen"] == "Alie [b]Tiesinga[/b]"  # one alone: by name, as typed
