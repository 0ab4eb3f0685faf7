"""Small named neighbourhoods whose right answers can be seen by eye, in a real store."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from abcd_tui.domain.records import (
    Group,
    GroupKind,
    Openness,
    RecordType,
    Resident,
    Tie,
    TieKind,
    tie_order,
)
from abcd_tui.store import open_database, write_transaction, writes


class Map:
    """Write residents, groups and ties by key: `m.resident("anna")`, `m.tie("anna", "bob")`."""

    def __init__(self, db: Database):
        self.db = db
        self.ids: dict[str, tuple[str, RecordType]] = {}

    def resident(
        self,
        key: str,
        *,
        street: str = "",
        neighbourhood: str = "",
        open: str = "yes",
        name: str = "",
        **phrases: list[str],
    ) -> Resident:
        number = len(self.ids) + 1
        resident = Resident(
            key=key,
            name=name or key.replace("-", " ").title(),
            address=f"{street} {number}" if street else "",
            neighbourhood=neighbourhood,
            open_to_introductions=Openness(open),
            **phrases,
        )
        writes.save_resident(self.db, resident)
        self.ids[key] = (resident.id, RecordType.RESIDENT)
        return resident

    def residents(self, *keys: str, **fields) -> None:
        for key in keys:
            self.resident(key, **fields)

    def group(
        self, key: str, kind: GroupKind = GroupKind.ASSOCIATION, tags: list[str] | None = None
    ) -> Group:
        group = Group(key=key, name=key.replace("-", " ").title(), kind=kind, tags=tags or [])
        writes.save_group(self.db, group)
        self.ids[key] = (group.id, RecordType.GROUP)
        return group

    def tie(self, a: str, b: str, kind: TieKind | None = None) -> None:
        (id_a, type_a), (id_b, type_b) = self.ids[a], self.ids[b]
        if kind is None:
            kind = TieKind.FRIEND if RecordType.GROUP not in (type_a, type_b) else TieKind.MEMBER
        from_id, to_id = tie_order(kind, id_a, type_a, id_b, type_b)
        tie = Tie(from_id=from_id, to_id=to_id, kind=kind)
        writes.stamp_new(tie, "test")
        with write_transaction(self.db):
            writes.insert_ties(self.db, [tie])

    def clique(self, *keys: str) -> None:
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                self.tie(a, b)


def new_map(tmp_path: Path, name: str = "t.db") -> Map:
    return Map(open_database(tmp_path / name))


def star(m: Map) -> None:
    """Anna and five friends who know only her."""
    m.resident("anna", street="Kerkstraat")
    for leaf in ("bob", "cor", "dirk", "eva", "fenna"):
        m.resident(leaf, street="Kerkstraat")
        m.tie("anna", leaf)


def two_cliques(m: Map) -> None:
    """Four friends in the Kerkbuurt, six in De Esch, and one friendship between them:
    a4 (Kerkbuurt) and b1 (De Esch)."""
    a = [f"a{i}" for i in range(1, 5)]
    b = [f"b{i}" for i in range(1, 7)]
    m.residents(*a, street="Kerkstraat", neighbourhood="Kerkbuurt")
    m.residents(*b, street="Esweg", neighbourhood="De Esch")
    m.clique(*a)
    m.clique(*b)
    m.tie("a4", "b1")
