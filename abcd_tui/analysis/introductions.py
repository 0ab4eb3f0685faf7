"""Introductions (kennismakingen), and who could help with something.

For each resident who is not yet connected (see `unconnected`) and open to an
introduction ("yes" or "unknown"; "not now" only on request; never "no"), the people and
groups worth meeting, best first, each with its reasons. Points per candidate:

    gift meets need, either way (vraag <-> aanbod)   4 same or close, 2.5 same theme
    a shared gift or interest                        2 same, 1.5 close (two at most)
    same street / else same neighbourhood            1.5 / 0.5
    a connector who knows both                       1.5
    the candidate said yes to introductions          0.5

Candidates are residents (not "no") and associations and places: an introduction should
make a neighbour, a friend or a club, not another professional, so institutions and
businesses are never suggested. People are looked for in the resident's own
neighbourhood (everyone, when none is recorded), clubs where their members live (a club
without members yet everywhere); phrases are matched as in `matching`. The reasons lead
with what the resident can give. An introduction declined for a resident (the store's
`declined` table, read with the analysis: a decline bumps the revision) is never
suggested to them again; the next best takes its place. Cost: O(matches) per resident,
from indexes built once per analysis; 0.15 s for the 480 residents to introduce on the
5,000-resident demo.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from abcd_tui.analysis.connectors import top_connector_ids
from abcd_tui.analysis.core import Analysis
from abcd_tui.analysis.graph import RESIDENT
from abcd_tui.analysis.matching import (
    CLOSE,
    LEVEL_RANK,
    SAME,
    THEME,
    PhraseIndex,
    shared_theme,
)
from abcd_tui.analysis.reasons import Reason
from abcd_tui.analysis.unconnected import not_yet_connected
from abcd_tui.domain.records import GroupKind
from abcd_tui.domain.vocabulary import starter_vocabulary

GIFTS = ("head", "hands", "heart", "offers")
SHARED = ("head", "hands", "heart", "interests")
MEETING_GROUPS = frozenset({GroupKind.ASSOCIATION, GroupKind.PLACE})
POINTS = {"exchange": {SAME: 4.0, CLOSE: 4.0, THEME: 2.5}, "shared": {SAME: 2.0, CLOSE: 1.5}}
EXCHANGE_POINTS = {LEVEL_RANK[level]: p for level, p in POINTS["exchange"].items()}
GROUP_SCOPE = "#everywhere"  # clubs without members (or of members without a neighbourhood)


@dataclass
class Introduction:
    """Meet `meet` (a resident or group) for `for_` (a resident), with reasons."""

    for_: str  # node ids
    meet: str
    for_key: str
    meet_key: str
    meet_name: str
    meet_kind: str
    score: float
    reasons: list[Reason] = field(default_factory=list)


class _Candidate:
    """What was found for one candidate; reasons are made only for the few shown."""

    __slots__ = ("points", "shared", "exchanges", "same_street", "via", "about")

    def __init__(self) -> None:
        self.points = 0.0
        self.shared: list[tuple[str, str, str]] = []  # (mine, theirs, level)
        # (reason code, need) -> (level, offer, order): the best match per need
        self.exchanges: dict[tuple[str, str], tuple[str, str, int]] = {}
        self.same_street = False
        self.via = ""  # name of a connector who knows both
        self.about: tuple[str, str] | None = None  # a group: (its tag, the phrase)


def _theme_params(a: str, b: str) -> dict[str, str]:
    theme = shared_theme(a, b) or ""
    known = starter_vocabulary().themes.get(theme)
    return {"theme_nl": known.nl if known else theme, "theme_en": known.en if known else theme}


class Matcher:
    """The phrase indexes of one analysis; answers introductions and who-can-help."""

    def __init__(self, analysis: Analysis):
        # The graph, not the analysis: the analysis keeps this matcher in its memo, and
        # a reference back would make a cycle that only the garbage collector frees.
        self.graph = analysis.graph
        graph = analysis.graph
        # One index per kind of phrase (bucket), filed per neighbourhood: a need is only
        # looked up among offers and gifts, never among everyone's interests. Themes only
        # where a need meets an offer, and for groups.
        self.index = {
            "offers": PhraseIndex(with_themes=True),
            "gifts": PhraseIndex(with_themes=False),
            "needs": PhraseIndex(with_themes=True),
            "interests": PhraseIndex(with_themes=False),
            "groups": PhraseIndex(with_themes=True),
        }
        self.scope: dict[str, str] = {}
        self.streets: dict[tuple[str, str], list[str]] = {}
        index = self.index
        for v, data in graph.nodes(data=True):
            if data["type"] == RESIDENT:
                if data["open"] == "no":
                    continue
                scope = data["neighbourhood"]
                self.scope[v] = scope
                index["offers"].add(scope, v, "offers", data["offers"])
                for f in ("head", "hands", "heart"):
                    index["gifts"].add(scope, v, f, data[f])
                index["needs"].add(scope, v, "needs", data["needs"])
                index["interests"].add(scope, v, "interests", data["interests"])
                if data["street"]:
                    self.streets.setdefault((scope, data["street"]), []).append(v)
            elif data["kind"] in MEETING_GROUPS:
                # A club is suggested where its members live; one without members yet
                # everywhere (a new club and a resident without ties may well meet).
                node_data = graph._node
                homes = {
                    node_data[u]["neighbourhood"] or GROUP_SCOPE
                    for u in graph._adj[v]
                    if node_data[u]["type"] == RESIDENT
                } or {GROUP_SCOPE}
                for home in sorted(homes):
                    index["groups"].add(home, v, "tags", [data["name"], *data["tags"]])
        # Where a resident without a neighbourhood looks: everywhere.
        self.all_scopes = sorted(set(self.scope.values()) | {GROUP_SCOPE})

    def introductions_for(
        self, v: str, connector_ids: set[str], top: int = 3, declined: frozenset[str] = frozenset()
    ) -> list[Introduction]:
        """The best `top` introductions for resident `v`.

        The hot loop of the analysis (480 residents, 100,000 matches on the 5,000
        demo): look-ups come from `PhraseIndex.found` (remembered per neighbourhood and
        phrase), and the bookkeeping per match (best level per need, two shared at most)
        is written out here. Points are added in look-up order: the sums never change.
        """
        graph = self.graph
        nodes = graph._node
        data = nodes[v]
        scope = data["neighbourhood"] or None
        found: dict[str, _Candidate] = {}
        scopes = [scope, GROUP_SCOPE] if scope is not None else self.all_scopes
        index = self.index

        def lookup(phrase: str, bucket: str, with_themes: bool = True) -> list:
            matches = index[bucket].found
            if len(scopes) == 2:  # the usual case: one neighbourhood, and everywhere
                return [
                    *matches(scopes[0], phrase, themes=with_themes),
                    *matches(scopes[1], phrase, themes=with_themes),
                ]
            return [m for s in scopes for m in matches(s, phrase, themes=with_themes)]

        def exchange(owner: str, offer: str, need: str, code: str, order: int, level: str):
            c = found.get(owner)
            if c is None:
                c = found[owner] = _Candidate()
            best = c.exchanges.get((code, need))
            if best is None or LEVEL_RANK[level] > LEVEL_RANK[best[0]]:
                c.exchanges[code, need] = (level, offer, order)

        # What v can give that someone asks for: lead with gifts. Themes count for what
        # is offered (aanbod) only: gifts of head, hands and heart must match closely.
        for f in GIFTS:
            for gift in data[f]:
                for p, level in lookup(gift, "needs", f == "offers"):
                    exchange(p.owner, gift, p.phrase, "intro.gift_meets_need", 0, level)
        for need in data["needs"]:
            for bucket, themed in (("offers", True), ("gifts", False)):
                for p, level in lookup(need, bucket, themed):
                    exchange(p.owner, p.phrase, need, "intro.offer_meets_need", 1, level)
        shared_points = POINTS["shared"]
        for mine in _phrases(data, SHARED):
            for bucket in ("gifts", "interests"):
                for p, level in lookup(mine, bucket, False):
                    c = found.get(p.owner)
                    if c is None:
                        c = found[p.owner] = _Candidate()
                    # Two count at most; a phrase the other has as gift and as
                    # interest is one thing in common, not two.
                    if len(c.shared) < 2 and all(x[1] != p.phrase for x in c.shared):
                        c.shared.append((mine, p.phrase, level))
                        c.points += shared_points[level]
        if data["street"]:
            for s in scopes:
                for other in self.streets.get((s, data["street"]), ()):
                    c = found.get(other) or found.setdefault(other, _Candidate())
                    c.points += 1.5
                    c.same_street = True
        for mine in _phrases(data, (*SHARED, "needs")):
            for p, level in lookup(mine, "groups"):
                c = _candidate(found, p.owner)
                if c.about is None:
                    c.points += 2.5 if level != THEME else 1.5
                    c.about = (p.phrase, mine)
        # A connector v already knows can introduce v to the people they know.
        adjacency = graph._adj
        for known in sorted(adjacency[v], key=lambda u: nodes[u]["key"]):
            if known not in connector_ids:
                continue
            for other in adjacency[known]:
                if nodes[other]["type"] == RESIDENT and other in self.scope:
                    c = _candidate(found, other)
                    if not c.via:
                        c.points += 1.5
                        c.via = nodes[known]["name"]
        already = set(graph._adj[v]) | {v} | declined
        node_data = graph._node
        scored = []
        for other, c in found.items():
            if other in already:
                continue
            other_data = node_data[other]
            points = c.points + _exchange_points(c)
            if other_data["type"] == RESIDENT:
                if scope is not None and not c.same_street:
                    points += 0.5
                if other_data["open"] == "yes":
                    points += 0.5
            if points >= 1.5:
                scored.append((-points, other_data["kind"] != RESIDENT, other_data["key"], other))
        results = []
        # Reasons only for the few shown: a resident has hundreds of weak candidates.
        for minus_points, _, key, other in heapq.nsmallest(top, scored):
            other_data = node_data[other]
            reasons = self._reasons(other, found[other], data, scope)
            results.append(
                Introduction(
                    v,
                    other,
                    data["key"],
                    key,
                    other_data["name"],
                    other_data["kind"],
                    round(-minus_points, 1),
                    reasons,
                )
            )
        return results

    def _reasons(self, other: str, c: _Candidate, data: dict, scope: str | None) -> list[Reason]:
        """The reasons of one candidate, gifts first (see the module doc)."""
        ordered: list[tuple[int, Reason]] = []
        ranked = sorted(c.exchanges.items(), key=lambda kv: (-LEVEL_RANK[kv[1][0]], kv[0]))
        for (code, need), (level, offer, order) in ranked[:2]:
            params = {
                "offer": offer,
                "need": need,
                "name": self.graph.nodes[other]["name"],
                "giver": data["name"],
            }
            if level == THEME:
                code += "_theme"
                params.update(_theme_params(offer, need))
            ordered.append((order, Reason(code, params)))
        if c.about:
            ordered.append(
                (2, Reason("intro.group_about", {"tag": c.about[0], "phrase": c.about[1]}))
            )
        for mine, theirs, level in c.shared:
            if level == SAME:
                ordered.append((2, Reason("intro.shared", {"phrase": mine})))
            else:
                ordered.append((2, Reason("intro.shared_close", {"mine": mine, "theirs": theirs})))
        if c.same_street:
            ordered.append((3, Reason("intro.same_street", {"street": data["street"]})))
        elif scope is not None and self.graph.nodes[other]["type"] == RESIDENT:
            ordered.append((3, Reason("intro.same_neighbourhood", {"neighbourhood": scope})))
        if c.via:
            ordered.append((4, Reason("intro.knows_both", {"name": c.via})))
        return [r for _, r in sorted(ordered, key=lambda x: x[0])]


def _candidate(found: dict[str, _Candidate], owner: str) -> _Candidate:
    c = found.get(owner)
    if c is None:
        c = found[owner] = _Candidate()
    return c


def _exchange_points(c: _Candidate) -> float:
    """Points of the two best offer-meets-need matches (see the module doc)."""
    exchanges = c.exchanges
    if len(exchanges) < 2:  # most candidates: none, or one need met
        return EXCHANGE_POINTS[LEVEL_RANK[next(iter(exchanges.values()))[0]]] if exchanges else 0.0
    levels = sorted((LEVEL_RANK[level] for level, _, _ in exchanges.values()), reverse=True)
    return sum(EXCHANGE_POINTS[rank] for rank in levels[:2])


def _phrases(data: dict, fields: tuple[str, ...]) -> list[str]:
    seen, found = set(), []
    for f in fields:
        for phrase in data[f]:
            if phrase not in seen:
                seen.add(phrase)
                found.append(phrase)
    return found


def introductions(
    analysis: Analysis, *, for_key: str | None = None, not_now: bool = False, top: int = 3
) -> list[Introduction]:
    """Introductions for the not-yet-connected residents open to one (see module doc).

    With `for_key`, for that one resident, whatever their ties (but never against their
    "no"). Best first: by score, then by the resident's key.
    """
    graph = analysis.graph
    allowed = {"yes", "unknown"} | ({"not_now"} if not_now else set())
    if for_key is not None:
        wanted = [
            v
            for v, k in graph.nodes(data="key")
            if k == for_key and graph.nodes[v]["type"] == RESIDENT
        ]
        wanted = [v for v in wanted if graph.nodes[v]["open"] in allowed]
    else:
        wanted = [
            e.node for e in not_yet_connected(analysis) if e.kind == RESIDENT and e.open in allowed
        ]
    if not wanted:
        return []
    matcher = analysis_matcher(analysis)
    connector_ids = top_connector_ids(analysis, max(20, len(graph) // 50))
    declined = declined_by_resident(analysis)
    found = [
        i
        for v in wanted
        for i in matcher.introductions_for(v, connector_ids, top, declined.get(v, frozenset()))
    ]
    found.sort(key=lambda i: (-i.score, i.for_key, i.meet_key))
    return found


def declined_by_resident(analysis: Analysis) -> dict[str, frozenset[str]]:
    """Per resident id, the ids of whom (or which group) they declined to meet.

    Read from the store with the analysis (`core.analysis_of` puts the pairs in its
    memo); an analysis built straight from a graph has none.
    """
    found = analysis.memo.get("declined_by_resident")
    if found is None:
        pairs: set[tuple[str, str]] = analysis.memo.get("declined", set())  # type: ignore
        per: dict[str, set[str]] = {}
        for resident_id, other_id in pairs:
            per.setdefault(resident_id, set()).add(other_id)
        found = analysis.memo["declined_by_resident"] = {
            v: frozenset(others) for v, others in per.items()
        }
    return found  # type: ignore[return-value]


def analysis_matcher(analysis: Analysis) -> Matcher:
    """The `Matcher` of an analysis, built once (and dropped with the analysis)."""
    matcher = analysis.memo.get("matcher")
    if matcher is None:
        matcher = analysis.memo["matcher"] = Matcher(analysis)
    return matcher  # type: ignore[return-value]


@dataclass
class Helper:
    """Someone (or a group) who could help with what was asked, and why."""

    node: str
    key: str
    name: str
    kind: str
    score: float
    reasons: list[Reason]


def who_can_help(analysis: Analysis, text: str, *, top: int = 20) -> list[Helper]:
    """Residents who offer or have a gift matching `text`, and groups about it, best first.

    Offers (aanbod) count most (4 same or close, 2.5 same theme), then gifts of head,
    hands and heart (3 same or close), then groups whose name or tags match (2). People
    who said "no" to introductions are never suggested.
    """
    matcher = analysis_matcher(analysis)
    nodes = analysis.graph.nodes
    points: dict[str, float] = {}
    reasons: dict[str, list[tuple[int, Reason]]] = {}
    seen: set[tuple[str, str, str]] = set()
    scopes = sorted(set(matcher.scope.values()) | {GROUP_SCOPE})
    buckets = [(s, b) for s in scopes for b in ("offers", "gifts", "groups")]
    for bucket in buckets:
        for p, level in matcher.index[bucket[1]].matches(bucket[0], text).items():
            if (p.owner, p.phrase, p.field) in seen:
                continue
            seen.add((p.owner, p.phrase, p.field))
            worth = {"offers": 4.0, "tags": 2.0}.get(p.field, 3.0)
            if level == THEME:
                worth = 2.5 if p.field == "offers" else 1.0
            points[p.owner] = points.get(p.owner, 0.0) + worth
            code = {"offers": "help.offers", "tags": "help.group"}.get(p.field, "help.gift")
            params = {"phrase": p.phrase}
            if level == THEME:
                code += "_theme"
                params.update(_theme_params(p.phrase, text))
            order = 0 if p.field == "offers" else 1
            reasons.setdefault(p.owner, []).append((order, Reason(code, params)))
    helpers = []
    for v, total in points.items():
        data = nodes[v]
        bonus = 0.5 if data.get("open") == "yes" else 0.0
        helpers.append(
            Helper(
                v,
                data["key"],
                data["name"],
                data["kind"],
                round(total + bonus, 1),
                [r for _, r in sorted(reasons[v], key=lambda x: x[0])],
            )
        )
    helpers.sort(key=lambda h: (-h.score, h.kind != RESIDENT, h.key))
    return helpers[:top]
