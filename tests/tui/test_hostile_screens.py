"""Every screen with a hostile register (tests/hostile.py), as a terminal sees it.

The real app runs in a pseudo-terminal (`python -m abcd_tui`), keys are typed as a
person would, and the raw byte stream it writes is scanned: no escape sequence, C1
control or bidi override from a name may reach the terminal, while the names' marker
words and the visible stand-ins ("\\x1b]52;...") do show. Pilot tests below check that
markup in a name is text in the edit form (no crash, no click action).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pytest

from abcd_tui.store import open_database, reads
from abcd_tui.tui.app import make_app
from tests.hostile import MARKUP_NAMES, RAW_PAYLOADS, make_hostile_register
from tests.tui.pilot import settle

# A hostile name's marker word, or a visible stand-in: what each screen waits for.
NAME = rb"-(osc52|clear|title|cursor|dcs|c1csi|c1osc|bell|bidi|isolate)\b|\\x1b|\\x9b"
OSC52_SHOWN = rb"\\x1b\]52;c;SGFja2Vk"
# Textual's own sequences that end with a BEL: the pointer shape (OSC 22).
TEXTUAL_BELS = rb"\x1b\]22;[a-z-]*\x07"

# Keys as a terminal sends them.
ESC, ENTER, TAB, DOWN, END = b"\x1b", b"\r", b"\t", b"\x1b[B", b"\x1b[F"
CTRL_S, CTRL_Z, CTRL_P, CTRL_Q, F1, F2 = b"\x13", b"\x1a", b"\x10", b"\x11", b"\x1bOP", b"\x1bOQ"


def shown_text(stream: bytes) -> str:
    """The text in a stretch of terminal output, its escape sequences dropped."""
    text = re.sub(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?", b" ", stream)
    return re.sub(r" {3,}", "  ", text.decode("utf-8", "replace"))


class Terminal:
    """The app in a pseudo-terminal of 140x40: type keys, keep every byte it writes."""

    def __init__(self, db_path: Path, env: dict[str, str]):
        self.output = bytearray()
        self.missed: list[tuple[tuple[bytes, ...], str]] = []  # not shown in time, and what was
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the app, as a person starts it
            # The size is set before the app starts (set by the parent, it raced the
            # start), and the environment is os.environ's: the C environment under
            # pytest holds COLUMNS=80 and LINES=24, which win over the terminal's size.
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
            child_env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
            args = [sys.executable, "-m", "abcd_tui", "--db", str(db_path)]
            os.execve(sys.executable, args, {**child_env, **env})

    def read(self, *until: bytes, quiet: float = 0.12, most: float = 30.0) -> bytes:
        """What the app writes until it has shown each of `until` (regexes) and then
        been quiet for `quiet` seconds, or `most` seconds have passed."""
        start = len(self.output)
        end = time.monotonic() + most
        last = time.monotonic()
        waiting = bool(until)
        while time.monotonic() < end and (waiting or time.monotonic() - last < quiet):
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if ready:
                try:
                    chunk = os.read(self.fd, 1 << 16)
                except OSError:  # the app has ended
                    break
                if not chunk:
                    break
                self.output.extend(chunk)
                last = time.monotonic()
                if waiting and all(re.search(u, self.output[start:]) for u in until):
                    waiting = False
        if waiting:  # with the text last written, to tell a slow screen from a wrong one
            self.missed.append((until, shown_text(bytes(self.output[-3000:]))))
        if os.environ.get("HOSTILE_TIMES"):
            print(f"{time.monotonic() - end + most:5.2f}s {until!r} {'MISSED' if waiting else ''}")
        return bytes(self.output[start:])

    def press(self, *keys: bytes, until: tuple[bytes, ...] = ()) -> bytes:
        """Keys one by one (an escape on its own must not join the next key)."""
        for key in keys:
            os.write(self.fd, key)
            time.sleep(0.03)
        return self.read(*until)

    def type(self, text: bytes, until: tuple[bytes, ...] = ()) -> bytes:
        """Text typed in one go (a burst, as a quick typist or a paste)."""
        os.write(self.fd, text)
        return self.read(*until)

    def close(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


@pytest.fixture
def hostile_db(tmp_path) -> Path:
    path = tmp_path / "hostile.db"
    make_hostile_register(path)
    return path


def payloads_in(stream: bytes) -> dict[str, int]:
    return {k: stream.count(v) for k, v in RAW_PAYLOADS.items() if v in stream}


def test_every_screen_keeps_hostile_names_off_the_terminal(hostile_db, tmp_path):
    env = {
        "TERM": "xterm-256color",
        "ABCD_LOG": str(tmp_path / "abcd.log"),
        "ABCD_CONFIG": str(tmp_path / "settings.json"),
        "ABCD_USER": "test-builder",
    }
    terminal = Terminal(hostile_db, env)
    seen: dict[str, bytes] = {}
    try:
        seen["overview"] = terminal.read(NAME)  # top connectors, last walk
        seen["connectors"] = terminal.press(b"c", until=(rb"Verbinders: bewoners", NAME))
        seen["connectors"] += terminal.press(DOWN, DOWN, b"t")
        seen["communities"] = terminal.press(b"k", until=(rb"Kringen in de buurt", NAME))
        seen["communities"] += terminal.press(DOWN, DOWN)
        seen["not-yet-connected"] = terminal.press(b"n", until=(rb"nog niet verbonden", NAME))
        seen["not-yet-connected"] += terminal.press(DOWN, TAB)
        seen["who-can-help"] = terminal.press(b"h", until=(rb"Waarmee",))
        seen["who-can-help"] += terminal.type(b"koken", until=(rb"gevonden",))
        seen["who-can-help"] += terminal.press(TAB, DOWN)
        seen["residents"] = terminal.press(b"b", until=(rb"Zoek naam, straat", NAME))
        seen["residents"] += terminal.press(DOWN, b"/")
        seen["residents"] += terminal.type(b"Aaltje\r", until=(rb"1 van",))  # found, to the list
        seen["edit form"] = terminal.press(b"e", until=(rb" wijzigen",)) + terminal.press(END)
        seen["edit form"] += terminal.type(b" x")
        seen["save"] = terminal.press(CTRL_S, until=(rb"gewijzigd",))  # the toast names them
        seen["undo"] = terminal.press(CTRL_Z, until=(rb"Ongedaan gemaakt",))
        seen["delete dialog"] = terminal.press(b"d", until=(rb"Nee",)) + terminal.press(ESC)
        seen["groups"] = terminal.press(b"g", until=(rb"Zoek naam, trefwoord", NAME))
        seen["groups"] += terminal.press(DOWN, b"e", until=(rb" wijzigen",))
        seen["groups"] += terminal.press(ESC)
        seen["picture"] = terminal.press(b"p", until=(NAME,))
        seen["still to ask"] = terminal.press(b"v", until=(rb"volgende wandeling",))
        seen["snapshots"] = terminal.press(b"s", until=(rb"Gemaakt",)) + terminal.press(DOWN)
        seen["walk"] = terminal.press(b"w", until=(rb"Een wandeling beginnen",))
        seen["walk"] += terminal.type(b"Dorp [b]x\r", until=(rb"Ontmoet op deze",))
        seen["walk"] += terminal.type(b"Aal", until=(NAME,))
        seen["walk"] += terminal.press(ENTER, until=(rb"Al bekend",))
        seen["walk"] += terminal.press(TAB, TAB) + terminal.type(b"kok", until=(NAME,))  # Hoofd
        # Keys that work from any field: settings, the palette, the keys panel.
        seen["settings"] = terminal.press(F2, until=(rb"Bewaard in",))
        seen["palette"] = terminal.press(CTRL_P) + terminal.type(b"Aaltje[/]") + terminal.press(ESC)
        seen["help"] = terminal.press(F1) + terminal.press(F1)
        terminal.press(CTRL_Q)
    finally:
        terminal.close()
    everything = b"".join(seen.values())
    if os.environ.get("HOSTILE_DUMP"):  # for a person reading what the app wrote
        for screen, stream in seen.items():
            Path(os.environ["HOSTILE_DUMP"], screen.replace(" ", "-")).write_bytes(stream)
    leaks = {screen: payloads_in(stream) for screen, stream in seen.items()}
    assert not {s: found for s, found in leaks.items() if found}
    assert not terminal.missed  # every screen opened and showed what a person would see
    # No BEL but those that end Textual's own pointer-shape sequence (OSC 22).
    assert everything.count(b"\x07") == len(re.findall(TEXTUAL_BELS, everything))
    assert b"Traceback" not in everything
    # The names were on screen, their payloads shown as visible stand-ins.
    for marker in (b"Aaltje-osc52", b"groep-", b"Wijk-title", b"Lente"):
        assert marker in everything, marker
    for stand_in in (rb"\x1b]52;c;SGFja2Vk\x07", rb"\x1b[2J", rb"\x9b2J", rb"\u202e"):
        assert stand_in in everything, stand_in
    for screen in ("save", "undo"):  # the notifications name the resident
        assert re.search(OSC52_SHOWN, seen[screen]), screen
    assert b"[link=file:///etc/passwd]klik[/link]" in everything  # markup shown as typed


# Pilot: markup in a name is text in the edit form ------------------------------------


@pytest.fixture
def markup_db(db_path):
    from abcd_tui.domain.records import Resident
    from abcd_tui.store import writes

    db = open_database(db_path)
    try:
        for n, name in enumerate(MARKUP_NAMES):
            writes.save_resident(db, Resident(name=name, key=f"r{n}", notes=f"noot {n}"))
    finally:
        db.close()
    return db_path


async def open_form(pilot, name: str):
    await pilot.app.switch_mode("residents")
    await settle(pilot)
    screen = pilot.app.screen
    records = screen.query_one("#records")
    ids = [records.get_option_at_index(i).id for i in range(records.option_count)]
    records.highlighted = [screen.records.name(i) for i in ids].index(name)
    await pilot.pause()
    await pilot.press("e")
    await settle(pilot)
    return pilot.app.screen


@pytest.mark.parametrize("name", ["Kim [/]", "[link=file:///etc/passwd]klik[/link]"])
async def test_edit_form_shows_a_markup_name_literally(markup_db, name):
    from abcd_tui.tui.dialogs.record_form import RecordForm

    async with make_app(markup_db).run_test(size=(100, 30)) as pilot:
        form = await open_form(pilot, name)
        assert isinstance(form, RecordForm)  # opened: no MarkupError
        assert name in form.query_one("Vertical")._border_title.plain
        assert form.query_one("#field-name").value == name
        await pilot.press("ctrl+s")  # saved unchanged: the stored name is as typed
        await settle(pilot)
    db = open_database(markup_db)
    try:
        assert name in [r.name for r in reads.residents(db)]
    finally:
        db.close()


async def test_a_click_action_in_a_name_does_nothing(markup_db):
    name = "[@click=app.quit]Stop[/]"
    async with make_app(markup_db).run_test(size=(100, 30)) as pilot:
        form = await open_form(pilot, name)
        box = form.query_one("Vertical")
        title = box._border_title
        assert title.plain.count("[@click=app.quit]Stop[/]") == 1
        assert not any("@click" in str(span.style) for span in title.spans)
        # Click on the title where "Stop" is drawn: the app keeps running.
        await pilot.click(box, offset=(4, 0))
        await pilot.click(box, offset=(len(title.plain) // 2, 0))
        await settle(pilot)
        assert pilot.app.is_running
        assert isinstance(pilot.app.screen, type(form))


async def test_the_edit_form_shows_a_names_controls_as_pictures_and_saves_them_as_typed(db_path):
    from abcd_tui.domain.records import Resident
    from abcd_tui.store import writes

    name = "Aaltje \x1b]52;c;SGFja2Vk\x07 Bakker"
    db = open_database(db_path)
    try:
        writes.save_resident(db, Resident(name=name, key="aaltje"))
    finally:
        db.close()
    async with make_app(db_path).run_test(size=(100, 30)) as pilot:
        form = await open_form(pilot, name)
        field = form.query_one("#field-name")
        assert field.value == name  # edited as stored
        drawn = "".join(s.text for s in field.render_line(0))
        assert "Aaltje ␛]52;c;SGFja2Vk␇ Bakker" in drawn and "\x1b" not in drawn
        field.cursor_position = len(name)
        assert field._cursor_offset == len(name) + 1  # one cell per character
        await pilot.press("end", "x", "ctrl+s")
        await settle(pilot)
    db = open_database(db_path)
    try:
        assert [r.name for r in reads.residents(db)] == [name + "x"]  # nothing stripped
    finally:
        db.close()
