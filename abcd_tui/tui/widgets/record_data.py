"""What the residents and groups screens show, read once off the UI thread and filtered
in memory: the register as plain records, ties seen from both ends, and list entries
with the folded text a search matches against.

A query per key press would cost a round trip to SQLite; matching 5,000 folded strings
in Python takes ~3 ms, so every key press filters this copy instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.content import Content

from abcd_tui.domain.text import match_key
from abcd_tui.store import Register as StoreRegister
from abcd_tui.store.database import revision
from abcd_tui.store.records import Records as Register  # noqa: F401  (the walk helper renames)
from abcd_tui.store.records import TieEnd, all_records  # noqa: F401
from abcd_tui.tui.text import literal  # noqa: F401  (screens import it from here)


def load_register(db_path: Path) -> Register:
    """Read residents, groups and ties with a connection of this thread's own."""
    return StoreRegister(db_path).read(all_records)


def register_revision(db_path: Path) -> int:
    """The register's change counter (cheap: one row)."""
    return StoreRegister(db_path).look(revision)


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
