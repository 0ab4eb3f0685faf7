"""What the residents and groups screens show, read once off the UI thread and filtered
in memory: the register as plain records, ties seen from both ends, and list entries
with the folded text a search matches against.

A query per key press would cost a round trip to SQLite; matching 5,000 folded strings
in Python takes ~3 ms, so every key press filters this copy instead.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from textual.content import Content

from abcd_tui.domain.records import Group, RecordType, Resident, TieKind
from abcd_tui.domain.text import match_key
from abcd_tui.store import open_database, reads
from abcd_tui.store.database import read_transaction, revision
from abcd_tui.tui.text import literal  # noqa: F401  (screens import it from here)


@dataclass(frozen=True)
class TieEnd:
    """A tie seen from one of its ends: the kind and who (or what) is at the other end."""

    tie_id: str
    kind: TieKind
    other_id: str


@dataclass
class Register:
    """Everything the two screens show, read in one go off the UI thread."""

    residents: dict[str, Resident] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    ties: dict[str, list[TieEnd]] = field(default_factory=lambda: defaultdict(list))
    revision: int = -1  # the register's change counter when read

    def name(self, record_id: str | None) -> str:
        record = self.residents.get(record_id or "") or self.groups.get(record_id or "")
        return record.name if record else ""

    def type_of(self, record_id: str) -> RecordType:
        return RecordType.RESIDENT if record_id in self.residents else RecordType.GROUP

    def find(self, name: str) -> str | None:
        """The id of the record with this name (however it is typed), residents first."""
        wanted = match_key(name)
        for record in (*self.residents.values(), *self.groups.values()):
            if match_key(record.name) == wanted:
                return record.id
        return None


def load_register(db_path: Path) -> Register:
    """Read residents, groups and ties with a connection of this thread's own."""
    db = open_database(db_path, create=False)
    try:
        register = Register()
        with read_transaction(db):
            register.revision = revision(db)
            _read(db, register)
        return register
    finally:
        db.close()


def register_revision(db_path: Path) -> int:
    """The register's change counter (cheap: one row)."""
    db = open_database(db_path, create=False)
    try:
        return revision(db)
    finally:
        db.close()


def _read(db, register: Register) -> None:
    register.residents = {r.id: r for r in reads.residents(db)}
    register.groups = {g.id: g for g in reads.groups(db)}
    for tie in reads.ties(db):
        register.ties[tie.from_id].append(TieEnd(tie.id, tie.kind, tie.to_id))
        register.ties[tie.to_id].append(TieEnd(tie.id, tie.kind, tie.from_id))


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
