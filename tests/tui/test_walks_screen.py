"""Walks that last, driven in the real app on a real register: a restart continues
today's walk with its people met, "end walk" shows what it brought, the walks screen
lists it; and the list for the next walk written from "nog te vragen"."""

import stat
from datetime import date

from lxml import html

from abcd_tui.domain.records import Resident
from abcd_tui.store import reads, writes
from abcd_tui.store import walks as walk_store
from abcd_tui.tui.app import make_app
from tests.tui.pilot import dropdown_open, settle, text_of, type_text, until


def today() -> str:
    """Asked at each use, not at import: a run that passes midnight stays right."""
    return date.today().isoformat()


async def start(app, pilot, area: str | None = "Het Veld") -> None:
    """Walk mode, then (if given) type the area and press enter."""
    await app.switch_mode("walk")
    await settle(pilot)
    if area is not None:
        app.screen.query_one("#area").value = ""
        await type_text(pilot, area)
        await pilot.press("enter")
        await settle(pilot)


async def meet(app, pilot, db, name: str, **fields: str) -> None:
    """Type a person into the form (fields set as a paste would) and save."""
    screen = app.screen
    screen.query_one("#name").value = name
    for field, value in fields.items():
        screen.query_one(f"#{field}").value = value
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert await until(pilot, lambda: name in [r.name for r in reads.residents(db)])


def walk_id(db) -> str:
    return db.execute("SELECT id FROM walks").fetchone()[0]


def walk_rows(db) -> list[tuple[str, str | None]]:
    return db.execute("SELECT key, ended_at FROM walks ORDER BY key").fetchall()


async def test_a_restart_offers_todays_walk_and_continues_it_with_its_people(
    db_path, db, monkeypatch
):
    monkeypatch.setenv("ABCD_USER", "Anouk")
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await meet(app, pilot, db, "Piet Pietersen")
        await meet(app, pilot, db, "Dien Dijk")
    assert walk_rows(db) == [(f"{today()}-het-veld", None)]

    again = make_app(db_path)  # the laptop restarted: a new app on the same file
    async with again.run_test(size=(80, 24)) as pilot:
        await start(again, pilot, area=None)
        screen = again.screen
        offered = text_of(screen.query_one("#open-walks"))
        assert "Het Veld" in offered and "Anouk" in offered and "2 gesproken" in offered
        assert screen.query_one("#area").value == "Het Veld"  # enter continues it
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#capture").display
        assert "(2)" in str(screen.query_one("#met-title").content)
        assert text_of(screen.query_one("#met")) == "Piet Pietersen\nDien Dijk"
        assert any("Verder met de wandeling" in n.message for n in again._notifications)
        await meet(again, pilot, db, "Cor")
        assert "(3)" in str(screen.query_one("#met-title").content)
        # Typed again in other letters, it is still the same walk.
        await pilot.press("ctrl+n")
        await settle(pilot)
        await start(again, pilot, area=" het VELD ")
        assert "(3)" in str(screen.query_one("#met-title").content)
    assert walk_rows(db) == [(f"{today()}-het-veld", None)]
    (walk_id,) = db.execute("SELECT id FROM walks").fetchone()
    assert walk_store.met_count(db, walk_id) == 3


async def test_choosing_an_open_walk_from_the_offer_continues_it(db_path, db, monkeypatch):
    monkeypatch.setenv("ABCD_USER", "Anouk")
    walk_store.start_or_continue_walk(db, "Kerkbuurt", "Piet", today())
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot, area=None)
        screen = app.screen
        assert screen.query_one("#area").value == ""  # Piet's walk, not Anouk's
        screen.query_one("#open-walks").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#capture").display
        assert "Kerkbuurt" in str(screen.query_one("#heading").content)
    assert len(walk_rows(db)) == 1


async def test_end_walk_shows_what_it_brought_and_the_walks_screen_lists_it(
    db_path, db, monkeypatch
):
    monkeypatch.setenv("ABCD_USER", "Anouk")
    eric = Resident(name="Eric", key="eric", address="Kerkstraat 5", created_at="2026-01-05")
    writes.save_resident(db, eric)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot, area="Kerkbuurt")
        await meet(
            app,
            pilot,
            db,
            "Dien",
            address="Kerkstraat 3",
            hands="koken, tuin",
            offers="oppassen",
            needs="vervoer",
            ties="Eric",
        )
        screen = app.screen
        # Something typed and not saved: ending is refused, nothing is lost.
        screen.query_one("#name").value = "Half"
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert screen.query_one("#capture").display and walk_rows(db)[0][1] is None
        assert any("sla het op" in n.message for n in app._notifications)
        await pilot.press("ctrl+l")
        await type_text(pilot, "Eri")  # a revisit: the register offers Eric
        assert await until(pilot, lambda: dropdown_open(app))
        await pilot.press("tab")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert await until(pilot, lambda: walk_store.met_count(db, walk_id(db)) == 2)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert walk_rows(db)[0][1] is not None  # ended in the register
        assert not screen.query_one("#capture").display
        shown = str(screen.query_one("#summary").content)
        assert "Gesproken: 2 (1 nieuw, 1 opnieuw)" in shown, shown
        assert "Gaven: 2 · aanbod: 1 · vraag: 1" in shown
        assert "Banden gelegd: 1" in shown
        assert "Nog te vragen bij 2:" in shown and "Dien: toestemming" in shown
        assert "Eric (opnieuw)" in shown

        await pilot.press("ctrl+o")  # to the walks screen
        await settle(pilot)
        assert type(app.screen).__name__ == "WalksScreen"
        table = app.screen.query_one("#walks")
        assert table.row_count == 1
        row = [str(cell) for cell in table.get_row_at(0)]
        assert row == [today(), "Kerkbuurt", "2", "1", "1", "2"]
        assert "Banden gelegd: 1" in str(app.screen.query_one("#walk-summary").content)
    assert [r.name for r in reads.residents(db)].count("Eric") == 1


async def test_an_ended_walk_started_again_today_is_the_same_walk(db_path, db, monkeypatch):
    monkeypatch.setenv("ABCD_USER", "Anouk")
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await meet(app, pilot, db, "Piet")
        await pilot.press("ctrl+f")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert text_of(app.screen.query_one("#open-walks")) == ""  # ended: not offered
        await start(app, pilot)
        assert "(1)" in str(app.screen.query_one("#met-title").content)
        # Said so: the walk was ended and is open again (not a new one, not silently).
        assert any("afgesloten wandeling" in n.message for n in app._notifications)
    assert walk_rows(db) == [(f"{today()}-het-veld", None)]


async def test_the_walks_screen_from_the_palette_shows_names_literally(db_path, db):
    walk_store.start_or_continue_walk(db, "[b]Veld[/b]", "Anouk", today())
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_view("walks")
        await settle(pilot)
        assert str(app.screen.query_one("#walks").get_row_at(0)[1]) == "[b]Veld[/b]"
        assert "[b]Veld[/b]" in str(app.screen.query_one("#walk-summary").content)


async def test_the_still_to_ask_screen_writes_the_list_and_says_where(
    db_path, db, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    writes.save_resident(db, Resident(name="<i>Dien</i>", key="dien", address="Kerkstraat 3"))
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("still")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("e")  # a second list never replaces the first
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        said = [n.message for n in app._notifications if "Geschreven" in n.message]
    first, second = (
        tmp_path / "exports" / "still-to-ask.html",
        tmp_path / "exports" / "still-to-ask-2.html",
    )
    assert len(said) == 3 and str(first) in said[0] and str(second) in said[1]
    for path in (first, second, tmp_path / "exports" / "still-to-ask.csv"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    page = html.fromstring(first.read_bytes())
    assert (
        page.xpath("//i") == []
        and "<i>Dien</i>" in page.xpath("//tbody/tr/td[2]")[0].text_content()
    )
