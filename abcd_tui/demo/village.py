"""Building one demo village after another: households on streets, groups, and ties.

Everything is drawn from one seeded random stream, so a village is the same every time.
The shape follows the domain brief: most people in one to three associations, members
mostly from the association's own part of the village; institutions tied to many
residents through staff and visitors; about one in ten residents not yet connected;
a handful of connectors who belong to groups all over the village.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from abcd_tui.domain.records import (
    Group,
    GroupKind,
    Openness,
    RecordType,
    Resident,
    Strength,
    Tie,
    TieKind,
    Walk,
    tie_order,
)
from abcd_tui.domain.text import slugify, unique_key
from abcd_tui.domain.vocabulary import starter_vocabulary

HOUSEHOLD_SIZES = (1, 2, 3, 4, 5)
HOUSEHOLD_WEIGHTS = (0.38, 0.33, 0.13, 0.12, 0.04)  # CBS-like shares of Dutch households
OPENNESS = (Openness.YES, Openness.UNKNOWN, Openness.NOT_NOW, Openness.NO)
OPENNESS_WEIGHTS = (0.45, 0.3, 0.15, 0.1)
MEMBERSHIPS = (0, 1, 2, 3)
MEMBERSHIP_WEIGHTS = (0.15, 0.4, 0.3, 0.15)
BUILDERS = (
    "Anouk (opbouwwerk)",
    "Jeroen (buurtwerk)",
    "Fatima (opbouwwerk)",
    "Henk (vrijwilliger)",
)


class VillageBuilder:
    """Collects residents, groups, walks and ties for one village after another."""

    def __init__(
        self,
        data: dict[str, Any],
        rng: random.Random,
        new_id: Callable[[], str],
        by: str,
        many: bool,
    ):
        self.data, self.rng, self.new_id, self.by, self.many = data, rng, new_id, by, many
        self.residents: list[Resident] = []
        self.groups: list[Group] = []
        self.walks: list[Walk] = []
        self.ties: dict[tuple[str, str, str], Tie] = {}
        self.group_ids: set[str] = set()
        self._keys: dict[str, set[str]] = {"resident": set(), "group": set(), "walk": set()}
        vocabulary = starter_vocabulary()
        self.gifts = {g: [p.nl for p in vocabulary.of_gift(g)] for g in ("head", "hands", "heart")}
        self.needs = [p.nl for p in vocabulary.of_gift(None)]
        self.municipal: list[Group] = []
        self.connectors: list[list[Resident]] = []  # per village
        self.day = dt.date(2026, 2, 2)
        self.stamp = ""

    # -- helpers ---------------------------------------------------------------------

    def _key(self, kind: str, name: str) -> str:
        key = unique_key(slugify(name), self._keys[kind])
        self._keys[kind].add(key)
        return key

    def tie(self, a, b, kind: TieKind, strength: Strength | None = None) -> None:
        if a.id == b.id:
            return
        type_a = RecordType.GROUP if a.id in self.group_ids else RecordType.RESIDENT
        type_b = RecordType.GROUP if b.id in self.group_ids else RecordType.RESIDENT
        from_id, to_id = tie_order(kind, a.id, type_a, b.id, type_b)
        identity = (from_id, to_id, kind.value)
        if identity not in self.ties:
            self.ties[identity] = Tie(
                id=self.new_id(),
                from_id=from_id,
                to_id=to_id,
                kind=kind,
                strength=strength,
                created_at=self.stamp,
                updated_at=self.stamp,
                recorded_by=self.by,
            )

    def _pick(self, pool: Sequence[str], low: int, high: int) -> list[str]:
        return self.rng.sample(pool, k=min(len(pool), self.rng.randint(low, high)))

    def _group(
        self,
        template: dict[str, Any],
        kind: GroupKind,
        village: str,
        used: set[str],
        part: str,
        address: str,
    ) -> Group:
        name = template["name"].replace("{village}", village)
        if name in used:
            name = f"{name} {part}"
        n = 2
        while name in used:
            name, n = f"{template['name'].replace('{village}', village)} {n}", n + 1
        used.add(name)
        group = Group(
            id=self.new_id(),
            key=self._key("group", name),
            name=name,
            kind=kind,
            address=address,
            description="",
            tags=list(template.get("tags", [])),
            created_at=self.stamp,
            updated_at=self.stamp,
            recorded_by=self.by,
        )
        self.groups.append(group)
        self.group_ids.add(group.id)
        return group

    # -- a village -------------------------------------------------------------------

    def add_village(self, village: str, size: int) -> None:
        rng, data = self.rng, self.data
        parts_count = min(6, 2 + size // 120)
        parts = rng.sample(data["neighbourhood_names"], k=parts_count)
        if self.many:
            parts = [f"{p}, {village}" for p in parts]
        walks = []
        for part in parts:
            self.day += dt.timedelta(days=rng.randint(3, 12))
            walk = Walk(
                id=self.new_id(),
                key=self._key("walk", f"{village} {part} {self.day}"),
                date=self.day.isoformat(),
                area=part,
                builders=rng.sample(BUILDERS, k=2),
                created_at=f"{self.day}T16:00:00+00:00",
                updated_at=f"{self.day}T16:00:00+00:00",
                recorded_by=self.by,
            )
            walks.append(walk)
        self.walks += walks
        self.stamp = walks[-1].created_at
        streets = rng.sample(
            data["street_names"], k=min(len(data["street_names"]), max(3, size // 25))
        )
        street_part = {s: parts[i % len(parts)] for i, s in enumerate(streets)}
        people, households = self._households(village, size, streets, street_part, walks)
        self._group_and_tie(village, size, people, households, parts, streets, street_part)

    def _households(self, village, size, streets, street_part, walks):
        rng, data = self.rng, self.data
        walk_of = {w.area: w for w in walks}
        people: list[Resident] = []
        households: list[list[Resident]] = []
        numbers = dict.fromkeys(streets, 1)
        while len(people) < size:
            members = min(size - len(people), rng.choices(HOUSEHOLD_SIZES, HOUSEHOLD_WEIGHTS)[0])
            street = rng.choice(streets)
            address = f"{street} {numbers[street]}"
            numbers[street] += rng.choice((1, 2, 2, 4))
            surname = rng.choice(data["surnames"])
            household = []
            for position in range(members):
                age = self._age(members, position)
                own_surname = surname if rng.random() < 0.85 else rng.choice(data["surnames"])
                name = f"{rng.choice(data['first_names'])} {own_surname}"
                walk = walk_of[street_part[street]] if rng.random() < 0.6 else None
                resident = self._resident(name, address, street_part[street], age, walk)
                household.append(resident)
            people += household
            households.append(household)
        self.residents += people
        return people, households

    def _age(self, members: int, position: int) -> str:
        bands, weights = self.data["age_bands"], self.data["age_band_weights"]
        if members >= 3 and position >= 2:
            return bands[0]
        adult_bands = bands[1:]
        return self.rng.choices(adult_bands, weights[1:])[0]

    def _resident(self, name, address, part, age, walk) -> Resident:
        rng = self.rng
        young, old = age == "0-17", age in ("75+", "60-74")
        hands = self._pick(self.gifts["hands"], 0 if young else 1, 3)
        heart = self._pick(self.gifts["heart"], 1, 2)
        head = self._pick(self.gifts["head"], 0, 1 if young else 2)
        date = walk.date if walk else (self.day - dt.timedelta(days=rng.randint(1, 60))).isoformat()
        stamp = f"{date}T12:00:00+00:00"
        return Resident(
            id=self.new_id(),
            key=self._key("resident", name),
            name=name,
            address=address,
            neighbourhood=part,
            age_band=age,
            head=head,
            hands=hands,
            heart=heart,
            interests=self._pick(self.gifts["heart"], 0, 2),
            offers=rng.sample(hands + head, k=min(len(hands + head), rng.randint(0, 2))),
            needs=self._pick(self.needs, 0, 3 if old else 1),
            open_to_introductions=rng.choices(OPENNESS, OPENNESS_WEIGHTS)[0],
            consent=True,
            consent_date=date,
            notes=rng.choice(self.data["notes"]) if rng.random() < 0.35 else "",
            walk_id=walk.id if walk else None,
            created_at=stamp,
            updated_at=stamp,
            recorded_by=self.by,
        )

    def _group_and_tie(self, village, size, people, households, parts, streets, street_part):
        rng, data = self.rng, self.data
        scale = size / 150
        used: set[str] = set()

        def address() -> str:
            return f"{rng.choice(streets)} {rng.randint(1, 60)}"

        def groups_of(templates, kind, count):
            chosen = [
                templates[i % len(templates)]
                for i in rng.sample(range(max(count, len(templates))), k=count)
            ]
            return [
                self._group(t, kind, village, used, rng.choice(parts), address()) for t in chosen
            ]

        associations = groups_of(
            data["associations"], GroupKind.ASSOCIATION, round(15 * scale**0.6)
        )
        local_templates = [
            t for t in data["institutions"] if not self.many or t.get("scope") != "municipality"
        ]
        institutions = groups_of(
            local_templates, GroupKind.INSTITUTION, round((8 if not self.many else 5) * scale**0.3)
        )
        if self.many and not self.municipal:
            municipal = [t for t in data["institutions"] if t.get("scope") == "municipality"]
            self.municipal = [
                self._group(t, GroupKind.INSTITUTION, village, set(), "", address())
                for t in municipal
            ]
        places = groups_of(data["places"], GroupKind.PLACE, max(1, round(6 * scale**0.4)))
        businesses = groups_of(
            data["businesses"], GroupKind.BUSINESS, max(1, round(4 * scale**0.6))
        )
        home = {g.id: rng.choice(parts) for g in associations}

        # Not yet connected: about one in ten, drawn from people who live alone.
        alone = [h[0] for h in households if len(h) == 1]
        rng.shuffle(alone)
        target = round(size * 0.05)
        no_ties, one_tie = set(id(r) for r in alone[:target]), alone[target : 2 * target]
        only_institutions = alone[2 * target : 2 * target + max(1, round(size * 0.015))]
        apart = no_ties | {id(r) for r in one_tie} | {id(r) for r in only_institutions}
        active = [r for r in people if id(r) not in apart]
        adults = [r for r in active if r.age_band != "0-17"]
        by_part: dict[str, list[Resident]] = {}
        for r in active:
            by_part.setdefault(r.neighbourhood, []).append(r)

        # Households: family; next-door households: neighbours.
        for household in households:
            for i, a in enumerate(household):
                for b in household[i + 1 :]:
                    self.tie(a, b, TieKind.FAMILY, Strength.STRONG)
        for previous, household in zip(households, households[1:], strict=False):
            a, b = rng.choice(previous), rng.choice(household)
            if (
                id(a) not in apart
                and id(b) not in apart
                and a.address.rsplit(" ", 1)[0] == b.address.rsplit(" ", 1)[0]
            ):
                self.tie(a, b, TieKind.NEIGHBOUR, Strength.WEAK)
        for r in active:
            same_part = by_part[r.neighbourhood]
            for _ in range(rng.choice((0, 1, 1, 2))):
                self.tie(
                    r,
                    rng.choice(same_part if rng.random() < 0.8 else active),
                    TieKind.FRIEND,
                    Strength.STRONG,
                )
            if rng.random() < 0.5:
                self.tie(r, rng.choice(same_part), TieKind.NEIGHBOUR, Strength.WEAK)
            if rng.random() < 0.3:
                self.tie(r, rng.choice(active), TieKind.ACQUAINTANCE, Strength.WEAK)
        for r in rng.sample(adults, k=len(adults) // 10):
            self.tie(r, rng.choice(adults), TieKind.COLLEAGUE, Strength.WEAK)

        # Associations: members mostly from the association's own part of the village.
        for r in active:
            for _ in range(rng.choices(MEMBERSHIPS, MEMBERSHIP_WEIGHTS)[0]):
                local = [g for g in associations if home[g.id] == r.neighbourhood]
                group = rng.choice(local if local and rng.random() < 0.75 else associations)
                self.tie(r, group, TieKind.MEMBER, Strength.WEAK)
        for group in associations:
            local = by_part.get(home[group.id]) or adults
            for organiser in rng.sample(local, k=min(len(local), rng.randint(1, 2))):
                if organiser.age_band != "0-17":
                    self.tie(organiser, group, TieKind.ORGANISER, Strength.STRONG)
                    group.contact_id = group.contact_id or organiser.id

        # Connectors: a handful who belong to groups all over the village.
        connectors = rng.sample(adults, k=min(len(adults), max(3, round(size * 0.025))))
        for c in connectors:
            for group in rng.sample(associations, k=min(len(associations), rng.randint(4, 6))):
                self.tie(c, group, TieKind.MEMBER, Strength.STRONG)
            for other_part in parts:
                if by_part.get(other_part):
                    self.tie(c, rng.choice(by_part[other_part]), TieKind.FRIEND, Strength.STRONG)
            self.tie(c, rng.choice(places), TieKind.VOLUNTEER, Strength.STRONG)
        self.connectors.append(connectors)

        # Institutions, places, businesses: staff, visitors, clients.
        for group in institutions:
            for r in rng.sample(adults, k=min(len(adults), rng.randint(1, 3))):
                self.tie(r, group, TieKind.STAFF, Strength.WEAK)
            for r in rng.sample(active, k=round(len(active) * rng.uniform(0.05, 0.12))):
                self.tie(r, group, rng.choice((TieKind.VISITOR, TieKind.CLIENT)), Strength.WEAK)
        for group in places:
            for r in rng.sample(active, k=round(len(active) * rng.uniform(0.08, 0.18))):
                self.tie(r, group, TieKind.VISITOR, Strength.WEAK)
        for group in businesses:
            for r in rng.sample(adults, k=min(len(adults), rng.randint(1, 2))):
                self.tie(r, group, TieKind.STAFF, Strength.WEAK)
            for r in rng.sample(active, k=round(len(active) * 0.08)):
                self.tie(r, group, TieKind.VISITOR, Strength.WEAK)
        for group in associations:
            if rng.random() < 0.6:
                self.tie(group, rng.choice(places), TieKind.USES_PLACE)
        for group in rng.sample(associations, k=min(len(associations), 3)):
            self.tie(group, rng.choice(institutions), TieKind.PARTNER)

        # The not-yet-connected: one thread each, or ties to institutions only.
        for r in one_tie:
            choice = rng.random()
            if choice < 0.5:
                self.tie(
                    r,
                    rng.choice(by_part.get(r.neighbourhood) or active),
                    TieKind.NEIGHBOUR,
                    Strength.WEAK,
                )
            elif choice < 0.75:
                self.tie(r, rng.choice(associations), TieKind.MEMBER, Strength.WEAK)
            else:
                self.tie(r, rng.choice(institutions), TieKind.CLIENT, Strength.WEAK)
        for r in only_institutions:
            for group in rng.sample(institutions, k=min(2, len(institutions))):
                self.tie(r, group, TieKind.CLIENT, Strength.WEAK)
        for r in [*one_tie, *only_institutions, *(x for x in alone[:target])]:
            r.open_to_introductions = rng.choices(OPENNESS, (0.5, 0.35, 0.1, 0.05))[0]

    def add_municipality_ties(self) -> None:
        """Across villages: connectors volunteer at the municipal institutions and know
        connectors of other villages."""
        if not self.many:
            return
        rng = self.rng
        everyone = [c for village in self.connectors for c in village]
        for village in self.connectors:
            for c in village:
                if self.municipal:
                    self.tie(c, rng.choice(self.municipal), TieKind.VOLUNTEER, Strength.WEAK)
                self.tie(c, rng.choice(everyone), TieKind.FRIEND, Strength.STRONG)
        residents = [r for r in self.residents if r.age_band != "0-17"]
        for group in self.municipal:
            for r in rng.sample(residents, k=min(len(residents), max(3, len(residents) // 200))):
                self.tie(r, group, TieKind.STAFF, Strength.WEAK)
