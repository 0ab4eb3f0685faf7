"""Still to ask (nog te vragen): whom to talk with again on a next walk, and about what.

A resident is listed when we never heard what they can do (gifts), what they offer or
what they need, when their consent is missing, or when nobody talked with them for over
a year. Sorted by street, because a walk goes street by street. The app's screen, the
end-of-walk summary and `abcd still-to-ask` all read this one function.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from abcd_tui.domain.text import match_key, street_of

# What there is to ask, in the order a list shows it.
ASK_CODES = ("gifts", "offers", "needs", "consent", "stale")


@dataclass(frozen=True)
class StillToAsk:
    """One resident and what to ask them next time (codes of ASK_CODES)."""

    name: str
    street: str
    last_met: str  # date of the walk where we met, else when they were recorded
    ask: tuple[str, ...]
    key: str = ""
    address: str = ""
    resident_id: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "address": self.address,
            "street": self.street,
            "last_met": self.last_met,
            "ask": list(self.ask),
        }


def still_to_ask(
    db: Database,
    *,
    today: date | None = None,
    street: str | None = None,
    resident_ids: Iterable[str] | None = None,
) -> list[StillToAsk]:
    """Residents with something still to ask, by street and name; only those of one
    street (matched however it is typed) or only the residents given, if asked."""
    year_ago = ((today or date.today()) - timedelta(days=365)).isoformat()
    wanted_ids = None if resident_ids is None else set(resident_ids)
    where, params = "", []
    if wanted_ids is not None:  # only these: asked of SQLite, not filtered here
        where, params = (
            "WHERE r.id IN (SELECT value FROM json_each(?))",
            [json.dumps([*wanted_ids])],
        )
    rows = db.execute(
        f"""
        SELECT r.id, r.key, r.name, r.address,
            coalesce(w.date, substr(r.created_at, 1, 10)),
            r.head = '[]' AND r.hands = '[]' AND r.heart = '[]',
            r.offers = '[]', r.needs = '[]', r.consent IS NULL
        FROM residents r LEFT JOIN walks w ON w.id = r.walk_id
        {where}
        """,
        params,
    ).fetchall()
    wanted_street = None if street is None else match_key(street)
    found = []
    for id_, key, name, address, met, *missing in rows:
        if wanted_ids is not None and id_ not in wanted_ids:
            continue
        on_street = street_of(address)
        if wanted_street is not None and match_key(on_street) != wanted_street:
            continue
        flags = [*missing, met < year_ago]
        ask = tuple(c for c, f in zip(ASK_CODES, flags, strict=True) if f)
        if ask:
            found.append(StillToAsk(name, on_street, met, ask, key, address, id_))
    found.sort(key=lambda s: (not s.street, match_key(s.street), match_key(s.name), s.key))
    return found


def streets(db: Database) -> list[str]:
    """Every street in the register's addresses, once each, alphabetically."""
    found: dict[str, str] = {}
    for (address,) in db.execute("SELECT address FROM residents WHERE address <> ''"):
        street = street_of(address)
        if street:
            found.setdefault(match_key(street), street)
    return [found[k] for k in sorted(found)]
