"""What walk mode reads: the names to complete and tie to, the people met, a revisit.

Loaded off the UI thread, each with its own connection; the dropdowns then filter the
names in memory on every key press.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textual.content import Content

from abcd_tui.domain.records import GroupKind, RecordType, Resident, Walk
from abcd_tui.domain.text import match_key, street_of, visible
from abcd_tui.i18n import t
from abcd_tui.store import lookups, open_database, rows
from abcd_tui.store import walks as walk_store
from abcd_tui.tui.text import say


@dataclass
class Names:
    """Residents and groups by the label the dropdown shows ("Dien · Kerkstraat")."""

    names: dict[str, str] = field(default_factory=dict)  # resident id -> name
    resident_ids: dict[str, str] = field(default_factory=dict)  # label -> resident id
    record_ids: dict[str, tuple[str, RecordType]] = field(default_factory=dict)  # label -> id
    by_name: dict[str, list[tuple[str, RecordType]]] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)  # record id -> address
    group_kinds: dict[str, GroupKind] = field(default_factory=dict)  # group id -> kind
    streets: list[str] = field(default_factory=list)  # every street the register knows

    def replace(self, other: Names) -> None:
        """Take the other's names in place: the dropdowns hold bound methods of this one."""
        self.__dict__.update(other.__dict__)

    @staticmethod
    def _filter(labels, typed: str, limit: int = 10) -> list[str]:
        wanted = match_key(typed)
        found = [label for label in labels if wanted in match_key(label)]
        found.sort(key=lambda label: (not match_key(label).startswith(wanted), label))
        return found[:limit]

    def residents(self, typed: str) -> list[str]:
        return self._filter(self.resident_ids, typed)

    def records(self, typed: str) -> list[str]:
        return self._filter(self.record_ids, typed)

    def streets_like(self, typed: str) -> list[str]:
        """Streets that start with what is typed (a house number typed: none)."""
        wanted = match_key(typed)
        return [s for s in self.streets if match_key(s).startswith(wanted) and s != typed][:8]

    def resolve(self, typed: list[str]) -> tuple[list[tuple[str, RecordType]], list[str]]:
        """The records the typed names stand for, and the names that match none (or
        several, so no tie is guessed)."""
        found, unknown = [], []
        for name in typed:
            if name in self.record_ids:
                found.append(self.record_ids[name])
            elif len(self.by_name.get(match_key(name), [])) == 1:
                found.append(self.by_name[match_key(name)][0])
            else:
                unknown.append(name)
        return found, unknown


def load_names(db_path: Path, walk_id: str | None) -> tuple[Names, list[tuple[str, bool]]]:
    """Every resident and group to complete, and who was met on the walk (name, again)."""
    names = Names()
    db = open_database(db_path, create=False)
    try:
        people = db.execute("SELECT id, name, address FROM residents ORDER BY name").fetchall()
        groups = db.execute("SELECT id, name, kind, address FROM groups ORDER BY name").fetchall()
        names.streets = lookups.streets(db)
        # Met again: they were recorded before this walk (or met on an earlier one).
        met = db.execute(
            "SELECT r.name, r.created_at < w.created_at OR EXISTS ("
            "  SELECT 1 FROM meetings e WHERE e.resident_id = r.id AND e.walk_id <> w.id)"
            " FROM meetings m JOIN residents r ON r.id = m.resident_id"
            " JOIN walks w ON w.id = m.walk_id WHERE m.walk_id = ?"
            " ORDER BY m.created_at, m.rowid",
            [walk_id],
        ).fetchall()
    finally:
        db.close()
    for id_, name, address in people:
        street = street_of(address)
        label = f"{name} · {street}" if street else name
        if label in names.resident_ids:
            label = f"{label} · {address or id_[-4:]}"
        names.names[id_] = name
        names.addresses[id_] = address
        names.resident_ids[label] = id_
        names.record_ids[label] = (id_, RecordType.RESIDENT)
        names.by_name.setdefault(match_key(name), []).append((id_, RecordType.RESIDENT))
    for id_, name, kind, address in groups:
        names.addresses[id_] = address
        names.group_kinds[id_] = GroupKind(kind)
        label = f"{name} ({t('kind.' + kind)})"
        names.record_ids[label] = (id_, RecordType.GROUP)
        names.by_name.setdefault(match_key(name), []).append((id_, RecordType.GROUP))
    return names, [(name, bool(again)) for name, again in met]


@dataclass
class Revisit:
    """A resident met before: the record, the walk where we met last, how many ties."""

    resident: Resident
    walk: Walk | None
    ties: int


def load_revisit(db_path: Path, resident_id: str) -> Revisit:
    db = open_database(db_path, create=False)
    try:
        row = next(db.query("SELECT * FROM residents WHERE id = ?", [resident_id]))
        resident = rows.resident_from_row(row)
        walk_row = next(db.query("SELECT * FROM walks WHERE id = ?", [resident.walk_id]), None)
        ties = db.execute(
            "SELECT count(*) FROM ties WHERE from_id = ? OR to_id = ?", [resident_id] * 2
        ).fetchone()[0]
    finally:
        db.close()
    return Revisit(resident, rows.walk_from_row(walk_row) if walk_row else None, ties)


def revisit_text(found: Revisit) -> Content:
    """When and by whom we met them, and what we knew; every value shown literally."""
    r, walk = found.resident, found.walk
    if walk:
        builders = ", ".join(walk.builders) or t("walk.someone")
        when = say("walk.revisit_walk", date=walk.date, builders=builders, area=walk.area)
    else:
        who = r.recorded_by or t("walk.someone")
        when = say("walk.revisit_recorded", date=r.created_at[:10], builders=who)
    knew = [
        f"{t('walk.' + f)}: {visible(', '.join(getattr(r, f)))}"
        for f in ("head", "hands", "heart", "offers", "needs")
        if getattr(r, f)
    ]
    lines = [say("walk.revisit", name=r.name), when, t("walk.revisit_knew")]
    lines += [f"  {line}" for line in knew] or [f"  {t('walk.revisit_nothing')}"]
    lines += [f"  {t('walk.revisit_ties', count=found.ties)}", t("walk.revisit_update")]
    return Content("\n".join(lines))


@dataclass
class OpenWalk:
    """A walk of today not ended yet, and how many we met on it so far."""

    walk: Walk
    met: int


def load_open_walks(db_path: Path, day: str) -> list[OpenWalk]:
    """Today's walks not ended yet, the latest first (see store.walks.open_walks)."""
    db = open_database(db_path, create=False)
    try:
        return [
            OpenWalk(walk, walk_store.met_count(db, walk.id))
            for walk in walk_store.open_walks(db, day)
        ]
    finally:
        db.close()


def latest_of(found: list[OpenWalk], builder: str) -> Walk | None:
    """The latest open walk of this builder (however their name is typed), if any."""
    wanted = match_key(builder)
    for item in found:
        if match_key(", ".join(item.walk.builders)) == wanted:
            return item.walk
    return None
