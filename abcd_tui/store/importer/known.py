"""Rows an import has seen before: importing the same file again skips them unread.

Every resident and tie an import writes gets a row in `imported` (schema 8): a digest of
the file row it came from (its cells and the header above them) and the version the
import gave the record. A row of a new import whose digest is there, for a record still
at that version, would set every field to what it already holds: it is counted as
unchanged without being parsed or compared. Any other edit raises the record's version,
and the digest then no longer counts; the row takes the full path (parse, compare,
write). A tie also keeps a digest of the keys its ends had, so a tie whose resident was
given another key, whose key now also names a group, or whose place is no longer a place
is checked again in full.

What is read here is read before the import's write transaction; the importer compares
the change counter inside it and, when someone wrote in between, imports again in full.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlite_utils import Database

from abcd_tui.domain.records import RecordType, Strength, TieKind
from abcd_tui.store.database import read_transaction, revision

# Raise this when parsing a cell may give another value than before (a new word for
# "yes", another date format): every digest made under the old rules stops counting.
PARSE_RULES = 1
# Named tuples and these look-ups rather than dataclasses and Enum(value): 200,000 of
# each are made when a large file is imported again.
_KINDS = {kind.value: kind for kind in TieKind}
_STRENGTHS = {strength.value: strength for strength in Strength}


def signature(kind: str, headers: list[str]) -> bytes:
    """What the digest of a row of this file starts with: the kind of file, the parsing
    rules and the header as written (a column added, renamed or moved changes it)."""
    return "\x1e".join([kind, str(PARSE_RULES), "\x1f".join(headers)]).encode()


def row_digest(start: bytes, cells: list[str]) -> str:
    """The digest of one data row under the header `start` (see `signature`)."""
    return hashlib.blake2b(
        start + b"\x1e" + "\x1f".join(cells).encode(), digest_size=16
    ).hexdigest()


def ends_digest(from_key: str, to_key: str) -> str:
    """The digest of the keys of a tie's two ends, in its stored order."""
    return hashlib.blake2b(f"{from_key}\x1f{to_key}".encode(), digest_size=8).hexdigest()


class KnownPerson(NamedTuple):
    """A resident written from a row with this digest, unchanged since."""

    key: str
    consent: int | None  # as stored: 1 given, 0 refused, None not asked


class KnownTie(NamedTuple):
    """A tie written from a row with this digest, unchanged since, with what the
    importer needs of it to treat a second row for the same tie as before."""

    id: str
    from_id: str
    to_id: str
    kind: TieKind
    strength: Strength | None
    since: str | None
    note: str

    @classmethod
    def of(cls, row: StoredTie) -> KnownTie:
        """The known tie of a row as `add_known_ties` keeps it (a StoredTie), made
        where the import's plan needs its fields."""
        _, _, tie_id, from_id, to_id, kind, strength, since, note = row
        strong = _STRENGTHS.get(strength or "")
        return cls(tie_id, from_id, to_id, _KINDS[kind], strong, since, note)


# A known tie as `add_known_ties` reads it (row digest, ends digest, then the tie's id,
# from_id, to_id, kind, strength, since, note): made a KnownTie only where an import
# needs more than the count (`KnownTie.of`). An unchanged re-import of 200,000 ties
# makes none.
StoredTie = tuple[str, str, str, str, str, str, str | None, str | None, str]


@dataclass
class Known:
    """The rows seen before, as of change counter `revision`."""

    revision: int = -1
    people: dict[str, KnownPerson] = field(default_factory=dict)
    ties: dict[str, StoredTie] = field(default_factory=dict)  # see KnownTie.of


def known_people(db: Database) -> Known:
    """The residents written by an import and unchanged since, by row digest."""
    with read_transaction(db):
        known = Known(revision=revision(db))
        # The residents in stored order, each looked up in `imported` (its primary key):
        # a third faster than the other way round. A digest stands for one record (the
        # same row under the same header is the same resident), so the order is free.
        made = KnownPerson
        known.people = {
            digest: made(key, consent)
            for digest, key, consent in db.execute(
                "SELECT i.hash, r.key, r.consent FROM residents r"
                " CROSS JOIN imported i ON i.id = r.id AND i.version = r.version"
            )
        }
    return known


def add_known_ties(
    db: Database,
    known: Known,
    new_keys: Mapping[RecordType, Iterable[str]],
    group_kinds: dict[str, str],
) -> Known:
    """Add the ties written by an import and unchanged since, by row digest, leaving out
    those the rows of this import may no longer mean the same way: an end whose key
    changed or is now both a resident's and a group's (`new_keys`: the keys this import
    adds), and a `uses_place` tie whose place this import makes something else
    (`group_kinds`: group key -> kind as this import's groups file has it)."""
    with read_transaction(db):
        now = revision(db)
        if now != known.revision:  # someone wrote since the residents were read
            return Known(revision=-1)
        keys: dict[RecordType, dict[str, str]] = {RecordType.RESIDENT: {}, RecordType.GROUP: {}}
        kinds: dict[str, str] = {}
        for record_type, table in (
            (RecordType.RESIDENT, "residents"),
            (RecordType.GROUP, "groups"),
        ):
            sql = f"SELECT id, key{', kind' if table == 'groups' else ''} FROM [{table}]"
            for row in db.execute(sql):
                keys[record_type][row[0]] = row[1]
                if table == "groups":
                    kinds[row[0]] = group_kinds.get(row[1], row[2])
        resident_keys = set(keys[RecordType.RESIDENT].values())
        resident_keys.update(new_keys[RecordType.RESIDENT])
        group_keys = set(keys[RecordType.GROUP].values())
        group_keys.update(new_keys[RecordType.GROUP])
        both = resident_keys & group_keys
        key_of = {**keys[RecordType.RESIDENT], **keys[RecordType.GROUP]}
        # A record whose key is a resident's and a group's: none of its ties is known.
        for record_id in [i for i, key in key_of.items() if key in both]:
            del key_of[record_id]
        ties, key, blake2b = known.ties, key_of.get, hashlib.blake2b  # locals: per tie
        # The ties in stored order, each looked up in `imported` (its primary key): a
        # tenth faster than the other way round. `ends_digest` written out: 200,000 calls.
        for row in db.execute(
            "SELECT i.hash, i.ends, t.id, t.from_id, t.to_id, t.kind, t.strength, t.since,"
            " t.note FROM ties t CROSS JOIN imported i ON i.id = t.id AND i.version = t.version"
        ):
            from_key, to_key = key(row[3]), key(row[4])
            if from_key is None or to_key is None:
                continue
            if row[1] != blake2b(f"{from_key}\x1f{to_key}".encode(), digest_size=8).hexdigest():
                continue
            if row[5] == "uses_place" and kinds.get(row[4]) != "place":
                continue
            ties[row[0]] = row  # as read: see StoredTie
    return known


def remember(db: Database, rows: list[tuple[str, str, int, str | None]]) -> None:
    """Note (record id, row digest, version written, ends digest) for each record an
    import wrote; inside the import's transaction."""
    db.conn.executemany(
        "INSERT INTO imported (id, hash, version, ends) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, version = excluded.version,"
        " ends = excluded.ends",
        rows,
    )
