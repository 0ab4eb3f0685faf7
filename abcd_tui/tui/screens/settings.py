"""Settings: the language, the theme, and which database is open."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Label, Select, Static

from abcd_tui import settings
from abcd_tui.i18n import language, t
from abcd_tui.tui.commands import choose_theme, themes_offered
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.work import abcd

LANGUAGE_NAMES = (("Nederlands", "nl"), ("English", "en"))


class SettingsScreen(Screen):
    """Choices that stay between runs (saved at once in the user's config folder)."""

    CSS_PATH = "settings.tcss"
    BINDINGS = [Binding("escape", "app.switch_mode('overview')", t("key.overview"))]

    def compose(self) -> ComposeResult:
        saved = settings.load()
        yield Header()
        with Vertical(id="settings"):
            yield Label(t("settings.language"), classes="field")
            yield Select(
                LANGUAGE_NAMES, value=saved.language or language(), allow_blank=False, id="language"
            )
            yield Static(t("settings.language_next_start"), classes="hint")
            yield Label(t("settings.theme"), classes="field")
            yield Select(
                themes_offered(self.app),  # by name in the user's language; the id is kept
                value=self.app.theme,
                allow_blank=False,
                id="theme",
            )
            yield Label(t("settings.database"), classes="field")
            yield Static(Content(str(abcd(self).db_path)), id="database")
            yield Static(
                Content(t("settings.saved_in", path=settings.settings_file())), classes="hint"
            )
        yield KeyFooter()

    @on(Select.Changed, "#language")
    def choose_language(self, event: Select.Changed) -> None:
        chosen = settings.load()
        chosen.language = str(event.value)
        settings.save(chosen)

    @on(Select.Changed, "#theme")
    def theme_chosen(self, event: Select.Changed) -> None:
        choose_theme(self.app, str(event.value))
