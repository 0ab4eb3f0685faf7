"""Rows as stored: the phrase lists' JSON is remembered per list (for speed) and must be
exactly what json.dumps writes, for every list, the first time and every time after."""

from __future__ import annotations

import json

from abcd_tui.domain.records import PHRASE_FIELDS, Resident
from abcd_tui.store import rows
from tests.hostile import ESCAPES, LONG, MARKUP_NAMES, UNICODE_NAMES

PHRASES = [*MARKUP_NAMES, *UNICODE_NAMES, *ESCAPES.values(), 'aan "huis"', "back\\slash"]
PHRASES += ["café", "Één", "\u2028regel", "\x00nul", LONG, "koken"]


def test_phrase_lists_are_stored_as_json_dumps_writes_them(monkeypatch):
    monkeypatch.setattr(rows, "DUMPED_MOST", len(rows._DUMPED) + 20)  # soon full
    lists = [[], ["koken"], PHRASES, PHRASES[::-1], *([p] for p in PHRASES)]
    lists += [[f"gift {n}", "koken"] for n in range(30)]  # past the memory
    for _ in range(2):  # once written, once remembered (or not, when memory is full)
        for phrases in lists:
            resident = Resident(name="Dien", **dict.fromkeys(PHRASE_FIELDS, phrases))
            row = rows.resident_row(resident)
            for name in PHRASE_FIELDS:
                assert row[name] == json.dumps(getattr(resident, name), ensure_ascii=False)
            assert rows.resident_from_row(row) == resident
    assert len(rows._DUMPED) <= rows.DUMPED_MOST
