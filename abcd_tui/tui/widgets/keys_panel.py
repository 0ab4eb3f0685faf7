"""The keys of this screen (`?` or f1): ours first, grouped by what they do, in the
user's language; Textual's own keys (scrolling, moving the cursor, copying) after them,
translated too. It scrolls with the keyboard while it is open.

The panel lies over the right of the screen on a layer of its own (`KEYS_LAYER_CSS`)
rather than splitting it: the screen under it keeps its size, so nothing of it is laid
out again when the panel opens or closes (the overview's figures used to stay wrapped
after a split), and opening it costs the same at 50 or 5,000 residents.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.geometry import Size
from textual.widget import Widget

from abcd_tui.i18n import t

# What each of our actions does, by its name (without namespace or arguments): the
# group it is listed under. An action not named here is listed under "general".
ACTION_GROUPS: dict[str, str] = {
    **dict.fromkeys(
        (
            "search",
            "choose_filter",
            "choose_order",
            "toggle_steps",
            "toggle_view",
            "move",
            "cycle",
            "recentre",
            "choose",
            "toggle_kind",
            "toggle_not_now",
            "type_need",
            "mark",
            "compare",
        ),
        "view",
    ),
    **dict.fromkeys(
        (
            "new",
            "edit",
            "delete",
            "add_tie",
            "remove_tie",
            "forget",
            "made",
            "decline",
            "save",
            "clear",
            "new_walk",
            "end_walk",
            "take_stored",
            "write_list",
            "export",
            "answer",
            "undo",
            "redo",
        ),
        "edit",
    ),
    **dict.fromkeys(("switch_mode", "picture", "back", "leave", "cancel", "dismiss_none"), "go"),
    **dict.fromkeys(("toggle_keys", "command_palette", "quit"), "general"),
}

# The groups in the order shown, with the message of their title.
GROUPS = (
    ("view", "key.group_view"),
    ("edit", "key.group_edit"),
    ("go", "key.group_go"),
    ("general", "key.group_general"),
)

# Textual's own descriptions (in English, as Textual writes them) and ours for them, for
# the widgets the app uses. One not listed is shown as Textual wrote it.
TEXTUAL_WORDS: dict[str, str] = {
    "Focus Next": "key.focus_next",
    "Focus Previous": "key.focus_previous",
    "Copy selected text": "key.copy_selected",
    "Copy": "key.copy",
    "Cut selected text": "key.cut_selected",
    "Cut": "key.cut",
    "Paste text from the clipboard": "key.paste",
    "Paste": "key.paste",
    "Quit": "app.quit",
    "Undo": "key.undo",
    "Redo": "key.redo",
    "Scroll Up": "key.scroll_up",
    "Scroll Down": "key.scroll_down",
    "Scroll Left": "key.scroll_left",
    "Scroll Right": "key.scroll_right",
    "Scroll Home": "key.to_start",
    "Scroll End": "key.to_end",
    "Go to start": "key.to_start",
    "Go to end": "key.to_end",
    "Top": "key.to_start",
    "Bottom": "key.to_end",
    "Home": "key.to_start",
    "End": "key.to_end",
    "First": "key.first",
    "Last": "key.last",
    "Page Up": "key.page_up",
    "Page Down": "key.page_down",
    "Page up": "key.page_up",
    "Page down": "key.page_down",
    "Cursor page up": "key.page_up",
    "Cursor page down": "key.page_down",
    "Page Left": "key.page_left",
    "Page Right": "key.page_right",
    "Up": "key.up",
    "Down": "key.down",
    "Cursor up": "key.up",
    "Cursor down": "key.down",
    "Cursor left": "key.left",
    "Cursor right": "key.right",
    "Move cursor left": "key.left",
    "Move cursor left and select": "key.left_select",
    "Cursor left select": "key.left_select",
    "Move cursor right and select": "key.right_select",
    "Cursor right select": "key.right_select",
    "Cursor up select": "key.up_select",
    "Cursor down select": "key.down_select",
    "Move cursor left a word": "key.word_left",
    "Cursor word left": "key.word_left",
    "Move cursor right a word": "key.word_right",
    "Cursor word right": "key.word_right",
    "Move cursor left a word and select": "key.word_left_select",
    "Cursor left word select": "key.word_left_select",
    "Move cursor right a word and select": "key.word_right_select",
    "Cursor right word select": "key.word_right_select",
    "Move cursor right or accept the completion suggestion": "key.right_or_accept",
    "Cursor line start": "key.line_start",
    "Cursor line end": "key.line_end",
    "Select line start": "key.select_line_start",
    "Cursor line start select": "key.select_line_start",
    "Select line end": "key.select_line_end",
    "Cursor line end select": "key.select_line_end",
    "Select all": "key.select_all",
    "select word": "key.select_word",
    "Select line": "key.select_line",
    "Select": "key.select",
    "Submit": "key.submit",
    "Delete character left": "key.delete_left",
    "Delete character right": "key.delete_right",
    "Delete left to start of word": "key.delete_word_left",
    "Delete right to start of word": "key.delete_word_right",
    "Delete all to the left": "key.delete_all_left",
    "Delete all to the right": "key.delete_all_right",
    "Delete to line start": "key.delete_all_left",
    "Delete to line end": "key.delete_all_right",
    "Delete line": "key.delete_line",
    "Show menu": "key.show_menu",
    "Hide dropdown": "key.hide_menu",
    "Dismiss menu": "key.hide_menu",
    "Toggle option": "key.toggle",
    "Toggle": "key.toggle",
    "Press button": "key.press_button",
}


@dataclass(frozen=True)
class KeyLine:
    """One line of the panel: the keys (as shown) and what they do."""

    keys: str
    description: str
    enabled: bool = True


@dataclass(frozen=True)
class KeyGroup:
    """A titled group of lines: one of `GROUPS`, or Textual's own keys."""

    title: str
    lines: tuple[KeyLine, ...]
    textual: bool = False  # Textual's own keys, not the app's


def action_name(action: str) -> str:
    """An action's name without its namespace and arguments: 'app.switch_mode('walk')'
    is 'switch_mode'."""
    return action.split("(", 1)[0].rsplit(".", 1)[-1]


@cache
def _declared_by_us(node_type: type) -> frozenset[tuple[str, str]]:
    """The (action, description) of every binding our own classes declare on this type:
    what a binding of Textual's own classes (App, Screen, DataTable) never matches."""
    return frozenset(
        (binding.action, binding.description)
        for cls in node_type.__mro__
        if cls.__module__.startswith("abcd_tui.")
        for binding in cls.__dict__.get("BINDINGS", ())
        if isinstance(binding, Binding)
    )


def is_ours(node: DOMNode, binding: Binding) -> bool:
    """Whether this binding was declared by the app's own code (not by Textual)."""
    return (binding.action, binding.description) in _declared_by_us(type(node))


def key_groups(active: Iterable[ActiveBinding], key_display) -> list[KeyGroup]:
    """The panel's groups, from a screen's active bindings: our keys by what they do
    (the screen's and its widgets' before the app's in each group), then Textual's own
    keys translated. Keys doing the same thing share a line ('? f1', '↑ ↓ ← →');
    bindings without a description and Textual's system keys are left out.
    `key_display` is `App.get_key_display`."""
    ours: dict[str, dict[str, list[tuple[bool, Binding, bool]]]] = {g: {} for g, _ in GROUPS}
    textual: dict[str, list[tuple[bool, Binding, bool]]] = {}
    for node, binding, enabled, _tooltip in active:
        if binding.system or not binding.description:
            continue
        from_app = node is node.app
        if is_ours(node, binding):
            group = ACTION_GROUPS.get(action_name(binding.action), "general")
            lines = ours[group]
            description = binding.description
        else:
            lines = textual
            code = TEXTUAL_WORDS.get(binding.description)
            description = t(code) if code else binding.description
        lines.setdefault(description, []).append((from_app, binding, enabled))
    groups = [
        KeyGroup(t(title), _lines(ours[group], key_display))
        for group, title in GROUPS
        if ours[group]
    ]
    if textual:
        groups.append(KeyGroup(t("key.group_textual"), _lines(textual, key_display), True))
    return groups


def _lines(found: dict[str, list[tuple[bool, Binding, bool]]], key_display) -> tuple[KeyLine, ...]:
    # The screen's own first (from_app False sorts first); otherwise in declared order.
    ordered = sorted(found.items(), key=lambda item: all(from_app for from_app, _, _ in item[1]))
    return tuple(
        KeyLine(
            " ".join(dict.fromkeys(key_display(b) for _, b, _ in bindings)),
            description,
            any(enabled for _, _, enabled in bindings),
        )
        for description, bindings in ordered
    )


class KeysText(Widget):
    """The groups as text: each group's title, then its keys right-aligned in one column
    and what they do beside them, a long description wrapped under itself. Laid out by
    hand for the width it gets (a Rich table took a tenth of a second to measure)."""

    DEFAULT_CSS = "KeysText { width: 1fr; height: auto; }"
    # Styles by theme variable, resolved when drawn: a theme chosen meanwhile applies.
    HINT, TITLE, KEY, OFF = (
        "$text-muted",
        "bold underline $text-primary",
        "bold $text-accent",
        "$text-disabled",
    )

    def __init__(self, groups: list[KeyGroup]) -> None:
        super().__init__()
        self.groups = groups
        self._laid_out: dict[int, list[Content]] = {}

    def lines(self, width: int) -> list[Content]:
        """The panel's lines at `width` columns (kept per width: drawing asks often)."""
        if width not in self._laid_out:
            self._laid_out[width] = self._lay_out(max(width, 12))
        return self._laid_out[width]

    def _lay_out(self, width: int) -> list[Content]:
        lines = [
            Content.styled(hint, self.HINT)
            for hint in textwrap.wrap(t("key.panel_hint"), width) or [""]
        ]
        widths = {
            textual: min(
                12,
                max(
                    (
                        len(line.keys)
                        for g in self.groups
                        if g.textual == textual
                        for line in g.lines
                    ),
                    default=1,
                ),
            )
            for textual in (False, True)
        }
        for group in self.groups:
            lines += [Content(""), Content.styled(group.title, self.TITLE)]
            # Our groups' keys in one column; Textual's, which are longer, in their own.
            keys_width = widths[group.textual]
            room = max(width - keys_width - 2, 8)
            for line in group.lines:
                shown = line.keys.rjust(keys_width)[-keys_width:]
                keys = Content.styled(shown, self.KEY if line.enabled else self.OFF)
                parts = textwrap.wrap(line.description, room) or [""]
                lines.append(Content.assemble(" ", keys, " ", parts[0]))
                lines += [Content(" " * (keys_width + 2) + part) for part in parts[1:]]
        return lines

    def render(self) -> Content:
        return Content("\n").join(self.lines(self.size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))


class KeysPanel(VerticalScroll, can_focus=False):
    """Every key that works here now, with what it does. While it is open the arrows,
    page up and page down, home and end scroll it and escape closes it (`take_key`,
    called by the app before any other binding). It never takes the focus: a focus
    change makes the screen under it restyle and redraw (a list of 5,000 residents and
    the footer took a quarter of a second), and the keys shown are the focused widget's."""

    DEFAULT_CSS = """
    KeysPanel {
        layer: keys;
        dock: right;
        width: 36%;
        min-width: 34;
        max-width: 60;
        height: 1fr;
        padding: 0 1;
        background: $panel;
        border-left: vkey $accent;
        scrollbar-size-vertical: 1;
    }
    """
    SCROLLS = {
        "up": "scroll_up",
        "down": "scroll_down",
        "pageup": "scroll_page_up",
        "pagedown": "scroll_page_down",
        "home": "scroll_home",
        "end": "scroll_end",
    }

    def __init__(self, groups: list[KeyGroup]) -> None:
        super().__init__(id="keys-panel")
        self.groups = groups

    def compose(self) -> ComposeResult:
        yield KeysText(self.groups)

    def take_key(self, key: str) -> bool:
        """Scroll or close for `key` if it is one of the panel's; whether it was."""
        if key == "escape":
            self.remove()
            return True
        scroll = self.SCROLLS.get(key)
        if scroll is None:
            return False
        getattr(self, scroll)(animate=False)
        return True


def open_panel(screen: Widget) -> KeysPanel | None:
    """The keys panel open on this screen, if any (it is one of the screen's own
    children: looking there costs next to nothing on every key)."""
    for child in screen.children:
        if isinstance(child, KeysPanel):
            return child
    return None


# Every screen gets a layer for the panel above its own widgets (App CSS: see the module
# docstring for why not a split).
KEYS_LAYER_CSS = """
Screen { layers: default keys; }
"""
