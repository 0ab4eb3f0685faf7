"""Backups and the app: one a day when it opens, and a restore while it is open."""

from __future__ import annotations

from abcd_tui.cli import main
from abcd_tui.domain.records import Resident
from abcd_tui.store import actions, reads, writes
from abcd_tui.store.backup import list_backups
from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle


async def test_the_app_makes_one_backup_a_day_when_it_opens(db_path, db):
    writes.save_resident(db, Resident(name="Anna", key="anna"))
    for _ in range(2):
        app = make_app(db_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
    [daily] = list_backups(db_path)
    assert daily.reason == "daily"


async def test_a_restore_while_the_app_is_open_is_not_undone_by_it(db_path, db, capsys):
    writes.save_resident(db, Resident(name="Anna", key="anna"))
    assert main(["--db", str(db_path), "backup"]) == 0
    saved = capsys.readouterr().out.strip()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.apply(lambda d: actions.save_resident(d, Resident(name="Bob", key="bob")))
        assert [r.name for r in reads.residents(db)] == ["Anna", "Bob"]

        assert main(["--db", str(db_path), "restore", saved]) == 0

        await pilot.press("ctrl+z")  # would delete Bob's row: in the restored register?
        await settle(pilot)
        assert any("niet meer ongedaan" in n.message for n in app._notifications)
    assert [r.name for r in reads.residents(db)] == ["Anna"]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
