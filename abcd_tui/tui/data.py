"""What the overview shows, gathered off the UI thread (one connection per worker)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from abcd_tui.store import open_database, reads


@dataclass
class Counts:
    """The register's figures: quick, shown first."""

    stats: reads.Stats
    last_walk: str | None  # "2026-03-02 · Kerkbuurt"


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


def load_counts(db_path: Path) -> Counts:
    db = open_database(db_path, create=False)
    try:
        walk = next(
            iter(db.execute("SELECT date, area FROM walks ORDER BY date DESC, key LIMIT 1")),
            None,
        )
        return Counts(reads.stats(db), f"{walk[0]} · {walk[1]}" if walk else None)
    finally:
        db.close()


def load_connections(db_path: Path, top: int = 5) -> Connections:
    from abcd_tui.analysis import analysis_of, connectors, not_yet_connected

    db = open_database(db_path, create=False)
    try:
        analysis = analysis_of(db)
        found = connectors(analysis, top=top)
        waiting = [e for e in not_yet_connected(analysis) if e.kind == "resident"]
        residents = db.execute("SELECT count(*) FROM residents").fetchone()[0]
        return Connections([(c.key, c.name, c.score) for c in found], len(waiting), residents)
    finally:
        db.close()
