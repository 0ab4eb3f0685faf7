"""Walks that last: one record per day, area and builder; ending; what a walk brought."""

import sqlite3
import threading
from datetime import date

import pytest

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import Resident, TieKind
from abcd_tui.store import actions, open_database, write_transaction, writes
from abcd_tui.store import walks as walk_store
from abcd_tui.store.still_to_ask import still_to_ask, streets


def today() -> str:
    """Asked at each use, not at import: a run that passes midnight stays right."""
    return date.today().isoformat()


def meet(db, walk, resident: Resident, ties=()):
    """What walk mode does on a save: the person, the meeting and the ties, one action."""
    again = writes.stored_row(db, "residents", resident.id) is not None
    typed = [(other.id, TieKind.NEIGHBOUR, None) for other in ties]
    with write_transaction(db):
        actions.record_visit(db, walk.id, resident, typed, again=again)
    return resident


def walk_count(db) -> int:
    return db.execute("SELECT count(*) FROM walks").fetchone()[0]


def test_the_same_area_builder_and_day_is_one_walk_however_typed(db):
    first = walk_store.start_or_continue_walk(db, "Het Veld", "Anouk", today())
    again = walk_store.start_or_continue_walk(db, "  het veld ", "anouk", today())
    assert not first.continued and again.continued
    assert again.walk.id == first.walk.id and walk_count(db) == 1
    other_builder = walk_store.start_or_continue_walk(db, "Het Veld", "Piet", today())
    other_day = walk_store.start_or_continue_walk(db, "Het Veld", "Anouk", "2026-01-02")
    assert len({first.walk.id, other_builder.walk.id, other_day.walk.id}) == 3
    assert other_builder.walk.key == f"{today()}-het-veld-2"  # its own key, same slug


def test_a_bad_date_is_refused_and_nothing_is_written(db):
    with pytest.raises(UserError) as raised:
        walk_store.start_or_continue_walk(db, "Het Veld", "Anouk", "1-12-2026")
    assert raised.value.code == "walk.date_invalid"
    assert walk_count(db) == 0


def test_two_processes_starting_the_same_walk_at_once_make_one_record(db_path, db):
    barrier = threading.Barrier(4)
    ids, errors = [], []

    def start(area):
        conn = open_database(db_path, create=False)
        try:
            barrier.wait()
            ids.append(walk_store.start_or_continue_walk(conn, area, "Anouk", today()).walk.id)
        except Exception as error:  # reported below, with the assertion
            errors.append(error)
        finally:
            conn.close()

    threads = [threading.Thread(target=start, args=(a,)) for a in ("Het Veld", "het veld ") * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(ids)) == 1 and len(ids) == 4
    assert walk_count(db) == 1


def test_the_unique_index_refuses_a_second_record_even_without_the_function(db):
    walk_store.start_or_continue_walk(db, "Het Veld", "Anouk", today())
    (key,) = db.execute("SELECT start_key FROM walks").fetchone()
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO walks (id, key, date, created_at, updated_at, start_key)"
            " VALUES ('x', 'x', ?, '', '', ?)",
            [today(), key],
        )


def test_an_ended_walk_of_today_is_continued_not_doubled(db):
    walk = walk_store.start_or_continue_walk(db, "Het Veld", "Anouk", today()).walk
    summary = walk_store.end_walk(db, walk.id)
    assert summary.walk.ended_at is not None
    assert walk_store.open_walks(db, today()) == []
    again = walk_store.start_or_continue_walk(db, "Het Veld", "Anouk", today())
    assert again.continued and again.walk.id == walk.id and again.walk.ended_at is None
    assert [w.id for w in walk_store.open_walks(db, today())] == [walk.id]
    assert walk_count(db) == 1


def test_ending_a_walk_that_is_not_there_says_so(db):
    with pytest.raises(UserError) as raised:
        walk_store.end_walk(db, "nope")
    assert raised.value.code == "walk.unknown"


def test_the_summary_counts_people_new_and_again_gifts_offers_needs_ties_and_what_to_ask(db):
    eric = Resident(name="Eric", key="eric", address="Kerkstraat 5", created_at="2026-01-05")
    writes.save_resident(db, eric)
    walk = walk_store.start_or_continue_walk(db, "Kerkbuurt", "Anouk", today()).walk
    dien = Resident(
        name="Dien",
        address="Kerkstraat 3",
        hands=["koken", "fietsen"],
        heart=["muziek"],
        offers=["oppassen"],
        needs=["vervoer", "tuin"],
        consent=True,
    )
    meet(db, walk, dien, ties=[eric])
    eric.hands = ["klussen"]
    meet(db, walk, eric)  # a revisit: recorded before the walk
    cor = meet(db, walk, Resident(name="Cor", address="Dorpsstraat 1"), ties=[dien])

    summary = walk_store.walk_summary(db, walk.id)
    assert (summary.met, summary.new, summary.revisited) == (3, 2, 1)
    assert (summary.gifts, summary.offers, summary.needs) == (4, 1, 2)
    assert summary.ties == 2
    asked = {s.name: s.ask for s in summary.still_to_ask}
    assert asked == {
        "Eric": ("offers", "needs", "consent"),
        "Cor": ("gifts", "offers", "needs", "consent"),
    }
    data = summary.as_json()
    assert data["met"] == 3 and data["new"] == 2 and data["revisited"] == 1
    assert [p["name"] for p in data["people"]] == ["Dien", "Eric", "Cor"]
    assert [p["again"] for p in data["people"]] == [False, True, False]
    assert {s["key"] for s in data["still_to_ask"]} == {"eric", cor.key}

    listed = walk_store.walks(db)
    assert [s.walk.id for s in listed] == [walk.id]
    assert listed[0].as_json() == data


def test_ties_recorded_elsewhere_while_the_walk_is_open_are_not_the_walks(db):
    """Found by a tester: with a walk open, `abcd import --ties` added two memberships of
    people met on it, and the walk said "Banden gelegd: 8" for the 6 its form made."""
    from abcd_tui.domain.records import Group, GroupKind

    walk = walk_store.start_or_continue_walk(db, "Kerkbuurt", "Anouk", today()).walk
    dien = meet(db, walk, Resident(name="Dien", address="Kerkstraat 3"))
    cor = meet(db, walk, Resident(name="Cor", address="Kerkstraat 5"), ties=[dien])
    club = writes.save_group(db, Group(name="Kaartclub", key="club", kind=GroupKind.ASSOCIATION))
    with write_transaction(db):  # an import in another terminal, the walk still open
        actions.add_tie(db, dien.id, club.id, TieKind.MEMBER)
        actions.add_tie(db, cor.id, club.id, TieKind.MEMBER)
    assert walk_store.walk_summary(db, walk.id).ties == 1
    meet(db, walk, cor, ties=[dien])  # met again, the same tie typed: none made
    assert walk_store.walk_summary(db, walk.id).ties == 1


def visit_with_a_tie(db):
    """Dien met on a walk, then Cor with a tie to her, his visit on an undo history."""
    from abcd_tui.store.history import History

    walk = walk_store.start_or_continue_walk(db, "Kerkbuurt", "Anouk", today()).walk
    dien = meet(db, walk, Resident(name="Dien"))
    history = History()
    cor = Resident(name="Cor", key="cor")
    with write_transaction(db):
        history.add(
            actions.record_visit(
                db, walk.id, cor, [(dien.id, TieKind.NEIGHBOUR, None)], again=False
            )
        )
    return walk, dien, history


def test_undoing_a_visit_takes_its_ties_from_the_walk_and_redo_brings_them_back(db):
    walk, dien, history = visit_with_a_tie(db)
    assert walk_store.walk_summary(db, walk.id).ties == 1
    history.undo(db)
    assert walk_store.walk_summary(db, walk.id).ties == 0
    assert db.execute("SELECT count(*) FROM walk_ties").fetchone()[0] == 0
    history.redo(db)
    assert walk_store.walk_summary(db, walk.id).ties == 1


@pytest.mark.parametrize("taken", ["tie", "person"])
def test_undoing_a_removal_brings_the_walks_tie_back_with_it(db, taken):
    """Found in review: a tie removed (or its person deleted) and undone came back
    without the walk's note of it, and the visit could no longer be undone."""
    walk, dien, history = visit_with_a_tie(db)
    [(tie_id,)] = db.execute("SELECT id FROM ties").fetchall()
    with write_transaction(db):
        if taken == "tie":
            history.add(actions.remove_tie(db, tie_id))
        else:
            history.add(actions.delete_resident(db, dien.id))
    assert walk_store.walk_summary(db, walk.id).ties == 0
    history.undo(db)
    assert walk_store.walk_summary(db, walk.id).ties == 1
    history.undo(db)  # the visit itself
    assert walk_store.walk_summary(db, walk.id).ties == 0


def test_an_upgraded_register_keeps_the_ties_its_walks_made(tmp_path):
    """A database of schema 12: the ties a walk made were inferred from times then; the
    upgrade keeps what that found (a tie from before the walk is not the walk's)."""
    from abcd_tui.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:12]:
        migration(conn)
    conn.execute("PRAGMA user_version = 12")
    conn.execute(
        "INSERT INTO walks (id, key, start_key, date, area, builders, created_at, updated_at)"
        " VALUES ('w', 'w', 'w', '2026-03-01', 'Het Veld', '[]',"
        " '2026-03-01T10:00:00', '2026-03-01T10:00:00')"
    )
    stamps = "'2026-03-01T10:00:00', '2026-03-01T10:00:00'"
    for rid in ("a", "b", "c"):
        conn.execute(f"INSERT INTO records (id, type) VALUES ('{rid}', 'resident')")
        conn.execute(
            "INSERT INTO residents (id, key, name, created_at, updated_at)"
            f" VALUES ('{rid}', '{rid}', '{rid}', {stamps})"
        )
    for rid in ("a", "b"):
        conn.execute(
            "INSERT INTO meetings (id, walk_id, resident_id, created_at, updated_at)"
            f" VALUES ('m{rid}', 'w', '{rid}', {stamps})"
        )
    for tid, a, b, at in (
        ("t1", "a", "b", "2026-03-01T10:20:00"),  # on the walk
        ("t2", "a", "c", "2026-03-01T11:00:00"),  # on the walk: a was met
        ("t3", "b", "c", "2026-02-01T09:00:00"),  # a month before
    ):
        conn.execute(
            "INSERT INTO ties (id, from_id, to_id, kind, created_at, updated_at)"
            f" VALUES ('{tid}', '{a}', '{b}', 'neighbour', '{at}', '{at}')"
        )
    conn.commit()
    conn.close()
    db = open_database(path)
    try:
        assert walk_store.walk_summary(db, "w").ties == 2
        made = {t for (t,) in db.execute("SELECT tie_id FROM walk_ties")}
        assert made == {"t1", "t2"}
    finally:
        db.close()


def test_a_person_first_met_here_and_met_again_later_is_new_on_the_first_walk(db):
    first = walk_store.start_or_continue_walk(db, "Kerkbuurt", "Anouk", "2026-03-01").walk
    dien = meet(db, first, Resident(name="Dien"))
    later = walk_store.start_or_continue_walk(db, "Kerkbuurt", "Anouk", today()).walk
    meet(db, later, dien)
    by_date = {s.walk.date: s for s in walk_store.walks(db)}
    assert (by_date["2026-03-01"].new, by_date["2026-03-01"].revisited) == (1, 0)
    assert (by_date[today()].new, by_date[today()].revisited) == (0, 1)
    assert list(by_date) == [today(), "2026-03-01"]  # the latest first


def test_an_upgraded_register_keeps_its_walks_and_one_key_per_walk(tmp_path):
    """A database of schema 6 with the restart duplicates of the issue (-2, -3)."""
    from abcd_tui.store.schema import MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:6]:
        migration(conn)
    conn.execute("PRAGMA user_version = 6")
    for number, key in enumerate(("het-veld", "het-veld-2", "het-veld-3")):
        conn.execute(
            "INSERT INTO walks (id, key, date, area, builders, created_at, updated_at)"
            " VALUES (?, ?, ?, 'Het Veld', '[\"Anouk\"]', ?, ?)",
            [f"w{number}", key, today(), f"{today()}T10:0{number}", f"{today()}T10:0{number}"],
        )
    conn.execute("INSERT INTO records (id, type) VALUES ('r', 'resident')")
    conn.execute(
        "INSERT INTO residents (id, key, name, created_at, updated_at)"
        " VALUES ('r', 'dien', 'Dien', '', '')"
    )
    conn.execute(
        "INSERT INTO meetings (id, walk_id, resident_id, created_at, updated_at)"
        " VALUES ('m', 'w1', 'r', '', '')"
    )
    conn.commit()
    conn.close()
    db = open_database(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert walk_count(db) == 3
        # The walk with a meeting is the one continued.
        again = walk_store.start_or_continue_walk(db, "het veld", "Anouk", today())
        assert again.continued and again.walk.id == "w1" and walk_count(db) == 3
    finally:
        db.close()


def test_still_to_ask_of_one_street_however_typed(db):
    writes.save_resident(db, Resident(name="Dien", key="dien", address="Kerkstraat 3"))
    writes.save_resident(db, Resident(name="Cor", key="cor", address="Dorpsstraat 1"))
    writes.save_resident(db, Resident(name="Bea", key="bea"))
    assert [s.name for s in still_to_ask(db, street=" kerkSTRAAT")] == ["Dien"]
    assert [s.name for s in still_to_ask(db)] == ["Cor", "Dien", "Bea"]  # no street last
    assert streets(db) == ["Dorpsstraat", "Kerkstraat"]
