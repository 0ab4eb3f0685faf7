"""The command palette (ctrl+p): every action of the app, in the user's language.

Textual's own system commands ("Theme", "Quit", "Keys") are English; the app yields its
own list instead, so the palette speaks the language the person chose. Its theme picker
is ours too: Textual's lists the themes by id ("textual-dark").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen

from abcd_tui import settings
from abcd_tui.i18n import t
from abcd_tui.tui.text import message, say
from abcd_tui.tui.widgets.keys_panel import open_panel

if TYPE_CHECKING:
    from abcd_tui.tui.app import AbcdApp

# (view, message code of its name, message code of its help); views open with open_view.
VIEWS = (
    ("overview", "key.overview", "palette.overview"),
    ("residents", "key.residents", "palette.residents"),
    ("groups", "key.groups", "palette.groups"),
    ("not-yet-connected", "key.not_yet_connected", "palette.not_yet_connected"),
    ("connectors", "key.connectors", "palette.connectors"),
    ("network", "picture.key_picture", "palette.network"),
    ("communities", "key.communities", "palette.communities"),
    ("help", "key.who_can_help", "palette.who_can_help"),
    ("walk", "key.walk", "palette.walk"),
    ("walks", "walk.list", "walk.palette"),
    ("still", "key.still", "palette.still"),
    ("snapshots", "snapshot.key", "snapshot.palette"),
    ("settings", "key.settings", "palette.settings"),
)

# Textual's themes by the id the settings file keeps, with the message of their name, in
# the order they are offered: the two plain ones first.
THEME_NAMES = {
    "textual-dark": "theme.textual_dark",
    "textual-light": "theme.textual_light",
    "ansi-dark": "theme.ansi_dark",
    "ansi-light": "theme.ansi_light",
    "atom-one-dark": "theme.atom_one_dark",
    "atom-one-light": "theme.atom_one_light",
    "catppuccin-latte": "theme.catppuccin_latte",
    "catppuccin-frappe": "theme.catppuccin_frappe",
    "catppuccin-macchiato": "theme.catppuccin_macchiato",
    "catppuccin-mocha": "theme.catppuccin_mocha",
    "dracula": "theme.dracula",
    "flexoki": "theme.flexoki",
    "gruvbox": "theme.gruvbox",
    "monokai": "theme.monokai",
    "nord": "theme.nord",
    "rose-pine": "theme.rose_pine",
    "rose-pine-moon": "theme.rose_pine_moon",
    "rose-pine-dawn": "theme.rose_pine_dawn",
    "solarized-light": "theme.solarized_light",
    "solarized-dark": "theme.solarized_dark",
    "tokyo-night": "theme.tokyo_night",
}


def theme_name(theme: str) -> str:
    """A theme's name in the user's language; one we have no name for, by its id."""
    code = THEME_NAMES.get(theme)
    return t(code) if code else theme


def themes_offered(app: App) -> list[tuple[str, str]]:
    """(name, id) of every theme the app can show: ours in `THEME_NAMES`' order, then
    any other (registered by someone else) by id."""
    available = app.available_themes
    ids = [theme for theme in THEME_NAMES if theme in available]
    ids += sorted(theme for theme in available if theme not in THEME_NAMES)
    return [(theme_name(theme), theme) for theme in ids]


def choose_theme(app: App, theme: str) -> None:
    """Show `theme` now and keep it for the next start (as the settings screen does)."""
    app.theme = theme
    chosen = settings.load()
    chosen.theme = theme
    settings.save(chosen)


class ThemeChoices(Provider):
    """The palette's theme picker: the themes by their names in the user's language."""

    def _choices(self) -> list[tuple[str, str]]:
        return themes_offered(self.app)

    async def discover(self) -> Hits:
        for name, theme in self._choices():
            yield DiscoveryHit(name, lambda theme=theme: choose_theme(self.app, theme))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = False
        for name, theme in self._choices():
            if (score := matcher.match(name)) > 0:
                found = True
                yield Hit(
                    score,
                    matcher.highlight(name),
                    lambda theme=theme: choose_theme(self.app, theme),
                )
        if not found and query.strip():
            yield Hit(
                0.0,
                message("palette.nothing_found", query=query),
                lambda: None,
                text=say("palette.nothing_found", query=query),
            )


def pick_theme(app: App) -> None:
    """Open the palette on the themes alone (the palette's "Thema")."""
    app.push_screen(CommandPalette(providers=[ThemeChoices], placeholder=t("theme.placeholder")))


def screen_commands(app: AbcdApp, screen: Screen) -> Iterator[SystemCommand]:
    """The actions of the screen the palette was opened on (new, edit, delete, tie, ...),
    with their key as help: every action of the app is in the palette, not only the
    app-wide ones. Only the screen's own keys (declared by our classes), in our words."""
    ours = [
        binding
        for cls in type(screen).__mro__
        if cls.__module__.startswith("abcd_tui.")
        for binding in cls.__dict__.get("BINDINGS", [])
        if isinstance(binding, Binding) and binding.description
    ]
    for binding in dict((b.action, b) for b in ours).values():
        yield SystemCommand(
            binding.description,
            t("palette.key", key=app.get_key_display(binding)),
            lambda action=binding.action: app.run_action(action, screen),
        )


def app_commands(app: AbcdApp, screen: Screen) -> Iterator[SystemCommand]:
    """What the palette offers: this screen's actions, the views, exporting the register
    now, undo and redo, keys, settings, theme, quit."""
    yield from screen_commands(app, screen)
    for view, name, help_code in VIEWS:
        yield SystemCommand(t(name), t(help_code), lambda v=view: app.open_view(v))
    yield SystemCommand(t("export.now"), t("export.now_help"), app.action_export_now)
    yield SystemCommand(t("key.undo"), t("palette.undo"), app.action_undo)
    yield SystemCommand(t("key.redo"), t("palette.redo"), app.action_redo)
    shown = open_panel(screen) is not None
    keys_help = t("palette.keys_hide") if shown else t("palette.keys")
    yield SystemCommand(t("key.keys"), keys_help, app.action_toggle_keys)
    yield SystemCommand(t("palette.theme"), t("palette.theme_help"), lambda: pick_theme(app))
    yield SystemCommand(t("app.quit"), t("palette.quit"), app.action_quit)


class NothingFound(Provider):
    """Says 'nothing found' in the user's language when no command matches.

    Textual's palette would say "No matches found" in English; when this provider
    answers, Textual's own message does not appear."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = cast("AbcdApp", self.app)  # a Provider's app is typed as a plain App
        titles = [c.title for c in app_commands(app, self.screen)]
        if query.strip() and not any(matcher.match(x) > 0 for x in titles):
            yield Hit(
                0.0,
                message("palette.nothing_found", query=query),
                lambda: None,
                text=say("palette.nothing_found", query=query),
            )
