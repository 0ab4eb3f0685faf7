"""Forgetting a resident (AVG/GDPR article 17): every trace out of the database files.

`forget(db, path, key)` erases, in one transaction: the resident and their record, their
ties, meetings on walks and declined introductions (foreign keys cascade), the phrases
of the vocabulary only they used, and their node, ties and mentions in every snapshot
(a snapshot's only permitted change; reasons that named them say "iemand" now),
and the analysis cached in the register (`store.cache`).
Then, outside the transaction: VACUUM rewrites the file without the freed pages and a
TRUNCATE checkpoint empties the write-ahead log, so the name is in none of the
database's files. `secure_delete` overwrites freed content on the way.

The full name, as a whole word in any case, is also taken out of text elsewhere:
another resident's notes or phrases, a group's description or tags, a walk's notes,
tie notes, the vocabulary, snapshot labels and everything frozen in a snapshot; each
place is reported. A resident deleted earlier, who lives on only in snapshots, can be
forgotten by key too.

A backup is made first (`store.backup`); then the same erasure runs in every backup
(`<db>.backups/`) and in the `*.bak` copies older releases left beside the file, and
what staging folders killed exports left (`store.staging`) are removed; each copy it
could not erase is reported with why. Not in the database's power, and so reported
instead of done: exports made earlier, and a group named after the person (renaming
it is the team's call). A full disk during the erasure rolls it back with a clear
message; when only the rewrite (VACUUM) fails, the erasure stands and that is said.
The app keeps its undo history in memory; `changes.forgets` tells it to drop it.
The register keeps a digest of the forgotten record's id (`forgotten`, schema 10, no
name, no key): restoring a copy made before the forget, from outside the backups folder,
forgets them in it again before it is put in place (`forget_again`, from
`store.backup.restore`); copies from other laptops will meet the same list.

It writes with its own SQL rather than through `writes.py`: an erasure must reach rows
and text no record function knows (snapshots, other people's notes, backups), bump no
version nor leave an undo step, and keep no copy of what it took out.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import PHRASE_FIELDS, RecordType, now_iso
from abcd_tui.domain.text import REDACTED, match_key, name_pattern, redact
from abcd_tui.domain.tokens import forget_token, person_token
from abcd_tui.store.backup import (
    SQLITE_HEADER,
    BackupError,
    backup_files,
    is_full,
    make_backup,
    remove_partials,
)
from abcd_tui.store.cache import clear_cache
from abcd_tui.store.database import collate_names, migrate, retry_busy, write_transaction
from abcd_tui.store.snapshots import packed, unpacked
from abcd_tui.store.staging import export_folders, remove_stale
from abcd_tui.store.trouble import FileTrouble

# Why a copy could not be erased, when it is not the system's own words.
DISK_FULL = "disk full"
NOT_OURS = "backup.not_a_register"
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
    backups: list[Path] = field(default_factory=list)  # copies erased from too
    backups_failed: list[tuple[Path, str]] = field(default_factory=list)  # (copy, why not)
    backup_before: Path | None = None
    backup_skipped: str = ""  # why no backup could be made first (the forget went on)
    vacuum_failed: str = ""  # why the file could not be rewritten (the erasure stands)
    staging_removed: list[Path] = field(default_factory=list)  # left by killed exports
    staging_left: list[tuple[Path, str]] = field(default_factory=list)
    log_lines: int = 0  # lines of the app's log the name or key was taken out of
    wal_emptied: bool = True

    def notes(self, path: Path) -> list[tuple[str, dict[str, Any]]]:
        """What was erased and what the database could not reach, as message codes
        with their parameters (the CLI and the app say the same)."""
        found: list[tuple[str, dict[str, Any]]] = [
            (
                "forget.done",
                {
                    "name": self.name,
                    "ties": self.ties,
                    "meetings": self.meetings,
                    "vocabulary": self.vocabulary,
                    "snapshots": self.snapshots,
                },
            )
        ]
        if self.contact_of:
            found.append(("forget.contact_of", {"groups": ", ".join(self.contact_of)}))
        redacted = [(w, k) for w, k in self.mentions if w != "groups.name"]
        if redacted:
            places = ", ".join(f"{which} ({where})" for where, which in redacted[:10])
            found.append(("forget.mentions", {"count": len(redacted), "places": places}))
        named = [k for w, k in self.mentions if w == "groups.name"]
        if named:
            found.append(("forget.group_named", {"groups": ", ".join(named)}))
        found.extend(self._file_notes())
        if not self.wal_emptied:
            found.append(("forget.wal_busy", {"path": path}))
        found.append(("forget.exports", {}))
        return found

    def _file_notes(self) -> list[tuple[str, dict[str, Any]]]:
        """Backups, staging folders and the rewrite of the file: what became of them."""
        found: list[tuple[str, dict[str, Any]]] = []
        if self.vacuum_failed == DISK_FULL:
            found.append(("forget.vacuum_full", {}))
        elif self.vacuum_failed:
            found.append(("forget.vacuum_failed", {"reason": self.vacuum_failed}))
        if self.backup_skipped:
            found.append(("forget.no_backup", {"reason": self.backup_skipped}))
        if self.backups:
            found.append(("forget.erased", {"count": len(self.backups)}))
        for path, why in self.backups_failed:
            if why == DISK_FULL:
                found.append(("forget.not_erased_full", {"path": path}))
            elif why == NOT_OURS:
                found.append(("forget.not_erased_not_ours", {"path": path}))
            else:
                found.append(("forget.not_erased", {"path": path, "reason": why}))
        if self.log_lines:
            found.append(("backup.log_scrubbed", {"count": self.log_lines}))
        if self.staging_removed:
            paths = ", ".join(str(p) for p in self.staging_removed)
            found.append(("backup.staging_removed", {"paths": paths}))
        for path, why in self.staging_left:
            if why == "running":
                found.append(("backup.staging_running", {"path": path}))
            else:
                found.append(("backup.staging_left", {"path": path, "reason": why}))
        return found

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
            "backups_failed": [{"path": str(p), "reason": w} for p, w in self.backups_failed],
            "backup_before": str(self.backup_before) if self.backup_before else None,
            "backup_skipped": self.backup_skipped,
            "vacuum_failed": self.vacuum_failed,
            "staging_removed": [str(p) for p in self.staging_removed],
            "log_lines": self.log_lines,
            "staging_left": [{"path": str(p), "reason": w} for p, w in self.staging_left],
            "wal_emptied": self.wal_emptied,
        }


def find_resident(db: Database, key: str) -> tuple[str, str]:
    """(id, name) of the resident with `key`, in the register or, for one deleted
    earlier, in a snapshot; a clear error for a group or a typo."""
    row = db.execute("SELECT id, name FROM residents WHERE key = ?", [key]).fetchone()
    if row:
        return row
    if db.execute("SELECT 1 FROM groups WHERE key = ?", [key]).fetchone():
        raise UserError("forget.is_group", key=key)
    needle = json.dumps(key, ensure_ascii=False)
    for (data,) in db.execute("SELECT data FROM snapshots ORDER BY created DESC"):
        text = unpacked(data)  # compressed snapshots: SQL cannot look inside
        if needle not in text:
            continue
        for node in json.loads(text)["nodes"]:
            if node["key"] == key and node["type"] == RecordType.RESIDENT:
                return node["id"], node["name"]
    raise UserError("forget.unknown", key=key)


def forgotten_digest(resident_id: str) -> str:
    """What the register keeps of someone forgotten (schema 10): a digest of their record
    id, enough to know the record again in an older copy, nothing to know them by."""
    return hashlib.blake2b(f"forgotten:{resident_id}".encode(), digest_size=16).hexdigest()


def forgotten_digests(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every (digest, day) of the residents forgotten in the register on `conn`."""
    return conn.execute("SELECT digest, day FROM forgotten").fetchall()


def forget_again(copy: Path, forgotten: list[tuple[str, str]]) -> int:
    """Forget, in the register file `copy` (an older copy about to be restored), everyone
    in `forgotten` (`forgotten_digests` of the live register) it still holds, in its
    residents or only in its snapshots, and make it remember them; how many it held."""
    digests = {digest for digest, _ in forgotten}
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.executemany("INSERT OR IGNORE INTO forgotten (digest, day) VALUES (?, ?)", forgotten)
        found = {
            id_: name
            for id_, name in conn.execute("SELECT id, name FROM residents")
            if forgotten_digest(id_) in digests
        }
        for (data,) in conn.execute("SELECT data FROM snapshots"):
            for node in json.loads(unpacked(data))["nodes"]:
                if node["type"] == RecordType.RESIDENT and forgotten_digest(node["id"]) in digests:
                    found.setdefault(node["id"], node["name"])
    finally:
        conn.close()
    for resident_id, name in found.items():
        erase_from_copy(copy, resident_id, name)
    return len(found)


def forget(db: Database, path: Path, key: str) -> Forgotten:
    """Erase the resident `key` and every trace of them (module doc)."""
    resident_id, name = find_resident(db, key)
    done = Forgotten(key=key, name=name)
    try:
        done.backup_before = make_backup(db, "forget", path)
    except BackupError as exc:  # a full disk must not stand in the way of an erasure
        done.backup_skipped = exc.params.get("reason", exc.code)
    db.execute("PRAGMA secure_delete = ON")
    try:
        _erase(db, resident_id, name, done)
    except sqlite3.Error as exc:
        if is_full(exc):  # rolled back: nothing erased, and the person must hear it
            raise UserError("forget.disk_full", path=path) from exc
        raise
    except FileTrouble as exc:  # write_transaction already said "disk full" in general
        if exc.code == "store.disk_full":
            raise UserError("forget.disk_full", path=path) from exc
        raise
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    try:
        done.wal_emptied = compact(db)
    except (sqlite3.Error, OSError) as exc:
        # The erasure is committed; only the rewrite of the file failed.
        done.vacuum_failed = DISK_FULL if is_full(exc) else str(exc)
        done.wal_emptied = _checkpoint(db)
    _erase_from_backups(path, resident_id, name, done)
    for folder in export_folders(path):
        removed, left = remove_stale(folder)
        done.staging_removed += removed
        done.staging_left += left
    done.log_lines = _scrub_log(name, key)
    return done


def _scrub_log(name: str, key: str) -> int:
    """Take the name and the key out of the app's log (older releases logged messages
    that held them); how many lines changed. Rewritten in place, so an app appending
    to it meanwhile loses nothing."""
    from abcd_tui.paths import log_file

    pattern = name_pattern(name)
    key_pattern = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])", re.IGNORECASE)
    try:
        with open(log_file(), "r+", encoding="utf-8", errors="surrogateescape") as file:
            lines = file.read().splitlines(keepends=True)
            changed = 0
            for number, line in enumerate(lines):
                clean = key_pattern.sub(REDACTED, redact(line, pattern))
                if clean != line:
                    lines[number] = clean
                    changed += 1
            if changed:
                file.seek(0)
                file.write("".join(lines))
                file.truncate()
    except OSError:
        return 0
    return changed


def _erase_from_backups(path: Path, resident_id: str, name: str, done: Forgotten) -> None:
    """The same erasure in every copy of the register (`backup.backup_files`); what
    killed backups left half-copied is deleted."""
    remove_partials(path, every=True)
    for copy in backup_files(path):
        try:
            erase_from_copy(copy, resident_id, name)
        except (sqlite3.Error, OSError, UserError) as exc:
            if isinstance(exc, UserError):
                why = exc.code
            elif is_full(exc):
                why = DISK_FULL
            else:
                why = getattr(exc, "strerror", None) or str(exc)
            done.backups_failed.append((copy, why))
        else:
            done.backups.append(copy)


def erase_from_copy(copy: Path, resident_id: str, name: str) -> None:
    """Forget a resident in a backup file: brought up to the current schema if older
    (it stays a register you can restore), then erased with secure_delete on."""
    with open(copy, "rb") as file:
        if file.read(16) != SQLITE_HEADER:
            raise UserError(NOT_OURS)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.create_collation("abcd", collate_names)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE")
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            raise UserError(NOT_OURS)
        migrate(conn)
        copy_db = Database(conn, execute_plugins=False)
        conn.execute("PRAGMA secure_delete = ON")
        _erase(copy_db, resident_id, name, Forgotten(key="", name=name))
        # No VACUUM: secure_delete has overwritten every freed byte, and a backup has
        # no write-ahead log to empty (rollback journal, gone at commit).
    finally:
        conn.close()


def _erase(db: Database, resident_id: str, name: str, done: Forgotten) -> None:
    """The one transaction of `forget`."""
    pattern = name_pattern(name)
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
        done.vocabulary = _drop_unused_phrases(db, phrases, pattern)
        done.snapshots = _scrub_snapshots(db, resident_id, pattern)
        one("UPDATE changes SET forgets = forgets + 1")
        one(
            "INSERT OR IGNORE INTO forgotten (digest, day) VALUES (?, ?)",
            [forgotten_digest(resident_id), now_iso()[:10]],
        )
        done.mentions = _redact_mentions(db, pattern)
        clear_cache(db)  # the cached analysis names them too


def _phrases_of(db: Database, resident_id: str) -> set[str]:
    columns = ", ".join(PHRASE_FIELDS)
    row = db.execute(f"SELECT {columns} FROM residents WHERE id = ?", [resident_id]).fetchone()
    if row is None:  # deleted earlier: only snapshots still hold them
        return set()
    return {match_key(p) for column in row for p in json.loads(column)} - {""}


def _drop_unused_phrases(db: Database, phrases: set[str], pattern: re.Pattern[str] | None) -> int:
    """Remove from the vocabulary the phrases no one else has recorded, and every
    phrase that holds the name."""
    named = [
        key
        for key, phrase in db.execute("SELECT match_key, phrase FROM vocabulary")
        if pattern is not None and pattern.search(phrase)
    ]
    db.conn.executemany("DELETE FROM vocabulary WHERE match_key = ?", [(k,) for k in named])
    if not phrases:
        return len(named)
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
    unused = sorted(phrases - still - set(named))
    db.conn.executemany("DELETE FROM vocabulary WHERE match_key = ?", [(k,) for k in unused])
    return len(unused) + len(named)


def _scrub_snapshots(db: Database, resident_id: str, pattern: re.Pattern[str] | None) -> int:
    """Take the resident out of every snapshot that has them, and their name out of
    every snapshot's text and label; how many snapshots changed."""
    scrubbed = 0
    rows = db.execute("SELECT id, label, data FROM snapshots").fetchall()
    for snapshot_id, label, data in rows:
        text = unpacked(data)
        has_them = resident_id in text
        named = pattern is not None and (pattern.search(text) or pattern.search(label))
        if not has_them and not named:
            continue
        document = json.loads(text)
        if has_them:
            document = scrub_document(document, resident_id)
        document = _redact_all(document, pattern)
        db.execute(
            "UPDATE snapshots SET data = ?, summary = ?, label = ?, scrubs = scrubs + 1 "
            "WHERE id = ?",
            [
                packed(document),
                json.dumps(document["headline"], ensure_ascii=False),
                redact(label, pattern),
                snapshot_id,
            ],
        )
        scrubbed += 1
    return scrubbed


def _redact_all(value: Any, pattern: re.Pattern[str] | None) -> Any:
    """Every string inside `value` with the name taken out."""
    if isinstance(value, str):
        return redact(value, pattern)
    if isinstance(value, list):
        return [_redact_all(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: _redact_all(v, pattern) for k, v in value.items()}
    return value


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
    node: dict[str, Any] = next((n for n in document["nodes"] if n["id"] == gone), {})
    doc["communities"] = [
        _community_without(c, gone, node) if gone in c["members"] else c
        for c in document["communities"]
    ]
    leftover = json.dumps(doc, ensure_ascii=False)
    if gone in leftover:  # a place this function does not know yet: refuse, change nothing
        raise UserError("forget.unscrubbable", place=_where(doc, gone))
    return doc


def _community_without(community: dict[str, Any], gone: str, node: dict) -> dict[str, Any]:
    """A community's description less one resident: members, residents, and their
    street and gifts counted once fewer (a count that reaches 0 goes)."""

    def less(counted: list, values: set[str]) -> list:
        return [[v, n - (v in values)] for v, n in counted if n - (v in values) > 0]

    gifts = {p for f in ("head", "hands", "heart") for p in node.get(f, ())}
    return {
        **community,
        "members": [m for m in community["members"] if m != gone],
        "residents": community["residents"] - 1,
        "groups": [g for g in community["groups"] if g[0] != gone],
        "streets": less(community["streets"], {node.get("street", "")}),
        "neighbourhoods": less(community["neighbourhoods"], {node.get("neighbourhood", "")}),
        "gifts": less(community["gifts"], gifts),
    }


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


# Text that can mention a person, by table: (column, is a JSON list, what names the row).
TEXT_COLUMNS = {
    "residents": [("notes", False, "name")] + [(f, True, "name") for f in PHRASE_FIELDS],
    "groups": [("description", False, "name"), ("tags", True, "name")],
    "walks": [("notes", False, "key")],
    "ties": [("note", False, "id")],
}


def _redact_mentions(db: Database, pattern: re.Pattern[str] | None) -> list[tuple[str, str]]:
    """Take the full name out of text elsewhere ("buurvrouw van Zwaantje Quispelhof" ->
    "buurvrouw van …"); matched as a whole word in any case, in Python, so "Élise"
    meets "élise" and "Truus Bakker" leaves "Truus Bakkerman" alone. A group named
    after the person keeps its name. Returns each place, for the report."""
    if pattern is None:
        return []
    found: list[tuple[str, str]] = []
    stamp = now_iso()
    for table, columns in TEXT_COLUMNS.items():
        names = ", ".join(c for c, _json, _label in columns)
        label = columns[0][2]
        for row in db.execute(f"SELECT id, {label}, {names} FROM {table}").fetchall():
            row_id, which, values = row[0], row[1], row[2:]
            changed = {}
            for (column, is_list, _label), value in zip(columns, values, strict=True):
                if not value or not pattern.search(value):
                    continue
                if is_list:
                    changed[column] = json.dumps(
                        [redact(v, pattern) for v in json.loads(value)], ensure_ascii=False
                    )
                else:
                    changed[column] = redact(value, pattern)
                found.append((f"{table}.{column}", which))
            if changed:
                sets = ", ".join(f"{c} = ?" for c in changed)
                db.execute(
                    f"UPDATE {table} SET {sets}, updated_at = ?, version = version + 1 "
                    "WHERE id = ?",
                    [*changed.values(), stamp, row_id],
                )
    for (which,) in db.execute("SELECT name FROM groups"):
        if pattern.search(which):
            found.append(("groups.name", which))
    return found


def compact(db: Database) -> bool:
    """VACUUM, then empty the write-ahead log. False if another connection kept
    reading, so the log could not be emptied yet (it is, when that one closes)."""
    retry_busy(lambda: db.execute("VACUUM"))
    return _checkpoint(db)


def _checkpoint(db: Database) -> bool:
    """Empty the write-ahead log into the file; False if readers kept it."""
    # Each try must not wait out SQLite's busy timeout (5 s): ask, and ask again.
    timeout = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute("PRAGMA busy_timeout = 0")
    try:
        for _ in range(CHECKPOINT_TRIES):
            try:
                busy, _log, _moved = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.OperationalError:
                busy = 1
            if not busy:
                return True
            time.sleep(0.1)
        return False
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
