"""Matching phrases typed in different words: the same gift, a close one, one theme.

Three levels, strongest first, for two phrases a and b:

- ``same``: equal match keys (case, spaces and accents folded: "Koken " = "koken")
- ``close``: the content words of one are all in the other ("muziek" / "muziek maken";
  "hulp in de tuin" / "tuin"), after dropping little words (de, het, hulp, ...)
- ``theme``: they share a theme of the starter vocabulary ("hulp in de tuin" and
  "tuinieren" share `tuin`)

A `PhraseIndex` finds matches without comparing every pair (see its doc): O(2^w + t)
terms per look-up for a phrase of w content words and t themes, plus the matches.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from abcd_tui.domain.text import match_key
from abcd_tui.domain.vocabulary import starter_vocabulary

SAME, CLOSE, THEME = "same", "close", "theme"
LEVEL_RANK = {SAME: 3, CLOSE: 2, THEME: 1}

# Words that carry no gift of their own: "hulp bij het koken" is about "koken".
LITTLE_WORDS = frozenset(
    {
        # Dutch
        "de",
        "het",
        "een",
        "en",
        "in",
        "op",
        "van",
        "voor",
        "met",
        "aan",
        "bij",
        "naar",
        "te",
        "om",
        "of",
        "over",
        "uit",
        "door",
        "mijn",
        "je",
        "hulp",
        "helpen",
        "iemand",
        "iets",
        "leren",
        "samen",
        "af",
        "toe",
        "graag",
        "wat",
        # English
        "the",
        "a",
        "an",
        "and",
        "to",
        "for",
        "with",
        "on",
        "at",
        "by",
        "my",
        "help",
        "helping",
        "someone",
        "learn",
    }
)


@lru_cache(maxsize=1 << 14)
def content_words(phrase: str) -> frozenset[str]:
    """The words of a phrase that say what it is about (little words dropped)."""
    words = frozenset(w for w in match_key(phrase).replace("-", " ").split() if w)
    meaningful = words - LITTLE_WORDS
    return meaningful or words


@lru_cache(maxsize=1 << 14)
def themes(phrase: str) -> frozenset[str]:
    """The starter vocabulary's themes of a phrase (its own, or of phrases it contains)."""
    return starter_vocabulary().themes_of(phrase)


def match_level(a: str, b: str, *, use_themes: bool = True) -> str | None:
    """How well phrase `a` matches phrase `b`: SAME, CLOSE, THEME or None."""
    if match_key(a) == match_key(b):
        return SAME
    wa, wb = content_words(a), content_words(b)
    if wa and wb and (wa <= wb or wb <= wa):
        return CLOSE
    if use_themes and themes(a) & themes(b):
        return THEME
    return None


def shared_theme(a: str, b: str) -> str | None:
    """One theme both phrases have (the first alphabetically), or None."""
    both = sorted(themes(a) & themes(b))
    return both[0] if both else None


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
    content words and every subset of it (CLOSE: a look-up of "muziek" finds "muziek
    maken" under the subset {muziek}; a look-up of "muziek maken" finds "muziek" under
    its whole set {muziek}), and, when `with_themes`, its themes (THEME). Who recorded
    a phrase hangs under (scope, match key): a scope is a neighbourhood, so a look-up
    finds neighbours only, and a phrase recorded by 200 residents is filed once.
    """

    def __init__(self, *, with_themes: bool) -> None:
        self.with_themes = with_themes
        self._owners: dict[tuple[Hashable, str], list[Posting]] = {}
        self._terms: dict[tuple, list[str]] = {}
        self._filed: set[str] = set()
        # Look-ups remembered (see `found`): emptied by every `add`.
        self._keys: dict[tuple[str, bool], list[tuple[str, str]]] = {}
        self._found: dict[tuple[Hashable, str, bool], tuple[tuple[Posting, str], ...]] = {}

    def add(self, scope: Hashable, owner: str, field: str, phrases: Iterable[str]) -> None:
        self._keys.clear()
        self._found.clear()
        owners = self._owners
        for phrase in phrases:
            key = match_key(phrase)
            entry = owners.get((scope, key))
            if entry is None:
                entry = owners[scope, key] = []
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
        self, scope: Hashable, phrase: str, *, themes: bool = True
    ) -> tuple[tuple[Posting, str], ...]:
        """`matches` as (posting, level) pairs, in the same order, remembered.

        Introductions look up the same few hundred phrases in the same neighbourhood for
        resident after resident (480 residents, 24,000 look-ups on the 5,000 demo): each
        distinct look-up is computed once.
        """
        remembered = self._found.get((scope, phrase, themes))
        if remembered is None:
            owners = self._owners
            found: dict[Posting, str] = {}
            for key, level in self._matching_keys(phrase, themes):
                for posting in owners.get((scope, key), ()):
                    found[posting] = level
            remembered = self._found[scope, phrase, themes] = tuple(found.items())
        return remembered

    def _matching_keys(self, phrase: str, themes: bool) -> list[tuple[str, str]]:
        """The filed match keys matching `phrase`, each with its best level (any scope)."""
        remembered = self._keys.get((phrase, themes))
        if remembered is None:
            levels: dict[str, str] = {}
            terms = self._terms
            for term, level in _looked_up_by(phrase, self.with_themes and themes):
                for key in terms.get(term, ()):
                    if key not in levels or LEVEL_RANK[level] > LEVEL_RANK[levels[key]]:
                        levels[key] = level
            remembered = self._keys[phrase, themes] = list(levels.items())
        return remembered


@lru_cache(maxsize=1 << 14)
def _filed_under(phrase: str, with_themes: bool) -> tuple[tuple, ...]:
    words = content_words(phrase)
    terms: list[tuple] = [("k", match_key(phrase)), ("f", words)]
    terms += [("s", subset) for subset in _subsets(words)]
    if with_themes:
        terms += [("t", theme) for theme in sorted(themes(phrase))]
    return tuple(terms)


@lru_cache(maxsize=1 << 14)
def _looked_up_by(phrase: str, with_themes: bool) -> tuple[tuple[tuple, str], ...]:
    words = content_words(phrase)
    terms: list[tuple[tuple, str]] = [(("k", match_key(phrase)), SAME), (("s", words), CLOSE)]
    terms += [(("f", subset), CLOSE) for subset in _subsets(words) if subset != words]
    if with_themes:
        terms += [(("t", theme), THEME) for theme in sorted(themes(phrase))]
    return tuple(terms)
