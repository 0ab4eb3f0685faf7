"""The columns of the three import files, their Dutch aliases, and the words accepted in
cells with a fixed set of values (kinds, yes/no, strength).

Headers and values are matched case-, space- and accent-insensitively.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from difflib import get_close_matches
from functools import lru_cache

from abcd_tui.domain.records import AGE_BANDS, GroupKind, Openness, Strength, TieKind
from abcd_tui.domain.text import match_key

PEOPLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "key": ("key", "sleutel", "code", "id"),
    "name": ("name", "naam", "volledige naam", "full name"),
    # A name in parts, as many registers keep it; joined into `name`.
    "first_name": ("first_name", "first name", "voornaam", "roepnaam"),
    "infix": ("infix", "tussenvoegsel", "tussenvoegsels"),
    "last_name": ("last_name", "last name", "surname", "achternaam"),
    "address": ("address", "adres", "straat", "street", "straat en huisnummer"),
    "neighbourhood": (
        "neighbourhood",
        "neighborhood",
        "wijk",
        "dorp",
        "wijk/dorp",
        "wijk of dorp",
        "buurt",
        "village",
        "district",
    ),
    "age_band": ("age_band", "age band", "leeftijd", "leeftijdsgroep", "leeftijdscategorie"),
    "head": ("head", "hoofd", "kennis", "knowledge"),
    "hands": ("hands", "handen", "vaardigheden", "skills"),
    "heart": ("heart", "hart", "passie", "passies", "passions"),
    "interests": ("interests", "interesses", "interesse", "hobby's", "hobbies"),
    "offers": ("offers", "offer", "aanbod"),
    "needs": ("needs", "need", "vraag", "vragen", "hulpvraag"),
    "open_to_introductions": (
        "open_to_introductions",
        "open to introductions",
        "open voor kennismaking",
        "kennismaking",
        "open voor introductie",
        "introductie",
        "open voor introducties",
    ),
    "consent": ("consent", "toestemming"),
    "consent_date": ("consent_date", "consent date", "datum toestemming", "toestemming datum"),
    "notes": ("notes", "note", "notities", "notitie", "opmerkingen", "opmerking"),
}

GROUP_COLUMNS: dict[str, tuple[str, ...]] = {
    "key": ("key", "sleutel", "code", "id"),
    "name": ("name", "naam"),
    "kind": ("kind", "soort", "type"),
    "address": ("address", "adres"),
    "description": ("description", "beschrijving", "omschrijving"),
    "tags": ("tags", "labels", "trefwoorden"),
    "contact": ("contact", "contactpersoon", "contact resident"),
}

TIE_COLUMNS: dict[str, tuple[str, ...]] = {
    "from": ("from", "van"),
    "to": ("to", "naar"),
    "kind": ("kind", "soort", "type", "relatie"),
    "strength": ("strength", "sterkte"),
    "since": ("since", "sinds", "vanaf"),
    "note": ("note", "notes", "notitie", "opmerking", "notities"),
}

REQUIRED = {"people": ("name",), "groups": ("name", "kind"), "ties": ("from", "to", "kind")}
COLUMNS = {"people": PEOPLE_COLUMNS, "groups": GROUP_COLUMNS, "ties": TIE_COLUMNS}

# Multi-value cells: items separated by commas or semicolons.
LIST_FIELDS = {
    "people": ("head", "hands", "heart", "interests", "offers", "needs"),
    "groups": ("tags",),
    "ties": (),
}


def word_key(text: str) -> str:
    """How headers and fixed values are compared: letters and digits only, so
    'Wijk / Dorp' == 'wijk/dorp' and 'Open voor kennismaking?' == 'open voor kennismaking'.
    ('+' stays: it tells '75+' apart.)"""
    return re.sub(r"[^\w+]|_", "", match_key(text))


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {word_key(alias): name for name, aliases in table.items() for alias in aliases}


_HEADER_LOOKUP = {sheet: _lookup(columns) for sheet, columns in COLUMNS.items()}


def column_for(sheet: str, header: str) -> str | None:
    """The field a header names in this kind of file, or None."""
    return _HEADER_LOOKUP[sheet].get(word_key(header))


def closest_header(sheet: str, header: str) -> str | None:
    """For an unknown header, the alias it most resembles (for 'did you mean')."""
    found = get_close_matches(word_key(header), list(_HEADER_LOOKUP[sheet]), n=1, cutoff=0.75)
    if not found:
        return None
    field = _HEADER_LOOKUP[sheet][found[0]]
    aliases = COLUMNS[sheet][field]
    return next((a for a in aliases if word_key(a) == found[0]), field)


GROUP_KIND_WORDS = _lookup(
    {
        GroupKind.ASSOCIATION: ("association", "vereniging", "club", "groep", "informele groep"),
        GroupKind.INSTITUTION: ("institution", "instelling", "organisatie", "instantie"),
        GroupKind.PLACE: ("place", "plek", "plaats", "ontmoetingsplek", "locatie"),
        GroupKind.BUSINESS: ("business", "ondernemer", "bedrijf", "onderneming", "winkel", "zaak"),
    }
)

TIE_KIND_WORDS = _lookup(
    {
        TieKind.NEIGHBOUR: ("neighbour", "neighbor", "buur", "buren", "buurman", "buurvrouw"),
        TieKind.FRIEND: ("friend", "vriend", "vriendin", "vrienden"),
        TieKind.FAMILY: ("family", "familie", "gezin"),
        TieKind.COLLEAGUE: ("colleague", "collega"),
        TieKind.ACQUAINTANCE: ("acquaintance", "kennis", "bekende"),
        TieKind.MEMBER: ("member", "lid"),
        TieKind.ORGANISER: ("organiser", "organizer", "organisator", "bestuur", "bestuurslid"),
        TieKind.VOLUNTEER: ("volunteer", "vrijwilliger"),
        TieKind.VISITOR: ("visitor", "bezoeker", "gast"),
        TieKind.CLIENT: ("client", "cliënt", "klant"),
        TieKind.STAFF: ("staff", "medewerker", "personeel", "werknemer"),
        TieKind.PARTNER: ("partner", "samenwerking", "partnerorganisatie"),
        TieKind.USES_PLACE: (
            "uses_place",
            "uses place",
            "gebruikt plek",
            "gebruikt",
            "locatie van",
        ),
    }
)

STRENGTH_WORDS = _lookup(
    {Strength.WEAK: ("weak", "zwak", "los"), Strength.STRONG: ("strong", "sterk", "hecht")}
)

OPENNESS_WORDS = _lookup(
    {
        Openness.YES: ("yes", "y", "ja", "j", "graag", "true", "1", "x"),
        Openness.NOT_NOW: ("not_now", "not now", "nu niet", "niet nu", "later"),
        Openness.NO: ("no", "n", "nee", "false", "0"),
        Openness.UNKNOWN: ("unknown", "onbekend", "?", "weet niet", "niet gevraagd"),
    }
)

YES_NO_WORDS = {**{w: True for w in ("yes", "y", "ja", "j", "true", "1", "x")}}
YES_NO_WORDS.update({w: False for w in ("no", "n", "nee", "false", "0")})

AGE_BAND_WORDS = {word_key(b.replace("-", " tot ")): b for b in AGE_BANDS} | {
    word_key(b): b for b in AGE_BANDS
}


# The Dutch word shown for each value in messages (every word here is also accepted).
DUTCH_WORDS = {
    "association": "vereniging",
    "institution": "instelling",
    "place": "plek",
    "business": "ondernemer",
    "neighbour": "buren",
    "friend": "vriend",
    "family": "familie",
    "colleague": "collega",
    "acquaintance": "kennis",
    "member": "lid",
    "organiser": "organisator",
    "volunteer": "vrijwilliger",
    "visitor": "bezoeker",
    "client": "cliënt",
    "staff": "medewerker",
    "partner": "partner",
    "uses_place": "gebruikt plek",
    "weak": "zwak",
    "strong": "sterk",
    "yes": "ja",
    "not_now": "nu niet",
    "no": "nee",
    "unknown": "onbekend",
    "True": "ja",
    "False": "nee",
}
_ENGLISH_WORDS = {"True": "yes", "False": "no"}


def in_words(value: object) -> dict[str, str]:
    """One value as message parameters in both languages: {'word_nl': .., 'word_en': ..}."""
    text = str(value)
    return {
        "word_nl": DUTCH_WORDS.get(text, text),
        "word_en": _ENGLISH_WORDS.get(text, text.replace("_", " ")),
    }


_ALLOWED: dict[int, tuple[Mapping[str, object], dict[str, str]]] = {}


def allowed(words: Mapping[str, object]) -> dict[str, str]:
    """The values of a word table as message parameters, in Dutch and in English.

    Worked out once per table (a file of 100,000 bad cells asks 100,000 times)."""
    cached = _ALLOWED.get(id(words))
    if cached is not None and cached[0] is words:
        return dict(cached[1])
    values = list(dict.fromkeys(str(v) for v in words.values()))
    found = {
        "allowed_nl": ", ".join(in_words(v)["word_nl"] for v in values),
        "allowed_en": ", ".join(in_words(v)["word_en"] for v in values),
    }
    _ALLOWED[id(words)] = (words, found)
    return dict(found)


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d")
_PARTIAL_DATE = re.compile(r"(19|20)\d\d(-(0[1-9]|1[0-2]))?")  # '2019' or '2019-03'


@lru_cache(maxsize=4096)  # a column of dates repeats them (and strptime is slow)
def parse_date(text: str) -> str | None:
    """'2026-03-01', '1-3-2026', '01/03/2026' -> '2026-03-01' (day first, as in Dutch).

    None if the text is not a date."""
    text = text.strip()
    if "T" in text:
        text = text.split("T", 1)[0]
    if _PARTIAL_DATE.fullmatch(text):
        return text  # a year or a month is as much as many people remember
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


_EXCEL_DAY_ZERO = dt.date(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug included)


def excel_serial_date(text: str) -> str | None:
    """'45000' -> '2023-03-15': the date Excel shows for a day number, when a date column
    was saved as a number. None if the text is no day number of 1900-2100."""
    text = text.strip()
    if not text.isdigit() or not 1 <= int(text) <= 73_050:
        return None
    return (_EXCEL_DAY_ZERO + dt.timedelta(days=int(text))).isoformat()
