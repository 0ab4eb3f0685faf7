"""Every view reads again when another program changed the register under it.

"Another program" is a second `Register(path)` writing the same file, as a script,
`abcd import` or a second laptop's sync would. The app's watch (`tui/watch.py`) looks at
the register every couple of seconds; most tests ask it to look now, so they do not wait.
"""

from datetime import date

import pytest

from abcd_tui.domain.records import Resident, TieKind, Walk
from abcd_tui.snapshots import take_snapshot
from abcd_tui.store import Register, actions, writes
from abcd_tui.store.forget import forget
from abcd_tui.tui.app import make_app
from abcd_tui.tui.watch import WatchesRegister
from tests.tui.pilot import settle, text_of, until

GIFTS = dict(hands=["koken"], offers=["oppassen"], needs=["vervoer"], consent=True)


def village(db) -> dict[str, str]:
    """Three residents of the Kerkstraat, Anna and Bram neighbours; their ids by name."""
    walk = writes.save_walk(db, Walk(key="w1", date=date.today().isoformat(), area="Kerkbuurt"))
    ids = {}
    for name in ("Anna", "Bram", "Cor"):
        r = Resident(name=name, key=name.lower(), address="Kerkstraat 1", walk_id=walk.id, **GIFTS)
        ids[name] = writes.save_resident(db, r).id
    actions.add_tie(db, ids["Anna"], ids["Bram"], TieKind.NEIGHBOUR)
    return ids


def another_program(db_path, fn, *args):
    """A write by a second handle on the same file, as a script would make it."""
    return Register(db_path).write(fn, *args)


def newcomer(db, name: str = "Dien") -> str:
    """A resident with nothing asked yet: still to ask, not yet connected."""
    return writes.save_resident(db, Resident(name=name, key=name.lower())).id


async def shown_after(app, pilot, write, shown) -> bool:
    """Whether `shown()` holds once the watch looked after `write()` (and not before)."""
    await settle(pilot)
    assert not shown(), "the test must change what the screen shows"
    write()
    app.look_at_register()
    return await until(pilot, shown)


@pytest.fixture
def ids(db):
    with db.conn:
        return village(db)


def text(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_the_overview_counts_a_resident_added_elsewhere(db_path, ids):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        figures = app.screen.query_one("#figures")
        assert await shown_after(
            app,
            pilot,
            lambda: another_program(db_path, newcomer),
            lambda: "Bewoners" in text_of(figures) and " 4" in text_of(figures).splitlines()[0],
        )


async def test_the_circles_follow_a_tie_made_elsewhere(db_path, ids):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("communities")
        options = app.screen.query_one("#communities")

        def tie(db):
            actions.add_tie(db, ids["Bram"], ids["Cor"], TieKind.FRIEND)

        assert await shown_after(
            app, pilot, lambda: another_program(db_path, tie), lambda: " 3  " in text_of(options)
        )


async def test_the_snapshots_list_shows_one_taken_elsewhere(db_path, ids):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("snapshots")
        # take_snapshot keeps its own transactions: `look`, as `abcd snapshot` does.
        assert await shown_after(
            app,
            pilot,
            lambda: Register(db_path).look(take_snapshot, "van een script"),
            lambda: app.screen.query_one("#snapshots").row_count == 1,
        )


async def test_a_comparison_drops_someone_forgotten_elsewhere(db_path, ids):
    register = Register(db_path)
    a = register.look(take_snapshot, "voor")
    register.write(actions.add_tie, ids["Bram"], ids["Cor"], TieKind.FRIEND)
    b = register.look(take_snapshot, "na")
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.compare(a.id, b.id)
        await settle(pilot)
        assert "Cor" in text(app, "#changes Static.part-lines")
        register.look(forget, db_path, "cor")
        app.look_at_register()
        assert await until(pilot, lambda: "Cor" not in text(app, "#changes Static.part-lines"))


async def test_the_walks_list_shows_a_walk_recorded_elsewhere(db_path, ids):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("walks")

        def walk(db):
            writes.save_walk(db, Walk(key="w2", date="2026-01-05", area="Het Veld"))

        assert await shown_after(
            app,
            pilot,
            lambda: another_program(db_path, walk),
            lambda: app.screen.query_one("#walks").row_count == 2,
        )


async def test_still_to_ask_lists_a_newcomer_added_elsewhere_on_the_watchs_own_timer(
    db_path, ids, monkeypatch
):
    # The one test that waits for the timer itself (a tenth of a second here).
    monkeypatch.setattr(WatchesRegister, "WATCH_EVERY", 0.1)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("still")
        await settle(pilot)
        table = app.screen.query_one("#still")
        names = lambda: [str(table.get_row_at(i)[0]) for i in range(table.row_count)]  # noqa: E731
        assert "Dien" not in names()
        another_program(db_path, newcomer)
        assert await until(pilot, lambda: "Dien" in names())


async def test_the_apps_own_save_is_not_read_twice(db_path, ids):
    app = make_app(db_path)
    told = []
    async with app.run_test(size=(80, 24), message_hook=told.append) as pilot:
        await settle(pilot)
        app.apply(lambda db: actions.save_resident(db, Resident(name="Eef", key="eef")))
        app.look_at_register()
        await settle(pilot)
        assert not [m for m in told if type(m).__name__ == "RegisterChanged"]
        another_program(db_path, newcomer)
        app.look_at_register()
        await settle(pilot)
        assert [m for m in told if type(m).__name__ == "RegisterChanged"]
