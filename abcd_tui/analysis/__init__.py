"""The connection graph and what it tells: connectors, who is not yet connected, who
depends on whom, brokerage, communities, introductions and who can help.

Headless (no Textual): every function takes an `Analysis` (from `analysis_of(db)`,
cached per graph revision) and returns plain dataclasses. `full_report(db)` computes
everything, as the benchmark does; `cached` keeps the answers in the register for the
next process (the CLI, the app's overview at open).
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from abcd_tui.domain.records import RecordType

if TYPE_CHECKING:
    from abcd_tui.analysis.brokerage import brokerage
    from abcd_tui.analysis.communities import Community
    from abcd_tui.analysis.connectors import Connector, connectors
    from abcd_tui.analysis.core import Analysis, analysis_of
    from abcd_tui.analysis.graph import build_graph
    from abcd_tui.analysis.introductions import Helper, Introduction, introductions, who_can_help
    from abcd_tui.analysis.reasons import Reason, Term
    from abcd_tui.analysis.unconnected import NotYetConnected, not_yet_connected
    from abcd_tui.store import Database

# Where each name below lives. Loaded on first use (PEP 562), so that importing one
# light module of this package (`cached`, `reasons`, `revision`) does not load
# networkx and igraph: a cached answer then costs what `abcd stats` costs.
_HOME = {
    "brokerage": "brokerage",
    "Community": "communities",
    "Connector": "connectors",
    "connectors": "connectors",
    "Analysis": "core",
    "analysis_of": "core",
    "build_graph": "graph",
    "Helper": "introductions",
    "Introduction": "introductions",
    "introductions": "introductions",
    "who_can_help": "introductions",
    "Reason": "reasons",
    "Term": "reasons",
    "NotYetConnected": "unconnected",
    "not_yet_connected": "unconnected",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


class _Package(ModuleType):
    """This package, keeping `connectors` and `introductions` the functions: loading a
    submodule sets the package's attribute of that name to the submodule, which here
    would hide the function of the same name (`__getattr__` is asked only for names
    the package lacks)."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, ModuleType) and name in ("connectors", "introductions"):
            return  # still in sys.modules for `from abcd_tui.analysis.connectors import`
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
    from abcd_tui.analysis.connectors import before_betweenness, connectors
    from abcd_tui.analysis.core import analysis_of, paused_garbage_collector
    from abcd_tui.analysis.introductions import introductions
    from abcd_tui.analysis.unconnected import not_yet_connected

    analysis = analysis_of(db)
    # Betweenness first, in other processes, while this one does everything that does
    # not need it; the connectors, which do, come last.
    analysis.start_betweenness()
    with paused_garbage_collector():
        unconnected = not_yet_connected(analysis)
        introduced = introductions(analysis)
        communities = analysis.communities
        fragmentation = analysis.cuts.fragmentation()
        before_betweenness(analysis)
        return Report(
            residents=connectors(analysis, top=top),
            groups=connectors(analysis, of=RecordType.GROUP, top=top),
            not_yet_connected=unconnected,
            introductions=introduced,
            communities=communities,
            fragmentation=fragmentation,
        )
