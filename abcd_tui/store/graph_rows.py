"""Lean reads for the connection graph, its revision, the freeze and the export.

The analysis builds a graph of every record: at 100,000 residents and 800,000 ties a
dataclass per row (`reads.residents`, `reads.ties`) would cost more than the graph
itself, so these read only the columns the graph needs, as plain tuples, in id order
(the graph's node order). Still here in the store, so no layer above runs SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from abcd_tui.domain.records import PHRASE_FIELDS
from abcd_tui.store.rows import consent_from

# id, key, name, address, neighbourhood, open_to_introductions, consent, phrase lists
# (in PHRASE_FIELDS order)
ResidentRow = tuple[str, str, str, str, str, str, bool | None, list[list[str]]]
# id, key, name, kind, address, tags, description
GroupRow = tuple[str, str, str, str, str, list[str], str]

# One JSON array of the six phrase lists per row: one decode instead of six.
_PHRASE_LISTS = ", ".join(f"json({f})" for f in PHRASE_FIELDS)
_RESIDENTS = (
    "SELECT id, key, name, address, neighbourhood, open_to_introductions, consent, "
    f"json_array({_PHRASE_LISTS}) FROM residents ORDER BY id"
)
_FINGERPRINT = """
SELECT count(*), coalesce(max(updated_at), ''), coalesce(sum(version), 0),
    coalesce(sum(rowid), 0)
FROM [{table}]
"""


def resident_rows(db: Database) -> Iterator[ResidentRow]:
    """Every resident as the graph needs it (`ResidentRow`), by id."""
    loads = json.loads
    for id_, key, name, address, hood, openness, consent, lists in db.execute(_RESIDENTS):
        yield id_, key, name, address, hood, openness, consent_from(consent), loads(lists)


def group_rows(db: Database) -> Iterator[GroupRow]:
    """Every group as the graph needs it (`GroupRow`), by id."""
    loads = json.loads
    for id_, key, name, kind, address, tags, description in db.execute(
        "SELECT id, key, name, kind, address, tags, description FROM groups ORDER BY id"
    ):
        yield id_, key, name, kind, address, loads(tags), description


def tie_ends(db: Database) -> Iterator[tuple[str, str, str]]:
    """(from_id, to_id, kind) of every tie, in that order.

    Read from the (from_id, to_id, kind) index alone; the strength is a second read
    (`strong_ties`, a quarter of the ties). One query with the strength too reads every
    tie's row through the index: 46 ms instead of 25 + 8 ms at 5,000 residents.
    """
    return iter(db.execute("SELECT from_id, to_id, kind FROM ties ORDER BY from_id, to_id, kind"))


def strong_ties(db: Database) -> Iterator[tuple[str, str]]:
    """(from_id, to_id) of every tie recorded as strong."""
    return iter(db.execute("SELECT from_id, to_id FROM ties WHERE strength = 'strong'"))


def fingerprint(db: Database) -> tuple[tuple[object, ...], ...]:
    """Per table that shapes the graph (residents, groups, ties), computed by SQLite in
    one scan: (count, max(updated_at), sum(version), sum(rowid)). It changes with any
    write, ours or a script's with plain sqlite3. About 5 ms at 5,000 residents."""
    return tuple(
        tuple(db.execute(_FINGERPRINT.format(table=table)).fetchone())
        for table in ("residents", "groups", "ties")
    )


def names_and_addresses(db: Database) -> dict[str, tuple[str, str]]:
    """Record id -> (name, address), residents and groups: what a frozen snapshot
    keeps beside the graph (whose residents carry person tokens, and only streets)."""
    found = {
        id_: (name, address)
        for id_, name, address in db.execute("SELECT id, name, address FROM residents")
    }
    found.update(
        (id_, (name, address))
        for id_, name, address in db.execute("SELECT id, name, address FROM groups")
    )
    return found


def addresses_of(db: Database, ids: list[str]) -> dict[str, str]:
    """Record id -> address, for these residents and groups (the few a list shows)."""
    marks = ", ".join("?" * len(ids))
    return {
        id_: address
        for table in ("residents", "groups")
        for id_, address in db.execute(
            f"SELECT id, address FROM {table} WHERE id IN ({marks})", ids
        )
    }


def consent_now(db: Database) -> dict[str, bool | None]:
    """Resident id -> their consent as it is now (None: not yet asked)."""
    return {
        id_: consent_from(consent)
        for id_, consent in db.execute("SELECT id, consent FROM residents")
    }


def place_of(db: Database) -> str:
    """What names this register in a cache: its file, resolved, or one connection's
    own name for a database in memory."""
    row = db.execute("PRAGMA database_list").fetchone()
    return str(Path(row[2]).resolve()) if row and row[2] else f"memory:{id(db)}"
