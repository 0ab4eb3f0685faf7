"""Reads that help while typing a resident in: who this may already be, which streets
the register knows, which keys are taken, what a named record is."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from abcd_tui.domain.names import LIKELY, normal_name, person_score
from abcd_tui.domain.records import GroupKind, RecordType
from abcd_tui.domain.text import match_key, street_of


@dataclass(frozen=True)
class Candidate:
    """A resident already in the register whom a typed name may mean."""

    id: str
    name: str
    address: str
    last_met: str | None  # the date of the last walk they were met on
    score: int


def likely_same(db: Database, name: str, address: str = "", limit: int = 3) -> list[Candidate]:
    """The residents a typed name (and address) most likely means, best first: those
    scoring `domain.names.LIKELY` or more (see `person_score`)."""
    wanted = normal_name(name)
    if not wanted:
        return []
    people = db.execute("SELECT id, name, address FROM residents").fetchall()
    normal = [normal_name(n) for _, n, _ in people]
    # A cheap first cut over everyone, then the full rule over the few left.
    rough = process.extract(wanted, normal, scorer=fuzz.ratio, score_cutoff=55, limit=50)
    rough += [(n, 100, i) for i, n in enumerate(normal) if n == wanted]
    scored: dict[int, int] = {}
    for _, _, i in rough:
        _, known, known_address = people[i]
        score = person_score(name, address, known, known_address)
        if score >= LIKELY:
            scored[i] = score
    best = sorted(scored, key=lambda i: (-scored[i], people[i][1]))[:limit]
    return [
        Candidate(people[i][0], people[i][1], people[i][2], last_met(db, people[i][0]), scored[i])
        for i in best
    ]


def last_met(db: Database, resident_id: str) -> str | None:
    """The date of the last walk this resident was met on, if any."""
    row = db.execute(
        "SELECT max(w.date) FROM meetings m JOIN walks w ON w.id = m.walk_id"
        " WHERE m.resident_id = ?",
        [resident_id],
    ).fetchone()
    return row[0] if row else None


def streets(db: Database) -> list[str]:
    """Every street the register knows (of residents and groups), in its first-seen
    spelling, alphabetical: what the address field suggests."""
    found: dict[str, str] = {}
    for (address,) in db.execute(
        "SELECT address FROM residents WHERE address <> ''"
        " UNION ALL SELECT address FROM groups WHERE address <> ''"
    ):
        street = street_of(address)
        if street:
            found.setdefault(match_key(street), street)
    return sorted(found.values(), key=match_key)


def resident_keys(db: Database) -> set[str]:
    """The human keys residents have: a new one must be none of these."""
    return {key for (key,) in db.execute("SELECT key FROM residents")}


def record_exists(db: Database, record_id: str) -> bool:
    """Whether the register still holds this record (a resident or a group): another
    program may have deleted or forgotten it since a form opened on it."""
    return db.execute("SELECT 1 FROM records WHERE id = ?", [record_id]).fetchone() is not None


def record_facts(db: Database, record_id: str) -> tuple[RecordType, str, GroupKind | None]:
    """What a tie's default kind depends on: the record's type, address, group kind."""
    row = db.execute(
        "SELECT r.type, coalesce(p.address, g.address, ''), g.kind FROM records r"
        " LEFT JOIN residents p ON p.id = r.id LEFT JOIN groups g ON g.id = r.id"
        " WHERE r.id = ?",
        [record_id],
    ).fetchone()
    if row is None:
        raise KeyError(record_id)
    return RecordType(row[0]), row[1], GroupKind(row[2]) if row[2] else None
