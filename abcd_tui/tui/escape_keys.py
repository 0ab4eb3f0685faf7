"""Escape and the key right behind it stay two keys.

A terminal sends Escape as one byte, ESC, and Alt+Y as two, ESC then "y". Textual's
parser waits 100 ms after an ESC (`ESCDELAY`) and reads ESC with a key behind it as that
key with Alt: "Escape, Y" typed quickly (or sent at once, as `tmux send-keys` and a
paste do) came as alt+shift+y, which a field types as "Y", so the Escape was lost;
"Escape, Tab" came as shift+tab and "Escape, Enter" as Enter, which on a walk saved the
person instead of asking "Toch sluiten?". No key of this app is an Alt key, so here an
ESC with a key behind it is what it is on the wire: Escape, then that key (as vim reads
it). Alt+Backspace (delete a word) keeps its meaning; a terminal that reports keys in
full (the kitty protocol) never sends these and is not affected.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._xterm_parser import XTermParser
from textual.driver import Driver

ESCAPE_TAB = "\x1b\t"  # Textual's name for it is shift+tab (a real one sends ESC [ Z)


def _escape() -> events.Key:
    return events.Key("escape", "\x1b")


class EscapeThenKey(XTermParser):
    """Textual's parser, but ESC followed by a key is Escape and that key."""

    def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        if sequence == ESCAPE_TAB:
            yield _escape()
            yield events.Key("tab", "\t")
        elif alt:  # an ESC the parser took for Alt, and the key behind it
            yield _escape()
            yield from super()._sequence_to_key_events(sequence, alt=False)
        else:
            yield from super()._sequence_to_key_events(sequence, alt)


def with_escape_then_key(driver_class: type[Driver]) -> type[Driver]:
    """The driver, reading keys with `EscapeThenKey` (Textual's terminal drivers make
    their parser from the name `XTermParser` in their module: that name is pointed here).
    Drivers without one (the headless driver of tests) are returned as they are."""
    import sys

    module = sys.modules.get(driver_class.__module__)
    if module is not None and getattr(module, "XTermParser", None) is XTermParser:
        module.XTermParser = EscapeThenKey  # type: ignore[attr-defined]
    return driver_class
