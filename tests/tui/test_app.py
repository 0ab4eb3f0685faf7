"""The app opens on the register and shows what it holds."""

from abcd_tui.domain.records import Resident
from abcd_tui.store import writes
from abcd_tui.tui.app import make_app


async def test_the_app_shows_the_register_counts(db_path, db):
    writes.save_resident(db, Resident(name="[b]Dien[/b]", key="dien"))
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        counts = str(app.screen.query_one("#counts").content)
        assert "Bewoners" in counts and "1" in counts
        assert str(db_path) in str(app.screen.query_one("#database").content)
        await pilot.press("q")
    assert app.return_code in (0, None)


async def test_the_app_opens_on_a_new_empty_register(tmp_path):
    app = make_app(tmp_path / "nieuw.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Bewoners" in str(app.screen.query_one("#counts").content)


async def test_a_new_register_is_announced(tmp_path):
    app = make_app(tmp_path / "nieuw.db", created=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("Nieuw, leeg register" in m for m in messages)
