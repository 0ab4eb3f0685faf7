"""The command palette (ctrl+p): every action of the app, in the user's language.

Textual's own system commands ("Theme", "Quit", "Keys") are English; the app yields its
own list instead, so the palette speaks the language the person chose.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

from abcd_tui.i18n import t

if TYPE_CHECKING:
    from abcd_tui.tui.app import AbcdApp

# (view, message code of its name, message code of its help); views open with open_view.
VIEWS = (
    ("overview", "key.overview", "palette.overview"),
    ("residents", "key.residents", "palette.residents"),
    ("groups", "key.groups", "palette.groups"),
    ("walk", "key.walk", "palette.walk"),
    ("still", "key.still", "palette.still"),
    ("settings", "key.settings", "palette.settings"),
)


def app_commands(app: AbcdApp, screen: Screen) -> Iterator[SystemCommand]:
    """What the palette offers: the views, undo and redo, keys, theme, quit."""
    for view, name, help_code in VIEWS:
        yield SystemCommand(t(name), t(help_code), lambda v=view: app.open_view(v))
    yield SystemCommand(t("key.undo"), t("palette.undo"), app.action_undo)
    yield SystemCommand(t("key.redo"), t("palette.redo"), app.action_redo)
    if screen.query("HelpPanel"):
        yield SystemCommand(t("key.keys"), t("palette.keys_hide"), app.action_hide_help_panel)
    else:
        yield SystemCommand(t("key.keys"), t("palette.keys"), app.action_show_help_panel)
    yield SystemCommand(t("palette.theme"), t("palette.theme_help"), app.action_change_theme)
    yield SystemCommand(t("app.quit"), t("palette.quit"), app.action_quit)
