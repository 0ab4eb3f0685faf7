"""Reading the register: records, key look-ups, the vocabulary and counts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from abcd_tui.domain.records import Group, GroupKind, Openness, RecordType, Resident, Tie, Walk
from abcd_tui.domain.text import match_key
from abcd_tui.domain.vocabulary import starter_vocabulary
from abcd_tui.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database


def residents(db: Database, *, neighbourhood: str | None = None) -> Iterator[Resident]:
    """All residents, by name (then key), optionally of one neighbourhood."""
    where, params = ("WHERE neighbourhood = ?", [neighbourhood]) if neighbourhood else ("", [])
    for row in db.query(f"SELECT * FROM residents {where} ORDER BY name COLLATE abcd, key", params):
        yield rows.resident_from_row(row)


def groups(db: Database, *, kind: str | None = None) -> Iterator[Group]:
    """All groups, by kind and name, optionally of one kind."""
    where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
    for row in db.query(
        f"SELECT * FROM groups {where} ORDER BY kind, name COLLATE abcd, key", params
    ):
        yield rows.group_from_row(row)


def ties(db: Database, *, kind: str | None = None) -> Iterator[Tie]:
    """All ties, in the order they were recorded."""
    where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
    for row in db.query(f"SELECT * FROM ties {where} ORDER BY rowid", params):
        yield rows.tie_from_row(row)


def walks(db: Database) -> Iterator[Walk]:
    for row in db.query("SELECT * FROM walks ORDER BY date, key"):
        yield rows.walk_from_row(row)


@dataclass(frozen=True)
class KeyEntry:
    id: str
    type: RecordType
    name: str


def key_index(db: Database) -> dict[RecordType, dict[str, KeyEntry]]:
    """Every human key, per record type: what ties and look-ups resolve keys with."""
    index: dict[RecordType, dict[str, KeyEntry]] = {RecordType.RESIDENT: {}, RecordType.GROUP: {}}
    for record_type, table in ((RecordType.RESIDENT, "residents"), (RecordType.GROUP, "groups")):
        target = index[record_type]
        for id_, key, name in db.execute(f"SELECT id, key, name FROM [{table}]"):
            target[key] = KeyEntry(id_, record_type, name)
    return index


def id_to_key(db: Database) -> dict[str, str]:
    """Record id -> human key, for residents and groups alike."""
    found = dict(db.execute("SELECT id, key FROM residents").fetchall())
    found.update(db.execute("SELECT id, key FROM groups").fetchall())
    return found


def vocabulary(db: Database) -> list[str]:
    """Every gift phrase recorded so far, in its first-typed form, alphabetically."""
    return [p for (p,) in db.execute("SELECT phrase FROM vocabulary ORDER BY match_key")]


@dataclass
class Stats:
    """Counts that describe a register at a glance."""

    residents: int = 0
    residents_with_consent: int = 0
    open_to_introductions: dict[str, int] = field(default_factory=dict)
    neighbourhoods: int = 0
    groups: dict[str, int] = field(default_factory=dict)
    ties: dict[str, int] = field(default_factory=dict)  # of each kind: a pair can have two
    tied_pairs: int = 0  # pairs of records with a tie, whatever its kinds (the snapshots')
    residents_without_ties: int = 0
    residents_with_one_tie: int = 0
    walks: int = 0
    vocabulary: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "residents": self.residents,
            "residents_with_consent": self.residents_with_consent,
            "open_to_introductions": self.open_to_introductions,
            "neighbourhoods": self.neighbourhoods,
            "groups": sum(self.groups.values()),
            "groups_by_kind": self.groups,
            "ties": self.tied_pairs,
            "ties_by_kind": self.ties,
            "residents_without_ties": self.residents_without_ties,
            "residents_with_one_tie": self.residents_with_one_tie,
            "walks": self.walks,
            "vocabulary": self.vocabulary,
        }


def stats(db: Database) -> Stats:
    """Counts of everything in the register, in a handful of queries."""
    s = Stats()
    s.residents, s.residents_with_consent, s.neighbourhoods = db.execute(
        "SELECT count(*), count(*) FILTER (WHERE consent = 1),"
        " count(DISTINCT nullif(neighbourhood, '')) FROM residents"
    ).fetchone()
    s.open_to_introductions = {k.value: 0 for k in Openness} | dict(
        db.execute("SELECT open_to_introductions, count(*) FROM residents GROUP BY 1")
    )
    s.groups = _groups_by_kind(db)
    s.ties = dict(db.execute("SELECT kind, count(*) FROM ties GROUP BY 1 ORDER BY 2 DESC"))
    s.tied_pairs = _tied_pairs(db)
    s.residents_without_ties, s.residents_with_one_tie = db.execute(
        """
        WITH ends AS (SELECT from_id AS id FROM ties UNION ALL SELECT to_id FROM ties),
        degree AS (SELECT id, count(*) AS n FROM ends GROUP BY id)
        SELECT count(*) FILTER (WHERE d.n IS NULL), count(*) FILTER (WHERE d.n = 1)
        FROM residents r LEFT JOIN degree d ON d.id = r.id
        """
    ).fetchone()
    s.walks = db.execute("SELECT count(*) FROM walks").fetchone()[0]
    s.vocabulary = db.execute("SELECT count(*) FROM vocabulary").fetchone()[0]
    return s


@dataclass
class Headline:
    """The counts the overview shows first, as `Stats` counts them: a third of the
    work of `stats` (at 100,000 residents 0.8 s instead of 2.3 s)."""

    residents: int
    groups: dict[str, int]
    tied_pairs: int


def headline(db: Database) -> Headline:
    """Residents, groups of each kind and tied pairs (see `Stats`)."""
    residents = int(db.execute("SELECT count(*) FROM residents").fetchone()[0])
    return Headline(residents, _groups_by_kind(db), _tied_pairs(db))


def _groups_by_kind(db: Database) -> dict[str, int]:
    return {k.value: 0 for k in GroupKind} | dict(
        db.execute("SELECT kind, count(*) FROM groups GROUP BY 1")
    )


def _tied_pairs(db: Database) -> int:
    return int(
        db.execute(
            "SELECT count(DISTINCT min(from_id, to_id) || ' ' || max(from_id, to_id))"
            " FROM ties WHERE from_id != to_id"
        ).fetchone()[0]
    )


# The JSON shape of records for scripts is the records' own (`Resident.as_json`, ...);
# these three delegate, for the CLI until it calls the methods itself.


def record_types(db: Database) -> dict[str, str]:
    """Record id -> 'resident' or 'group'."""
    return dict(db.execute("SELECT id, type FROM records").fetchall())


def walk_keys(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT id, key FROM walks").fetchall())


def gift_suggestions(db: Database, typed: str, limit: int = 10) -> list[str]:
    """Phrases for autocomplete: the starter vocabulary and every phrase recorded so far,
    matched however they were typed. Phrases that start with the text come first, then
    those with a word that starts with it, then those that contain it; shorter first."""
    wanted = match_key(typed)
    if not wanted:
        return []
    candidates = {match_key(p.nl): p.nl for p in starter_vocabulary().phrases}
    candidates.update(
        db.execute(
            "SELECT match_key, phrase FROM vocabulary WHERE instr(match_key, ?) > 0", [wanted]
        ).fetchall()
    )

    def rank(key: str) -> tuple[int, int, str]:
        if key.startswith(wanted):
            place = 0
        elif f" {wanted}" in f" {key}":
            place = 1
        else:
            place = 2
        return place, len(key), key

    found = sorted((k for k in candidates if wanted in k), key=rank)
    return [candidates[k] for k in found[:limit]]


def declined(db: Database) -> set[tuple[str, str]]:
    """(resident id, other id) of every introduction declined for that resident."""
    return set(db.execute("SELECT resident_id, other_id FROM declined").fetchall())


# What the app's screens read (issue 14: no SQL above the store).


def forgets(db: Database) -> int:
    """How many residents were ever forgotten in this register (`store.forget`): a
    change means rows kept for undo may hold someone forgotten since."""
    return int(db.execute("SELECT forgets FROM changes").fetchone()[0])


def last_walk(db: Database) -> Walk | None:
    """The most recent walk (by date; the first key among walks of one day)."""
    row = next(iter(db.query("SELECT * FROM walks ORDER BY date DESC, key LIMIT 1")), None)
    return rows.walk_from_row(row) if row is not None else None


def resident_count(db: Database) -> int:
    """How many residents the register holds."""
    return int(db.execute("SELECT count(*) FROM residents").fetchone()[0])


def ties_between(db: Database, a: str, b: str) -> list[str]:
    """The ids of every tie between records `a` and `b`, either way round, by id."""
    return [
        tie_id
        for (tie_id,) in db.execute(
            "SELECT id FROM ties WHERE (from_id = ? AND to_id = ?)"
            " OR (from_id = ? AND to_id = ?) ORDER BY id",
            [a, b, b, a],
        )
    ]


def upgraded_from(db: Database) -> tuple[int, Path] | None:
    """(old schema version, its backup) when opening `db` just upgraded the register,
    else None: the CLI says so, since the old version is kept beside it."""
    upgraded: tuple[int, Path] | None = getattr(db, "upgraded_from", None)
    return upgraded
