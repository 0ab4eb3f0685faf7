"""Matching phrases typed in different words: the same gift, the same words, a synonym,
a broader or narrower term, one theme.

Five levels, strongest first, for two phrases a and b (see `phrases.understand`):

- ``same``: equal match keys (case, spaces and accents folded: "Koken " = "koken")
- ``close``: the same words, word forms folded: the stems of one are all in the other
  ("muziek" / "muziek maken"; "hulp bij het koken" / "kookt graag"; "fiets" / "fietsen")
- ``synonym``: they name one thesaurus concept ("hulp in de tuin" / "tuinieren";
  "computerles" / "computer repareren"; "dog walking" / "honden uitlaten")
- ``related``: one names a concept broader than the other's ("hulp in de tuin" /
  "onkruid wieden"; "bewegen" / "wandelen")
- ``theme``: they share a theme of the starter vocabulary, the coarsest level ("hulp bij
  formulieren" and "computers" are both `administratie-en-computer`)

A `PhraseIndex` finds matches without comparing every pair (see its doc): O(2^w + c + t)
terms per look-up for a phrase of w content words, c concepts and t themes, plus the
matches.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from abcd_tui.analysis.phrases import understand
from abcd_tui.domain.text import match_key
from abcd_tui.domain.vocabulary import starter_vocabulary

SAME, CLOSE, SYNONYM, RELATED, THEME = "same", "close", "synonym", "related", "theme"
LEVEL_RANK = {SAME: 5, CLOSE: 4, SYNONYM: 3, RELATED: 2, THEME: 1}


def match_level(a: str, b: str, *, use_themes: bool = True) -> str | None:
    """How well phrase `a` matches phrase `b`: SAME, CLOSE, SYNONYM, RELATED, THEME or None."""
    ta, tb = understand(a), understand(b)
    if ta.key == tb.key:
        return SAME
    if ta.stems and tb.stems and (ta.stems <= tb.stems or tb.stems <= ta.stems):
        return CLOSE
    if ta.concepts & tb.concepts:
        return SYNONYM
    if ta.concepts & tb.wider or ta.wider & tb.concepts:
        return RELATED
    if use_themes and ta.themes & tb.themes:
        return THEME
    return None


def themes(phrase: str) -> frozenset[str]:
    """The themes of a phrase: the starter vocabulary's and its concepts'."""
    return understand(phrase).themes


def shared_theme(a: str, b: str) -> str | None:
    """One theme both phrases have (the first alphabetically), or None."""
    both = sorted(themes(a) & themes(b))
    return both[0] if both else None


def theme_words(theme: str) -> tuple[str, str]:
    """A theme's name in Dutch and English (the id itself when unknown)."""
    known = starter_vocabulary().themes.get(theme)
    return (known.nl, known.en) if known else (theme, theme)


class Posting(NamedTuple):
    """One recorded phrase: whose, in which field, as typed (a tuple: cheap to make)."""

    owner: str  # node id
    field: str  # the field the phrase was recorded in (offers, needs, hands, tags, ...)
    phrase: str


MAX_SUBSET_WORDS = 4  # phrases of more content words are filed under each word only


def _subsets(words: frozenset[str]) -> list[frozenset[str]]:
    """Every non-empty subset of `words` (or the single words, for long phrases)."""
    items = sorted(words)
    if len(items) > MAX_SUBSET_WORDS:
        return [frozenset([w]) for w in items] + [words]
    return [frozenset(c) for r in range(1, len(items) + 1) for c in combinations(items, r)]


class PhraseIndex:
    """Phrases filed so that a look-up returns only real matches, with their level.

    Each distinct phrase is filed once under its match key (SAME), its whole set of
    stems and every subset of it (CLOSE: a look-up of "muziek" finds "muziek maken"
    under the subset {muziek}; a look-up of "muziek maken" finds "muziek" under its
    whole set {muziek}), its thesaurus concepts (SYNONYM) and their broader concepts
    (RELATED, either way), and, when `with_themes`, its themes (THEME). Who recorded
    a phrase hangs under (scope, match key): a scope is a neighbourhood, so a look-up
    finds neighbours only, and a phrase recorded by 200 residents is filed once.
    """

    def __init__(self, *, with_themes: bool) -> None:
        self.with_themes = with_themes
        # scope -> match key -> its postings there
        self._owners: dict[Hashable, dict[str, list[Posting]]] = {}
        self._terms: dict[tuple, list[str]] = {}
        self._filed: set[str] = set()
        self._key_of: dict[str, str] = {}  # phrase -> match_key(phrase)
        # Look-ups remembered (see `found`): emptied by every `add`.
        self._keys: dict[tuple[str, bool, bool], list[tuple[str, str]]] = {}
        # Per scope: (phrase, themes, related) -> what `found` found there.
        self._found: dict[Hashable, dict[tuple, tuple[tuple[Posting, str], ...]]] = {}

    def add(self, scope: Hashable, owner: str, field: str, phrases: Iterable[str]) -> None:
        """File `phrases`, recorded by `owner` in `field`, under `scope`."""
        if self._keys:
            self._keys.clear()
        if self._found:
            self._found.clear()
        owners = self._owners.get(scope)
        if owners is None:
            owners = self._owners[scope] = {}
        keys = self._key_of
        for phrase in phrases:
            # The same few thousand phrases, typed by resident after resident: each
            # folded once (`match_key` costs 1 µs, a look-up here 50 ns).
            key = keys.get(phrase)
            if key is None:
                key = keys[phrase] = match_key(phrase)
            entry = owners.get(key)
            if entry is None:
                entry = owners[key] = []
                if key not in self._filed:
                    self._filed.add(key)
                    for term in _filed_under(phrase, self.with_themes):
                        self._terms.setdefault(term, []).append(key)
            entry.append(Posting(owner, field, phrase))

    def matches(self, scope: Hashable, phrase: str, *, themes: bool = True) -> dict[Posting, str]:
        """Every phrase in `scope` matching `phrase`, with its best level (themes only
        when the index has them and `themes` is true)."""
        return dict(self.found(scope, phrase, themes=themes))

    def found(
        self, scope: Hashable, phrase: str, *, themes: bool = True, related: bool = True
    ) -> tuple[tuple[Posting, str], ...]:
        """`matches` as (posting, level) pairs, in the same order, remembered; without
        RELATED matches when not `related`.

        Introductions look up the same few hundred phrases in the same neighbourhood for
        resident after resident (480 residents, 24,000 look-ups on the 5,000 demo): each
        distinct look-up is computed once.
        """
        in_scope = self._found.get(scope)
        if in_scope is None:
            if scope not in self._owners:
                return ()  # nothing filed there (and nothing to remember)
            in_scope = self._found[scope] = {}
        remembered = in_scope.get((phrase, themes, related))
        if remembered is None:
            owners = self._owners[scope].get
            found: dict[Posting, str] = {}
            for key, level in self._matching_keys(phrase, themes, related):
                postings = owners(key)
                if postings is not None:
                    for posting in postings:
                        found[posting] = level
            remembered = in_scope[phrase, themes, related] = tuple(found.items())
        return remembered

    def has(self, scope: Hashable) -> bool:
        """Whether anything is filed under `scope` (else `found` there finds nothing)."""
        return scope in self._owners

    def forget_found(self, scope: Hashable) -> None:
        """Drop what `found` remembers for `scope` (what is asked again is found again,
        the same): the introductions of a whole map go neighbourhood by neighbourhood
        and keep one neighbourhood's look-ups at a time, not every one's (200 MB at
        100,000 residents)."""
        self._found.pop(scope, None)

    def _matching_keys(self, phrase: str, themes: bool, related: bool) -> list[tuple[str, str]]:
        """The filed match keys matching `phrase`, each with its best level (any scope)."""
        remembered = self._keys.get((phrase, themes, related))
        if remembered is None:
            levels: dict[str, str] = {}
            terms = self._terms
            for term, level in _looked_up_by(phrase, self.with_themes and themes):
                if level == RELATED and not related:
                    continue
                for key in terms.get(term, ()):
                    if key not in levels or LEVEL_RANK[level] > LEVEL_RANK[levels[key]]:
                        levels[key] = level
            remembered = self._keys[phrase, themes, related] = list(levels.items())
        return remembered


@lru_cache(maxsize=1 << 14)
def _filed_under(phrase: str, with_themes: bool) -> tuple[tuple, ...]:
    terms_of = understand(phrase)
    words = terms_of.stems
    terms: list[tuple] = [("k", terms_of.key), ("f", words)]
    terms += [("s", subset) for subset in _subsets(words)]
    terms += [("c", c) for c in sorted(terms_of.concepts)]
    terms += [("w", c) for c in sorted(terms_of.wider)]
    if with_themes:
        terms += [("t", theme) for theme in sorted(terms_of.themes)]
    return tuple(terms)


@lru_cache(maxsize=1 << 14)
def _looked_up_by(phrase: str, with_themes: bool) -> tuple[tuple[tuple, str], ...]:
    terms_of = understand(phrase)
    words = terms_of.stems
    terms: list[tuple[tuple, str]] = [(("k", terms_of.key), SAME), (("s", words), CLOSE)]
    terms += [(("f", subset), CLOSE) for subset in _subsets(words) if subset != words]
    terms += [(("c", c), SYNONYM) for c in sorted(terms_of.concepts)]
    # Filed narrower than what is asked ("onkruid wieden" for "hulp in de tuin"), or
    # broader ("tuinieren" for "gras maaien").
    terms += [(("w", c), RELATED) for c in sorted(terms_of.concepts)]
    terms += [(("c", c), RELATED) for c in sorted(terms_of.wider)]
    if with_themes:
        terms += [(("t", theme), THEME) for theme in sorted(terms_of.themes)]
    return tuple(terms)
