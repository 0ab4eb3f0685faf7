"""The one function that looks up what the user reads: `t(code, **params)`.

Dutch by default, English on request (`--lang en` or ABCD_LANG=en). Messages live in
`messages.py`, each with both languages side by side so neither can go missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from abcd_tui.i18n.messages import MESSAGES

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
        return template.format(**params)
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
