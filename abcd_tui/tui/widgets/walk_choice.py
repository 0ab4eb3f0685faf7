"""A one-line choice cycled with space or the arrow keys: open to introductions.

A RadioSet would take four rows and three key presses; on a walk the form has to fit
80x24 beside the list of people met, and "yes" should be one key press away.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static


class WalkChoice(Static, can_focus=True):
    """Shows the chosen label between arrows; `value` is the chosen key."""

    BINDINGS = [
        Binding("space,right", "step(1)", show=False),
        Binding("left", "step(-1)", show=False),
    ]
    DEFAULT_CSS = """
    WalkChoice { width: 1fr; height: 1; padding: 0 1; background: $boost; }
    WalkChoice:focus { background: $accent 30%; }
    """
    index: reactive[int] = reactive(0)

    def __init__(self, choices: list[tuple[str, str]], *, arrows: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.choices = choices  # (value, label)
        self.arrows = arrows  # a yes/no box ("[x] ja") reads better without them

    @property
    def value(self) -> str:
        return self.choices[self.index][0]

    @value.setter
    def value(self, value: str) -> None:
        self.index = next((i for i, (v, _) in enumerate(self.choices) if v == value), 0)

    def on_key(self, event) -> None:
        """A letter picks the choice it starts ("j" for ja, "n" for nee) and never
        reaches the screen's single-letter keys: on a walk, letters are answers."""
        if event.is_printable and event.character != " ":
            event.stop()
            event.prevent_default()
            self.pick(event.character)

    def take_key(self, key: str, character: str | None) -> None:
        """A key that was on its way to the field before this one (a burst: a fast
        typist, a paste): answered as if typed here."""
        if key in ("space", "right"):
            self.action_step(1)
        elif key == "left":
            self.action_step(-1)
        elif key == "tab":
            self.screen.focus_next()
        elif key == "shift+tab":
            self.screen.focus_previous()
        elif character and character.isprintable():
            self.pick(character)

    def pick(self, letter: str) -> None:
        """The next choice whose label (without a "[x] " box) starts with `letter`."""
        wanted = letter.casefold()
        n = len(self.choices)
        for step in range(1, n + 1):
            at = (self.index + step) % n
            if self.choices[at][1].lstrip("[x ]").casefold().startswith(wanted):
                self.index = at
                return

    def action_step(self, by: int) -> None:
        self.index = (self.index + by) % len(self.choices)

    def watch_index(self, index: int) -> None:
        label = self.choices[index][1]
        self.update(Content(f"◀ {label} ▶" if self.arrows else label))
