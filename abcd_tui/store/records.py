"""Every resident, group and tie (and when we last met each resident) in one read, for
the screens that filter and sort in memory.

A query per key press would cost a round trip to SQLite; matching 5,000 folded strings
in Python takes ~3 ms, so the residents and groups screens read this once (off the UI
thread) and every key press filters the copy.

The ties are kept as plain tuples of strings (`Records.ends`), not an object per end:
Python's garbage collector stops tracking a tuple that holds only strings, and a full
collection walks every object it tracks. At 5,000 residents there are ~80,000 ends, a
fifth of what the app held, walked again on every full collection (150-340 ms each on
the UI thread). `Records.ties_of` makes the `TieEnd`s of one record when asked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlite_utils import Database

from abcd_tui.domain.records import Group, RecordType, Resident, TieKind
from abcd_tui.domain.text import match_key, street_of
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
    # Record id -> its tie ends as (tie id, kind, other end's id), all strings.
    ends: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    revision: int = -1  # the register's change counter when read
    # Resident id -> the date (ISO) of the last walk we met them on; absent: never met.
    last_met: dict[str, str] = field(default_factory=dict)
    # Folded name -> the records that share it (`told_apart`), made when first asked.
    _namesakes: dict[str, list[Resident | Group]] | None = field(default=None, repr=False)

    def ties_of(self, record_id: str | None) -> list[TieEnd]:
        """The ties of a record seen from its end, in the order they were read."""
        return [
            TieEnd(tie_id, TieKind(kind), other_id)
            for tie_id, kind, other_id in self.ends.get(record_id or "", ())
        ]

    def others_of(self, record_id: str) -> list[str]:
        """The ids at the other end of a record's ties (one per tie)."""
        return [other_id for _, _, other_id in self.ends.get(record_id, ())]

    def name(self, record_id: str | None) -> str:
        record = self.residents.get(record_id or "") or self.groups.get(record_id or "")
        return record.name if record else ""

    def told_apart(self, record_id: str | None) -> str:
        """The name, and where another record has the same name its street ("Jan de
        Vries · Dorpsweg"), or the whole address when they share the street too: a
        detail that lists two namesakes as one name twice says nothing of which."""
        record = self.residents.get(record_id or "") or self.groups.get(record_id or "")
        if record is None:
            return ""
        same = self.namesakes().get(match_key(record.name))
        if not same or not record.address:
            return record.name
        street = street_of(record.address)
        shared = sum(1 for other in same if street_of(other.address) == street)
        where = street if street and shared == 1 else record.address
        return f"{record.name} · {where}"

    def namesakes(self) -> dict[str, list[Resident | Group]]:
        """Folded name -> the records that share it (two or more). Made once, in the
        read (`all_records`, off the UI thread: ~7 ms at 5,000 residents)."""
        if self._namesakes is None:
            by_name: defaultdict[str, list[Resident | Group]] = defaultdict(list)
            everyone: list[Resident | Group] = [*self.residents.values(), *self.groups.values()]
            for each in everyone:
                by_name[match_key(each.name)].append(each)
            self._namesakes = {key: same for key, same in by_name.items() if len(same) > 1}
        return self._namesakes

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
    ends: defaultdict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for tie in reads.ties(db):
        kind = tie.kind.value
        ends[tie.from_id].append((tie.id, kind, tie.to_id))
        ends[tie.to_id].append((tie.id, kind, tie.from_id))
    found.ends = {record_id: tuple(these) for record_id, these in ends.items()}
    found.last_met = last_met(db)
    found.namesakes()  # here, in the worker, not at the first detail on the UI thread
    return found


def current_records(db: Database, known: Records | None) -> Records:
    """`known` while the register has not changed since it was read, else a fresh read
    (call it in a read transaction). The residents and groups screens share one copy
    this way: two copies of 5,000 residents and their ties were ~200,000 objects more
    for Python's garbage collector to walk on the UI thread."""
    if known is not None and known.revision == revision(db):
        return known
    return all_records(db)
