"""Autocomplete for the walk form: gifts from the vocabulary, people and groups by name.

A field can hold several items separated by commas ("koken, muziek"): only the item
being typed is completed, and a chosen item is followed by ", " so the next one can be
typed straight away. That is what keeps a resident with two gifts to a few key presses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.message import Message
from textual.widgets import Input
from textual_autocomplete import AutoComplete, DropdownItem, TargetState

from abcd_tui.tui.text import literal


class Suggestion(DropdownItem):
    """A suggestion shown literally (control characters as visible stand-ins) that
    completes to the value as stored, never to the stand-ins."""

    def __init__(self, value: str) -> None:
        super().__init__(main=literal(value))
        self.stored = value

    @property
    def value(self) -> str:
        return self.stored


class WalkComplete(AutoComplete):
    """Completes the item under the cursor from `suggest(typed)`, already ranked.

    `suggest` returns plain strings, shown literally. With `several` the field is a
    comma-separated list; without, the whole field is one value (a name). Choosing posts
    `Chosen`, so the screen can react (a known name opens that resident's record).
    """

    @dataclass
    class Chosen(Message):
        complete: WalkComplete
        value: str

        @property
        def control(self) -> WalkComplete:
            return self.complete

    def __init__(
        self,
        target: Input,
        suggest: Callable[[str], list[str]],
        *,
        several: bool = True,
        id: str | None = None,
    ):
        super().__init__(target, candidates=self._candidates, id=id)
        self.suggest = suggest
        self.several = several

    def _typed(self, state: TargetState) -> str:
        before = state.text[: state.cursor_position]
        return before.rsplit(",", 1)[-1].lstrip() if self.several else before

    def get_search_string(self, target_state: TargetState) -> str:
        return self._typed(target_state)

    def _candidates(self, state: TargetState) -> list[DropdownItem]:
        typed = self._typed(state).strip()
        if not typed:
            return []
        return [Suggestion(value) for value in self.suggest(typed)]

    def get_matches(self, target_state, candidates, search_string):
        """Keep the order `suggest` chose (prefix matches first), no fuzzy re-ranking."""
        return candidates

    def apply_completion(self, value: str, state: TargetState) -> None:
        target = self.target
        if self.several:
            before = state.text[: state.cursor_position]
            head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
            target.value = f"{head}{value}, "
        else:
            target.value = value
        target.cursor_position = len(target.value)
        self.post_message(self.Chosen(self, value))


def items_of(text: str) -> list[str]:
    """The items of a comma-separated field, trimmed, blanks dropped."""
    return [item.strip() for item in text.split(",") if item.strip()]
