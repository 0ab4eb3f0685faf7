"""Still to ask: who to talk with again on the next walk, and about what."""

from datetime import date

from abcd_tui.domain.records import Resident, Walk
from abcd_tui.store import Register, writes
from abcd_tui.store.still_to_ask import still_to_ask
from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle


def village(db):
    recent = writes.save_walk(db, Walk(key="nu", date="2026-10-01", area="Kerkbuurt"))
    old = writes.save_walk(db, Walk(key="oud", date="2025-01-10", area="Kerkbuurt"))
    complete = dict(hands=["koken"], offers=["oppassen"], needs=["vervoer"], consent=True)
    writes.save_resident(db, Resident(name="Anna", key="anna", walk_id=recent.id, **complete))
    writes.save_resident(db, Resident(name="Bram", key="bram", walk_id=old.id, **complete))
    writes.save_resident(
        db, Resident(name="[b]Cor[/b]", key="cor", address="Dorpsstraat 1", walk_id=recent.id)
    )


def test_each_resident_with_what_is_still_to_ask(db_path, db):
    village(db)
    found = {s.name: s.ask for s in Register(db_path).read(still_to_ask, today=date(2026, 11, 23))}
    assert found == {"Bram": ("stale",), "[b]Cor[/b]": ("gifts", "offers", "needs", "consent")}


async def test_the_screen_lists_them_literally(db_path, db):
    village(db)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("still")
        await settle(pilot)
        table = app.screen.query_one("#still")
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        cor = next(row for row in rows if row[0] == "[b]Cor[/b]")
        assert cor[1] == "Dorpsstraat" and "toestemming" in cor[3]
        assert "gaven" in cor[3]
