"""A mode's screen is styled once, when it mounts: switching to it again parses no CSS
and restyles nothing (Textual did both on a screen's first return, 0.1 s of UI thread
for walk mode), unless the theme changed meanwhile (`app.styled_now`). Every screen's
CSS is read when the app starts (`AbcdApp.read_screen_css`), so a first open parses
none either; each file's rules are scoped to its screen, so none styles another's."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.color import Color
from textual.css.stylesheet import Stylesheet

from abcd_tui.tui.app import SCREEN_CSS, AbcdApp
from tests.tui.pilot import settle


class CountsRestyles(AbcdApp):
    """The app, counting Textual's full restyles (every CSS source parsed again)."""

    restyles = 0

    def refresh_css(self, animate: bool = True) -> None:
        self.restyles += 1
        super().refresh_css(animate)


def test_every_rule_of_a_screen_s_css_is_scoped_to_a_screen():
    """Read at start, an unscoped rule (`#start`, `.title`, `Select`) would style the
    widgets of every screen; the residents' dialogs are named by their class."""
    folder = Path(SCREEN_CSS[0]).parent
    assert sorted(SCREEN_CSS) == sorted(folder.glob("*.tcss"))
    for path in SCREEN_CSS:
        sheet = Stylesheet(variables=App().get_css_variables())
        sheet.read(path)
        for rule in sheet.rules:
            for selector in rule.selector_set:
                first = selector.selectors[0].name
                assert first.endswith(("Screen", "RecordBrowser", "RecordForm", "ChoiceDialog")), (
                    f"{path.name}: {selector.css}"
                )


async def test_opening_and_coming_back_parse_no_css_again(village):
    app = CountsRestyles(village)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        read = {location for location, _ in app.stylesheet.source}
        assert {str(path) for path in SCREEN_CSS} <= read
        before = app.restyles
        for mode in ["walk", "overview", "residents", "overview", "walk", "residents"]:
            await app.switch_mode(mode)
            await settle(pilot)
        assert app.restyles == before


async def test_a_theme_chosen_meanwhile_restyles_the_screen_coming_back(village):
    app = CountsRestyles(village)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.switch_mode("walk")
        await settle(pilot)
        dark = app.screen.styles.background
        await app.switch_mode("overview")
        await settle(pilot)
        app.theme = "textual-light"
        await settle(pilot)
        await app.switch_mode("walk")
        await settle(pilot)
        light = Color.parse(app.current_theme.background or "")
        assert app.screen.styles.background == light != dark
