"""Text rules: keys from names, phrases that match however they were typed.

"Koken ", "koken" and "KOKEN" are one gift; "café" and "cafe" match. The phrase is
kept as first typed (trimmed), the match key is used to compare.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Commas, semicolons, and line breaks (Alt+Enter in an Excel cell).
ITEM_SEPARATORS = re.compile(r"[;,\r\n]")  # between the items of one cell or field
# "Kerkstraat 12", "Kerkstraat 12a", "Kerkstraat 12-3", "Kerkstraat 12 bis"
_HOUSE_NUMBER = re.compile(r"\s+\d+[\w/-]*(\s+(bis|hs|[a-z]))?\s*$", re.IGNORECASE)


# Letters that do not decompose into a base letter and a mark (Turkish ı, Polish ł, ...).
_PLAIN_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
    }
)


def strip_accents(text: str) -> str:
    """'Café Één' -> 'Cafe Een', 'Yılmaz' -> 'Yilmaz' (decompose, drop the marks)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # phrases repeat a lot: a gift vocabulary is small
def clean_text(text: str) -> str:
    """Trim and fold runs of white space to one space; NFC so equal text is equal."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


@lru_cache(maxsize=1 << 16)
def clean_lines(text: str) -> str:
    """Longer text (notes): each line cleaned, line breaks kept, blank edges dropped."""
    lines = [
        clean_text(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    return "\n".join(lines).strip("\n")


@lru_cache(maxsize=1 << 16)
def match_key(phrase: str) -> str:
    """The key two phrases are compared by: case, white space and accents folded."""
    return strip_accents(clean_text(phrase)).casefold()


def slugify(name: str) -> str:
    """A human key from a name: 'Jannie van der Veen' -> 'jannie-van-der-veen'.

    Letters without an ASCII form (Arabic, Cyrillic, ...) are kept as they are, so
    every non-blank name gives a non-blank key.
    """
    ascii_form = _NOT_SLUG.sub("-", match_key(name)).strip("-")
    if ascii_form:
        return ascii_form
    return "-".join(match_key(name).split())


def split_items(cell: str) -> list[str]:
    """A spreadsheet cell with several items: 'koken; tuin, fietsen' -> three phrases.

    Items may also stand on lines of their own within the cell."""
    return unique_phrases(ITEM_SEPARATORS.split(cell))


def unique_phrases(phrases: Iterable[str]) -> list[str]:
    """Cleaned phrases in their first-typed form, one per match key, blanks dropped."""
    seen: set[str] = set()
    result = []
    for phrase in phrases:
        cleaned = clean_text(phrase)
        key = match_key(cleaned)
        if key and key not in seen:
            seen.add(key)
            result.append(cleaned)
    return result


def street_of(address: str) -> str:
    """The street of an address: 'Kerkstraat 12a' -> 'Kerkstraat'."""
    return _HOUSE_NUMBER.sub("", clean_text(address)).strip()


def unique_key(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`, ... whichever is not taken yet."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


REDACTED = "…"  # what a forgotten or hidden name becomes in free text


def name_pattern(name: str) -> re.Pattern[str] | None:
    """The full name as a whole word, in any case ("Truus Bakker", not "Truus
    Bakkerman"); None for a name too short to tell from other words."""
    name = " ".join(name.split())
    if len(name) < 3:
        return None
    words = r"\s+".join(re.escape(w) for w in name.split(" "))
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def redact(text: str, pattern: re.Pattern[str] | None) -> str:
    return pattern.sub(REDACTED, text) if pattern is not None and text else text


# What could steer a terminal or reorder a line, when a name or note holds it: C0
# controls (ESC starts CSI, OSC and DCS sequences; BEL ends OSC), DEL, C1 controls (8-bit
# CSI, OSC, DCS, ST), lone surrogates (unwritable), and the format characters that
# reorder or hide text (bidi marks, embeddings, overrides and isolates, the Arabic letter
# mark, zero-width space and word joiner, line and paragraph separators, BOM). Zero-width
# (non-)joiners stay: they join emoji and shape Persian and Indic script.
UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069"
    "\ufeff\ud800-\udfff]"
)
UNSAFE_BUT_LINES = re.compile(UNSAFE.pattern.replace("\x00-\x1f", "\x00-\x09\x0b-\x1f"))


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, lines: bool = False) -> str:
    """Text safe to show on a terminal: every control and reordering character shown as
    a visible stand-in ("\\x1b", "\\u202e"), everything else as typed (accents, emoji,
    combining marks). With `lines`, line breaks stay (notes); else they show as "\\x0a".

    For display only: the store keeps what was typed."""
    if text.isprintable() and text.isascii():  # the common case, without a regex
        return text
    return (UNSAFE_BUT_LINES if lines else UNSAFE).sub(_stand_in, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the control pictures: ␛ for ESC, ␇ for BEL, ...
    return "\u2421" if code == 0x7F else "\ufffd"  # ␡ for DEL, � for the rest


def visible_in_place(text: str) -> str:
    """`visible` for a field being edited: one stand-in character per character ("␛",
    "␇", "␡", else "�"), so the cursor stays where it is in the value as typed."""
    if text.isprintable() and text.isascii():
        return text
    return UNSAFE.sub(_picture, text)


# A searched word this short matches where a word of the record begins ("de v": "de
# Vries", not every name with a v in it: 4,637 of 5,000 demo residents did); a longer one
# anywhere, so "tuin" finds "moestuin" and "straat" every street.
WORD_START_BELOW = 3


def searched_words(query: str) -> list[re.Pattern[str]]:
    """A pattern for each word of `query`, to search folded text with (a short word
    only where a word begins: `WORD_START_BELOW`)."""
    patterns = []
    for word in match_key(query).split():
        anywhere = re.escape(word)
        patterns.append(
            re.compile(anywhere if len(word) >= WORD_START_BELOW else rf"(?<!\w){anywhere}")
        )
    return patterns
