"""What the app watches to notice that another program changed the register.

The change counter (`changes.revision`) is raised by every write transaction but a
snapshot's (a snapshot leaves the register as it was, so the analysis is not
recomputed); a forget raises `changes.forgets`. A snapshot taken or deleted elsewhere
shows in the snapshots' count and newest time. One row, cheap enough to ask every
couple of seconds.
"""

from __future__ import annotations

from sqlite_utils import Database


def register_mark(db: Database) -> tuple[int, int, int, str]:
    """(revision, forgets, snapshots, newest snapshot's time): equal means unchanged."""
    row = db.execute(
        "SELECT c.revision, c.forgets, count(s.id), coalesce(max(s.created), '')"
        " FROM changes c LEFT JOIN snapshots s ON 1"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2]), str(row[3])
