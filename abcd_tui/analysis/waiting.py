"""The residents not yet connected as the app works through them: each with what they
can give and the introductions worth making (for those who said "not now" too),
declined ones left out. Read with `Register.read(waiting_residents)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from abcd_tui.analysis.core import analysis_of
from abcd_tui.analysis.introductions import Introduction, introductions
from abcd_tui.analysis.unconnected import NotYetConnected, not_yet_connected
from abcd_tui.domain.records import RecordType
from abcd_tui.store import Database, reads

TOP = 5  # introductions per resident: room to decline a few
GIFT_FIELDS = ("head", "hands", "heart", "offers")
OPENNESS_ORDER = {"not_now": 1, "no": 2}  # "yes" and "unknown" first


@dataclass
class Waiting:
    """A resident not yet connected: why, what they can give, whom they could meet."""

    entry: NotYetConnected
    gifts: list[str] = field(default_factory=list)
    introductions: list[Introduction] = field(default_factory=list)
    # With those who said "not now" put forward too (the screen's `n` toggle).
    with_not_now: list[Introduction] = field(default_factory=list)


def waiting_residents(db: Database, top: int = TOP) -> list[Waiting]:
    """The residents not yet connected with their introductions (for "not now" too: the
    screen shows those on request), declined ones left out; whom an introduction can be
    made for first."""
    analysis = analysis_of(db)
    declined = reads.declined(db)
    nodes = analysis.graph.nodes
    found = {
        e.node: Waiting(e, list(dict.fromkeys(p for f in GIFT_FIELDS for p in nodes[e.node][f])))
        for e in not_yet_connected(analysis)
        if e.kind == RecordType.RESIDENT
    }
    for not_now in (False, True):
        for intro in introductions(analysis, not_now=not_now, top=top):
            if intro.for_ in found and (intro.for_, intro.meet) not in declined:
                waiting = found[intro.for_]
                (waiting.with_not_now if not_now else waiting.introductions).append(intro)
    # Whom an introduction can be made for first; within that, the analysis' order.
    return sorted(found.values(), key=lambda w: OPENNESS_ORDER.get(w.entry.open or "", 0))
