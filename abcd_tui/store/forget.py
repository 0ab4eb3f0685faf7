"""Forgetting a resident (AVG/GDPR article 17): every trace out of the database files.

`forget(db, path, key)` erases, in one transaction: the resident and their record, their
ties, meetings on walks and declined introductions (foreign keys cascade), the phrases
of the vocabulary only they used, and their node, ties and mentions in every snapshot
(a snapshot's only permitted change; reasons that named them say "iemand" now).
Then, outside the transaction: VACUUM rewrites the file without the freed pages and a
TRUNCATE checkpoint empties the write-ahead log, so the name is in none of the
database's files. `secure_delete` overwrites freed content on the way.

The full name is also taken out of free text elsewhere (another resident's notes, a
walk's notes), and each place is reported. Not in the database's power, and so
reported instead of done: copies made before a schema upgrade (`*.bak` beside the
file), exports made earlier, and a group named after the person.
The app keeps its undo history in memory; `changes.forgets` tells it to drop it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import PHRASE_FIELDS
from abcd_tui.domain.text import match_key
from abcd_tui.domain.tokens import forget_token, person_token
from abcd_tui.store.database import _retry_busy, write_transaction

CHECKPOINT_TRIES = 20  # x 0.1 s: how long to wait for readers to let the WAL go


@dataclass
class Forgotten:
    """What `forget` erased, and what it could not reach."""

    key: str
    name: str
    ties: int = 0
    meetings: int = 0
    declined: int = 0
    vocabulary: int = 0
    snapshots: int = 0
    contact_of: list[str] = field(default_factory=list)  # groups that had them as contact
    mentions: list[tuple[str, str]] = field(default_factory=list)  # (where, which)
    backups: list[Path] = field(default_factory=list)
    wal_emptied: bool = True

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "ties": self.ties,
            "meetings": self.meetings,
            "declined": self.declined,
            "vocabulary": self.vocabulary,
            "snapshots": self.snapshots,
            "contact_of": self.contact_of,
            "mentions": [{"where": w, "which": k} for w, k in self.mentions],
            "backups": [str(b) for b in self.backups],
            "wal_emptied": self.wal_emptied,
        }


def find_resident(db: Database, key: str) -> tuple[str, str]:
    """(id, name) of the resident with `key`; a clear error for a group or a typo."""
    row = db.execute("SELECT id, name FROM residents WHERE key = ?", [key]).fetchone()
    if row:
        return row
    if db.execute("SELECT 1 FROM groups WHERE key = ?", [key]).fetchone():
        raise UserError("forget.is_group", key=key)
    raise UserError("forget.unknown", key=key)


def forget(db: Database, path: Path, key: str) -> Forgotten:
    """Erase the resident `key` and every trace of them (module doc)."""
    resident_id, name = find_resident(db, key)
    done = Forgotten(key=key, name=name)
    db.execute("PRAGMA secure_delete = ON")
    with write_transaction(db):
        one = db.execute
        done.ties = one(
            "SELECT count(*) FROM ties WHERE from_id = ? OR to_id = ?", [resident_id] * 2
        ).fetchone()[0]
        done.meetings = one(
            "SELECT count(*) FROM meetings WHERE resident_id = ?", [resident_id]
        ).fetchone()[0]
        done.declined = one(
            "SELECT count(*) FROM declined WHERE resident_id = ? OR other_id = ?",
            [resident_id] * 2,
        ).fetchone()[0]
        done.contact_of = [
            g for (g,) in one("SELECT name FROM groups WHERE contact_id = ?", [resident_id])
        ]
        phrases = _phrases_of(db, resident_id)
        one("DELETE FROM records WHERE id = ?", [resident_id])  # cascades (module doc)
        done.vocabulary = _drop_unused_phrases(db, phrases)
        done.snapshots = _scrub_snapshots(db, resident_id)
        one("UPDATE changes SET forgets = forgets + 1")
        done.mentions = _redact_mentions(db, name)
    db.execute("PRAGMA secure_delete = OFF")
    done.wal_emptied = compact(db)
    done.backups = sorted(path.parent.glob(f"{path.name}.v*.bak"))
    return done


def _phrases_of(db: Database, resident_id: str) -> set[str]:
    columns = ", ".join(PHRASE_FIELDS)
    row = db.execute(f"SELECT {columns} FROM residents WHERE id = ?", [resident_id]).fetchone()
    return {match_key(p) for column in row for p in json.loads(column)} - {""}


def _drop_unused_phrases(db: Database, phrases: set[str]) -> int:
    """Remove from the vocabulary the phrases no one else has recorded."""
    if not phrases:
        return 0
    lists = ", ".join(f"json(r.{f})" for f in PHRASE_FIELDS)
    still = {
        match_key(p)
        for (p,) in db.execute(
            f"SELECT j.value FROM residents r, json_each(json_array({lists})) f, "
            "json_each(f.value) j"
        )
    }
    still |= {
        match_key(p) for (p,) in db.execute("SELECT j.value FROM groups g, json_each(g.tags) j")
    }
    unused = sorted(phrases - still)
    db.conn.executemany("DELETE FROM vocabulary WHERE match_key = ?", [(k,) for k in unused])
    return len(unused)


def _scrub_snapshots(db: Database, resident_id: str) -> int:
    """Take the resident out of every snapshot that has them; how many had them."""
    scrubbed = 0
    rows = db.execute(
        "SELECT id, data FROM snapshots WHERE instr(data, ?) > 0", [resident_id]
    ).fetchall()
    for snapshot_id, text in rows:
        document = scrub_document(json.loads(text), resident_id)
        db.execute(
            "UPDATE snapshots SET data = ?, summary = ?, scrubs = scrubs + 1 WHERE id = ?",
            [
                json.dumps(document, ensure_ascii=False, separators=(",", ":")),
                json.dumps(document["headline"], ensure_ascii=False),
                snapshot_id,
            ],
        )
        scrubbed += 1
    return scrubbed


def scrub_document(document: dict[str, Any], gone: str) -> dict[str, Any]:
    """A snapshot document without the record `gone`: its node, ties, entries, places
    in other entries' lists, and its token in every reason (left as "someone")."""

    def reasons(found: list[dict]) -> list[dict]:
        return [_scrub_reason(r, gone) for r in found]

    doc = dict(document)
    doc["headline"] = _headline_without(document, gone)
    doc["nodes"] = [n for n in document["nodes"] if n["id"] != gone]
    doc["edges"] = [e for e in document["edges"] if gone not in (e[0], e[1])]
    doc["connectors"] = [
        {
            **c,
            "reasons": reasons(c["reasons"]),
            "depends": [x for x in c["depends"] if x != gone],
            "farther": [x for x in c["farther"] if x != gone],
        }
        for c in document["connectors"]
        if c["id"] != gone
    ]
    doc["not_yet_connected"] = [
        {
            **e,
            "reasons": reasons(e["reasons"]),
            "introductions": [
                {**i, "reasons": reasons(i["reasons"])}
                for i in e["introductions"]
                if i["id"] != gone
            ],
        }
        for e in document["not_yet_connected"]
        if e["id"] != gone
    ]
    doc["communities"] = [
        {
            **c,
            "members": [m for m in c["members"] if m != gone],
            "groups": [g for g in c["groups"] if g[0] != gone],
        }
        for c in document["communities"]
    ]
    leftover = json.dumps(doc, ensure_ascii=False)
    if gone in leftover:  # a place this function does not know yet: refuse, change nothing
        raise UserError("forget.unscrubbable", place=_where(doc, gone))
    return doc


def _headline_without(document: dict[str, Any], gone: str) -> dict[str, Any]:
    """The headline figures less the forgotten resident, where that can be counted
    without the analysis: residents, ties, not yet connected and the share connected.
    Key figures, communities and the largest part stay as they were measured."""
    figures = dict(document.get("headline", {}))
    if "residents" not in figures:
        return figures
    figures["residents"] -= 1
    figures["ties"] -= sum(1 for e in document["edges"] if gone in (e[0], e[1]))
    if any(e["id"] == gone for e in document["not_yet_connected"]):
        figures["not_yet_connected"] -= 1
    count = figures["residents"]
    figures["connected_share"] = (
        round(100 * (1 - figures["not_yet_connected"] / count), 1) if count else 0.0
    )
    return figures


def _scrub_reason(reason: dict[str, Any], gone: str) -> dict[str, Any]:
    token = person_token(gone)
    params = {
        k: forget_token(v, gone) if isinstance(v, str) and token in v else v
        for k, v in reason.get("params", {}).items()
    }
    return {**reason, "params": params}


def _where(doc: dict[str, Any], gone: str) -> str:
    for part, value in doc.items():
        if gone in json.dumps(value, ensure_ascii=False):
            return part
    return "?"


# Free text that can mention a person: (table, column, what names the row).
FREE_TEXT = (
    ("residents", "notes", "name"),
    ("groups", "description", "name"),
    ("walks", "notes", "key"),
    ("ties", "note", "id"),
)
REDACTED = "…"


def _redact_mentions(db: Database, name: str) -> list[tuple[str, str]]:
    """Take the full name out of free text elsewhere (another resident's notes, a walk's
    notes: "buurvrouw van Zwaantje Quispelhof" -> "buurvrouw van …"); a group named
    after the person keeps its name. Returns what still or once mentioned them, for
    the report. A first name alone cannot be told from someone else's: not touched."""
    name = name.strip()
    if len(name) < 3:
        return []
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    like = f"%{name}%"
    found: list[tuple[str, str]] = []
    for table, column, label in FREE_TEXT:
        rows = db.execute(
            f"SELECT id, {label}, {column} FROM {table} WHERE {column} LIKE ? COLLATE NOCASE",
            [like],
        ).fetchall()
        for row_id, which, text in rows:
            db.execute(
                f"UPDATE {table} SET {column} = ? WHERE id = ?",
                [pattern.sub(REDACTED, text), row_id],
            )
            found.append((f"{table}.{column}", which))
    for (which,) in db.execute("SELECT name FROM groups WHERE name LIKE ? COLLATE NOCASE", [like]):
        found.append(("groups.name", which))
    return found


def compact(db: Database) -> bool:
    """VACUUM, then empty the write-ahead log. False if another connection kept
    reading, so the log could not be emptied yet (it is, when that one closes)."""
    _retry_busy(lambda: db.execute("VACUUM"))
    for _ in range(CHECKPOINT_TRIES):
        try:
            busy, _log, _moved = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            busy = 1
        if not busy:
            return True
        time.sleep(0.1)
    return False
