"""Keys typed into a field stay in the field: the one rule the whole app follows.

A single-letter key (a letter, a digit, space, `?`, `/` ...) is text while the person is
typing, never a command: not while a text input has the focus, and not anywhere on a
screen that is a form to type into (a screen with `TYPED_KEYS_ARE_TEXT = True`, such as
walk mode), whatever widget of it has the focus; there only the focused widget's own
keys work (space ticks a checkbox). Ctrl-keys, F-keys, Escape, Tab and Enter keep
working everywhere. `AbcdApp` applies this to every binding, of the app and
of every screen and dialog, so no screen needs a rule of its own.

Textual's Input and TextArea already take printable keys before any binding sees them;
this rule also covers the moments a person *thinks* they are in a field (a list of the
form got the focus, say), where a stray letter would switch screens.
"""

from __future__ import annotations

from textual.keys import Keys, key_to_character
from textual.widget import Widget
from textual.widgets import Input, TextArea

# The names of keys that type nothing (enter, f1, up, escape, tab ...). Space types.
_SPECIAL_KEYS = frozenset(key.value for key in Keys) - {"space"}


def is_typed_key(key: str) -> bool:
    """Whether a key (Textual's name for it) types a character: "a", "F", "7", "space",
    "question_mark", "slash"; not "ctrl+s", "shift+tab", "f1", "escape" or "enter"."""
    if "+" in key:  # a modifier other than shift: ctrl+s, alt+x, shift+tab
        return False
    if key in _SPECIAL_KEYS:
        return False
    character = key_to_character(key)
    # Textual has no character for some punctuation names ("slash"): they still type one.
    return character is None or character.isprintable()


def is_text_field(widget: Widget | None) -> bool:
    """Whether this widget takes typed text (an Input, an editable TextArea)."""
    if isinstance(widget, Input):
        return not widget.disabled
    if isinstance(widget, TextArea):
        return not widget.read_only and not widget.disabled
    return False


def keys_are_text(screen, focused: Widget | None) -> bool:
    """Whether single-letter keys are text here (so no binding may take them)."""
    return is_text_field(focused) or bool(getattr(screen, "TYPED_KEYS_ARE_TEXT", False))


async def own_binding(app, focused: Widget | None, key: str, priority: bool) -> bool:
    """Run the focused widget's own binding of `key`, if it has one (not one of the
    widgets, screen or app around it); whether one ran."""
    if focused is None or is_text_field(focused):
        return False
    for binding in focused._bindings.key_to_bindings.get(key, ()):
        if binding.priority == priority and await app.run_action(binding.action, focused):
            return True
    return False


# Where the keys go shows at a glance: a compact field (no border to light up) is
# tinted while it has the focus, so nobody types into a list thinking it is a field.
FOCUS_CSS = """
Input.-textual-compact:focus, TextArea.-textual-compact:focus {
    background-tint: $accent 30%;
}
"""
