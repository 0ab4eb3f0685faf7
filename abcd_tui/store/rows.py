"""Records to table rows and back. Lists are stored as JSON text."""

from __future__ import annotations

import json
from typing import Any

from abcd_tui.domain.records import (
    PHRASE_FIELDS,
    Group,
    GroupKind,
    Openness,
    Resident,
    Strength,
    Tie,
    TieKind,
    Walk,
)

_RECORD_FIELDS = ("id", "key", "created_at", "updated_at", "version", "recorded_by")


def consent_from(stored: int | None) -> bool | None:
    """A resident's consent as the domain holds it, from its column (1, 0 or NULL):
    the one place the store's integer becomes True, False or None (not yet asked)."""
    return None if stored is None else bool(stored)


# The JSON of phrase lists already written, by their phrases: 100,000 residents of an
# import name the same few hundred gift lists, and json.dumps was a tenth of its time.
_DUMPED: dict[tuple[str, ...], str] = {}
DUMPED_MOST = 4096  # lists all different: memory stays flat


def _dumps(items: list[str]) -> str:
    if not items:
        return "[]"
    key = tuple(items)
    text = _DUMPED.get(key)
    if text is None:
        text = json.dumps(items, ensure_ascii=False)
        if len(_DUMPED) < DUMPED_MOST:
            _DUMPED[key] = text
    return text


def resident_row(r: Resident) -> dict[str, Any]:
    row: dict[str, Any] = {f: getattr(r, f) for f in _RECORD_FIELDS}
    row.update(
        name=r.name,
        address=r.address,
        neighbourhood=r.neighbourhood,
        age_band=r.age_band,
        open_to_introductions=r.open_to_introductions.value,
        consent=None if r.consent is None else int(r.consent),
        consent_date=r.consent_date,
        notes=r.notes,
        walk_id=r.walk_id,
    )
    for f in PHRASE_FIELDS:
        row[f] = _dumps(getattr(r, f))
    return row


def resident_from_row(row: dict[str, Any]) -> Resident:
    values = dict(row)
    for f in PHRASE_FIELDS:
        values[f] = json.loads(values[f])
    values["open_to_introductions"] = Openness(values["open_to_introductions"])
    values["consent"] = consent_from(values["consent"])
    return Resident(**values)


def group_row(g: Group) -> dict[str, Any]:
    row: dict[str, Any] = {f: getattr(g, f) for f in _RECORD_FIELDS}
    row.update(
        name=g.name,
        kind=g.kind.value,
        address=g.address,
        description=g.description,
        tags=_dumps(g.tags),
        contact_id=g.contact_id,
    )
    return row


def group_from_row(row: dict[str, Any]) -> Group:
    values = dict(row)
    values["kind"] = GroupKind(values["kind"])
    values["tags"] = json.loads(values["tags"])
    return Group(**values)


def tie_row(t: Tie) -> dict[str, Any]:
    # Written out (no getattr loop): a demo municipality has close to a million ties.
    return {
        "id": t.id,
        "created_at": t.created_at,
        "updated_at": t.updated_at,
        "version": t.version,
        "recorded_by": t.recorded_by,
        "from_id": t.from_id,
        "to_id": t.to_id,
        "kind": t.kind.value,
        "strength": None if t.strength is None else t.strength.value,
        "since": t.since,
        "note": t.note,
    }


def tie_from_row(row: dict[str, Any]) -> Tie:
    values = dict(row)
    values["kind"] = TieKind(values["kind"])
    values["strength"] = None if values["strength"] is None else Strength(values["strength"])
    return Tie(**values)


def walk_row(w: Walk) -> dict[str, Any]:
    row: dict[str, Any] = {f: getattr(w, f) for f in _RECORD_FIELDS}
    row.update(date=w.date, area=w.area, builders=_dumps(w.builders), notes=w.notes)
    row["ended_at"] = w.ended_at
    return row


def walk_from_row(row: dict[str, Any]) -> Walk:
    values = dict(row)
    values["builders"] = json.loads(values["builders"])
    values.pop("start_key", None)  # the store's own uniqueness key (see store.walks)
    return Walk(**values)
