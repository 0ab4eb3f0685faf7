"""The connectors as the app ranks them: residents and groups, each with why they
connect (in words), their groups, the streets, neighbourhoods and communities they
link, and who would be cut off or much farther away without them. Read with
`Register.read(connector_ranking)`; the analysis is cached per graph revision.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from abcd_tui.analysis.circles import community_label
from abcd_tui.analysis.connectors import Connector, connectors
from abcd_tui.analysis.core import analysis_of
from abcd_tui.domain.records import RecordType
from abcd_tui.i18n import reason_text
from abcd_tui.store import Database

TOP = 50  # connectors with reasons: each costs a cut and brokerage look-up


@dataclass
class ConnectorView:
    """One connector as the screen shows it: the analysis' entry with names resolved."""

    key: str
    name: str
    kind: str
    score: float
    reasons: list[str]
    groups: list[str] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    neighbourhoods: list[str] = field(default_factory=list)
    communities: list[str] = field(default_factory=list)  # "2. Esweg": the ones they reach
    depends: list[str] = field(default_factory=list)  # names: cut off without them
    farther: list[str] = field(default_factory=list)  # names: much farther without them


@dataclass
class Ranking:
    """Both lists, loaded together so switching between them needs no worker."""

    residents: list[ConnectorView]
    groups: list[ConnectorView]


def connector_ranking(db: Database, top: int = TOP) -> Ranking:
    """The connectors of the register, from the analysis, names resolved.

    The groups, streets, neighbourhoods and communities around a connector are read
    off the graph's neighbours; every measure (score, reasons, who depends) is the
    analysis' own."""
    analysis = analysis_of(db)
    graph = analysis.graph
    nodes = graph.nodes
    reached = analysis.community_of
    labels = {c.number: f"{c.number}. {community_label(analysis, c)}" for c in analysis.communities}
    name_of_key = {data["key"]: data["name"] for _, data in graph.nodes(data=True)}

    def names(keys: list[str]) -> list[str]:
        return sorted((name_of_key.get(k, k) for k in keys), key=str.casefold)

    def view(entry: Connector) -> ConnectorView:
        v = entry.node
        around = [nodes[u] for u in graph.adj[v]]
        residents = [d for d in around if d["type"] == RecordType.RESIDENT]
        return ConnectorView(
            key=entry.key,
            name=entry.name,
            kind=entry.kind,
            score=entry.score,
            reasons=[reason_text(r) for r in entry.reasons],
            groups=sorted(
                (d["name"] for d in around if d["type"] == RecordType.GROUP), key=str.casefold
            ),
            streets=sorted({d["street"] for d in around if d["street"]}, key=str.casefold),
            neighbourhoods=sorted(
                {d["neighbourhood"] for d in residents if d["neighbourhood"]}, key=str.casefold
            ),
            communities=[labels[i] for i in sorted({reached[u] for u in graph.adj[v]})],
            depends=names(entry.depends),
            farther=names(entry.farther),
        )

    return Ranking(
        [view(c) for c in connectors(analysis, of=RecordType.RESIDENT, top=top)],
        [view(c) for c in connectors(analysis, of=RecordType.GROUP, top=top)],
    )
