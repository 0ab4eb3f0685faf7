"""The list the residents and groups screens filter in memory: one entry per record,
with the folded text a search matches against (the records themselves are read by
`store.records.all_records`).

A query per key press would cost a round trip to SQLite; matching 5,000 folded strings
in Python takes ~3 ms, so every key press filters these entries instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.content import Content

from abcd_tui.domain.text import match_key
from abcd_tui.store import Register
from abcd_tui.store.records import Records, all_records
from abcd_tui.tui.text import literal  # noqa: F401  (until compare, overview, export move)


def load_register(db_path: Path) -> Records:
    """Until the picture screen reads `all_records` through the Register itself (the
    "viewsui" step): then this goes."""
    return Register(db_path).read(all_records)


@dataclass(frozen=True)
class Entry:
    """One row of the list: its prompt, the folded text search matches, and facets
    (e.g. 'connected', 'kind:place') the filter selects on."""

    id: str
    prompt: Content
    haystack: str
    facets: frozenset[str]


def matching(entries: list[Entry], query: str, facet: str | None) -> list[Entry]:
    """Entries with every word of `query` somewhere in them and the facet, if any."""
    words = match_key(query).split()
    return [
        e
        for e in entries
        if (facet is None or facet in e.facets) and all(w in e.haystack for w in words)
    ]
