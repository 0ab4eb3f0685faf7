"""The overview's figures: the register's counts (quick) and the analysis' (slower).

Two reads, so the app can show the counts at once and the connectors when the analysis
is ready. Each takes the `Database` first (run it through `Register.read`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from abcd_tui.analysis.cached import Progress, connector_rows, not_yet_connected_rows
from abcd_tui.domain.records import RecordType
from abcd_tui.store import Database, reads
from abcd_tui.store.snapshots import SnapshotInfo, list_snapshots


@dataclass
class Counts:
    """The register's figures: quick, shown first."""

    stats: reads.Headline  # residents, groups, tied pairs
    last_walk: str | None  # "2026-03-02 · Kerkbuurt"
    newest_snapshot: SnapshotInfo | None = None


@dataclass
class Connections:
    """The analysis' figures: shown when the worker has them."""

    top: list[tuple[str, str, float]] = field(default_factory=list)  # key, name, score
    not_yet_connected: int = 0
    residents: int = 0

    @property
    def connected_share(self) -> float:
        if not self.residents:
            return 0.0
        return 1 - self.not_yet_connected / self.residents


def overview_counts(db: Database) -> Counts:
    """The register's counts, its last walk and its newest snapshot."""
    walk = reads.last_walk(db)
    snapshots = list_snapshots(db)
    return Counts(
        reads.headline(db),
        " · ".join(part for part in (walk.date, walk.area) if part) if walk else None,
        snapshots[-1] if snapshots else None,
    )


def overview_connections(
    db: Database, top: int = 5, progress: Progress | None = None
) -> Connections:
    """The `top` connectors, and how many residents are not yet connected: from the
    analysis cached in the register (`cached`), computed and cached when it is not
    (told step by step to `progress`, if given). Run it through `Register.look` (the
    cache is written in its own transaction)."""
    found = connector_rows(db, top=top, progress=progress)
    waiting = [e for e in not_yet_connected_rows(db) if e["kind"] == RecordType.RESIDENT]
    return Connections(
        [(c["key"], c["name"], c["score"]) for c in found], len(waiting), reads.resident_count(db)
    )
