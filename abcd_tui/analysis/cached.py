"""The analysis as the next process reads it: cached in the register per revision.

A second `abcd connectors` (or the app's overview at open) should cost what
`abcd stats` costs, not a graph and its betweenness. So the answers are kept as plain
rows (the fields of `Connector`, `NotYetConnected`, `Introduction` and `Community`,
reasons as ``{"code", "params"}`` with a term as ``{"term": code}``, the same form as
a snapshot's) in the register's `analysis_cache` (`store.cache`), one part each,
under the revision they were computed at (`revision.graph_revision`).

Reading a part costs the revision (one scan per table) and one row; this module
imports neither networkx nor igraph until a part has to be computed. A part that is
missing, stale or damaged is computed from the analysis (`core.analysis_of`, whose
graph and revision are read in one read transaction, so rows are never filed under a
revision they were not computed at) and written back with the parts computed beside
it: the connectors of both kinds, who is not yet connected and the circles come from
one analysis and are written together; introductions are written when first asked.
Reasons are `Reason` objects again when read, in no language (translated at the edge).

Computing takes a minute at 100,000 residents, so whoever waits can pass `progress`:
it is called before each step with the step's name (`STEPS`), its number and how
many there are. One computation at a time per process: a second reader (another
screen of the app) waits for it and then reads its rows from the cache, instead of
building a second graph beside the first.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from abcd_tui.analysis.reasons import Reason, Term
from abcd_tui.analysis.revision import graph_revision
from abcd_tui.domain.records import RecordType
from abcd_tui.store import Database
from abcd_tui.store.cache import cache_parts, cached_part
from abcd_tui.store.database import read_transaction

if TYPE_CHECKING:  # the analysis (networkx, igraph) loads only when a part is computed
    from abcd_tui.analysis.core import Analysis

# Connectors kept per kind: more than any list shows (the CLI's 20, the overview's 5);
# a longer list is computed and then kept at its length.
CACHED_TOP = 50
INTRODUCTIONS_EACH = 3  # the CLI's and the app's suggestions per resident

Row = dict[str, Any]
# Told before each step of a computation: (step, its number from 1, how many steps).
Progress = Callable[[str, int, int], None]
FORMAT = 1  # of the rows below: raise it when their fields change


def revision_text(db: Database) -> str:
    """The register's revision as the cache files its rows under, with the rows'
    `FORMAT`: rows another release wrote in another form are never read."""
    return json.dumps([FORMAT, graph_revision(db)], separators=(",", ":"))


def reason_row(reason: Reason) -> Row:
    """A reason as a row holds it (the snapshot's form)."""
    return {
        "code": reason.code,
        "params": {
            k: {"term": v.code} if isinstance(v, Term) else v for k, v in reason.params.items()
        },
    }


def reason_of(row: Row) -> Reason:
    """The `Reason` a row holds."""
    return Reason(
        row["code"],
        {k: Term(v["term"]) if isinstance(v, dict) else v for k, v in row["params"].items()},
    )


def connector_rows(
    db: Database,
    *,
    of: RecordType = RecordType.RESIDENT,
    top: int | None = 20,
    progress: Progress | None = None,
):
    """The connectors of `connectors.connectors` as rows (``node``, ``key``, ``name``,
    ``kind``, ``score``, ``reasons``, ``depends``, ``farther``, ``signals``), best
    first; `top` None for all. `progress`: see the module's docstring."""
    part = f"connectors.{RecordType(of).value}"

    def enough(found: Row) -> bool:
        have = len(found["rows"])
        return have == found["ranked"] or (top is not None and have >= top)

    found = _answer(db, part, enough, lambda analysis: _connectors(analysis, of, top), progress)
    rows = found["rows"] if top is None else found["rows"][:top]
    return [_with_reasons(row) for row in rows]


def not_yet_connected_rows(db: Database, *, progress: Progress | None = None) -> list[Row]:
    """Who is not yet connected (`unconnected.not_yet_connected`) as rows (``node``,
    ``key``, ``name``, ``kind``, ``conditions``, ``reasons``, ``open``)."""
    found = _answer(db, "not_yet_connected", None, _not_yet_connected, progress)
    return [_with_reasons(row) for row in found["rows"]]


def introduction_rows(
    db: Database, *, not_now: bool = False, top: int = INTRODUCTIONS_EACH
) -> list[Row]:
    """Every introduction (`introductions.introductions` without `for_key`) as rows
    (``for``, ``for_key``, ``for_name``, ``meet``, ``meet_key``, ``meet_name``,
    ``meet_kind``, ``score``, ``reasons``, ``consent_first``), best first."""
    part = f"introductions.top={top}.not_now={int(not_now)}"
    found = _answer(db, part, None, lambda analysis: _introductions(analysis, not_now, top))
    return [_with_reasons(row) for row in found["rows"]]


def community_rows(db: Database) -> list[Row]:
    """The circles of two or more (`Analysis.communities`) as rows: ``number``,
    ``name``, ``size``, ``residents``, ``members`` (keys), ``groups`` (``key``,
    ``name``, ``residents``), ``streets``, ``neighbourhoods``, ``gifts``."""
    return list(_answer(db, "communities", None, _communities)["rows"])


def _with_reasons(row: Row) -> Row:
    return {**row, "reasons": [reason_of(r) for r in row["reasons"]]}


def _answer(
    db: Database,
    part: str,
    enough: Callable[[Row], bool] | None,
    compute: Callable[[Analysis], Row],
    progress: Progress | None = None,
) -> Row:
    """`part` as cached at the register's revision, else computed and cached."""
    found = _cached(db, part, enough)
    if found is not None:
        return found
    with _computing:
        # Someone else may have computed it while this one waited.
        found = _cached(db, part, enough)
        if found is not None:
            return found
        return _compute(db, part, compute, progress or _silent)


def _cached(db: Database, part: str, enough: Callable[[Row], bool] | None) -> Row | None:
    with read_transaction(db):
        raw = cached_part(db, part, revision_text(db))
    if raw is None:
        return None
    try:
        found = json.loads(raw)
    except ValueError:  # damaged: computed and written again
        return None
    if isinstance(found, dict) and "rows" in found and (enough is None or enough(found)):
        return found
    return None


def _compute(
    db: Database, part: str, compute: Callable[[Analysis], Row], progress: Progress
) -> Row:
    from abcd_tui.analysis.core import analysis_of

    steps = [part] if part not in _TOGETHER else [part, *(p for p in _TOGETHER if p != part)]
    total = len(steps) + 2  # reading the graph first, writing the cache last
    progress("graph", 1, total)
    with read_transaction(db):  # the graph and the revision it is filed under, as one
        revision = revision_text(db)
        analysis = analysis_of(db)
    if any(name in _BETWEENNESS for name in steps):
        # Betweenness counts in other processes meanwhile (`Analysis.start_betweenness`),
        # so the parts that do not need it come first and the connectors last.
        analysis.start_betweenness()
        steps.sort(key=lambda name: name in _BETWEENNESS)
    parts: dict[str, Row] = {}
    for number, name in enumerate(steps, start=2):
        progress(_step_name(name), number, total)
        parts[name] = compute(analysis) if name == part else _TOGETHER[name](analysis)
    progress("save", total, total)
    cache_parts(
        db,
        revision,
        revision_text,
        {name: json.dumps(value, ensure_ascii=False).encode() for name, value in parts.items()},
    )
    return parts[part]


def _step_name(part: str) -> str:
    """The step a part is computed in (`STEPS`): introductions of every kind are one."""
    return "introductions" if part.startswith("introductions.") else part.replace(".", "_")


def _silent(step: str, number: int, steps: int) -> None:
    """No one to tell."""


# One computation at a time in this process (see the module's docstring).
_computing = threading.Lock()


def _connectors(analysis: Analysis, of: RecordType, top: int | None) -> Row:
    from abcd_tui.analysis.connectors import before_betweenness, connectors, ranking

    before_betweenness(analysis)  # both kinds, while betweenness may still be counting
    shown = None if top is None else max(top, CACHED_TOP)
    found = connectors(analysis, of=of, top=shown)
    return {
        "ranked": len(ranking(analysis, RecordType(of)).ranked),
        "rows": [
            {
                "node": c.node,
                "key": c.key,
                "name": c.name,
                "kind": c.kind,
                "score": c.score,
                "reasons": [reason_row(r) for r in c.reasons],
                "depends": c.depends,
                "farther": c.farther,
                "signals": c.signals,
            }
            for c in found
        ],
    }


def _not_yet_connected(analysis: Analysis) -> Row:
    from abcd_tui.analysis.unconnected import not_yet_connected

    return {
        "rows": [
            {
                "node": e.node,
                "key": e.key,
                "name": e.name,
                "kind": e.kind,
                "conditions": e.conditions,
                "reasons": [reason_row(r) for r in e.reasons],
                "open": e.open,
            }
            for e in not_yet_connected(analysis)
        ]
    }


def _introductions(analysis: Analysis, not_now: bool, top: int) -> Row:
    from abcd_tui.analysis.introductions import introductions

    return {
        "rows": [
            {
                "for": i.for_,
                "for_key": i.for_key,
                "for_name": analysis.name(i.for_),
                "meet": i.meet,
                "meet_key": i.meet_key,
                "meet_name": i.meet_name,
                "meet_kind": i.meet_kind,
                "score": i.score,
                "reasons": [reason_row(r) for r in i.reasons],
                "consent_first": i.consent_first,
            }
            for i in introductions(analysis, not_now=not_now, top=top)
        ]
    }


def _communities(analysis: Analysis) -> Row:
    key, name = analysis.key, analysis.name
    return {
        "rows": [
            {
                "number": c.number,
                "name": c.name,
                "size": len(c.members),
                "residents": c.residents,
                "members": [key(m) for m in c.members],
                "groups": [{"key": key(g), "name": name(g), "residents": n} for g, n in c.groups],
                "streets": [{"street": s, "residents": n} for s, n in c.streets],
                "neighbourhoods": [
                    {"neighbourhood": s, "residents": n} for s, n in c.neighbourhoods
                ],
                "gifts": [{"gift": g, "residents": n} for g, n in c.gifts],
            }
            # A community of one is a resident with no ties: `abcd isolated` lists them.
            for c in analysis.communities
            if len(c.members) > 1
        ]
    }


# The parts one analysis answers at little more than the cost of one of them: written
# together when any of them is computed.
_TOGETHER: dict[str, Callable[[Analysis], Row]] = {
    "connectors.resident": lambda a: _connectors(a, RecordType.RESIDENT, CACHED_TOP),
    "connectors.group": lambda a: _connectors(a, RecordType.GROUP, CACHED_TOP),
    "not_yet_connected": _not_yet_connected,
    "communities": _communities,
}

# The parts that wait for betweenness: computed after the others (see `_compute`).
_BETWEENNESS = ("connectors.resident", "connectors.group")

# Every step `progress` is told of, in the order they run when the overview asks.
STEPS = (
    "graph",
    "not_yet_connected",
    "communities",
    "connectors_resident",
    "connectors_group",
    "introductions",
    "save",
)
