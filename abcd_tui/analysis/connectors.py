"""Connectors (verbinders): who holds the neighbourhood together, with the reasons why.

Residents and groups are ranked separately, each against its own kind. For a node v:

    score(v) = 100 * (0.35 B + 0.25 R + 0.20 D + 0.20 A)

    B = b(v) / max b          betweenness: share of shortest routes between others via v
    D = deg(v) / max deg      degree: how many residents and groups v is tied to
    R = mean over the reach dimensions that vary in this map of reach_x(v) / max reach_x,
        x in {groups, streets, communities}: how many distinct groups (residents only),
        streets and communities v's ties reach (bridging)
    A = cut(v) / max cut      how many residents would be cut off from the rest without
                              v (articulation points; 0 for everyone else; see cuts)

Each max is over residents (or over groups) of the same map; a signal nobody has counts
0 for everyone. Weights: betweenness and bridging say "holds parts together", the
brief's meaning of a connector, so they weigh most; degree says "knows many" and the
cut signal is rare, so they weigh less. Ties broken by key, so the order is stable.
Cost: O(n + m) on top of the measures in `core.Analysis`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from abcd_tui.analysis.brokerage import brokerage
from abcd_tui.analysis.core import Analysis
from abcd_tui.analysis.cuts import farther_away
from abcd_tui.analysis.graph import neighbours, node_attrs
from abcd_tui.analysis.reasons import Reason, name_list
from abcd_tui.domain.records import RecordType

WEIGHTS = {"betweenness": 0.35, "reach": 0.25, "degree": 0.20, "cut": 0.20}
TOP_BETWEENNESS_SHARE = 0.05  # "on many routes" when in the top 5% of its kind


@dataclass
class Connector:
    """One resident or group on the connectors list."""

    node: str
    key: str
    name: str
    kind: str
    score: float
    reasons: list[Reason]
    depends: list[str]  # keys of who would be cut off without this one
    farther: list[str] = field(default_factory=list)  # keys of who would be much farther
    signals: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Ranking:
    """Every candidate of one kind ranked (best first), with score and signals."""

    ranked: list[str]
    scores: dict[str, float]
    signals: dict[str, dict[str, float | int]]
    high_betweenness: set[str]  # in the top `TOP_BETWEENNESS_SHARE` on betweenness


def connectors(
    analysis: Analysis, *, of: RecordType | str = RecordType.RESIDENT, top: int | None = None
) -> list[Connector]:
    """The connectors among residents (`of="resident"`) or groups (`of="group"`), best first.

    Only nodes with at least two ties can connect anyone; see the module doc for the
    formula. The ranking is computed once per analysis; entries for the `top` only.
    """
    of = RecordType(of)
    found = ranking(analysis, of)
    shown = found.ranked if top is None else found.ranked[:top]
    return [
        _entry(
            analysis,
            v,
            round(found.scores[v], 1),
            found.signals[v],
            v in found.high_betweenness,
            of,
        )
        for v in shown
    ]


def ranking(analysis: Analysis, of: RecordType) -> Ranking:
    """The ranking of residents or groups as connectors, computed once per analysis."""
    memo = f"connectors.{of.value}"
    found = analysis.memo.get(memo)
    if found is None:
        found = analysis.memo[memo] = _rank(analysis, of)
    return cast(Ranking, found)


def connector_scores(analysis: Analysis, of: RecordType) -> dict[str, float]:
    """Node id -> connector score (unrounded) of every resident or group with at least
    two ties: what a snapshot keeps for each node."""
    return ranking(analysis, of).scores


def before_betweenness(analysis: Analysis) -> None:
    """Everything of both rankings that does not wait for betweenness (each candidate's
    ties, groups, streets, circles and cut), worked out now: where betweenness counts in
    other processes (`Analysis.start_betweenness`), this goes on beside it rather than
    after it. A kind already ranked is left alone; `ranking` uses the rest."""
    for of in (RecordType.RESIDENT, RecordType.GROUP):
        if f"connectors.{of.value}" not in analysis.memo:
            _signals(analysis, of)


def _signals(analysis: Analysis, of: RecordType) -> dict[str, dict[str, float | int]]:
    """Candidate -> its signals but betweenness (0.0 here; `_rank` fills it in), in node
    order: residents or groups with at least two ties. Kept for `_rank`, which takes it.

    Reads the graph's own dicts (`node_attrs`, `neighbours`) rather than its views: the
    loop below looks at every tie twice, and a view look-up costs four times as much.
    """
    memo = f"connectors.signals.{of.value}"
    found = analysis.memo.get(memo)
    if found is not None:
        return cast(dict[str, dict[str, float | int]], found)
    graph = analysis.graph
    node_data = node_attrs(graph)
    adjacency = neighbours(graph)
    resident, group = RecordType.RESIDENT, RecordType.GROUP  # locals: read per tie
    kind_of = "kind" if of == RecordType.RESIDENT else "type"
    wanted = of if of == RecordType.RESIDENT else RecordType.GROUP
    candidates = [
        n for n, data in node_data.items() if data[kind_of] == wanted and len(adjacency[n]) >= 2
    ]
    signals: dict[str, dict[str, float | int]] = {}
    if candidates:
        cuts = analysis.cuts
        community = analysis.community_of
    for v in candidates:
        around = adjacency[v]
        groups = 0
        streets = set()
        for u in around:
            data = node_data[u]
            if data["type"] == resident:
                if data["street"]:
                    streets.add(data["street"])
            elif data["type"] == group:
                groups += 1
        signals[v] = {
            "degree": len(around),
            "betweenness": 0.0,
            "groups": groups if of == RecordType.RESIDENT else 0,
            "streets": len(streets),
            "communities": len({community[u] for u in around}),
            "cut": cuts.cut_size(v),
        }
    analysis.memo[memo] = signals
    return signals


def _rank(analysis: Analysis, of: RecordType) -> Ranking:
    """Every candidate's signals and score (see the module doc), ranked."""
    node_data = node_attrs(analysis.graph)
    # The memo's own dicts, betweenness filled in below: no copy of 100,000 of them,
    # and the memo goes (the ranking keeps them).
    signals = _signals(analysis, of)
    analysis.memo.pop(f"connectors.signals.{of.value}", None)
    if not signals:
        return Ranking([], {}, {}, set())
    candidates = list(signals)
    between = analysis.betweenness
    for v, x in signals.items():
        x["betweenness"] = between.get(v, 0.0)
    top_values = {s: max(x[s] for x in signals.values()) for s in next(iter(signals.values()))}
    reach_dims = [d for d in ("groups", "streets", "communities") if top_values[d] > 1]

    def shares(signal: str) -> list[float]:
        """signal(v) / its max, per candidate in order (0 for a signal nobody has)."""
        top = top_values[signal]
        if not top:
            return [0.0] * len(candidates)
        return [signals[v][signal] / top for v in candidates]

    share = {s: shares(s) for s in ("betweenness", "degree", "cut", *reach_dims)}
    reach_shares = [share[d] for d in reach_dims]
    scores = {}
    for i, v in enumerate(candidates):
        # Summed in the order of reach_dims, from 0, as sum() does.
        reach = sum([r[i] for r in reach_shares]) / len(reach_dims) if reach_dims else 0.0
        scores[v] = 100 * (
            WEIGHTS["betweenness"] * share["betweenness"][i]
            + WEIGHTS["reach"] * reach
            + WEIGHTS["degree"] * share["degree"][i]
            + WEIGHTS["cut"] * share["cut"][i]
        )
    ranked = sorted(candidates, key=lambda v: (-scores[v], node_data[v]["key"]))
    by_betweenness = sorted(candidates, key=lambda v: (-signals[v]["betweenness"], v))
    threshold_rank = max(1, round(len(candidates) * TOP_BETWEENNESS_SHARE))
    high = {v for v in by_betweenness[:threshold_rank] if signals[v]["betweenness"] > 0}
    return Ranking(ranked, scores, signals, high)


def _entry(
    analysis: Analysis, v: str, score: float, signal: dict, high_between: bool, of: RecordType
) -> Connector:
    graph = analysis.graph
    nodes = graph.nodes
    # Whoever is cut off, groups too: "the only link to Kaartclub" is true and worth
    # saying, though the score's cut counts residents only.
    cut_off = analysis.cuts.cut_off(v)
    farther = farther_away(graph, v, set(cut_off), cuts=analysis.cuts)
    roles = {}
    if of == RecordType.RESIDENT:
        roles = {a: brokerage(graph, a, [v]).get(v, {}) for a in ("street", "neighbourhood")}
    reasons = _reasons(analysis, v, signal, cut_off, farther, roles, high_between, of)
    before = analysis.cuts.fragmentation()
    signals = dict(signal)
    signals["fragmentation_increase"] = round(analysis.cuts.fragmentation_after(v) - before, 6)
    if roles:
        signals["brokerage"] = roles
    return Connector(
        v,
        nodes[v]["key"],
        nodes[v]["name"],
        nodes[v]["kind"],
        score,
        reasons,
        depends=sorted(nodes[u]["key"] for u in cut_off),
        farther=sorted(nodes[u]["key"] for u in farther),
        signals=signals,
    )


def _reasons(
    analysis: Analysis,
    v: str,
    signal: dict,
    cut_off: list[str],
    farther: list[str],
    roles: dict[str, dict[str, int]],
    high_between: bool,
    of: RecordType,
) -> list[Reason]:
    graph = analysis.graph
    nodes = graph.nodes
    reasons: list[Reason] = []
    if cut_off:
        reasons.append(_cut_reason(analysis, v, cut_off))
    if farther:
        names = sorted((nodes[u]["name"] for u in farther), key=str.casefold)
        shown, more = name_list(names, 3)
        code = "connector.farther_more" if more else "connector.farther"
        reasons.append(Reason(code, {"count": len(farther), "names": shown, "more": more}))
    if of == RecordType.RESIDENT and signal["groups"] >= 2:
        groups = sorted(
            (nodes[u]["name"] for u in graph.adj[v] if nodes[u]["type"] == RecordType.GROUP),
            key=str.casefold,
        )
        shown, more = name_list(groups)
        code = "connector.groups_more" if more else "connector.groups"
        reasons.append(Reason(code, {"count": len(groups), "names": shown, "more": more}))
    if signal["streets"] >= 2:
        code = "connector.streets" if of == RecordType.RESIDENT else "connector.group_streets"
        reasons.append(Reason(code, {"count": signal["streets"]}))
    if signal["communities"] >= 2:
        reasons.append(Reason("connector.communities", {"count": signal["communities"]}))
    for attribute, code in (
        ("neighbourhood", "connector.brokers_neighbourhoods"),
        ("street", "connector.brokers"),
    ):
        found = roles.get(attribute, {})
        pairs = found.get("liaison", 0) + found.get("gatekeeper", 0)
        if pairs:
            reasons.append(Reason(code, {"pairs": pairs}))
    if high_between:
        reasons.append(Reason("connector.routes", {"share": round(100 * TOP_BETWEENNESS_SHARE)}))
    reasons.append(Reason("connector.ties", {"count": signal["degree"]}))
    return reasons


def _cut_reason(analysis: Analysis, v: str, cut_off: list[str]) -> Reason:
    """ "Only link to Jan and Piet" for a few; "only link between X and the rest" for a part."""
    nodes = analysis.graph.nodes
    names = sorted((nodes[u]["name"] for u in cut_off), key=str.casefold)
    if len(cut_off) <= 3:
        return Reason("connector.only_link_to", {"count": len(cut_off), "names": ", ".join(names)})
    hoods: dict[str, int] = {}
    for u in cut_off:
        hood = nodes[u].get("neighbourhood")
        if hood:
            hoods[hood] = hoods.get(hood, 0) + 1
    if hoods:
        hood, count = max(sorted(hoods.items()), key=lambda kv: kv[1])
        # "Between Het Veld and the rest" only when it is so: every Het Veld resident
        # who can reach v now is cut off without v, and they are most of who is.
        reachable = _hoods_of_part(analysis, analysis.cuts.component[v]).get(hood, 0)
        reachable -= nodes[v].get("neighbourhood") == hood  # v itself is not cut off
        if count == reachable and count * 2 > len(cut_off):
            return Reason("connector.only_link_between", {"count": count, "part": hood})
    shown, more = name_list(names, 3)
    return Reason(
        "connector.only_link_to_many", {"count": len(cut_off), "names": shown, "more": more}
    )


def _hoods_of_part(analysis: Analysis, component: int) -> dict[str, int]:
    """How many records of each neighbourhood part `component` holds, counted once per
    analysis: one scan of a 100,000-record part for every connector cost 2.9 s."""
    memo = cast(dict[int, dict[str, int]], analysis.memo.setdefault("hoods_of_part", {}))
    found = memo.get(component)
    if found is None:
        nodes = analysis.graph.nodes
        found = {}
        for u in analysis.cuts.members(component):
            hood = nodes[u].get("neighbourhood")
            if hood:
                found[hood] = found.get(hood, 0) + 1
        memo[component] = found
    return found
