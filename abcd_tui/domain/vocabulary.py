"""The starter gift vocabulary: Dutch phrases with English labels, each in one or more
themes, in the spirit of the ABCD capacity inventory.

Themes are what let a need meet an offer in other words: "hulp in de tuin" (vraag) and
"tuinieren" (aanbod) share the theme `tuin`. The data is a file shipped in the package
(`data/vocabulary.json`); the phrases a team records grow the vocabulary in the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from abcd_tui.domain.text import match_key

GIFT_KINDS = ("head", "hands", "heart")


@dataclass(frozen=True)
class Theme:
    id: str
    nl: str
    en: str


@dataclass(frozen=True)
class Phrase:
    nl: str
    en: str
    themes: tuple[str, ...]
    gift: str | None  # head, hands, heart, or None for a phrase that is usually a need


@dataclass(frozen=True, eq=False)  # eq=False: hashed by identity, so it can be cached on
class Vocabulary:
    themes: dict[str, Theme]
    phrases: tuple[Phrase, ...]

    @property
    def by_key(self) -> dict[str, Phrase]:
        return _index(self)

    def find(self, phrase: str) -> Phrase | None:
        """The starter phrase this text is (however it was typed), or None."""
        return self.by_key.get(match_key(phrase))

    def themes_of(self, phrase: str) -> frozenset[str]:
        """The themes of a phrase: its own, or those of starter phrases and theme names
        whose words it contains whole ("muziek maken op feestjes" -> the themes of
        "muziek maken"; "hulp met de tuin" -> tuin)."""
        found = self.find(phrase)
        if found is not None:
            return frozenset(found.themes)
        words = f" {match_key(phrase)} "
        themes: set[str] = set()
        for key, known in self.by_key.items():
            if f" {key} " in words:
                themes.update(known.themes)
        # A theme's own name is that theme: "iemand voor de tuin" -> tuin.
        for theme in self.themes.values():
            if any(f" {match_key(name)} " in words for name in (theme.nl, theme.en)):
                themes.add(theme.id)
        return frozenset(themes)

    def of_gift(self, gift: str | None) -> list[Phrase]:
        """The phrases of one kind of gift (head, hands, heart), or the needs (None)."""
        return [p for p in self.phrases if p.gift == gift]


@cache
def _index(vocabulary: Vocabulary) -> dict[str, Phrase]:
    return {match_key(p.nl): p for p in vocabulary.phrases}


@cache
def starter_vocabulary() -> Vocabulary:
    """The vocabulary shipped with the package (read once)."""
    raw = json.loads(
        resources.files("abcd_tui.domain").joinpath("data/vocabulary.json").read_text("utf-8")
    )
    themes = {key: Theme(key, t["nl"], t["en"]) for key, t in raw["themes"].items()}
    phrases = tuple(
        Phrase(p["nl"], p["en"], tuple(p["themes"]), p.get("gift")) for p in raw["phrases"]
    )
    return Vocabulary(themes, phrases)
