"""A hostile register: a demo village whose names, notes, gifts, group names and tags
hold Rich/Textual markup, terminal escape sequences (OSC, CSI, DCS), C0 and C1
controls, bidi overrides, zero-width characters, emoji and combining marks, and a
10,000-character field. Shared by the app's, the CLI's and the domain's tests.

Each escape payload sits between marker words, so a test can tell a name's bytes from
what Textual or Rich emit for drawing: the markers must show, the raw payloads never.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from abcd_tui.demo import make_demo
from abcd_tui.domain.records import Group, GroupKind, Resident
from abcd_tui.snapshots import take_snapshot
from abcd_tui.store import open_database, reads, writes
from abcd_tui.store.database import write_transaction

# Terminal payloads: what each would do if it reached the terminal raw.
OSC52 = "\x1b]52;c;SGFja2Vk\x07"  # writes "Hacked" to the clipboard
CLEAR = "\x1b[2J"  # clears the screen
TITLE = "\x1b]0;PWNED\x07"  # sets the window title
CURSOR = "\x1b[H"  # moves the cursor home
DCS = "\x1bP1$qm\x1b\\"  # a device control string (asks the terminal to answer)
C1_CSI = "\x9b2J"  # the 8-bit form of CSI: clears the screen on some terminals
C1_OSC = "\x9d0;C1TITLE\x9c"  # 8-bit OSC and ST
BELL = "\x07"
BIDI = "\u202e"  # right-to-left override: reorders the rest of the line
ISOLATE = "\u2067"  # right-to-left isolate

ESCAPES = {
    "osc52": OSC52,
    "clear": CLEAR,
    "title": TITLE,
    "cursor": CURSOR,
    "dcs": DCS,
    "c1csi": C1_CSI,
    "c1osc": C1_OSC,
    "bell": BELL,
    "bidi": BIDI,
    "isolate": ISOLATE,
}

# Byte sequences that must never reach the terminal from a name (UTF-8 as written).
RAW_PAYLOADS = {
    "osc52": b"\x1b]52;",
    "clear": b"\x1b[2J",
    "title": b"\x1b]0;PWNED",
    "dcs": b"\x1bP1$q",
    "c1csi": "\x9b".encode(),
    "c1osc": "\x9d".encode(),
    "bidi": BIDI.encode(),
    "isolate": ISOLATE.encode(),
}

# Names the edit form and the palette must show as typed (markup that would crash the
# app, follow a link or run an action if it were parsed).
MARKUP_NAMES = [
    "Kim [/]",
    "[link=file:///etc/passwd]klik[/link]",
    "[@click=app.quit]Stop[/]",
    "[b]Vet[/b] Dien",
    "Sam $name [red]rood",
]
UNICODE_NAMES = [
    "Zoë Đặng 👩\u200d👩\u200d👧",  # emoji joined by zero-width joiners
    "Jose\u0301 Mun\u0303oz",  # combining marks
    "Ali\u200bBaba",  # a zero-width space
]
LONG = "lang " * 2000  # 10,000 characters


def hostile_name(first: str, kind: str) -> str:
    """'Anna <payload> Anna-osc52': the marker word after the payload says which."""
    return f"{first} {ESCAPES[kind]} {first}-{kind}"


def make_hostile_register(db_path: Path, size: int = 40) -> dict[str, str]:
    """A demo village of `size` residents, every name, gift, note, group name and tag
    made hostile; returns {key: name} of the residents renamed."""
    db = open_database(db_path)
    try:
        make_demo(db, size=size)
        kinds = itertools.cycle(ESCAPES)
        markup = itertools.cycle(MARKUP_NAMES + UNICODE_NAMES)
        residents = list(reads.residents(db))
        names: dict[str, str] = {}
        for n, r in enumerate(residents):
            first = r.name.split()[0]
            if n % 3 == 2:
                r.name = next(markup) + f" {first}"
            else:
                r.name = hostile_name(first, next(kinds))
            r.hands = [*r.hands, f"koken {ESCAPES['osc52']} keuken", "tuin [b]x[/b]"]
            r.offers = [*r.offers, f"klussen {CLEAR} hulp"]
            r.notes = f"noot {TITLE} [red]rood[/red] {BIDI}ton\n" + (LONG if n == 0 else "")
            r.address = f"{r.address} {C1_CSI}"
            names[r.key] = r.name
        groups = list(reads.groups(db))
        for g in groups:
            kind = next(kinds)
            g.name = f"{g.name} {ESCAPES[kind]} groep-{kind}"
            g.tags = [*g.tags, f"tag {DCS} [i]x[/i]"]
            g.description = f"over {CURSOR} ons [@click=app.quit]stop[/]"
        with write_transaction(db):
            writes.update_residents(db, residents)
            writes.update_groups(db, groups)
            for key, name in (("kim", "Kim [/]"), ("link", MARKUP_NAMES[1])):
                writes.save_resident(db, Resident(name=name, key=key))
            writes.save_group(
                db, Group(name=f"Club {OSC52} Club", key="club", kind=GroupKind.PLACE)
            )
            walks = list(reads.walks(db))
            for walk in walks:
                walk.area = f"Wijk {TITLE} Wijk-title"
            writes.update_walks(db, walks)
        take_snapshot(db, f"Lente {CLEAR} Lente-clear [b]x[/b]")
        take_snapshot(db, f"Zomer {OSC52} Zomer-osc52 [/]")
        return names
    finally:
        db.close()
