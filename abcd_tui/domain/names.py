"""When two typed names are probably one person, and what a revisit keeps.

"Dien van der Berg", "dien van der berg", "Berg, Dien van der", "D. van der Berg" and
"Dien van der Brg" are the same person typed five ways; "Dien Jansen" is not. A name
that scores `LIKELY` or more against a record in the register is offered before a new
record is made, so the builder decides, never the machine.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from rapidfuzz import fuzz

from abcd_tui.domain.records import Openness, Resident
from abcd_tui.domain.text import match_key, street_of, unique_phrases

# A score (0-100) from which a name is offered as "did you mean ...?".
LIKELY = 85
# What the street adds or takes: the same street makes one person likelier, another
# street makes a namesake likelier.
SAME_STREET = 8
OTHER_STREET = -12

_INITIAL = re.compile(r"^[a-z]\.?$")
_NOT_LETTERS = re.compile(r"[^\w\s'-]+")


def normal_name(name: str) -> str:
    """The name in one form: case, accents and spaces folded, "Berg, Dien van der" turned
    round to "dien van der berg", punctuation but the apostrophe and hyphen dropped."""
    key = match_key(name)
    if "," in key:
        last, _, first = key.partition(",")
        key = f"{first} {last}"
    key = key.replace(".", ". ")
    return " ".join(_NOT_LETTERS.sub(" ", key).split())


def _initials_match(a: list[str], b: list[str]) -> bool:
    """'d van der berg' against 'dien van der berg': the same but for first names
    written as initials ("D." or "D")."""
    if len(a) != len(b) or a == b:
        return False
    shortened = False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        short, full = (x, y) if _INITIAL.match(x) else (y, x)
        if not (_INITIAL.match(short) and full.startswith(short[0])):
            return False
        shortened = True
    return shortened and a[-1] == b[-1]


def name_score(typed: str, known: str) -> int:
    """How alike two names are, 0-100: 100 the same name however typed, 90 the same
    with initials for first names, else rapidfuzz's similarity of the normal forms."""
    a, b = normal_name(typed), normal_name(known)
    if not a or not b:
        return 0
    if a == b:
        return 100
    words_a, words_b = a.replace(".", "").split(), b.replace(".", "").split()
    if _initials_match(words_a, words_b):
        return 90
    a, b = " ".join(words_a), " ".join(words_b)
    score = round(max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)))
    if _initials_conflict(words_a, words_b) or _other_first_name(words_a, words_b):
        score = min(score, LIKELY - 25)  # "E. van der Berg", "Kees van der Berg": family
    return score


def _other_first_name(a: list[str], b: list[str]) -> bool:
    """Two full first names that are not one typed wrong ("Kees" and "Dien")."""
    if len(a) < 2 or len(b) < 2 or _INITIAL.match(a[0]) or _INITIAL.match(b[0]):
        return False
    return fuzz.ratio(a[0], b[0]) < 60


def _initials_conflict(a: list[str], b: list[str]) -> bool:
    """A first name written as an initial that is not the other's first letter."""
    return bool(a and b) and any(
        (_INITIAL.match(x) and not y.startswith(x[0]))
        or (_INITIAL.match(y) and not x.startswith(y[0]))
        for x, y in zip(a, b, strict=False)
        if x != y
    )


def person_score(typed: str, typed_address: str, known: str, known_address: str) -> int:
    """`name_score`, raised for the same street and lowered for another one (both
    known); an unknown street changes nothing."""
    score = name_score(typed, known)
    mine, theirs = match_key(street_of(typed_address)), match_key(street_of(known_address))
    if score and mine and theirs:
        score += SAME_STREET if mine == theirs else OTHER_STREET
    return max(0, min(100, score))


def revisit_of(old: Resident, typed: Resident) -> Resident:
    """The record we had, with what was told today: gifts and the rest added to what we
    knew, a typed address or note taking the place of the old one, a yes to consent or
    to introductions recorded. The register's name stays (the typed one was a variant)."""
    values: dict[str, Any] = {
        f: unique_phrases([*getattr(old, f), *getattr(typed, f)])
        for f in ("head", "hands", "heart", "interests", "offers", "needs")
    }
    values.update(
        address=typed.address or old.address,
        neighbourhood=old.neighbourhood or typed.neighbourhood,
        notes=typed.notes or old.notes,
        walk_id=typed.walk_id or old.walk_id,
    )
    if typed.open_to_introductions != Openness.UNKNOWN:
        values["open_to_introductions"] = typed.open_to_introductions
    if typed.consent and not old.consent:
        values.update(consent=True, consent_date=typed.consent_date)
    return dataclasses.replace(old, **values)
