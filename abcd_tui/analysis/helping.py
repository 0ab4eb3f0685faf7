"""Who can help with a need, as the app lists them: the residents and groups whose
aanbod or gifts fit, with the reasons in words. Read with
`Register.read(helpers_for, need)`; the analysis is cached per graph revision, so after
the first look-up only phrases are matched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from abcd_tui.analysis.core import analysis_of
from abcd_tui.analysis.introductions import who_can_help
from abcd_tui.i18n import reason_text
from abcd_tui.store import Database, graph_rows

TOP = 30


@dataclass
class HelperView:
    """One resident or group who could help, with the reasons in words."""

    key: str
    name: str
    kind: str
    reasons: list[str]
    consent_first: bool = False  # a resident whose consent is not recorded: ask first
    street: str = ""  # where they are: what tells two of one name apart
    address: str = ""  # only for namesakes on one street: what tells them apart then


def helpers_for(db: Database, need: str, top: int = TOP) -> list[HelperView]:
    """Who could help with `need` (an empty need finds nobody). The analysis is built
    even then, so the first real look-up is quick."""
    analysis = analysis_of(db)
    if not need.strip():
        return []
    nodes = analysis.graph.nodes
    helpers = who_can_help(analysis, need, top=top)
    found = [
        HelperView(
            h.key,
            h.name,
            h.kind,
            [reason_text(r) for r in h.reasons],
            h.consent_first,
            street=nodes[h.node].get("street", "") if h.node in nodes else "",
        )
        for h in helpers
    ]
    # Two "Jan de Vries" on one street: the house tells them apart (the graph keeps
    # streets only, so the addresses of these few are read).
    shared = Counter((view.name, view.street) for view in found)
    alike = [
        h.node for h, view in zip(helpers, found, strict=True) if shared[view.name, view.street] > 1
    ]
    if alike:
        addresses = graph_rows.addresses_of(db, alike)
        for h, view in zip(helpers, found, strict=True):
            if shared[view.name, view.street] > 1:
                view.address = addresses.get(h.node, "")
    return found
