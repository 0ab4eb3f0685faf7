"""Autocomplete for the walk form: gifts from the vocabulary, people and groups by name.

A field can hold several items separated by commas or semicolons ("koken; muziek", the
rule of `domain.text.split_items`): only the item under the cursor is completed, and the
items before and after it stay as they are. Tab takes
the highlighted item and goes on to the next field; Enter takes it and stays, followed
by ", " so another can be typed. That keeps a resident with two gifts to a few keys.
Where the field holds phrases or a name (gifts, the name: `whole_words_stay`), a typed
word that is whole in the first suggestion stays as typed at Tab or Enter ("nederlands"
is not made "nederlands leren" unasked, nor "Bram" "Bram Mansour"; "kok" still becomes
"koken"), unless the person moved to a suggestion. The dropdown then lights none of
its suggestions (what Tab takes is what is typed); ↓ lights the first.

Keys in a burst (a paste, a fast typist) reach the field before the dropdown has caught
up with the text; so at Tab or Enter the dropdown is first brought up to date with what
the field holds now: a stale suggestion is never taken, and one that was not on screen
yet is not taken either (see `WalkInput` for the keys themselves).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.geometry import Offset
from textual.message import Message
from textual.widgets import Input
from textual_autocomplete import AutoComplete, DropdownItem, TargetState

from abcd_tui.domain.text import match_key
from abcd_tui.tui.text import literal

_SEPARATOR = re.compile(r"[;,]")  # as domain.text.split_items, less the line breaks
# Keys the field and its dropdown answer themselves (`WalkInput._on_key`, the dropdown).
_COMPLETER_KEYS = frozenset({"tab", "shift+tab", "enter", "down", "up", "escape"})
_ENDS_IN_SEPARATOR = re.compile(r"\s*[;,][\s;,]*$")


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
        tab_moves_on: bool = True,
        whole_words_stay: bool = False,
        whole_of: Callable[[str], str] | None = None,
        id: str | None = None,
    ):
        # tab_moves_on=False (an address): Tab takes "Kerkstraat " and stays for the number.
        super().__init__(
            target, candidates=self._candidates, id=id, prevent_default_tab=not tab_moves_on
        )
        self.suggest = suggest
        self.several = several
        self.whole_words_stay = whole_words_stay
        # A suggestion's whole value, where it shows more (a name and its street): typed
        # in full, it is taken, not kept as typed.
        self.whole_of = whole_of
        self.moved = False  # ↓ or ↑ pressed in the dropdown since the text last changed
        if isinstance(target, WalkInput):
            target.completer = self

    def catch_up(self) -> None:
        """At Tab or Enter: the dropdown as it should be for what the field holds now. A
        dropdown that was not showing yet stays hidden (nobody saw it to choose from).
        The suggestion the person moved to stays highlighted when it is still offered
        (brought up to date, the list starts at its first again)."""
        shown = self.display
        chosen = self.highlighted_value() if self.moved else None
        self._handle_target_update()  # textual-autocomplete's own (private) rebuild
        if not shown:
            self.action_hide()
            return
        options = self.option_list
        for index in range(options.option_count):
            option = options.get_option_at_index(index)
            if isinstance(option, Suggestion) and option.value == chosen:
                options.highlighted = index
                break

    def _listen_to_messages(self, event: events.Event) -> None:
        # textual-autocomplete's (private, 4.0) hook for the field's messages, seen here
        # after the field's own key handler (`WalkInput`). Tab or Enter with the dropdown
        # hidden takes nothing from it (nobody saw it; or the field hid it to keep what
        # was typed); Enter on a whole word typed keeps it too, as Tab does.
        if isinstance(event, events.Key) and event.key in ("tab", "enter") and not self.display:
            return
        if isinstance(event, events.Key) and event.key == "enter" and self.typed_stays():
            event.prevent_default()
            event.stop()
            state = self._get_target_state()
            self.apply_completion(self._typed(state).strip(), state)  # ", " to go on
            self.action_hide()
            return
        if isinstance(event, events.Key) and event.key in ("down", "up") and self.display:
            self.moved = True  # the person looks through the suggestions
            options = self.option_list
            if options.highlighted is None and options.option_count:
                # None highlighted (what was typed stays): ↓ goes to the first, ↑ the last.
                event.prevent_default()
                event.stop()
                options.highlighted = 0 if event.key == "down" else options.option_count - 1
                return
        elif isinstance(event, Input.Changed):
            self.moved = False
        super()._listen_to_messages(event)

    def _rebuild_options(self, target_state: TargetState, search_string: str) -> None:
        # textual-autocomplete's (private, 4.0) rebuild highlights the first suggestion.
        # Where Tab and Enter keep what was typed (a whole word), none is highlighted:
        # the dropdown showed "Bram Mansour" lit while Tab kept "Bram".
        super()._rebuild_options(target_state, search_string)
        if not self.moved and self.typed_stays():
            self.option_list.highlighted = None

    def highlighted_value(self) -> str | None:
        options = self.option_list
        index = options.highlighted
        if not self.display or index is None or index >= options.option_count:
            return None
        option = options.get_option_at_index(index)
        return option.value if isinstance(option, Suggestion) else None

    def _first_value(self) -> str | None:
        options = self.option_list
        if not options.option_count:
            return None
        option = options.get_option_at_index(0)
        return option.value if isinstance(option, Suggestion) else None

    def take_highlighted(self) -> None:
        """Take the highlighted suggestion (then the dropdown hides)."""
        self._complete(self.option_list.highlighted or 0)

    def typed_stays(self) -> bool:
        """At Tab, whether what is typed stays as it is rather than becoming the first
        suggestion: a whole word (or words) of it, in a field of phrases or a name,
        and the person did not look through the suggestions (see module doc)."""
        if not self.whole_words_stay or self.moved:
            return False
        first = self._first_value()
        typed = match_key(self._typed(self._get_target_state()))  # private, 4.0
        if first is None or not typed:
            return False
        if self.whole_of is not None and self._highlight_whole(typed):
            return False  # all of a known name ("Dien van der Berg · Kerkstraat"): hers
        suggestion = match_key(first)
        if suggestion == typed:
            return True  # the same gift: the builder's spelling stays ("Arabisch")
        # Whole words anywhere in it: "wiskunde" is not made "bijles wiskunde" either.
        return re.search(rf"(?<!\w){re.escape(typed)}(?!\w)", suggestion) is not None

    def _highlight_whole(self, typed: str) -> bool:
        """Highlight the first suggestion whose whole value is what was typed (a known
        name typed in full: "Bram", below "Bram Mansour · …" in the list), if any."""
        assert self.whole_of is not None
        options = self.option_list
        for index in range(options.option_count):
            option = options.get_option_at_index(index)
            if isinstance(option, Suggestion) and match_key(self.whole_of(option.value)) == typed:
                options.highlighted = index
                return True
        return False

    def keeps_tab(self) -> bool:
        """Whether Tab takes a suggestion and stays in the field (an address)."""
        return self.prevent_default_tab and self.display and bool(self.option_list.option_count)

    def _align_to_target(self) -> None:
        # textual-autocomplete's (private, 4.0) placing, at the cursor; moved left to
        # where the item being completed begins, so the suggestions stand under the
        # word they complete and cover what was typed of it.
        super()._align_to_target()
        state = self._get_target_state()
        start, _ = self._span(state)
        begins = start + len(state.text[start:]) - len(state.text[start:].lstrip())
        target = self.target
        field = target.content_region
        word = field.x + cell_len(state.text[:begins]) - target.scroll_offset.x
        x = max(field.x, word) - 1  # 1: the dropdown's left edge, before the word
        offset = self.absolute_offset or Offset(0, 0)
        self.absolute_offset = Offset(max(0, min(offset.x, x)), offset.y)

    def _span(self, state: TargetState) -> tuple[int, int]:
        """Where the value being completed starts and ends in the field: the whole item
        under the cursor (from the separator before it to the one after), or the whole
        field without `several`. The cursor can be anywhere in it (a builder who went
        back to mend "kok" in "kok, tuin"); what lies outside the span is kept."""
        text, cursor = state.text, state.cursor_position
        if not self.several:
            return 0, len(text)
        found = list(_SEPARATOR.finditer(text, 0, cursor))
        start = found[-1].end() if found else 0
        after = _SEPARATOR.search(text, cursor)
        return start, after.start() if after else len(text)

    def _typed(self, state: TargetState) -> str:
        start, end = self._span(state)
        return state.text[start:end].lstrip()

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
        """Put `value` in place of the item under the cursor and keep the rest of the
        field: "kok|, tuin" becomes "koken|, tuin". At the end of the list ", " follows,
        so another can be typed."""
        target = self.target
        if self.several:
            start, end = self._span(state)
            head = state.text[:start].rstrip() + " " if start else ""
            rest = state.text[end:]
            target.value = f"{head}{value}{rest or ', '}"
            target.cursor_position = len(head) + len(value) if rest else len(target.value)
        else:
            target.value = value + (" " if self.prevent_default_tab else "")
            target.cursor_position = len(target.value)
        self.post_message(self.Chosen(self, value))


class WalkInput(Input):
    """A field of the walk form that keeps up with a burst of keys.

    Textual hands each key to the widget focused when it arrives; Tab moves the focus
    only once the app gets to it, so in a burst ("Piet<tab>Zwembadweg") the letters after
    Tab reached the old field. The app now hands on a key only once the one before it is
    answered (`tui.key_order`); this field still moves the focus at once at Tab and
    Shift+Tab, and sends a key that was on its way to it on to the field now focused, for
    the keys that line lets through after its wait (a key never answered).
    """

    completer: WalkComplete | None = None
    on_down: Callable[[], bool] | None = None  # ↓ with no dropdown: True when it moved

    def __init__(self, *args, **kwargs) -> None:
        # Not selected on focus: Tab into a field and a letter replaced all it held (a
        # revisit's gifts, the address), in a burst or a miscounted Tab unseen.
        super().__init__(*args, select_on_focus=False, **kwargs)

    # Textual runs Input's own _on_focus/_on_blur after these (every class's handler in
    # turn), so they do not call super().
    _tidied: tuple[str, str] | None = None  # (left as, held before) at the last blur

    def _on_focus(self, event: events.Focus) -> None:
        tidied, self._tidied = self._tidied, None
        if event.from_app_focus:
            # Back from another window: as it was, the ", " the blur took off put back
            # (or "zingen, " came back "zingen" and the next gift was glued to it).
            if tidied and self.value == tidied[0]:
                with self.prevent(Input.Changed):
                    self.value = tidied[1]
                self.cursor_position = len(self.value)
            return
        several = self.completer is not None and self.completer.several
        if several and self.value.strip() and not _ENDS_IN_SEPARATOR.search(self.value):
            # A list of several entered: ready for another ("koken, "), as Enter leaves it.
            with self.prevent(Input.Changed):
                self.value = self.value.rstrip() + ", "
        self.cursor_position = len(self.value)  # typing goes on at the end

    def _on_blur(self, event: events.Blur) -> None:
        if self.completer is not None and self.completer.several:
            # Left: no separator at the end ("koken, " looked like a gift missing).
            tidy = _ENDS_IN_SEPARATOR.sub("", self.value)
            if tidy != self.value:
                self._tidied = (tidy, self.value)
                with self.prevent(Input.Changed):
                    self.value = tidy
        # Shows how the field begins; once more a moment later, as the scrolls a burst
        # of typing asked for can still be on their way (seen in a terminal, not Pilot).
        self.scroll_to(x=0, animate=False, immediate=True)
        self.set_timer(0.1, self._show_start)

    def _show_start(self) -> None:
        if not self.has_focus:
            self.scroll_to(x=0, animate=False, immediate=True)

    async def _run_binding(self, key: str) -> bool:
        """Run the binding of `key` as the focused field has it (its own, the form's,
        the screen's, the app's), now. A key handed on in a burst (`_on_key`) is not
        one the app has seen: left to bubble up to the app, its binding ran a few
        messages late, after the letters behind it ("<shift+tab><ctrl+u>Bra" put
        "Bra" in the name, then emptied it)."""
        active = self.screen.active_bindings.get(key)
        if active is None or not active.enabled:
            return False
        await self.app.run_action(active.binding.action, active.node)
        return True

    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused
        if focused is not self and isinstance(focused, Input):
            event.prevent_default()
            event.stop()
            onward = events.Key(event.key, event.character)
            onward.forwarded = True  # type: ignore[attr-defined]  # see below
            focused.post_message(onward)
            return
        handed_on = getattr(event, "forwarded", False) and not event.is_printable
        if handed_on and event.key not in _COMPLETER_KEYS and await self._run_binding(event.key):
            event.prevent_default()
            event.stop()
            return
        if focused is not None and focused is not self and hasattr(focused, "take_key"):
            # A choice (consent, open) has the focus now: it answers the key as if it
            # had been typed there (space ticks, "j" is ja, Tab moves on).
            event.prevent_default()
            event.stop()
            focused.take_key(event.key, event.character)
            return
        completer = self.completer
        if event.key in ("tab", "enter") and completer:
            completer.catch_up()  # what the field holds now, not a burst ago
        if event.key == "tab" and not (completer and completer.keeps_tab()):
            if completer and completer.display and completer.option_list.option_count:
                if completer.typed_stays():
                    completer.action_hide()
                else:
                    completer.take_highlighted()
            event.stop()
            self.screen.focus_next()
        elif event.key == "down" and self.on_down and not (completer and completer.display):
            if self.on_down():
                event.stop()
                event.prevent_default()
        elif event.key == "shift+tab":
            event.stop()
            event.prevent_default()
            self.screen.focus_previous()
