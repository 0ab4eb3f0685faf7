"""The key line at the bottom of every screen: the keys that matter most there, first,
whole words only, in one line that is drawn once per change.

Textual's `Footer` lists the app's keys and the screen's in the order its binding chain
gives, cuts the last one mid-word at 80 columns ("t Band l…"), and rebuilds a widget per
key on every focus change (about 150 ms of UI-thread time per Tab on the walk form,
measured with `time.thread_time()` in a Pilot run). This one is a single widget:
- the screen's own keys come first, in the order the screen declares them (the most
  used first), then the app's (undo, redo, quit);
- the help key is always shown at the right end, because it lists everything that did
  not fit; at 100 columns and more the palette key is shown beside it;
- a key is shown whole or not at all; the next ones are left to the help;
- while single-letter keys are text (a field has the focus, or walk mode's form: see
  `tui/keys.py`) only the keys that still work are shown, and help is `f1`;
- it is redrawn only when what it shows changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from abcd_tui.tui.keys import is_typed_key, keys_are_text

HELP_ACTION = "toggle_keys"
PALETTE_ACTION = "command_palette"
GAP = "  "  # between two keys
PALETTE_FROM = 100  # columns: narrower, the palette is found through the help


@dataclass(frozen=True)
class FooterKey:
    """One key as the footer shows it."""

    key: str  # Textual's name, sent when the key is clicked
    display: str  # as the user reads it: "^s", "?", "f1"
    description: str
    enabled: bool


class KeyFooter(Widget):
    """One line of keys, the screen's most important first (see the module docstring)."""

    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-description-foreground;
        & > .key-footer--key {
            color: $footer-key-foreground;
            text-style: bold;
        }
        & > .key-footer--disabled {
            text-style: dim;
        }
    }
    """
    COMPONENT_CLASSES = {"key-footer--key", "key-footer--disabled"}

    def __init__(self) -> None:
        super().__init__()
        self._keys: tuple[FooterKey, ...] = ()
        self._ends: tuple[FooterKey, ...] = ()  # help, then palette: at the right
        self._spans: list[tuple[int, int, str]] = []  # where each key is drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        """The focus or the bindings changed: redraw only if what is shown changes."""
        if not self.is_attached or screen is not self.screen:
            return
        keys, ends = footer_keys(screen)
        if (keys, ends) != (self._keys, self._ends):
            self._keys, self._ends = keys, ends
            self.refresh()

    def render(self) -> Text:
        width = self.size.width
        key_style = self.get_component_rich_style("key-footer--key", partial=True)
        disabled = self.get_component_rich_style("key-footer--disabled", partial=True)
        # The help, and at 100 columns the palette too, at the right end.
        ends = self._ends if width >= PALETTE_FROM else self._ends[:1]
        tail = Text(no_wrap=True)
        tail_spans: list[tuple[int, int, str]] = []
        for key in ends:
            tail.append(GAP)
            begin = tail.cell_len
            _append(tail, key, key_style, disabled)
            tail_spans.append((begin, tail.cell_len, key.key))
        room = width - tail.cell_len - 1
        line = Text(no_wrap=True, overflow="crop")
        spans: list[tuple[int, int, str]] = []
        for key in self._keys:
            start = line.cell_len + (len(GAP) if line else 1)
            if start + key_width(key) > room:
                break  # whole keys only; the help lists the rest
            line.append(GAP if line else " ")
            _append(line, key, key_style, disabled)
            spans.append((start, line.cell_len, key.key))
        offset = max(width - tail.cell_len - 1, line.cell_len)
        line.append(" " * (offset - line.cell_len))
        line.append_text(tail)
        self._spans = spans + [(s + offset, e + offset, k) for s, e, k in tail_spans]
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return


def key_width(key: FooterKey) -> int:
    return cell_len(key.display) + 1 + cell_len(key.description)


def _append(line: Text, key: FooterKey, key_style: Style, disabled: Style) -> None:
    line.append(key.display, key_style if key.enabled else disabled)
    line.append(" " + key.description, None if key.enabled else disabled)


def footer_keys(screen: Screen) -> tuple[tuple[FooterKey, ...], tuple[FooterKey, ...]]:
    """The keys to show on `screen` as it is now: the screen's and its widgets' first,
    then the app's; and the help and palette keys for the right end."""
    app = screen.app
    typing = keys_are_text(screen, screen.focused)
    own: list[FooterKey] = []
    apps: list[FooterKey] = []
    ends: dict[str, FooterKey] = {}
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding: Binding = active.binding
        action = binding.action
        if typing and is_typed_key(binding.key):
            continue  # it types a letter here, so it is no key now ("?" gives way to f1)
        if action in (HELP_ACTION, PALETTE_ACTION):
            ends.setdefault(action, shown(app, binding, active.enabled))
            continue
        if not binding.show or action in seen:
            continue
        seen.add(action)
        (apps if active.node is app else own).append(shown(app, binding, active.enabled))
    right = tuple(ends[a] for a in (HELP_ACTION, PALETTE_ACTION) if a in ends)
    return tuple(own + apps), right


def shown(app, binding: Binding, enabled: bool) -> FooterKey:
    return FooterKey(binding.key, app.get_key_display(binding), binding.description, enabled)
