"""Every resident, group and tie (and when we last met each resident) in one read, for
the screens that filter and sort in memory.

A query per key press would cost a round trip to SQLite; matching 5,000 folded strings
in Python takes ~3 ms, so the residents and groups screens read this once (off the UI
thread) and every key press filters the copy.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlite_utils import Database

from abcd_tui.domain.records import Group, RecordType, Resident, TieKind
from abcd_tui.domain.text import match_key
from abcd_tui.store import reads
from abcd_tui.store.database import revision
from abcd_tui.store.walks import last_met


@dataclass(frozen=True)
class TieEnd:
    """A tie seen from one of its ends: the kind and who (or what) is at the other end."""

    tie_id: str
    kind: TieKind
    other_id: str


@dataclass
class Records:
    """Residents, groups and their ties seen from both ends, as one state of the register."""

    residents: dict[str, Resident] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    ties: dict[str, list[TieEnd]] = field(default_factory=lambda: defaultdict(list))
    revision: int = -1  # the register's change counter when read
    # Resident id -> the date (ISO) of the last walk we met them on; absent: never met.
    last_met: dict[str, str] = field(default_factory=dict)

    def name(self, record_id: str | None) -> str:
        record = self.residents.get(record_id or "") or self.groups.get(record_id or "")
        return record.name if record else ""

    def type_of(self, record_id: str) -> RecordType:
        return RecordType.RESIDENT if record_id in self.residents else RecordType.GROUP

    def find(self, name: str) -> str | None:
        """The id of the record with this name (however it is typed), residents first."""
        wanted = match_key(name)
        records: list[Resident | Group] = [*self.residents.values(), *self.groups.values()]
        for record in records:
            if match_key(record.name) == wanted:
                return record.id
        return None


def all_records(db: Database) -> Records:
    """Read residents, groups and ties (call it in a read transaction: `Register.read`)."""
    found = Records(revision=revision(db))
    found.residents = {r.id: r for r in reads.residents(db)}
    found.groups = {g.id: g for g in reads.groups(db)}
    for tie in reads.ties(db):
        found.ties[tie.from_id].append(TieEnd(tie.id, tie.kind, tie.to_id))
        found.ties[tie.to_id].append(TieEnd(tie.id, tie.kind, tie.from_id))
    found.last_met = last_met(db)
    return found
