"""Person tokens: a resident named by id inside a frozen text, not by name.

A snapshot freezes the analysis's reasons ("één band: met Hanna"). Frozen with the
name in it, the text could not be pseudonymised in an export, nor erased when Hanna
asks to be forgotten. So a snapshot's analysis runs on a graph whose residents are
called `⟦<id>⟧`, and the name goes in at the edge: the real name, a pseudonym, or
"iemand" for a person who has been forgotten since.
"""

from __future__ import annotations

import re
from collections.abc import Callable

OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧: brackets no name or gift is typed with
TOKEN = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
FORGOTTEN = ""  # the id a forgotten person's token is left with


def person_token(record_id: str) -> str:
    return f"{OPEN}{record_id}{CLOSE}"


def tokens_in(text: str) -> list[str]:
    """The record ids named in `text`."""
    return TOKEN.findall(text)


def fill_tokens(text: str, name: Callable[[str], str]) -> str:
    """`text` with each token replaced by `name(id)` (`name("")` for a forgotten one)."""
    if OPEN not in text:
        return text
    return TOKEN.sub(lambda m: name(m.group(1)), text)


def forget_token(text: str, record_id: str) -> str:
    """`text` with the token of `record_id` emptied: the person is no longer named."""
    return text.replace(person_token(record_id), person_token(FORGOTTEN))
