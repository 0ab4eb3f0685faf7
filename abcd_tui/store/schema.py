"""The database schema, as a list of migrations. The one place the tables are defined.

`PRAGMA user_version` holds the number of migrations applied. A newer release opens an
older database and applies the missing migrations in place, after a backup copy (see
`database.open_database`). Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from abcd_tui.domain.records import new_id
from abcd_tui.domain.text import clean_text, match_key


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    (sqlite3's executescript() would COMMIT first, breaking the upgrade's atomicity.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


# Shared columns of every record: identity, human key, history, author.
_RECORD_COLUMNS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    recorded_by TEXT NOT NULL DEFAULT ''
"""


def _schema_1(conn: sqlite3.Connection) -> None:
    """The first schema: residents, groups, ties, walks.

    `records` is the supertable of everything a tie can join, so ties have real foreign
    keys and forgetting a resident removes their ties (ON DELETE CASCADE).
    """
    _run_script(
        conn,
        f"""
        CREATE TABLE records (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('resident', 'group'))
        );
        CREATE TABLE walks (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            date TEXT NOT NULL,
            area TEXT NOT NULL DEFAULT '',
            builders TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            {_RECORD_COLUMNS}
        );
        CREATE TABLE residents (
            id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            address TEXT NOT NULL DEFAULT '',
            neighbourhood TEXT NOT NULL DEFAULT '',
            age_band TEXT,
            head TEXT NOT NULL DEFAULT '[]',
            hands TEXT NOT NULL DEFAULT '[]',
            heart TEXT NOT NULL DEFAULT '[]',
            interests TEXT NOT NULL DEFAULT '[]',
            offers TEXT NOT NULL DEFAULT '[]',
            needs TEXT NOT NULL DEFAULT '[]',
            open_to_introductions TEXT NOT NULL DEFAULT 'unknown'
                CHECK (open_to_introductions IN ('yes', 'not_now', 'no', 'unknown')),
            consent INTEGER CHECK (consent IN (0, 1)),
            consent_date TEXT,
            notes TEXT NOT NULL DEFAULT '',
            walk_id TEXT REFERENCES walks(id) ON DELETE SET NULL,
            {_RECORD_COLUMNS}
        );
        CREATE TABLE groups (
            id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            kind TEXT NOT NULL
                CHECK (kind IN ('association', 'institution', 'place', 'business')),
            address TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            contact_id TEXT REFERENCES residents(id) ON DELETE SET NULL,
            {_RECORD_COLUMNS}
        );
        CREATE TABLE ties (
            id TEXT PRIMARY KEY,
            from_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            to_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            strength TEXT CHECK (strength IN ('weak', 'strong')),
            since TEXT,
            note TEXT NOT NULL DEFAULT '',
            {_RECORD_COLUMNS},
            CHECK (from_id <> to_id),
            UNIQUE (from_id, to_id, kind)
        );
        CREATE INDEX ties_to ON ties(to_id);
        CREATE INDEX residents_walk ON residents(walk_id);
        CREATE INDEX groups_contact ON groups(contact_id);
        """,
    )


def _schema_2(conn: sqlite3.Connection) -> None:
    """The growing gift vocabulary: every phrase ever recorded, for autocomplete.

    Filled from the residents already in the database, so an upgraded database
    suggests what its team typed before.
    """
    _run_script(
        conn,
        """
        CREATE TABLE vocabulary (
            match_key TEXT PRIMARY KEY,
            phrase TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )
    rows = conn.execute(
        """
        SELECT j.value FROM residents r,
            json_each(json_array(json(r.head), json(r.hands), json(r.heart),
                json(r.interests), json(r.offers), json(r.needs))) f,
            json_each(f.value) j
        ORDER BY r.created_at, r.id
        """
    ).fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO vocabulary (match_key, phrase) VALUES (?, ?)",
        ((match_key(p), clean_text(p)) for (p,) in rows if match_key(p)),
    )


def _schema_3(conn: sqlite3.Connection) -> None:
    """A change counter: every write transaction raises it by one (see
    `database.write_transaction`), so the analysis knows exactly when to recompute."""
    _run_script(
        conn,
        """
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            revision INTEGER NOT NULL
        );
        INSERT INTO changes (id, revision) VALUES (1, 0);
        """,
    )


def _schema_4(conn: sqlite3.Connection) -> None:
    """Meetings: every walk on which a resident was met, not only the latest.

    `residents.walk_id` keeps pointing at the walk where we met them last; each
    meeting is kept here, so a revisit adds a row instead of overwriting history.
    Filled from the walk_id of the residents already recorded."""
    _run_script(
        conn,
        f"""
        CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            walk_id TEXT NOT NULL REFERENCES walks(id) ON DELETE CASCADE,
            resident_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            {_RECORD_COLUMNS},
            UNIQUE (walk_id, resident_id)
        );
        CREATE INDEX meetings_resident ON meetings(resident_id);
        """,
    )
    rows = conn.execute(
        "SELECT r.id, r.walk_id, r.created_at, r.recorded_by FROM residents r "
        "JOIN walks w ON w.id = r.walk_id ORDER BY r.created_at, r.id"
    ).fetchall()
    conn.executemany(
        "INSERT INTO meetings (id, walk_id, resident_id, created_at, updated_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        ((new_id(), walk, resident, at, at, by) for resident, walk, at, by in rows),
    )


def _schema_5(conn: sqlite3.Connection) -> None:
    """Declined introductions: 'not this one' for a resident, so it is not offered again."""
    _run_script(
        conn,
        f"""
        CREATE TABLE declined (
            id TEXT PRIMARY KEY,
            resident_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            other_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            {_RECORD_COLUMNS},
            UNIQUE (resident_id, other_id)
        );
        """,
    )


def _schema_6(conn: sqlite3.Connection) -> None:
    """Snapshots: the graph and its analysis frozen at one moment, to compare over time.

    `data` is one JSON document (see `abcd_tui.snapshots`); `summary` its headline
    figures, so the list and the chart over time never parse the documents. A snapshot
    is never changed afterwards: the trigger refuses every UPDATE, except the one
    forgetting a person makes (`store.forget`), which must raise `scrubs` and may only
    change the content (the person out of it, their name out of the label), never the
    id, time or revision. Deleting a whole snapshot stays possible.
    `changes.forgets` counts those erasures, so an app that still holds an undo history
    from before one knows to drop it.
    """
    _run_script(
        conn,
        """
        CREATE TABLE snapshots (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            revision INTEGER NOT NULL,
            summary TEXT NOT NULL,
            data TEXT NOT NULL,
            scrubs INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX snapshots_created ON snapshots(created);
        CREATE TRIGGER snapshots_never_change BEFORE UPDATE ON snapshots
        WHEN NEW.scrubs <= OLD.scrubs OR NEW.id IS NOT OLD.id
            OR NEW.created IS NOT OLD.created OR NEW.revision IS NOT OLD.revision
        BEGIN
            SELECT RAISE(ABORT, 'a snapshot is never changed');
        END;
        ALTER TABLE changes ADD COLUMN forgets INTEGER NOT NULL DEFAULT 0;
        """,
    )


def walk_start_key(day: str, area: str, builder: str) -> str:
    """What makes a walk the same walk: its day, its area and who walks, as typed in any
    case or spacing ("Het Veld" and "het veld " are one area)."""
    return f"{day}|{match_key(area)}|{match_key(builder)}"


def _schema_7(conn: sqlite3.Connection) -> None:
    """Walks that last: one walk per day, area and builder, and when it was ended.

    `start_key` (see `walk_start_key`) is unique, so two starts of the same walk (after
    a restart, or two processes at once) find one record. Walks already recorded get
    theirs; of earlier duplicates (restarts made `...-2`, `...-3`) the one with the most
    meetings keeps it, the others keep no key and stay as they are.
    """
    _run_script(
        conn,
        """
        ALTER TABLE walks ADD COLUMN ended_at TEXT;
        ALTER TABLE walks ADD COLUMN start_key TEXT;
        CREATE UNIQUE INDEX walks_start ON walks(start_key);
        """,
    )
    rows = conn.execute(
        "SELECT w.id, w.date, w.area, w.builders FROM walks w"
        " ORDER BY (SELECT count(*) FROM meetings m WHERE m.walk_id = w.id) DESC,"
        " w.created_at, w.rowid"
    ).fetchall()
    taken: set[str] = set()
    for walk_id, day, area, builders in rows:
        key = walk_start_key(day, area, ", ".join(json.loads(builders)))
        if key not in taken:
            taken.add(key)
            conn.execute("UPDATE walks SET start_key = ? WHERE id = ?", [key, walk_id])


def _schema_8(conn: sqlite3.Connection) -> None:
    """The analysis cached per register revision (`store.cache`): one row per part
    (connectors, introductions, ...), zlib-compressed JSON, with the revision it was
    computed at. Never a record: a forget empties it, a new revision replaces it."""
    _run_script(
        conn,
        """
        CREATE TABLE analysis_cache (
            part TEXT PRIMARY KEY,
            revision TEXT NOT NULL,
            data BLOB NOT NULL
        );
        """,
    )


def _schema_9(conn: sqlite3.Connection) -> None:
    """What each imported resident and tie was last written from, so importing the same
    file again skips its unchanged rows without reading them (`store.importer.known`).

    `hash` is a digest of the row's cells and header; `version` the record's version as
    the import wrote it (any later edit raises the version, and the hash no longer
    counts); `ends`, for a tie, a digest of the keys its two ends had then. A record that
    goes (deleted or forgotten) takes its row here with it.
    """
    _run_script(
        conn,
        """
        CREATE TABLE imported (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL,
            version INTEGER NOT NULL,
            ends TEXT
        ) WITHOUT ROWID;
        CREATE TRIGGER imported_resident_gone AFTER DELETE ON residents
        BEGIN
            DELETE FROM imported WHERE id = OLD.id;
        END;
        CREATE TRIGGER imported_tie_gone AFTER DELETE ON ties
        BEGIN
            DELETE FROM imported WHERE id = OLD.id;
        END;
        """,
    )


def _schema_10(conn: sqlite3.Connection) -> None:
    """Who was forgotten here, as digests of their record ids (`store.forget`), so that a
    register restored from a copy made before a forget forgets them again
    (`store.backup.restore`), as a copy from another laptop will have to. A digest of a
    random id: it names nobody and cannot be guessed from a name, yet a copy that still
    holds the record is recognised by it. The day it happened, no time of day.
    """
    _run_script(
        conn,
        """
        CREATE TABLE forgotten (
            digest TEXT PRIMARY KEY,
            day TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )


def _schema_11(conn: sqlite3.Connection) -> None:
    """Whether a meeting was with someone already known (`again`: 1) or someone new (0),
    as the walk form said when it recorded it. Before, it was inferred from times kept
    to the second, so a person recorded by another program in the second a walk began
    counted as new. NULL for older meetings: they keep the inferred answer.
    """
    _run_script(conn, "ALTER TABLE meetings ADD COLUMN again INTEGER;")


def _schema_12(conn: sqlite3.Connection) -> None:
    """A change made outside our code that leaves a row's version and time as they were
    (a script's plain `UPDATE residents SET name = ...`) raises the change counter, as
    our own writes do: the fingerprint (`graph_rows.fingerprint`) sees added and deleted
    rows and changed versions or times, not such an edit, and the analysis cached in the
    register would have kept the old name for every next process. Our own updates raise
    the version, so the triggers stay quiet for them (a WHEN clause per updated row).
    """
    _run_script(
        conn,
        "\n".join(
            f"""
            CREATE TRIGGER {table}_changed_outside AFTER UPDATE ON {table}
            WHEN NEW.version IS OLD.version AND NEW.updated_at IS OLD.updated_at
            BEGIN
                UPDATE changes SET revision = revision + 1;
            END;
            """
            for table in ("residents", "groups", "ties")
        ),
    )


# The ties a walk made, as they were inferred before `walk_ties` kept them: ties of
# someone met on it, recorded between its start and its end (a walk never ended: the
# end of the day it started). Right for a walk alone; a tie another program recorded
# for one of them while the walk was open counted too (an import of memberships).
_INFERRED_WALK_TIES = """
    WITH ends AS (
        SELECT w.id AS walk_id, t.id AS tie_id, t.created_at, w.created_at AS started,
            coalesce(w.ended_at, date(w.created_at, '+1 day')) AS ended
        FROM walks w JOIN meetings m ON m.walk_id = w.id
        JOIN ties t ON t.from_id = m.resident_id
        UNION ALL
        SELECT w.id, t.id, t.created_at, w.created_at,
            coalesce(w.ended_at, date(w.created_at, '+1 day'))
        FROM walks w JOIN meetings m ON m.walk_id = w.id
        JOIN ties t ON t.to_id = m.resident_id
    )
    SELECT DISTINCT walk_id, tie_id FROM ends
    WHERE created_at >= started AND created_at <= ended
    ORDER BY walk_id, tie_id
"""


def fill_walk_ties(conn: sqlite3.Connection) -> int:
    """Note for each walk the ties it made, by the old inference (`_INFERRED_WALK_TIES`):
    for the walks recorded before `walk_ties` (the migration) and for the demo's walks,
    which are written in bulk. Inside the caller's transaction; returns how many."""
    found = conn.execute(_INFERRED_WALK_TIES).fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO walk_ties (id, walk_id, tie_id) VALUES (?, ?, ?)",
        [(new_id(), walk_id, tie_id) for walk_id, tie_id in found],
    )
    return len(found)


def _schema_13(conn: sqlite3.Connection) -> None:
    """The ties a walk made, kept as the walk form makes them (`actions.record_visit`).
    Before, they were inferred from times, so a tie another program recorded for
    someone met while the walk was open (`abcd import --ties`) counted as the walk's.
    The walks recorded before keep what the inference found (`fill_walk_ties`). A row
    goes with its walk or its tie; it has an `id` of its own so undo and redo carry it
    as every other row (`writes.restore_rows`)."""
    _run_script(
        conn,
        """
        CREATE TABLE walk_ties (
            id TEXT PRIMARY KEY,
            walk_id TEXT NOT NULL REFERENCES walks(id) ON DELETE CASCADE,
            tie_id TEXT NOT NULL REFERENCES ties(id) ON DELETE CASCADE,
            UNIQUE (walk_id, tie_id)
        );
        CREATE INDEX walk_ties_tie ON walk_ties(tie_id);
        """,
    )
    fill_walk_ties(conn)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _schema_1,
    _schema_2,
    _schema_3,
    _schema_4,
    _schema_5,
    _schema_6,
    _schema_7,
    _schema_8,
    _schema_9,
    _schema_10,
    _schema_11,
    _schema_12,
    _schema_13,
]
SCHEMA_VERSION = len(MIGRATIONS)
