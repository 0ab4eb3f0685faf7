"""Walks that last: start (or continue) a walk, end it, and what it brought.

A walk is one record per day, area and builder (`schema.walk_start_key`, a unique
index): starting "Het Veld" again after a restart or a crash, or from a second process
at the same moment, continues the walk already there, with its people met. Ending a
walk stamps `ended_at`; a walk ended today can be continued the same way (it opens
again, still one record), so "end walk" is never a trap.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import GroupKind, RecordType, Resident, Walk, now_iso
from abcd_tui.domain.text import slugify, unique_key
from abcd_tui.store import lookups, rows, writes
from abcd_tui.store.database import write_transaction
from abcd_tui.store.edits import GoneMeanwhile
from abcd_tui.store.schema import walk_start_key
from abcd_tui.store.still_to_ask import StillToAsk, still_to_ask


@dataclass(frozen=True)
class WalkStart:
    """The walk to record on, whether it was already there (continued), and whether it
    had been ended and is open again (reopened)."""

    walk: Walk
    continued: bool
    reopened: bool = False


def _find(db: Database, start_key: str) -> Walk | None:
    row = next(db.query("SELECT * FROM walks WHERE start_key = ?", [start_key]), None)
    return rows.walk_from_row(row) if row else None


def start_or_continue_walk(db: Database, area: str, builder: str, day: str) -> WalkStart:
    """The walk of `builder` in `area` on `day` (ISO date): the one already recorded
    (opened again if it was ended), else a new one. One write transaction, and a unique
    index behind it, so two starts at once make one record."""
    try:
        date.fromisoformat(day)
    except ValueError:
        raise UserError("walk.date_invalid", value=day) from None
    area, builder = area.strip(), builder.strip()
    start_key = walk_start_key(day, area, builder)
    found = _find(db, start_key)
    if found is not None and found.ended_at is None:  # open already: nothing to write
        return WalkStart(found, continued=True)
    try:
        with write_transaction(db):
            found = _find(db, start_key)
            if found is not None:
                reopened = found.ended_at is not None
                if reopened:
                    db.execute("UPDATE walks SET ended_at = NULL WHERE id = ?", [found.id])
                    found.ended_at = None
                return WalkStart(found, continued=True, reopened=reopened)
            taken = {key for (key,) in db.execute("SELECT key FROM walks")}
            walk = Walk(
                key=unique_key(slugify(f"{day} {area}"), taken),
                date=day,
                area=area,
                builders=[builder] if builder else [],
            )
            writes.stamp_new(walk, writes.recorder())
            writes.insert_walks(db, [walk])
            db.execute("UPDATE walks SET start_key = ? WHERE id = ?", [start_key, walk.id])
            return WalkStart(walk, continued=False)
    except sqlite3.IntegrityError:
        # Only when something wrote the same walk outside a write transaction: it is
        # there now, so continue it.
        found = _find(db, start_key)
        if found is None:
            raise
        return WalkStart(found, continued=True)


def end_walk(db: Database, walk_id: str) -> WalkSummary:
    """End the walk now (again, if it was: the first end time stays) and say what it
    brought."""
    with write_transaction(db):
        done = db.execute(
            "UPDATE walks SET ended_at = coalesce(ended_at, ?) WHERE id = ?", [now_iso(), walk_id]
        )
        if done.rowcount == 0:
            raise UserError("walk.unknown", walk=walk_id)
    return walk_summary(db, walk_id)


def open_walks(db: Database, day: str) -> list[Walk]:
    """Walks of `day` not ended yet, latest started first: what walk mode offers to
    continue after a restart."""
    return [
        rows.walk_from_row(row)
        for row in db.query(
            "SELECT * FROM walks WHERE date = ? AND ended_at IS NULL"
            " ORDER BY created_at DESC, rowid DESC",
            [day],
        )
    ]


def met_count(db: Database, walk_id: str) -> int:
    """How many residents we met on the walk so far."""
    return db.execute("SELECT count(*) FROM meetings WHERE walk_id = ?", [walk_id]).fetchone()[0]


@dataclass(frozen=True)
class PersonMet:
    """Someone met on the walk; `again` when we had met or recorded them before."""

    key: str
    name: str
    again: bool


@dataclass
class WalkSummary:
    """What one walk brought: who we met (new and again), the gifts, offers (aanbod) and
    needs (vraag) those people have on record, the ties made during the walk, and who
    of them still has something to ask."""

    walk: Walk
    people: list[PersonMet] = field(default_factory=list)
    gifts: int = 0
    offers: int = 0
    needs: int = 0
    ties: int = 0
    still_to_ask: list[StillToAsk] = field(default_factory=list)

    @property
    def met(self) -> int:
        return len(self.people)

    @property
    def new(self) -> int:
        return sum(1 for p in self.people if not p.again)

    @property
    def revisited(self) -> int:
        return sum(1 for p in self.people if p.again)

    def as_json(self) -> dict[str, Any]:
        w = self.walk
        return {
            "key": w.key,
            "date": w.date,
            "area": w.area,
            "builders": w.builders,
            "started_at": w.created_at,
            "ended_at": w.ended_at,
            "met": self.met,
            "new": self.new,
            "revisited": self.revisited,
            "gifts": self.gifts,
            "offers": self.offers,
            "needs": self.needs,
            "ties": self.ties,
            "people": [{"key": p.key, "name": p.name, "again": p.again} for p in self.people],
            "still_to_ask": [s.as_json() for s in self.still_to_ask],
        }


_PEOPLE_MET = """
    SELECT m.walk_id, r.id, r.key, r.name,
        coalesce(m.again, r.created_at < w.created_at OR EXISTS (
            SELECT 1 FROM meetings e WHERE e.resident_id = r.id AND e.walk_id <> w.id
            AND (e.created_at, e.rowid) < (m.created_at, m.rowid))),
        json_array_length(r.head) + json_array_length(r.hands) + json_array_length(r.heart),
        json_array_length(r.offers), json_array_length(r.needs)
    FROM meetings m JOIN residents r ON r.id = m.resident_id JOIN walks w ON w.id = m.walk_id
    {where}
    ORDER BY m.created_at, m.rowid
"""
# Ties made on the walk: those its form made (`walk_ties`, see `schema._schema_13`).
_TIES_MADE = """
    SELECT w.id, count(*) FROM walks w JOIN walk_ties k ON k.walk_id = w.id
    {where}
    GROUP BY w.id
"""


def _summaries(db: Database, walk_list: list[Walk], today: date | None) -> list[WalkSummary]:
    if not walk_list:
        return []
    one = len(walk_list) == 1
    where, params = ("WHERE w.id = ?", [walk_list[0].id]) if one else ("", [])
    found = {w.id: WalkSummary(w) for w in walk_list}
    met_on: dict[str, list[str]] = {}  # resident id -> the walks they were met on
    for walk_id, id_, key, name, again, gifts, offers, needs in db.execute(
        _PEOPLE_MET.format(where=where), params
    ):
        summary = found[walk_id]
        summary.people.append(PersonMet(key, name, bool(again)))
        met_on.setdefault(id_, []).append(walk_id)
        summary.gifts += gifts
        summary.offers += offers
        summary.needs += needs
    for walk_id, ties in db.execute(_TIES_MADE.format(where=where), params):
        found[walk_id].ties = ties
    # Who of the people met still has something to ask: one pass over the register.
    if met_on:
        for item in still_to_ask(db, today=today, resident_ids=met_on):
            for walk_id in met_on.get(item.resident_id, []):
                found[walk_id].still_to_ask.append(item)
    return [found[w.id] for w in walk_list]


def walk_summary(db: Database, walk_id: str, *, today: date | None = None) -> WalkSummary:
    """What the walk brought (see WalkSummary); a UserError for a walk not recorded."""
    row = next(db.query("SELECT * FROM walks WHERE id = ?", [walk_id]), None)
    if row is None:
        raise UserError("walk.unknown", walk=walk_id)
    return _summaries(db, [rows.walk_from_row(row)], today)[0]


def walks(db: Database, *, today: date | None = None) -> list[WalkSummary]:
    """Every walk with what it brought, the latest first."""
    walk_list = [
        rows.walk_from_row(row)
        for row in db.query("SELECT * FROM walks ORDER BY date DESC, created_at DESC, key")
    ]
    return _summaries(db, walk_list, today)


# What walk mode reads while a walk is on --------------------------------------------


@dataclass(frozen=True)
class NamedRecord:
    """A resident or group the walk form can complete a name to and tie to."""

    id: str
    name: str
    address: str
    type: RecordType
    group_kind: GroupKind | None = None  # for a group: what its default tie is


@dataclass(frozen=True)
class WalkNames:
    """Every record to complete (residents, then groups, each by name), the streets
    the register knows, and who was met on the walk so far (name, met again)."""

    records: list[NamedRecord]
    streets: list[str]
    met: list[tuple[str, bool]]


def walk_names(db: Database, walk_id: str | None) -> WalkNames:
    """What the walk form completes names and streets from, and the people met on the
    walk `walk_id` (none before a walk is started). Call it in a read transaction
    (`Register.read`): the names and the people met are one state of the register."""
    records = [
        NamedRecord(id_, name, address, RecordType.RESIDENT)
        for id_, name, address in db.execute(
            "SELECT id, name, address FROM residents ORDER BY name"
        )
    ]
    records += [
        NamedRecord(id_, name, address, RecordType.GROUP, GroupKind(kind))
        for id_, name, kind, address in db.execute(
            "SELECT id, name, kind, address FROM groups ORDER BY name"
        )
    ]
    # Met again: as the walk form recorded it; for meetings from before it did (schema
    # 11), when they were recorded before this walk (or met on an earlier one).
    met = db.execute(
        "SELECT r.name, coalesce(m.again, r.created_at < w.created_at OR EXISTS ("
        "  SELECT 1 FROM meetings e WHERE e.resident_id = r.id AND e.walk_id <> w.id))"
        " FROM meetings m JOIN residents r ON r.id = m.resident_id"
        " JOIN walks w ON w.id = m.walk_id WHERE m.walk_id = ?"
        " ORDER BY m.created_at, m.rowid",
        [walk_id],
    ).fetchall()
    return WalkNames(records, lookups.streets(db), [(name, bool(again)) for name, again in met])


@dataclass
class Revisit:
    """A resident met before: the record, the walk where we met last, how many ties."""

    resident: Resident
    walk: Walk | None
    ties: int


def revisit(db: Database, resident_id: str) -> Revisit:
    """The resident as stored now, to record a revisit on: what we knew and where we
    met them last. A UserError when they are gone (deleted or forgotten meanwhile)."""
    row = next(db.query("SELECT * FROM residents WHERE id = ?", [resident_id]), None)
    if row is None:
        raise GoneMeanwhile("resident", resident_id)
    resident = rows.resident_from_row(row)
    walk_row = next(db.query("SELECT * FROM walks WHERE id = ?", [resident.walk_id]), None)
    ties = db.execute(
        "SELECT count(*) FROM ties WHERE from_id = ? OR to_id = ?", [resident_id] * 2
    ).fetchone()[0]
    return Revisit(resident, rows.walk_from_row(walk_row) if walk_row else None, ties)


@dataclass(frozen=True)
class OpenWalk:
    """A walk of today not ended yet, and how many we met on it so far."""

    walk: Walk
    met: int


def open_walks_met(db: Database, day: str) -> list[OpenWalk]:
    """The walks of `day` not ended yet, the latest first, each with how many we met on
    it (see `open_walks`): what walk mode offers to continue."""
    return [OpenWalk(walk, met_count(db, walk.id)) for walk in open_walks(db, day)]


def last_met(db: Database) -> dict[str, str]:
    """Resident id -> the date (ISO) of the latest walk on which we met them, in one
    query over every meeting; residents never met on a walk are left out."""
    found = db.execute(
        "SELECT m.resident_id, max(w.date) FROM meetings m JOIN walks w ON w.id = m.walk_id "
        "GROUP BY m.resident_id"
    ).fetchall()
    return {resident: day for resident, day in found}
