"""Snapshots in the store: saved once, listed, read back; never changed afterwards.

The document itself is made by `abcd_tui.snapshots.freeze`; here it is only JSON.
This module writes the `snapshots` table itself (one INSERT per snapshot, not a record,
so not through `writes.py`); the `snapshots_never_change` trigger (schema 6) refuses
any UPDATE but a forget's.

`data` holds the JSON zlib-compressed, as a BLOB (`packed`): about a tenth of the text
(154 MB at 100,000 residents), encoded and compressed piece by piece so the whole text
is never in memory at once. Its first member is ``communities``, so the circles the next
analysis starts from (`snapshot_circles`) are read by decompressing only the start.
Snapshots saved before hold the JSON as TEXT and read as they always did
(`unpacked` tells them apart by type).
"""

from __future__ import annotations

import codecs
import json
import re
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import new_id
from abcd_tui.store.database import write_transaction


@dataclass(frozen=True)
class SnapshotInfo:
    """A snapshot as listed: what it is called, when, and its headline figures."""

    id: str
    label: str
    created: str  # ISO-8601, local time with offset
    revision: int
    summary: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "created": self.created,
            "revision": self.revision,
            "summary": self.summary,
        }


# Encoding long lists (nodes, ties) this many items at a time: a few megabytes of JSON
# each, small beside a 100,000-resident document.
BATCH = 5_000
# Reading the start of a packed document (`_leading_member`) this many characters first.
PIECE = 1 << 20
COMPRESSION = 6  # zlib's default: a snapshot is written once and kept for years
LEADING = "communities"  # the member packed first (see the module doc)

LABEL_MOST = 100  # characters in a snapshot's label: a name, not a report


def check_label(label: str) -> str:
    """The label as it is stored (trimmed, one line), or a UserError when too long."""
    label = " ".join(label.split())
    if len(label) > LABEL_MOST:
        raise UserError("snapshot.label_too_long", most=LABEL_MOST, length=len(label))
    return label


def save_snapshot(db: Database, label: str, document: dict[str, Any]) -> SnapshotInfo:
    """Store `document` (see `snapshots.freeze`) as a new snapshot, in one transaction;
    a member that is an iterator of lists (`freeze.streamed`) is stored as one list.

    Not counted as a change of the register: the graph is the same after it.
    """
    label = check_label(label)
    info = SnapshotInfo(
        id=new_id(),
        label=label,
        created=datetime.now().astimezone().isoformat(timespec="seconds"),
        revision=document["revision"],
        summary=document["headline"],
    )
    data = packed(document)
    with write_transaction(db, counts=False):
        db.execute(
            "INSERT INTO snapshots (id, label, created, revision, summary, data) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                info.id,
                info.label,
                info.created,
                info.revision,
                json.dumps(info.summary, ensure_ascii=False),
                data,
            ],
        )
    return info


def packed(document: dict[str, Any]) -> bytes:
    """`document` as `data` holds it: its JSON, ``communities`` first, zlib-compressed,
    made piece by piece (module doc)."""
    compressor = zlib.compressobj(COMPRESSION)
    out = []
    for piece in _pieces(document):
        out.append(compressor.compress(piece.encode()))
    out.append(compressor.flush())
    return b"".join(out)


def _pieces(document: dict[str, Any]) -> Iterator[str]:
    """The JSON of `document`, ``communities`` first, in pieces of about `PIECE`: each
    member whole, a list by batches of items; a member that is an iterator (of lists)
    is one list, a piece per list it gives. (`json.dumps` per batch: only its
    one-shot call uses the compiled encoder, three times the speed of `iterencode`.)"""
    ordered = {LEADING: document[LEADING]} if LEADING in document else {}
    ordered.update((k, v) for k, v in document.items() if k != LEADING)
    opening = "{"
    for key, value in ordered.items():
        head = f"{opening}{_dumps(key)}:"
        opening = ","
        if isinstance(value, Iterator):  # a list made in batches (`freeze.streamed`)
            yield head + "["
            comma = ""
            for batch in value:
                if batch:
                    yield comma + _dumps(batch)[1:-1]
                    comma = ","
            yield "]"
            continue
        if not isinstance(value, list) or len(value) <= BATCH:
            yield head + _dumps(value)
            continue
        yield head + "["
        for start in range(0, len(value), BATCH):
            text = _dumps(value[start : start + BATCH])[1:-1]
            yield text if start == 0 else "," + text
        yield "]"
    yield "}" if opening == "," else "{}"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def unpacked(data: str | bytes) -> str:
    """The JSON text of a snapshot's `data`: compressed (a BLOB) or, saved before
    snapshots were compressed, plain text."""
    if isinstance(data, bytes):
        return zlib.decompress(data).decode()
    return data


def list_snapshots(db: Database) -> list[SnapshotInfo]:
    """Every snapshot, oldest first."""
    return [
        SnapshotInfo(id_, label, created, revision, json.loads(summary))
        for id_, label, created, revision, summary in db.execute(
            "SELECT id, label, created, revision, summary FROM snapshots ORDER BY created, id"
        )
    ]


def find_snapshot(db: Database, ref: str) -> SnapshotInfo:
    """The snapshot `ref` names: its id, the start or end of its id (`abcd snapshots`
    shows the last 8 characters), its number in the list (1 is the oldest; -1 the
    newest), or its label."""
    ref = ref.strip()
    found = list_snapshots(db)
    if not found:
        raise UserError("snapshot.none")
    if ref.lstrip("-").isdigit() and len(ref) < 6:
        number = int(ref)
        if 1 <= number <= len(found):
            return found[number - 1]
        if -len(found) <= number <= -1:
            return found[number]
    exact = [s for s in found if s.id == ref]
    if exact:
        return exact[0]
    by_start = [s for s in found if len(ref) >= 4 and (s.id.startswith(ref) or s.id.endswith(ref))]
    by_label = [s for s in found if s.label and s.label.casefold() == ref.casefold()]
    matches = by_start or by_label
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UserError("snapshot.ambiguous", ref=ref, count=len(matches))
    raise UserError("snapshot.unknown", ref=ref)


def snapshot_document(db: Database, snapshot_id: str) -> dict[str, Any]:
    row = db.execute("SELECT data FROM snapshots WHERE id = ?", [snapshot_id]).fetchone()
    if row is None:
        raise UserError("snapshot.unknown", ref=snapshot_id)
    return read_document(row[0])


def read_document(data: str | bytes, *, piece: int = PIECE) -> dict[str, Any]:
    """The document in a snapshot's `data`, equal to `json.loads(unpacked(data))`, in
    a third of the memory for a packed one.

    Decompressed and parsed piece by piece (`piece` bytes at a time), a top-level list
    item by item, so the whole text (300 MB as a Python string at 100,000 residents)
    is never in memory; and what repeats is kept once: each record id (1.6 million
    times in the ties), each key of a node or entry, each combination of tie kinds.
    (Parsed whole, json.loads makes a string per occurrence: 1.0 GB at its peak, 700
    MB after, against about 350 MB here.) Old snapshots, plain text, parse as before.
    """
    if isinstance(data, str):
        return json.loads(data)
    return _DocumentReader(data, piece).document()


def _once(value: Any, strings: dict[str, str]) -> Any:
    """`value` with a short string, or the strings of a list, taken from `strings`."""
    if isinstance(value, str):
        return strings.setdefault(value, value) if len(value) <= SHORT else value
    if isinstance(value, list) and value and isinstance(value[0], str):
        return [strings.setdefault(v, v) if isinstance(v, str) else v for v in value]
    return value


SHORT = 64  # characters: ids, kinds, streets, phrases; longer text is seldom repeated
_SPACE = re.compile(r"[ \t\n\r]*")


class _DocumentReader:
    """One packed document, read as `read_document` says: a buffer of text from the
    decompressor, parsed with the compiled scanner one value (or list item) at a time."""

    def __init__(self, data: bytes, piece: int):
        self._data = data
        self._piece = piece
        self._decompressor = zlib.decompressobj()
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._text = ""
        self._at = 0
        self._done = False
        self._scan = json.JSONDecoder().raw_decode
        self._strings: dict[str, str] = {}  # one copy of each id, key and short value
        self._kinds: dict[tuple[str, ...], list[str]] = {}

    def document(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        self._expect("{")
        if self._peek() == "}":
            self._at += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    raise ValueError("not a snapshot document: a member without a name")
                self._expect(":")
                found[key] = self._member(key)
                if self._next_of(",}") == "}":
                    break
        if self._peek():
            raise ValueError("not a snapshot document: text after its end")
        return found

    def _member(self, key: str) -> Any:
        if self._peek() != "[":
            return self._value()
        self._at += 1
        items: list[Any] = []
        if self._peek() == "]":
            self._at += 1
            return items
        shared = self._tie if key == "edges" else self._entry
        scan, add = self._scan, items.append
        while True:
            # The compact JSON `packed` writes, straight through; the general way
            # (spaces, the end of the text read so far) when that fails.
            try:
                value, end = scan(self._text, self._at)
                follows = self._text[end]
            except (ValueError, IndexError):
                value, follows = self._value(), self._next_of(",]")
            else:
                if follows not in ",]":
                    self._at = end
                    follows = self._next_of(",]")
                else:
                    self._at = end + 1
            add(shared(value))
            if follows == "]":
                return items

    def _tie(self, tie: Any) -> Any:
        """A tie [a, b, kinds, strong] with its ids and kinds kept once."""
        if isinstance(tie, list) and len(tie) == 4 and isinstance(tie[2], list):
            strings = self._strings
            kinds = tuple(tie[2])
            tie = [
                strings.setdefault(tie[0], tie[0]),
                strings.setdefault(tie[1], tie[1]),
                self._kinds.setdefault(kinds, tie[2]),
                tie[3],
            ]
        return tie

    def _entry(self, entry: Any) -> Any:
        """A node or entry with its keys and short strings (ids, kinds, places) kept once."""
        if not isinstance(entry, dict):
            return entry
        strings = self._strings
        return {strings.setdefault(k, k): _once(v, strings) for k, v in entry.items()}

    def _value(self) -> Any:
        """The JSON value at the reading place; more text read until it is whole and
        something follows it (a number at the end of the text read so far may go on)."""
        while True:
            self._space()
            try:
                value, end = self._scan(self._text, self._at)
            except ValueError:
                if self._done:
                    raise
                self._read()
                continue
            if end < len(self._text) or self._done:
                self._at = end
                return value
            self._read()

    def _expect(self, char: str) -> None:
        if self._peek() != char:
            raise ValueError(f"not a snapshot document: {char!r} expected")
        self._at += 1

    def _next_of(self, chars: str) -> str:
        found = self._peek()
        if found not in chars or not found:
            raise ValueError(f"not a snapshot document: one of {chars!r} expected")
        self._at += 1
        return found

    def _peek(self) -> str:
        self._space()
        return self._text[self._at : self._at + 1]

    def _space(self) -> None:
        while True:
            self._at = _SPACE.match(self._text, self._at).end()  # type: ignore[union-attr]
            if self._at < len(self._text) or self._done:
                return
            self._read()

    def _read(self) -> None:
        """More text into the buffer, the part already parsed dropped; twice as much
        as last time when a value did not fit (each failed try parses it again)."""
        self._text = self._text[self._at :]
        self._at = 0
        while True:
            data = self._data
            if data:
                out = self._decompressor.decompress(data, self._piece)
                self._data = self._decompressor.unconsumed_tail
                text = self._decoder.decode(out)
            else:
                text = self._decoder.decode(self._decompressor.flush(), final=True)
                self._done = True
            self._text += text
            if text or self._done:
                break
        if len(self._text) >= self._piece:
            self._piece *= 2


def previous_snapshot(db: Database, snapshot_id: str) -> SnapshotInfo | None:
    """The snapshot made just before `snapshot_id`, if any."""
    found = list_snapshots(db)
    for before, this in zip(found, found[1:], strict=False):
        if this.id == snapshot_id:
            return before
    return None


def snapshot_circles(db: Database) -> list[tuple[int, list[str], str]]:
    """The circles (communities of two or more) of the newest snapshot: (number, member
    node ids, name: "" in snapshots from before circles had names). Read by SQLite's
    JSON functions (or, compressed, from the start of the document: see the module
    doc), so the rest of the document is not parsed. Empty without snapshots, or when
    the newest one holds no readable circles."""
    try:
        row = db.execute(
            "SELECT CASE typeof(data) WHEN 'blob' THEN data"
            " ELSE json_extract(data, '$.communities') END"
            " FROM snapshots ORDER BY created DESC, id DESC LIMIT 1"
        ).fetchone()
        if row is None or not row[0]:
            return []
        found = _leading_member(row[0]) if isinstance(row[0], bytes) else json.loads(row[0])
        return [
            (int(c["number"]), [str(m) for m in c["members"]], str(c.get("name", "")))
            for c in found
        ]
    except (sqlite3.Error, ValueError, TypeError, KeyError, zlib.error):
        return []


def _leading_member(data: bytes) -> Any:
    """The value of the first member of a packed document (``communities``, or an
    error when it is not first), decompressing no more than it needs."""
    start = f'{{"{LEADING}":'
    decompressor = zlib.decompressobj()
    decoder = codecs.getincrementaldecoder("utf-8")()
    text = ""
    step = PIECE // 4
    while True:
        last = not data
        piece = decompressor.flush() if last else decompressor.decompress(data, step)
        data = decompressor.unconsumed_tail
        text += decoder.decode(piece, final=last)
        if not text.startswith(start[: len(text)]):
            raise ValueError("not a packed snapshot")
        if len(text) > len(start):
            try:
                return json.JSONDecoder().raw_decode(text, len(start))[0]
            except ValueError:
                if last:
                    raise
        step *= 2  # each failed try parses the text again: take twice as much next
