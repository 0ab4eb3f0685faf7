"""The analysis cached in the register, per revision, for the next process to read.

The `analysis_cache` table (schema 8) holds one row per part of the analysis
(`analysis.cached` names them: connectors, introductions, ...): the part's JSON,
zlib-compressed, and the revision of the register it was computed at. A part is read
only when its revision is the register's now, so a write by anyone (the app, a script,
a second laptop) makes every row stale at once; the next write of the cache drops them.

Written in one transaction, so a half-written cache is never read, and only when the
register is still at the revision the parts were computed at (checked inside that
transaction, which holds the write lock): a process that analysed the register before
someone forgot a resident can never put their name back. `store.forget` empties the
table in its own transaction. Writing the cache is not a change of the register (the
change counter stays), and it never waits long for another writer: a cache that
cannot be written now is simply computed again next time.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable, Mapping

from sqlite_utils import Database

from abcd_tui.store.database import BUSY_TIMEOUT_S

# Fast: at 100,000 residents the parts are tens of megabytes of JSON, and level 1
# already takes them to a tenth or less.
COMPRESSION = 1
# How long a cache write waits for another process's write lock before it gives up.
WRITE_WAIT_MS = 200


def cached_part(db: Database, part: str, revision: str) -> bytes | None:
    """The JSON of `part` as cached at `revision`, or None: not cached at it, or the
    row is damaged (it is then computed and written again)."""
    try:
        row = db.execute(
            "SELECT data FROM analysis_cache WHERE part = ? AND revision = ?", [part, revision]
        ).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    try:
        return zlib.decompress(row[0])
    except (zlib.error, TypeError):
        return None


def cache_parts(
    db: Database, revision: str, current: Callable[[Database], str], parts: Mapping[str, bytes]
) -> bool:
    """Store `parts` (part -> JSON bytes) as computed at `revision`, in one transaction,
    dropping every row of another revision. Only if `current(db)` is still `revision`
    once the write lock is held; False when not written (changed meanwhile, another
    writer busy, a read-only file)."""
    conn = db.conn
    if conn.in_transaction:  # inside someone's transaction: never commit theirs
        return False
    try:
        conn.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    try:
        if current(db) != revision:
            conn.execute("ROLLBACK")
            return False
        conn.execute("DELETE FROM analysis_cache WHERE revision != ?", [revision])
        conn.executemany(
            "INSERT OR REPLACE INTO analysis_cache (part, revision, data) VALUES (?, ?, ?)",
            [(part, revision, zlib.compress(data, COMPRESSION)) for part, data in parts.items()],
        )
        conn.execute("COMMIT")
        return True
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return False


def clear_cache(db: Database) -> None:
    """Empty the cache, inside the caller's transaction (a forget's)."""
    db.execute("DELETE FROM analysis_cache")
