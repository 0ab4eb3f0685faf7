"""Introductions (kennismakingen), and who could help with something.

For each resident who is not yet connected (see `unconnected`) and open to an
introduction ("yes" or "unknown"; "not now" only on request; never "no"), the people and
groups worth meeting, best first, each with its reasons. An introduction needs a
substantive reason, one of:

    vraag <-> aanbod, either way (an offer, or a gift not yet offered, or for a need
    of company in doing something, someone who loves doing it)
        same or close 4, synonym 3.5, related 2.5 (a gift 0.5 less, a love 1.5 less)
    a shared gift, interest or passion (two at most)
        same or close 2, synonym 1.5
    a club or place that fits what someone loves or needs
        same, close or synonym 3.5 (a club's tags are short words), related 2

The rest ranks and explains, but never makes an introduction on its own:

    same street / else same neighbourhood            1 / 0.3
    a contact both already have (a common neighbour in the graph): 0.75 each, two at
        most, plus resource allocation (sum of 1/degree over them, at most 0.5)
    the candidate said yes to introductions          0.3

Candidates are residents and associations and places: an introduction should make a
neighbour, a friend or a club, not another professional, so institutions and businesses
are never suggested. A resident who said "no" is never suggested, one who said "not
now" only when the builder asks (`not_now`). Someone whose consent is not recorded is
marked (`consent_first`): ask them first. People are looked for in the resident's own
neighbourhood (everyone, when none is recorded), clubs where their members live (a club
without members yet everywhere); phrases are matched as in `matching`. The reasons lead
with what the resident can give; the first reason is the one plain sentence of why. An
introduction declined for a resident (the store's `declined` table) is never suggested
to them again. The three slots go to different needs where possible: a second candidate
for a need already met counts 2 less. Equal scores: more evidence first, then the
graph's order (record ids), never the name. Cost: O(matches) per resident, from
indexes built once per analysis.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from abcd_tui.analysis.core import Analysis
from abcd_tui.analysis.graph import neighbours, node_attrs
from abcd_tui.analysis.matching import (
    CLOSE,
    LEVEL_RANK,
    RELATED,
    SAME,
    SYNONYM,
    THEME,
    PhraseIndex,
    shared_theme,
    theme_words,
)
from abcd_tui.analysis.reasons import Reason, Term
from abcd_tui.analysis.unconnected import not_yet_connected
from abcd_tui.domain.records import GroupKind, Openness, RecordType

GIFTS = ("head", "hands", "heart", "offers")
SHARED = ("head", "hands", "heart", "interests")
MEETING_GROUPS = frozenset({GroupKind.ASSOCIATION, GroupKind.PLACE})
EXCHANGE = {SAME: 4.0, CLOSE: 4.0, SYNONYM: 3.5, RELATED: 2.5}
SHARED_POINTS = {SAME: 2.0, CLOSE: 2.0, SYNONYM: 1.5}
GROUP_POINTS = {SAME: 3.5, CLOSE: 3.5, SYNONYM: 3.5, RELATED: 2.0}
# A gift counts a little less than what someone offers, a love (interest) for a need
# like "iemand om mee te fietsen" less again.
LESS = {"gives": 0.0, "gets": 0.0, "gives_gift": 0.5, "gets_gift": 0.5, "gets_interest": 1.5}
FOUND_IN = {"offers": "gets", "interests": "gets_interest"}  # else a gift: "gets_gift"
SAME_NEED_AGAIN = 2.0  # a second slot for the same need counts this much less
STREET, NEIGHBOURHOOD, COMMON, SAID_YES = 1.0, 0.3, 0.75, 0.3
GROUP_SCOPE = "#everywhere"  # clubs without members (or of members without a neighbourhood)
LEVEL_SUFFIX = {SAME: "", CLOSE: "", SYNONYM: "_synonym", RELATED: "_related", THEME: "_theme"}


@dataclass
class Introduction:
    """Meet `meet` (a resident or group) for `for_` (a resident), with reasons; the first
    reason is the plain sentence of why."""

    for_: str  # node ids
    meet: str
    for_key: str
    meet_key: str
    meet_name: str
    meet_kind: str
    score: float
    reasons: list[Reason] = field(default_factory=list)
    consent_first: bool = False  # `meet` is a resident whose consent is not recorded


class _Candidate:
    """What was found for one candidate; reasons are made only for the few shown."""

    __slots__ = ("shared", "exchanges", "same_street", "about", "evidence")

    def __init__(self) -> None:
        # Made on first use (None until then): most candidates have one kind of match.
        self.shared: list[tuple[str, str, str]] | None = None  # (mine, theirs, level)
        # (direction, need) -> (level, offer, direction): the best match per need
        self.exchanges: dict[tuple[str, str], tuple[str, str, str]] | None = None
        self.same_street = False
        self.about: tuple[str, str, str] | None = None  # a group: (its phrase, mine, level)
        self.evidence = 0  # how many matches were found, for equal scores


def _theme_params(a: str, b: str) -> dict[str, str]:
    nl, en = theme_words(shared_theme(a, b) or "")
    return {"theme_nl": nl, "theme_en": en}


class Matcher:
    """The phrase indexes of one analysis; answers introductions and who-can-help."""

    def __init__(self, analysis: Analysis):
        # The graph, not the analysis: the analysis keeps this matcher in its memo, and
        # a reference back would make a cycle that only the garbage collector frees.
        self.graph = analysis.graph
        graph = analysis.graph
        # One index per kind of phrase (bucket), filed per neighbourhood: a need is only
        # looked up among offers and gifts, never among everyone's interests.
        self.index = {
            "offers": PhraseIndex(with_themes=True),
            "gifts": PhraseIndex(with_themes=True),
            "needs": PhraseIndex(with_themes=True),
            "interests": PhraseIndex(with_themes=False),
            "groups": PhraseIndex(with_themes=True),
        }
        self.scope: dict[str, str] = {}
        self.streets: dict[tuple[str, str], list[str]] = {}
        index = self.index
        node_data, adjacency = node_attrs(graph), neighbours(graph)
        for v, data in graph.nodes(data=True):
            if data["type"] == RecordType.RESIDENT:
                if data["open_to_introductions"] == Openness.NO:  # never put forward
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
                homes = {
                    node_data[u]["neighbourhood"] or GROUP_SCOPE
                    for u in adjacency[v]
                    if node_data[u]["type"] == RecordType.RESIDENT
                } or {GROUP_SCOPE}
                for home in sorted(homes):
                    index["groups"].add(home, v, "name", [data["name"]])
                    index["groups"].add(home, v, "tags", data["tags"])
                    if data.get("description"):
                        index["groups"].add(home, v, "description", [data["description"]])
        # Where a resident without a neighbourhood looks: everywhere.
        self.all_scopes = sorted(set(self.scope.values()) | {GROUP_SCOPE})

    def forget_found(self, scope: str) -> None:
        """Drop the look-ups each index remembers for `scope` (`PhraseIndex.forget_found`)."""
        for index in self.index.values():
            index.forget_found(scope)

    def introductions_for(
        self,
        v: str,
        top: int = 3,
        declined: frozenset[str] = frozenset(),
        not_now: bool = False,
    ) -> list[Introduction]:
        """The best `top` introductions for resident `v`.

        The hot loop of the analysis: look-ups come from `PhraseIndex.found`
        (remembered per neighbourhood and phrase), and the bookkeeping per match (best
        level per need, two shared at most) is written out here.
        """
        graph = self.graph
        nodes = node_attrs(graph)
        adjacency = neighbours(graph)
        data = nodes[v]
        scope = data["neighbourhood"] or None
        found: dict[str, _Candidate] = {}
        scopes = [scope, GROUP_SCOPE] if scope is not None else self.all_scopes
        index = self.index
        # Enum members bound once: in this loop a look-up on the enum class costs 84 ns
        # against 17 ns for a local (measured, Python 3.11).
        resident, said_not_now, said_yes = RecordType.RESIDENT, Openness.NOT_NOW, Openness.YES
        rank = LEVEL_RANK
        # Per bucket, the scopes where it has anything: a neighbourhood's residents file
        # nothing under GROUP_SCOPE, so most look-ups need one scope and no copy.
        where = {b: [s for s in scopes if i.has(s)] for b, i in index.items()}

        def lookup(phrase: str, bucket: str, related: bool = True) -> Sequence:
            # No themes: too coarse to make or rank an introduction (one theme covers
            # both forms and computers), and most of the matches by count.
            matches, within = index[bucket].found, where[bucket]
            if len(within) == 1:
                return matches(within[0], phrase, themes=False, related=related)
            return [m for s in within for m in matches(s, phrase, themes=False, related=related)]

        def exchange(c: _Candidate, offer: str, need: str, direction: str, level: str) -> None:
            c.evidence += 1
            exchanges = c.exchanges
            if exchanges is None:
                c.exchanges = {(direction, need): (level, offer, direction)}
                return
            best = exchanges.get((direction, need))
            if best is None or rank[level] > rank[best[0]]:
                exchanges[direction, need] = (level, offer, direction)

        # The candidate of each match, made on first sight (written out: this runs
        # for 1.7 million matches at 100,000 residents).
        seen = found.get
        # What v can give that someone asks for: lead with gifts.
        for f in GIFTS:
            kind = "gives" if f == "offers" else "gives_gift"
            for gift in data[f]:
                for (owner, _, phrase), level in lookup(gift, "needs"):
                    c = seen(owner)
                    if c is None:
                        c = found[owner] = _Candidate()
                    exchange(c, gift, phrase, kind, level)
        for need in data["needs"]:
            for bucket in ("offers", "gifts", "interests"):
                for (owner, where_found, phrase), level in lookup(need, bucket):
                    c = seen(owner)
                    if c is None:
                        c = found[owner] = _Candidate()
                    exchange(c, phrase, need, FOUND_IN.get(where_found, "gets_gift"), level)
        # Shared: the same thing in the same or other words. A broader term in common
        # ("muziek", "zingen in een koor") counts for needs and clubs, not here: half of
        # all matches on the 5,000 demo, for a point each.
        for mine in _phrases(data, SHARED):
            for bucket in ("gifts", "interests"):
                for (owner, _, phrase), level in lookup(mine, bucket, related=False):
                    c = seen(owner)
                    if c is None:
                        c = found[owner] = _Candidate()
                    c.evidence += 1
                    # Two count at most; a phrase the other has as gift and as
                    # interest is one thing in common, not two.
                    shared = c.shared
                    if shared is None:
                        c.shared = [(mine, phrase, level)]
                    elif len(shared) < 2 and all(x[1] != phrase for x in shared):
                        shared.append((mine, phrase, level))
        for mine in _phrases(data, (*SHARED, "needs")):
            for (owner, _, phrase), level in lookup(mine, "groups"):
                c = seen(owner)
                if c is None:
                    c = found[owner] = _Candidate()
                c.evidence += 1
                if c.about is None or rank[level] > rank[c.about[2]]:
                    c.about = (phrase, mine, level)
        already = set(adjacency[v]) | {v} | declined
        own_ties = list(adjacency[v])
        street = data["street"]
        scored = []
        for other, c in found.items():
            if other in already:
                continue
            other_data = nodes[other]
            is_resident = other_data["type"] == resident
            if is_resident and other_data["open_to_introductions"] == said_not_now and not not_now:
                continue
            points = _points(c)  # every candidate was found by a substantive reason
            if is_resident:
                if street and other_data["street"] == street:
                    c.same_street = True
                    points += STREET
                elif scope is not None:
                    points += NEIGHBOURHOOD
                if other_data["open_to_introductions"] == said_yes:
                    points += SAID_YES
            # v has few ties (often none: it is not yet connected): look there
            if own_ties:
                common = [w for w in own_ties if w in adjacency[other]]
                if common:
                    points += COMMON * min(2, len(common))
                    points += min(0.5, sum(1 / len(adjacency[w]) for w in common))
            scored.append((-points, -c.evidence, not is_resident, other))
        results = []
        # Reasons only for the few shown: a resident has hundreds of weak candidates.
        for minus_points, other in _spread(heapq.nsmallest(top * 4, scored), found, top):
            other_data = nodes[other]
            reasons = self._reasons(v, other, found[other], scope)
            results.append(
                Introduction(
                    v,
                    other,
                    data["key"],
                    other_data["key"],
                    other_data["name"],
                    other_data["kind"],
                    round(-minus_points, 1),
                    reasons,
                    other_data["type"] == resident and other_data.get("consent") is None,
                )
            )
        return results

    def _reasons(self, v: str, other: str, c: _Candidate, scope: str | None) -> list[Reason]:
        """The reasons of one candidate, gifts first (see the module doc)."""
        graph = self.graph
        data = node_attrs(graph)[v]
        ordered: list[tuple[int, Reason]] = []
        ranked = sorted(
            (c.exchanges or {}).items(), key=lambda kv: (-LEVEL_RANK[kv[1][0]], kv[0][0] != "gives")
        )
        told: set[str] = set()
        for (direction, need), (level, offer, _) in ranked:
            if need in told or len(told) == 2:
                continue  # one reason per need, two needs at most
            told.add(need)
            params = {"offer": offer, "need": need, "name": graph.nodes[other]["name"]}
            params["giver"] = data["name"]
            code = {
                "gives": "intro.gift_meets_need",
                "gives_gift": "intro.gift_meets_need",
                "gets": "intro.offer_meets_need",
                "gets_gift": "intro.gift_for_need",
                "gets_interest": "intro.love_for_need",
            }[direction] + LEVEL_SUFFIX[level]
            ordered.append((0 if direction.startswith("gives") else 1, Reason(code, params)))
        if c.about:
            phrase, mine, level = c.about
            params = {"tag": phrase, "phrase": mine}
            ordered.append((2, Reason("intro.group_about" + LEVEL_SUFFIX[level], params)))
        for mine, theirs, level in c.shared or ():
            if level == SAME:
                ordered.append((2, Reason("intro.shared", {"phrase": mine})))
            else:
                code = "intro.shared_synonym" if level == SYNONYM else "intro.shared_close"
                ordered.append((2, Reason(code, {"mine": mine, "theirs": theirs})))
        if c.same_street:
            ordered.append((3, Reason("intro.same_street", {"street": data["street"]})))
        elif scope is not None and graph.nodes[other]["type"] == RecordType.RESIDENT:
            ordered.append((3, Reason("intro.same_neighbourhood", {"neighbourhood": scope})))
        adjacency = neighbours(graph)
        common = sorted((w for w in adjacency[v] if w in adjacency[other]), key=str)
        if common:
            ordered.append(
                (4, Reason("intro.knows_both", {"name": graph.nodes[common[0]]["name"]}))
            )
        return [r for _, r in sorted(ordered, key=lambda x: x[0])]


# An exchange's points by (level, direction): EXCHANGE less LESS, subtracted once here.
WORTH = {(lv, d): EXCHANGE[lv] - less for lv in EXCHANGE for d, less in LESS.items()}


def _points(c: _Candidate) -> float:
    """The points of what was found for a candidate (see the module doc): the two best
    needs met, two shared things at most, the best group fit."""
    # Sums as sum() adds (from 0, in this order), so the floats come out the same.
    exchanges, shared = c.exchanges, c.shared
    points: float = 0
    if exchanges is not None:
        levels = [WORTH[level, direction] for level, _, direction in exchanges.values()]
        if len(levels) > 2:  # two or fewer: their sum is the same in any order
            levels = sorted(levels, reverse=True)[:2]
        points = sum(levels)
    if shared is not None:
        points += sum(SHARED_POINTS[level] for _, _, level in shared)
    if c.about is not None:
        points += GROUP_POINTS[c.about[2]]
    return points


def _main_need(c: _Candidate) -> str | None:
    """The need a candidate meets best (either way), or None."""
    if not c.exchanges:
        return None
    (_, need), _ = max(c.exchanges.items(), key=lambda kv: LEVEL_RANK[kv[1][0]])
    return need


def _spread(ranked: list[tuple], found: dict[str, _Candidate], top: int) -> list[tuple]:
    """The `top` best of `ranked` ((minus points, ..., node id), best first), with a
    second candidate for a need already met counting SAME_NEED_AGAIN less: three slots
    for three needs, not three cooks for one meal. Returns (minus points, node id)."""
    chosen: list[tuple] = []
    met: set[str] = set()
    pool = list(ranked)

    def adjusted(entry: tuple) -> tuple:
        again = _main_need(found[entry[-1]]) in met
        return (entry[0] + (SAME_NEED_AGAIN if again else 0.0), *entry[1:])

    while pool and len(chosen) < top:
        best = min(pool, key=adjusted)
        pool.remove(best)
        chosen.append((best[0], best[-1]))
        need = _main_need(found[best[-1]])
        if need is not None:
            met.add(need)
    return chosen


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
    "no"). `not_now`: residents who said "not now" get introductions and are put forward
    too. Best first: by score, then by the resident's key.
    """
    graph = analysis.graph
    allowed = {Openness.YES, Openness.UNKNOWN} | ({Openness.NOT_NOW} if not_now else set())
    if for_key is not None:
        wanted = [
            v
            for v, k in graph.nodes(data="key")
            if k == for_key and graph.nodes[v]["type"] == RecordType.RESIDENT
        ]
        wanted = [v for v in wanted if graph.nodes[v]["open_to_introductions"] in allowed]
    else:
        wanted = [
            e.node
            for e in not_yet_connected(analysis)
            if e.kind == RecordType.RESIDENT and e.open in allowed
        ]
    if not wanted:
        return []
    matcher = analysis_matcher(analysis)
    declined = declined_by_resident(analysis)
    found = []
    # Neighbourhood by neighbourhood (those without one first: they look everywhere),
    # each one's look-ups forgotten when it is done (`PhraseIndex.forget_found`). The
    # order of the work changes nothing: each resident's introductions depend on the
    # indexes alone, and the sort below orders them all (for_key is unique, and meet
    # within it).
    for scope, residents in _by_scope(analysis, wanted):
        for v in residents:
            found += matcher.introductions_for(v, top, declined.get(v, frozenset()), not_now)
        if scope is not None:
            matcher.forget_found(scope)
    found.sort(key=lambda i: (-i.score, i.for_key, i.meet))
    return found


def _by_scope(analysis: Analysis, residents: list[str]) -> list[tuple[str | None, list[str]]]:
    """`residents` by the neighbourhood they look in (None: none recorded, everywhere),
    None first, then in order of first appearance; in their order within each."""
    nodes = node_attrs(analysis.graph)
    found: dict[str | None, list[str]] = {None: []}
    for v in residents:
        found.setdefault(nodes[v]["neighbourhood"] or None, []).append(v)
    return list(found.items())


def declined_by_resident(analysis: Analysis) -> dict[str, frozenset[str]]:
    """Per resident id, the ids of whom (or which group) they declined to meet.

    Read from the store with the analysis (`core.analysis_of` hands the pairs to the
    `Analysis`); an analysis built straight from a graph has none.
    """
    found = analysis.memo.get("declined_by_resident")
    if found is None:
        per: dict[str, set[str]] = {}
        for resident_id, other_id in analysis.declined:
            per.setdefault(resident_id, set()).add(other_id)
        found = analysis.memo["declined_by_resident"] = {
            v: frozenset(others) for v, others in per.items()
        }
    return cast(dict[str, frozenset[str]], found)


def analysis_matcher(analysis: Analysis) -> Matcher:
    """The `Matcher` of an analysis, built once (and dropped with the analysis)."""
    matcher = analysis.memo.get("matcher")
    if matcher is None:
        matcher = analysis.memo["matcher"] = Matcher(analysis)
    return cast(Matcher, matcher)


def drop_matcher(analysis: Analysis) -> None:
    """Let the `Matcher` of `analysis` go before the analysis does: for a caller that
    asks it for nothing more (a snapshot, which goes on to the connectors: at 100,000
    residents the matcher holds 60 MB). Asked again, it is built again."""
    analysis.memo.pop("matcher", None)


@dataclass
class Helper:
    """Someone (or a group) who could help with what was asked, and why."""

    node: str
    key: str
    name: str
    kind: str
    score: float
    reasons: list[Reason]
    consent_first: bool = False  # a resident whose consent is not recorded
    level: str = SAME  # the strongest match found


# Who can help: the strength of a match first, then where it was found (aanbod before a
# gift before a group before what someone loves), so an exact gift beats a synonym
# offered and an offer beats the same gift not yet offered. Further matches of the same
# person or group add at most HELP_MORE: evidence, not a sum that lets a group with many
# tags outrank an offer.
HELP_LEVEL = {SAME: 10.0, CLOSE: 9.0, SYNONYM: 7.0, RELATED: 5.0, THEME: 1.0}
HELP_FIELD = {"offers": 1.5, "head": 0.5, "hands": 0.5, "heart": 0.5, "interests": -1.0}
HELP_CODE = {"offers": "help.offers", "name": "help.group", "tags": "help.group"}
HELP_CODE |= {"description": "help.group_description", "interests": "help.loves"}
HELP_MORE = 0.5
HELP_BUCKETS = ("offers", "gifts", "groups", "interests")
QUOTED = 48  # characters of a group's description quoted in a reason


def who_can_help(
    analysis: Analysis,
    text: str,
    *,
    top: int = 20,
    near: str | None = None,
    not_now: bool = False,
) -> list[Helper]:
    """Residents who offer or have a gift matching `text`, and groups about it, best first.

    Aanbod is searched first, then gifts of head, hands and heart, then groups (name,
    tags, description), then what residents love (interests); each match is scored by
    its level and where it was found (`HELP_LEVEL`, `HELP_FIELD`). Matches by theme
    are looked for only when nothing closer was found. Equal scores: the stronger evidence,
    then (with `near`, a resident's key) who is closer in the network to that resident,
    then the graph's order; never the name. People who said "no" are never suggested,
    "not now" only with `not_now`. O(matches).
    """
    matcher = analysis_matcher(analysis)
    graph = analysis.graph
    nodes = graph.nodes
    found: dict[str, list[tuple[float, int, int, Reason, str]]] = {}
    seen: set[tuple[str, str, str]] = set()
    scopes = sorted(set(matcher.scope.values()) | {GROUP_SCOPE})
    # Themes only when nothing closer is found anywhere: "vervoer naar het ziekenhuis"
    # and "massage" share a theme, and nobody would ask that masseur for a lift.
    for themed in (False, True):
        for scope in scopes:
            for order, bucket in enumerate(HELP_BUCKETS):
                for p, level in matcher.index[bucket].found(scope, text, themes=themed):
                    if (p.owner, p.phrase, p.field) in seen:
                        continue
                    data = nodes[p.owner]
                    if (
                        data["type"] == RecordType.RESIDENT
                        and data["open_to_introductions"] == Openness.NOT_NOW
                        and not not_now
                    ):
                        continue
                    seen.add((p.owner, p.phrase, p.field))
                    worth = HELP_LEVEL[level] + HELP_FIELD.get(p.field, 0.0)
                    code = HELP_CODE.get(p.field, "help.gift") + LEVEL_SUFFIX[level]
                    short = p.phrase if len(p.phrase) <= QUOTED else p.phrase[: QUOTED - 1] + "…"
                    params: dict[str, str | int | Term] = {"phrase": short}
                    if level == THEME:
                        params.update(_theme_params(p.phrase, text))
                    found.setdefault(p.owner, []).append(
                        (worth, LEVEL_RANK[level], order, Reason(code, params), p.field)
                    )
        if found:
            break
    distance = _distances(analysis, near) if near else {}
    position = {v: i for i, v in enumerate(graph)}
    helpers = []
    for v, matches in found.items():
        matches.sort(key=lambda m: (-m[0], m[2]))
        best = matches[0]
        matches = _told_once(matches)
        data = nodes[v]
        score = best[0] + min(HELP_MORE, sum(m[0] for m in matches[1:]) / 10)
        helpers.append(
            (
                -round(score, 1),
                -best[1],
                distance.get(v, len(position)),
                position[v],
                Helper(
                    v,
                    data["key"],
                    data["name"],
                    data["kind"],
                    round(score, 1),
                    [m[3] for m in matches[:3]],
                    data["type"] == RecordType.RESIDENT and data.get("consent") is None,
                    next(k for k, r in LEVEL_RANK.items() if r == best[1]),
                ),
            )
        )
    helpers.sort(key=lambda h: h[:4])
    return [h[4] for h in helpers[:top]]


def _told_once(matches: list[tuple]) -> list[tuple]:
    """Each phrase said once, in its best light: "biedt 'snoeien'" and not also "kan
    'snoeien' (gave, nog niet als aanbod genoemd)"; a group's own name only when nothing
    else about it matched ("groep over 'Buurtmoestuin'" says little). `matches` are
    (worth, level, order, reason, field), best first."""
    seen: set[str] = set()
    told = []
    for match in matches:
        phrase = str(match[3].params.get("phrase", ""))
        if phrase not in seen:
            seen.add(phrase)
            told.append(match)
    about = [m for m in told if m[4] != "name"]
    return about or told


def _distances(analysis: Analysis, key: str) -> dict[str, int]:
    """Hops from the resident with `key` to everyone reachable (empty when unknown)."""
    graph = analysis.graph
    source = next((v for v, k in graph.nodes(data="key") if k == key), None)
    if source is None:
        return {}
    import networkx as nx

    return dict(nx.single_source_shortest_path_length(graph, source))
