"""The command palette (ctrl+p): every action of the app, in the user's language.

Textual's own system commands ("Theme", "Quit", "Keys") are English; the app yields its
own list instead, so the palette speaks the language the person chose.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.binding import Binding
from textual.command import Hit, Hits, Provider
from textual.screen import Screen

from abcd_tui.i18n import t
from abcd_tui.tui.text import message, say

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
    if screen.query("HelpPanel"):
        yield SystemCommand(t("key.keys"), t("palette.keys_hide"), app.action_hide_help_panel)
    else:
        yield SystemCommand(t("key.keys"), t("palette.keys"), app.action_show_help_panel)
    yield SystemCommand(t("palette.theme"), t("palette.theme_help"), app.action_change_theme)
    yield SystemCommand(t("app.quit"), t("palette.quit"), app.action_quit)


class NothingFound(Provider):
    """Says 'nothing found' in the user's language when no command matches.

    Textual's palette would say "No matches found" in English; when this provider
    answers, Textual's own message does not appear."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = cast("AbcdApp", self.app)  # a Provider's app is typed as a plain App
        titles = [c.title for c in app_commands(app, self.screen)]
        themes = list(self.app.available_themes)
        if query.strip() and not any(matcher.match(x) > 0 for x in titles + themes):
            yield Hit(
                0.0,
                message("palette.nothing_found", query=query),
                lambda: None,
                text=say("palette.nothing_found", query=query),
            )
