"""The one function that looks up what the user reads: `t(code, **params)`.

Dutch by default, English on request (`--lang en` or ABCD_LANG=en). Each message has both
languages side by side so neither can go missing.

Where a new message goes: its code is `<word>.<name>`, and the word is the thing in the
neighbourhood or the app it is about, not the screen or layer that shows it (`walk.*` on
the walk screen and in `abcd walks`, `export.*` in the dialog and the CLI, `snapshot.*`
both in the app and `abcd snapshot`). Every code of one word lives in
`catalogue/<word>.py` (`import.*` in `import_.py`); a new word gets a new module, listed
in `catalogue/__init__.py`. A few words are parts of the app rather than of the
neighbourhood, where that reads best: `key.*` (the app's keys), `palette.*` (commands),
`record.*` (the residents and groups screens and their forms), `analysis.*` (the CLI's
analysis tables), `report.*` (the HTML report), `col.*` (CLI columns). A screen's own keys
sit with its word (`walk.key_*`). `tests/test_i18n.py` checks that every code the code uses
exists and every message is used; a code built at run time (`t(f"tie.{kind}")`) is listed
there with the place that builds it. A count with its noun is written
`{count:?bewoner|bewoners}` (the singular for one, see `_Counted`), never "bewoner(s)".
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterator
from contextlib import contextmanager

from abcd_tui.i18n.catalogue import MESSAGES

LANGUAGES = ("nl", "en")
_language = os.environ.get("ABCD_LANG", "nl") if os.environ.get("ABCD_LANG") in LANGUAGES else "nl"


def set_language(language: str) -> None:
    """Choose the language of everything shown from now on ('nl' or 'en')."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    _language = language


def language() -> str:
    """The language everything is shown in now ('nl' or 'en')."""
    return _language


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Everything shown inside the block in `language`; the language before comes back
    after it, so one `abcd` call (in a test, or a script calling `main`) never changes
    the language of the next."""
    global _language
    before = _language
    set_language(language)
    try:
        yield
    finally:
        _language = before


class _Counted(string.Formatter):
    """`{count:?bewoner|bewoners}` is the count and its noun: "1 bewoner", "3 bewoners"
    (the singular only for exactly one, "1.000" is plural). A count is passed as an int
    or as `number(n)`; every other field is filled as str.format fills it."""

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec.startswith("?"):
            one, _, many = format_spec[1:].partition("|")
            return f"{value} {one if str(value) == '1' else many}"
        return super().format_field(value, format_spec)


_COUNTED = _Counted()


def t(code: str, **params: object) -> str:
    """The message `code` in the current language, with `{params}` filled in.

    An unknown code is shown as itself rather than failing: a missing message must not
    hide the error it was meant to explain.
    """
    entry = MESSAGES.get(code)
    if entry is None:
        return code + (f" {params}" if params else "")
    template = entry[_language]
    try:
        return _COUNTED.vformat(template, (), params)
    except (KeyError, IndexError):
        return template


def number(n: int) -> str:
    """A count as people write it: 100.000 in Dutch, 100,000 in English."""
    text = f"{n:,}"
    return text.replace(",", ".") if _language == "nl" else text


def reason_text(reason: object) -> str:
    """A reason of the analysis (`code` and `params`) in the current language; a
    parameter that is itself a term (has a `code`) is translated too."""
    params = {
        k: t(v.code) if hasattr(v, "code") else v
        for k, v in reason.params.items()  # type: ignore[attr-defined]
    }
    return t(f"reason.{reason.code}", **params)  # type: ignore[attr-defined]
