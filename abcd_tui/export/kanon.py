"""k-anonymity for what a pseudonymised export still shows of a resident.

In a village of 150 a pseudonym is no cover when the row beside it carries the
neighbourhood and five rare gifts, or a tie to a group of one: anyone who lives there
knows who it is. So before an export shows an unnamed resident, `generalise` makes every
combination of their quasi-identifiers shared by at least `k` unnamed residents:

- the quasi-identifiers: neighbourhood, openness to introductions, and the sets of
  gifts, offers, needs and interests (age band, address and street are never exported);
- groups one by one: a group that fewer than `k` unnamed residents belong to is shown
  as its kind ("een vereniging"), so a tie to it names nobody. The *set* of a
  resident's groups is not generalised: it is the network itself (in the demo village
  133 of 150 residents have a set of their own; hiding it would hide every group and
  still not hide the shape). The README of the export says so;
- then, per resident, only for those whose combination is still shared by fewer than
  `k`, one step up a ladder at a time (`LEVELS`): phrases to their themes; themes fewer
  than `k` residents have left out; offers, needs and interests left out; openness left
  out; only their three most common gift themes, then two, then one; neighbourhood left out;
  nothing. Before a resident climbs, others who show the same at their step join them
  there if their own class keeps `k` without them (or comes along whole), so one
  resident's rare gift costs a few others a step instead of costing them everything.

Deterministic: residents are taken in record-id order, no randomness (the same register
gives the same generalisation, whatever the export's key). The network itself (ties,
degree, communities, scores) is kept: it is what the export is for.
Cost: the ladder is built once, L * n records for n residents (L = `len(LEVELS)`), then
rounds over the residents still short: 0.5 s at 5,000 residents on a loaded machine
(benchmarks/bench_export.py, "k-anonymity alone").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from abcd_tui.domain.vocabulary import GIFT_KINDS, starter_vocabulary
from abcd_tui.i18n import t

DEFAULT_K = 3
FIELDS = ("gifts", "offers", "needs", "interests")
SOURCE = {
    "gifts": GIFT_KINDS,
    "offers": ("offers",),
    "needs": ("needs",),
    "interests": ("interests",),
}
LEVELS = (
    "as_is",
    "themes",
    "common_themes",
    "gifts_only",
    "no_open",
    "three_gifts",
    "two_gifts",
    "one_gift",
    "no_neighbourhood",
    "nothing",
)
TOP = len(LEVELS) - 1


class Shown:
    """What an export shows of one unnamed resident, at one step of their ladder."""

    __slots__ = ("neighbourhood", "open", "phrases", "level", "themes", "key", "_words")

    def __init__(
        self,
        neighbourhood: str,
        open: str,
        phrases: dict[str, tuple[str, ...]],  # field (FIELDS) -> the values shown
        level: int = 0,
        themes: dict[str, tuple[str, ...]] | None = None,  # value -> its theme words
    ):
        self.neighbourhood, self.open, self.phrases, self.level = (
            neighbourhood,
            open,
            phrases,
            level,
        )
        self.themes = themes or {}
        # Alike when equal. Above level 0 the phrases are sorted; at 0 as typed.
        ordered = (phrases[f] if level else tuple(sorted(phrases[f])) for f in FIELDS)
        self.key = (neighbourhood, open, *ordered)
        self._words: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        """Every value shown, and the theme words of each (what a reason may quote)."""
        if self._words is None:
            values = {v for found in self.phrases.values() for v in found}
            self._words = frozenset(values.union(*(self.themes.get(v, ()) for v in values)))
        return self._words


@dataclass
class Generalisation:
    """The outcome of `generalise`: what each unnamed resident shows, which groups are
    shown by their kind, and counts of what was generalised (for the README)."""

    k: int
    shown: dict[str, Shown] = field(default_factory=dict)
    hidden_groups: dict[str, str] = field(default_factory=dict)  # group id -> kind
    counts: Counter = field(default_factory=Counter)

    def sentences(self) -> list[str]:
        """What was generalised, in the export's language, naming nobody."""
        c = self.counts
        found = [t("kanon.rule", k=self.k)]
        if self.k <= 1:
            return [t("kanon.off")]
        if c["themed"] or c["dropped"]:
            found.append(t("kanon.phrases", themed=c["themed"], dropped=c["dropped"]))
        for what in ("neighbourhood", "open", "nothing"):
            if c[what]:
                one = "_one" if c[what] == 1 else ""
                found.append(t(f"kanon.{what}{one}", count=c[what]))
        kinds = Counter(self.hidden_groups.values())
        if kinds:
            shown = ", ".join(
                t("kanon.groups_kind", count=n, kind=kind_label(kind))
                for kind, n in sorted(kinds.items())
            )
            count = sum(kinds.values())
            one = "_one" if count == 1 else ""
            found.append(t(f"kanon.groups{one}", count=count, kinds=shown))
        if c["short"]:
            found.append(t("kanon.short", count=c["short"], k=self.k))
        if len(found) == 1:
            found.append(t("kanon.nothing_needed"))
        found.append(t("kanon.kept"))
        return found


def kind_label(kind: str) -> str:
    """A group as its kind: "een vereniging"."""
    return t(f"kanon.kind.{kind}") if kind in KINDS else t("kanon.kind.other")


KINDS = ("association", "institution", "place", "business")


def generalise(
    residents: list[dict[str, Any]],
    groups: dict[str, dict[str, Any]],
    ties: Iterable[tuple[str, str]],
    *,
    k: int,
    phrase: Callable[[str], str | None],
    lang: str,
) -> Generalisation:
    """Make the unnamed `residents` k-anonymous (module doc). `groups`: group id ->
    node; `ties`: (a, b) id pairs; `phrase`: a typed phrase as the export shows it
    (vocabulary word or theme, None: left out)."""
    result = Generalisation(k=k)
    ids = sorted(n["id"] for n in residents)
    by_id = {n["id"]: n for n in residents}
    # Per group its unnamed members (the named are seen): a set per group, not per
    # resident (6,500 sets instead of 100,000 at 100,000 residents).
    tied: dict[str, set[str]] = {}
    for a, b in ties:
        if a in groups:
            a, b = b, a
        if b in groups and a in by_id:
            tied.setdefault(b, set()).add(a)
    members = Counter({g: len(found) for g, found in tied.items()})
    del tied

    base = {i: _as_is(by_id[i], phrase, lang) for i in ids}
    result.shown = base
    if k <= 1:
        return result
    hidden = {g: groups[g]["kind"] for g in sorted(groups) if 0 < members[g] < k}
    result.hidden_groups = hidden
    # What many residents show alike is kept once (`once`): their theme sets and the
    # records of their ladders' upper steps, where most end up the same (at 100,000
    # residents 470,000 theme sets and a million keys: 300 MB, a tenth of it shared).
    once: dict[Any, Any] = {}
    themed = {
        i: {f: once.setdefault(v, v) for f, v in _themes(by_id[i], lang).items()} for i in ids
    }
    common = {f: Counter(th for i in ids for th in themed[i][f]) for f in FIELDS}
    ladder = {
        i: [once.setdefault(key, key) for key in _ladder(base[i], themed[i], common, k)]
        for i in ids
    }
    del once
    levels = _climb(ids, ladder, k)
    result.shown = {i: _from_key(ladder[i][lv], lv) if lv else base[i] for i, lv in levels.items()}
    keys = Counter(shown.key for shown in result.shown.values())
    result.counts["short"] = sum(1 for shown in result.shown.values() if keys[shown.key] < k)
    _count(result, base, ids)
    return result


def _climb(ids: list[str], ladder: dict[str, list[tuple]], k: int) -> dict[str, int]:
    """Each resident's step: as low on their ladder (of keys) as k allows (module doc).

    Rounds, in id order, over the residents whose record fewer than k share: one is
    joined at their step by others who show the same there and can be spared (their
    own class keeps k) or come as a whole class; else they go one step up."""
    level = dict.fromkeys(ids, 0)
    sizes = Counter(ladder[i][0] for i in ids)
    # Per step, who shows what there: those are who could join someone at that step.
    at_step = [dict[tuple, list[str]]() for _ in range(TOP + 1)]
    for i in ids:
        for lv, key in enumerate(ladder[i]):
            at_step[lv].setdefault(key, []).append(i)

    def move(i: str, lv: int) -> None:
        sizes[ladder[i][level[i]]] -= 1
        level[i] = lv
        sizes[ladder[i][lv]] += 1

    changed = True
    while changed:
        changed = False
        for x in ids:
            here = ladder[x][level[x]]
            if sizes[here] >= k:
                continue
            lv = level[x]
            joining = _joining(x, at_step[lv][here], level, ladder, sizes, k)
            if joining is not None:
                for i in joining:
                    move(i, lv)
            elif lv < TOP:
                move(x, lv + 1)
            else:
                continue
            changed = True
    return level


def _joining(
    x: str,
    alike: list[str],
    level: dict[str, int],
    ladder: dict[str, list[tuple]],
    sizes: Counter,
    k: int,
) -> list[str] | None:
    """Who can join `x` at their step without leaving fewer than k in their own class,
    enough of them to make k; None if there are not enough."""
    lv = level[x]
    here = ladder[x][lv]
    need = k - sizes[here]
    below = [i for i in alike if level[i] < lv and ladder[i][level[i]] != here]
    classes: dict[tuple, list[str]] = {}
    for i in below:
        classes.setdefault(ladder[i][level[i]], []).append(i)
    spared: list[str] = []
    whole: list[list[str]] = []
    for key, found in sorted(classes.items(), key=lambda kv: kv[1][0]):
        spare = sizes[key] - k
        if spare > 0:
            # The highest on their ladder first: they give up the least.
            found = sorted(found, key=lambda i: (-level[i], i))
            spared += found[:spare]
        if len(found) == sizes[key]:  # the whole class shows the same here
            whole.append(found)
    if len(spared) >= need:
        return sorted(spared, key=lambda i: (-level[i], i))[:need]
    for found in sorted(whole, key=lambda f: (len(f), f[0])):
        need -= len(found)
        spared += [i for i in found if i not in spared]
        if need <= 0:
            return spared
    return None


def _as_is(node: dict[str, Any], phrase: Callable[[str], str | None], lang: str) -> Shown:
    phrases: dict[str, tuple[str, ...]] = {}
    themes: dict[str, tuple[str, ...]] = {}
    for f in FIELDS:
        seen: list[str] = []
        for p in (p for source in SOURCE[f] for p in node.get(source, ())):
            value = phrase(p)
            if value and value not in seen:
                seen.append(value)
                themes[value] = theme_words(p, lang)
        phrases[f] = tuple(seen)
    return Shown(node.get("neighbourhood") or "", node.get("open") or "", phrases, 0, themes)


def _themes(node: dict[str, Any], lang: str) -> dict[str, frozenset[str]]:
    """Per field, the themes of a resident's phrases, as the export words them."""
    return {
        f: frozenset(
            w for source in SOURCE[f] for p in node.get(source, ()) for w in theme_words(p, lang)
        )
        for f in FIELDS
    }


_theme_cache: dict[tuple[str, str], tuple[str, ...]] = {}


def theme_words(text: str, lang: str) -> tuple[str, ...]:
    """'thema: tuin' for each theme of a phrase."""
    found = _theme_cache.get((text, lang))
    if found is None:
        vocabulary = starter_vocabulary()
        found = tuple(
            t("export.theme", themes=getattr(vocabulary.themes[th], lang))
            for th in sorted(vocabulary.themes_of(text))
            if th in vocabulary.themes
        )
        if len(_theme_cache) < 100_000:
            _theme_cache[text, lang] = found
    return found


def _ladder(
    base: Shown, themed: dict[str, frozenset[str]], common: dict[str, Counter], k: int
) -> list[tuple]:
    """A resident's record at every step of the ladder (`LEVELS`), as keys
    (neighbourhood, openness, gifts, offers, needs, interests): `_from_key` makes
    the record of the step they end on."""
    place, openness = base.neighbourhood, base.open
    themes = [tuple(sorted(themed[f])) for f in FIELDS]
    shared = [tuple(v for v in themes[n] if common[f][v] >= k) for n, f in enumerate(FIELDS)]
    gifts = shared[0]
    # The most common first: the ones most residents share (sorted is stable).
    ranked = sorted(gifts, key=lambda v: -common["gifts"][v])
    three, two, one = (tuple(sorted(ranked[:n])) for n in (3, 2, 1))
    return [
        base.key,
        (place, openness, *themes),  # themes
        (place, openness, *shared),  # common_themes
        (place, openness, gifts, (), (), ()),  # gifts_only
        (place, "", gifts, (), (), ()),  # no_open
        (place, "", three, (), (), ()),  # three_gifts
        (place, "", two, (), (), ()),  # two_gifts
        (place, "", one, (), (), ()),  # one_gift
        ("", "", one, (), (), ()),  # no_neighbourhood
        ("", "", (), (), (), ()),  # nothing
    ]


def _from_key(key: tuple, level: int) -> Shown:
    return Shown(key[0], key[1], dict(zip(FIELDS, key[2:], strict=True)), level)


def _count(result: Generalisation, base: dict[str, Shown], ids: list[str]) -> None:
    """What was generalised, counted for the README (`Generalisation.sentences`)."""
    c = result.counts
    for i in ids:
        now, before = result.shown[i], base[i]
        if now.level == 0:
            continue
        for f in FIELDS:
            kept = set(now.phrases[f])
            for value in before.phrases[f]:
                if value in kept:
                    continue
                # A value whose theme is still shown was generalised, else left out.
                if kept.intersection(before.themes.get(value, ())):
                    c["themed"] += 1
                else:
                    c["dropped"] += 1
        if before.neighbourhood and not now.neighbourhood:
            c["neighbourhood"] += 1
        if before.open and not now.open:
            c["open"] += 1
        if now.level == TOP and any(before.phrases[f] for f in FIELDS):
            c["nothing"] += 1
