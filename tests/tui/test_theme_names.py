"""The themes by their names in the user's language, in the settings screen and the
palette's theme picker; the ids Textual knows them by are what the settings keep."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input, Select

from abcd_tui import settings
from abcd_tui.tui.app import make_app
from abcd_tui.tui.commands import themes_offered
from tests.tui.pilot import settle, type_text, until


async def test_every_theme_has_a_dutch_name_in_the_settings(db_path, db):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        offered = themes_offered(app)
        assert offered[:2] == [("Donker (standaard)", "textual-dark"), ("Licht", "textual-light")]
        assert {theme for _, theme in offered} == set(app.available_themes)
        assert not [name for name, theme in offered if name == theme]  # no id shown as a name
        await pilot.press("f2")
        await settle(pilot)
        select = app.screen.query_one("#theme", Select)
        assert select.value == "textual-dark"
        assert "Donker (standaard)" in str(select.query_one("SelectCurrent #label").render())


def picking_a_theme(app) -> bool:
    """Whether the palette open now is the theme picker (its placeholder says so)."""
    screen = app.screen
    return isinstance(screen, CommandPalette) and screen.query_one(Input).placeholder == (
        "Zoek een thema…"
    )


async def test_the_palette_s_theme_picker_speaks_dutch_and_keeps_the_choice(db_path, db):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        assert await until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await type_text(pilot, "thema")
        await pilot.pause(0.3)
        await pilot.press("enter")
        assert await until(pilot, lambda: picking_a_theme(app))
        await type_text(pilot, "koel blauw")  # Nord, found by its Dutch description
        await pilot.pause(0.3)
        await pilot.press("enter")
        assert await until(pilot, lambda: app.theme == "nord")
    assert settings.load().theme == "nord"
