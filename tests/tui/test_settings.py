"""Settings are kept between runs: the language for the next start, the theme at once."""

import json

from abcd_tui import settings
from abcd_tui.tui.app import make_app
from tests.conftest import cli_env, run_cli
from tests.tui.pilot import settle


async def test_choosing_a_theme_applies_and_is_kept(db_path, db):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        select = app.screen.query_one("#theme")
        other = next(name for name in sorted(app.available_themes) if name != app.theme)
        select.value = other
        await pilot.pause()
        assert app.theme == other
    assert settings.load().theme == other
    again = make_app(db_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == other


async def test_the_language_chosen_is_used_at_the_next_start(db_path, db, tmp_path):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        app.screen.query_one("#language").value = "en"
        await pilot.pause()
    saved = settings.settings_file()
    assert json.loads(saved.read_text())["language"] == "en"
    env = cli_env(ABCD_CONFIG=str(saved))
    assert "Residents" in run_cli("--db", str(db_path), "stats", env=env).stdout
    assert "Bewoners" in run_cli("--db", str(db_path), "--lang", "nl", "stats", env=env).stdout
