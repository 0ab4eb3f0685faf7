"""Escape with a key right behind it (typed quickly, or sent in one write as
`tmux send-keys` and a paste do) is Escape and that key (`tui.escape_keys`); Textual's
parser read ESC Y as alt+shift+y (a field typed "Y": the Escape was lost), ESC Tab as
Shift+Tab and ESC Enter as Enter (on a walk: the person saved instead of the question).
"""

from __future__ import annotations

import sqlite3
import time

import pytest
from textual._xterm_parser import XTermParser

from abcd_tui.tui.escape_keys import EscapeThenKey
from tests.tui.test_hostile_screens import Terminal


def keys_read(parser_class: type[XTermParser], data: str) -> list[str]:
    parser = parser_class()
    events = [*parser.feed(data), *parser.feed("")]
    return [event.key for event in events if hasattr(event, "key")]


@pytest.mark.parametrize(
    ("data", "keys"),
    [
        ("\x1b\t", ["escape", "tab"]),
        ("\x1b\r", ["escape", "enter"]),
        ("\x1bY", ["escape", "Y"]),
        ("\x1bjn", ["escape", "j", "n"]),
    ],
)
def test_escape_and_the_key_behind_it_are_two_keys(data, keys):
    assert keys_read(EscapeThenKey, data) == keys
    assert keys_read(XTermParser, data) != keys  # what Textual's parser reads instead


@pytest.mark.parametrize(
    ("data", "keys"),
    [
        ("\x1b", ["escape"]),
        ("\x1b\x1b", ["escape", "escape"]),
        ("\x1b[A", ["up"]),
        ("\x1b[Z", ["shift+tab"]),
        ("\x1b[1;5C", ["ctrl+right"]),
        ("\x1bOP", ["f1"]),
        ("\x1b\x7f", ["ctrl+w"]),  # Alt+Backspace: delete a word, as in Textual
        ("ab\x1b[B", ["a", "b", "down"]),
    ],
)
def test_keys_sent_as_escape_sequences_are_read_as_before(data, keys):
    assert keys_read(EscapeThenKey, data) == keys == keys_read(XTermParser, data)


def test_escape_tab_enter_in_one_go_on_a_walk_asks_and_saves_nobody(village, tmp_path):
    """The real app in a pseudo-terminal: a name typed on a walk, then Escape, Tab,
    Enter in one write (tmux send-keys Escape Tab Enter): Escape asks "Toch weggaan?",
    Tab goes to its yes, Enter: the walk is left and the half record is not saved. Textual
    read Shift+Tab and Enter: the person was saved."""
    env = {
        "TERM": "xterm-256color",
        "ABCD_LOG": str(tmp_path / "abcd.log"),
        "ABCD_CONFIG": str(tmp_path / "settings.json"),
        "ABCD_USER": "test-builder",
    }
    terminal = Terminal(village, env)
    try:
        terminal.read(rb"ABCD")
        terminal.press(b"w", until=(rb"Een wandeling beginnen",))
        terminal.type(b"Dorp\r", until=(rb"Ontmoet op deze",))
        terminal.type(b"Piet Proef", until=(rb"Proef",))
        terminal.type(b"\x1b\t\r", until=(rb"Wie verbindt",))  # the overview
        time.sleep(0.3)
        terminal.read()
    finally:
        terminal.close()
    with sqlite3.connect(village) as db:
        saved = db.execute("select count(*) from residents where name = 'Piet Proef'").fetchone()
    assert saved == (0,)
