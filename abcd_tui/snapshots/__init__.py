"""Snapshots: the graph and its analysis frozen at a moment, compared over time.

Headless. `take_snapshot(db, label)` freezes the register (see `freeze`) and stores it;
`compare(a, b)` tells what changed between two snapshot documents.
"""

from __future__ import annotations

from abcd_tui.analysis.core import paused_garbage_collector
from abcd_tui.domain.errors import UserError
from abcd_tui.snapshots.compare import CommunityRef, Comparison, compare
from abcd_tui.snapshots.freeze import HEADLINE, OnStage, freeze, streamed, thawed_reason
from abcd_tui.store import Database
from abcd_tui.store.snapshots import (
    SnapshotInfo,
    check_label,
    find_snapshot,
    list_snapshots,
    previous_snapshot,
    save_snapshot,
    snapshot_document,
)

__all__ = [
    "HEADLINE",
    "CommunityRef",
    "Comparison",
    "SnapshotInfo",
    "compare",
    "compare_snapshots",
    "find_snapshot",
    "freeze",
    "list_snapshots",
    "previous_snapshot",
    "snapshot_document",
    "take_snapshot",
    "thawed_reason",
]


def take_snapshot(
    db: Database, label: str = "", *, progress: OnStage | None = None
) -> SnapshotInfo:
    """Freeze the register in `db` and keep it, labelled, as a new snapshot."""
    check_label(label)  # before a second of freezing, not after
    document = streamed(db, progress=progress)
    with paused_garbage_collector():  # the long lists are made while they are written
        return save_snapshot(db, label, document)


def compare_snapshots(db: Database, ref_a: str, ref_b: str) -> Comparison:
    """Compare the snapshots `ref_a` and `ref_b` (as `find_snapshot` reads them), the
    older first whichever order they are given in."""
    a, b = find_snapshot(db, ref_a), find_snapshot(db, ref_b)
    if a.id == b.id:
        raise UserError("snapshot.same")
    if (a.created, a.id) > (b.created, b.id):
        a, b = b, a
    return compare(
        snapshot_document(db, a.id),
        snapshot_document(db, b.id),
        info_a=a.as_json(),
        info_b=b.as_json(),
    )
