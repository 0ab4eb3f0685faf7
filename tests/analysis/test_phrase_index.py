"""The phrase index files phrases per neighbourhood (scope), and the points of a
candidate add up as the module doc of `introductions` says, in the same float order."""

from __future__ import annotations

from abcd_tui.analysis.introductions import (
    EXCHANGE,
    GROUP_POINTS,
    LESS,
    SHARED_POINTS,
    _Candidate,
    _points,
)
from abcd_tui.analysis.matching import CLOSE, RELATED, SAME, SYNONYM, PhraseIndex, Posting


def small_index() -> PhraseIndex:
    index = PhraseIndex(with_themes=False)
    index.add("Oost", "r1", "offers", ["koken", "fietsen repareren"])
    index.add("Oost", "r2", "offers", ["Koken "])  # the same match key as r1's
    index.add("West", "r3", "offers", ["koken"])
    index.add("Leeg", "r4", "offers", [])
    return index


def test_a_look_up_finds_only_its_own_neighbourhood():
    index = small_index()
    oost = index.found("Oost", "koken")
    assert [(p.owner, p.phrase, level) for p, level in oost] == [
        ("r1", "koken", SAME),
        ("r2", "Koken ", SAME),
    ]
    assert [p.owner for p, _ in index.found("West", "koken")] == ["r3"]
    assert index.found("Oost", "koken") is oost  # remembered
    index.forget_found("Oost")
    again = index.found("Oost", "koken")
    assert again is not oost and again == oost  # found again, the same


def test_a_neighbourhood_with_nothing_filed_finds_nothing():
    index = small_index()
    assert index.has("Oost") and index.has("Leeg")
    assert not index.has("Noord")
    assert index.found("Noord", "koken") == ()
    assert index.found("Leeg", "koken") == ()
    assert index.matches("Noord", "koken") == {}


def test_adding_after_a_look_up_is_seen_by_the_next_one():
    index = small_index()
    assert index.found("Noord", "koken") == ()
    index.add("Noord", "r5", "offers", ["koken"])
    assert index.found("Noord", "koken") == ((Posting("r5", "offers", "koken"), SAME),)


def plain_points(c: _Candidate) -> float:
    """The points as the module doc defines them, written the plain way."""
    exchanges = list((c.exchanges or {}).values())
    levels = sorted((EXCHANGE[lv] - LESS[d] for lv, _, d in exchanges), reverse=True)[:2]
    points = sum(levels) + sum(SHARED_POINTS[lv] for _, _, lv in c.shared or ())
    if c.about is not None:
        points += GROUP_POINTS[c.about[2]]
    return points


def test_points_two_best_needs_shared_things_and_the_group_fit():
    only_shared = _Candidate()
    only_shared.shared = [("tuin", "tuinieren", SYNONYM), ("koken", "koken", SAME)]
    assert _points(only_shared) == 3.5

    three_needs = _Candidate()
    three_needs.exchanges = {
        ("gives_gift", "koken"): (RELATED, "koken", "gives_gift"),  # 2.0
        ("gets", "klussen"): (SAME, "klussen", "gets"),  # 4.0
        ("gets_interest", "fietsen"): (SYNONYM, "fietsen", "gets_interest"),  # 2.0
        ("gives", "tuin"): (CLOSE, "tuin", "gives"),  # 4.0
    }
    three_needs.shared = [("zingen", "zingen", SAME)]
    three_needs.about = ("koor", "zingen", RELATED)
    assert _points(three_needs) == 4.0 + 4.0 + 2.0 + 2.0

    only_group = _Candidate()
    only_group.about = ("moestuin", "tuinieren", SYNONYM)
    assert _points(only_group) == 3.5

    one_gift = _Candidate()
    one_gift.exchanges = {("gets_gift", "koken"): (SYNONYM, "koken", "gets_gift")}
    one_gift.shared = [("a", "b", SYNONYM)]
    for c in (only_shared, three_needs, only_group, one_gift):
        assert repr(_points(c)) == repr(plain_points(c))
    assert _points(one_gift) == 3.0 + 1.5
