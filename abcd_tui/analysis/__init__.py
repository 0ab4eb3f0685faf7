"""The connection graph and what it tells: connectors, who is not yet connected, who
depends on whom, brokerage, communities, introductions and who can help.

Headless (no Textual): every function takes an `Analysis` (from `analysis_of(db)`,
cached per graph revision) and returns plain dataclasses. `full_report(db)` computes
everything, as the app's overview and the benchmark do.
"""

from __future__ import annotations

from dataclasses import dataclass

from abcd_tui.analysis.brokerage import brokerage
from abcd_tui.analysis.communities import Community
from abcd_tui.analysis.connectors import Connector, connectors
from abcd_tui.analysis.core import Analysis, analysis_of, paused_garbage_collector
from abcd_tui.analysis.graph import build_graph
from abcd_tui.analysis.introductions import Helper, Introduction, introductions, who_can_help
from abcd_tui.analysis.reasons import Reason, Term
from abcd_tui.analysis.unconnected import NotYetConnected, not_yet_connected
from abcd_tui.domain.records import RecordType
from abcd_tui.store import Database

__all__ = [
    "Analysis",
    "Community",
    "Connector",
    "Helper",
    "Introduction",
    "NotYetConnected",
    "Reason",
    "Report",
    "Term",
    "analysis_of",
    "brokerage",
    "build_graph",
    "connectors",
    "full_report",
    "introductions",
    "not_yet_connected",
    "who_can_help",
]


@dataclass
class Report:
    """Everything the analysis answers about one register."""

    residents: list[Connector]
    groups: list[Connector]
    not_yet_connected: list[NotYetConnected]
    introductions: list[Introduction]
    communities: list[Community]
    fragmentation: float


def full_report(db: Database, *, top: int = 20) -> Report:
    """Every measure, from the store: what `benchmarks/bench_analysis.py` times."""
    analysis = analysis_of(db)
    with paused_garbage_collector():
        return Report(
            residents=connectors(analysis, top=top),
            groups=connectors(analysis, of=RecordType.GROUP, top=top),
            not_yet_connected=not_yet_connected(analysis),
            introductions=introductions(analysis),
            communities=analysis.communities,
            fragmentation=analysis.cuts.fragmentation(),
        )
