"""Introductions for a whole map go neighbourhood by neighbourhood, forgetting each
one's look-ups when done: the list is the one the plain way gives (every resident in
the not-yet-connected order, every look-up remembered)."""

from __future__ import annotations

import pytest

from abcd_tui.analysis.core import analysis_of, forget_analyses
from abcd_tui.analysis.introductions import (
    analysis_matcher,
    declined_by_resident,
    introductions,
)
from abcd_tui.analysis.unconnected import not_yet_connected
from abcd_tui.demo import make_demo
from abcd_tui.domain.records import Openness, RecordType, Resident
from abcd_tui.store import open_database, writes
from abcd_tui.store.database import write_transaction
from tests.hostile import make_hostile_register


def plain(analysis, not_now: bool) -> list:
    allowed = {Openness.YES, Openness.UNKNOWN} | ({Openness.NOT_NOW} if not_now else set())
    matcher, declined = analysis_matcher(analysis), declined_by_resident(analysis)
    found = [
        i
        for e in not_yet_connected(analysis)
        if e.kind == RecordType.RESIDENT and e.open in allowed
        for i in matcher.introductions_for(e.node, 3, declined.get(e.node, frozenset()), not_now)
    ]
    found.sort(key=lambda i: (-i.score, i.for_key, i.meet))
    return found


@pytest.mark.parametrize("register", ["demo", "hostile"])
def test_neighbourhood_by_neighbourhood_gives_the_plain_list(tmp_path, register):
    path = tmp_path / "t.db"
    if register == "demo":
        db = open_database(path)
        make_demo(db, size=150)
    else:
        make_hostile_register(path, size=40)
        db = open_database(path, create=False)
    with write_transaction(db):  # someone without a neighbourhood looks everywhere
        writes.save_resident(db, Resident(name="Zonder Wijk", key="zonder", needs=["koken"]))
    forget_analyses()
    analysis = analysis_of(db)
    for not_now in (False, True):
        found = introductions(analysis, not_now=not_now)
        assert found and any(i.for_key == "zonder" for i in found)
        assert len({analysis.graph.nodes[i.for_]["neighbourhood"] for i in found}) > 1
        assert found == plain(analysis_of(db), not_now)
    db.close()
