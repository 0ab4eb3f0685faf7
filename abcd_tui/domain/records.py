"""The records of an asset map: residents, groups, ties and walks.

Plain dataclasses and the rules that hold for them. No I/O: the store reads and writes
these, the import builds them, the analysis reads them.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from abcd_tui.domain.text import clean_text, street_of, unique_phrases


def ordered_id(milliseconds: int, random_bits: int) -> str:
    """A UUID in the version 7 layout: 48 bits of time, then 74 random bits.

    Ids made later sort later, so new rows land at the end of the indexes (a 100,000
    resident import stays fast), and they stay unique across databases for merging.
    """
    value = (milliseconds & ((1 << 48) - 1)) << 80 | (random_bits & ((1 << 80) - 1))
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    # str(uuid.UUID(int=value)), spelled out: building the UUID object cost half of
    # each id, and an import of 300,000 rows makes 300,000.
    digits = f"{value:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def new_id() -> str:
    """A fresh stable identity (time-ordered UUID): what merging maps across databases."""
    return ordered_id(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big"))


def now_iso() -> str:
    """The current moment in UTC, to the second, as ISO 8601 text."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class RecordType(StrEnum):
    """What a key names: ties can join any two residents or groups."""

    RESIDENT = "resident"
    GROUP = "group"


class GroupKind(StrEnum):
    """The four kinds of group an ABCD map distinguishes."""

    ASSOCIATION = "association"  # club, vereniging, informal group
    INSTITUTION = "institution"  # library, school, GP, welfare organisation, municipality
    PLACE = "place"  # meeting spot, buurthuis, a bench on the square
    BUSINESS = "business"  # shop, café, driving school


class Openness(StrEnum):
    """Whether a resident welcomes an introduction (their own answer, never our guess)."""

    YES = "yes"
    NOT_NOW = "not_now"
    NO = "no"
    UNKNOWN = "unknown"


class Strength(StrEnum):
    WEAK = "weak"
    STRONG = "strong"


class Endpoints(StrEnum):
    """Which kinds of record a tie kind joins."""

    RESIDENT_RESIDENT = "resident-resident"
    RESIDENT_GROUP = "resident-group"
    GROUP_GROUP = "group-group"


class TieKind(StrEnum):
    """Every kind of tie, in one place. See ENDPOINTS for what each joins."""

    NEIGHBOUR = "neighbour"
    FRIEND = "friend"
    FAMILY = "family"
    COLLEAGUE = "colleague"
    ACQUAINTANCE = "acquaintance"  # knows by name, greets, chats
    MEMBER = "member"
    ORGANISER = "organiser"
    VOLUNTEER = "volunteer"
    VISITOR = "visitor"
    CLIENT = "client"
    STAFF = "staff"
    PARTNER = "partner"
    USES_PLACE = "uses_place"

    @property
    def endpoints(self) -> Endpoints:
        return TIE_ENDPOINTS[self]

    @property
    def symmetric(self) -> bool:
        """A–B is the same tie as B–A (so it is stored once, in a fixed order)."""
        return self not in (TieKind.USES_PLACE,) and self.endpoints != Endpoints.RESIDENT_GROUP


TIE_ENDPOINTS: dict[TieKind, Endpoints] = {
    **dict.fromkeys(
        [
            TieKind.NEIGHBOUR,
            TieKind.FRIEND,
            TieKind.FAMILY,
            TieKind.COLLEAGUE,
            TieKind.ACQUAINTANCE,
        ],
        Endpoints.RESIDENT_RESIDENT,
    ),
    **dict.fromkeys(
        [
            TieKind.MEMBER,
            TieKind.ORGANISER,
            TieKind.VOLUNTEER,
            TieKind.VISITOR,
            TieKind.CLIENT,
            TieKind.STAFF,
        ],
        Endpoints.RESIDENT_GROUP,
    ),
    TieKind.PARTNER: Endpoints.GROUP_GROUP,
    TieKind.USES_PLACE: Endpoints.GROUP_GROUP,
}

AGE_BANDS: tuple[str, ...] = ("0-17", "18-29", "30-44", "45-59", "60-74", "75+")

# The fields of a resident that hold lists of short phrases (gifts and the rest).
PHRASE_FIELDS: tuple[str, ...] = ("head", "hands", "heart", "interests", "offers", "needs")


@dataclass(frozen=True)
class Problem:
    """Something wrong with a value: a field, a message code and its parameters.

    The code is looked up in the message catalogue at the edge (CLI, app), so the
    domain stays free of language.
    """

    field: str
    code: str
    # dataclasses.field: the attribute `field` above hides the bare name in this class.
    params: dict[str, str] = dataclasses.field(default_factory=dict)


class DomainError(Exception):
    """A record breaks a rule; carries the problems found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


@dataclass(kw_only=True)
class Record:
    """What every record carries: identity, human key, history and author."""

    id: str = field(default_factory=new_id)
    key: str = ""
    created_at: str = ""
    updated_at: str = ""
    version: int = 1
    recorded_by: str = ""

    def _stamps(self) -> dict[str, Any]:
        """Identity and history, last in every record's script JSON."""
        return {
            "id": self.id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "version": self.version,
            "recorded_by": self.recorded_by,
        }


@dataclass(kw_only=True)
class Resident(Record):
    """A resident and what they bring, following the four questions of a visit:
    how are you (notes), what do you need (needs / vraag), what can you do yourself
    (gifts of head, hands and heart), what can you do for someone else (offers / aanbod).
    """

    name: str
    address: str = ""
    neighbourhood: str = ""
    age_band: str | None = None
    head: list[str] = field(default_factory=list)
    hands: list[str] = field(default_factory=list)
    heart: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    open_to_introductions: Openness = Openness.UNKNOWN
    consent: bool | None = None
    consent_date: str | None = None
    notes: str = ""
    walk_id: str | None = None

    def __post_init__(self) -> None:
        self.name = clean_text(self.name)
        for name in PHRASE_FIELDS:
            setattr(self, name, unique_phrases(getattr(self, name)))

    def as_json(self, walk_keys: dict[str, str]) -> dict[str, Any]:
        """This resident for scripts (`--json`): stable, documented field names, the
        domain's own; `walk` is the key of the walk where we met (from `walk_keys`)."""
        return {
            "key": self.key,
            "name": self.name,
            "address": self.address,
            "street": street_of(self.address),
            "neighbourhood": self.neighbourhood,
            "age_band": self.age_band,
            "head": self.head,
            "hands": self.hands,
            "heart": self.heart,
            "interests": self.interests,
            "offers": self.offers,
            "needs": self.needs,
            "open_to_introductions": self.open_to_introductions.value,
            "consent": self.consent,
            "consent_date": self.consent_date,
            "notes": self.notes,
            "walk": walk_keys.get(self.walk_id) if self.walk_id else None,
            **self._stamps(),
        }

    def problems(self) -> list[Problem]:
        """Every rule this resident breaks (empty when all is well)."""
        found = []
        if not self.name.strip():
            found.append(Problem("name", "name_blank"))
        if self.age_band is not None and self.age_band not in AGE_BANDS:
            found.append(
                Problem(
                    "age_band",
                    "age_band_unknown",
                    {"value": self.age_band, "allowed": ", ".join(AGE_BANDS)},
                )
            )
        if self.consent is False:
            found.append(Problem("consent", "consent_refused"))
        return found


@dataclass(kw_only=True)
class Group(Record):
    """An association, institution, place or local business."""

    name: str
    kind: GroupKind
    address: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    contact_id: str | None = None

    def __post_init__(self) -> None:
        self.name = clean_text(self.name)
        self.tags = unique_phrases(self.tags)

    def as_json(self, keys: dict[str, str]) -> dict[str, Any]:
        """This group for scripts; `contact` is the key of its contact resident (from
        `keys`: record id -> key)."""
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind.value,
            "address": self.address,
            "description": self.description,
            "tags": self.tags,
            "contact": keys.get(self.contact_id) if self.contact_id else None,
            **self._stamps(),
        }

    def problems(self) -> list[Problem]:
        return [Problem("name", "name_blank")] if not self.name.strip() else []


@dataclass(kw_only=True)
class Tie(Record):
    """A tie between two records (residents or groups). Ties have no human key:
    the two ends and the kind identify them, and the same tie twice is one tie."""

    from_id: str
    to_id: str
    kind: TieKind
    strength: Strength | None = None
    since: str | None = None
    note: str = ""

    def as_json(self, keys: dict[str, str], types: dict[str, str]) -> dict[str, Any]:
        """This tie for scripts: `from` and `to` are keys (from `keys`: record id -> key),
        `from_type`/`to_type` say of what (from `types`: record id -> `RecordType`)."""
        return {
            "from": keys[self.from_id],
            "to": keys[self.to_id],
            "kind": self.kind.value,
            "from_type": types[self.from_id],
            "to_type": types[self.to_id],
            "strength": self.strength.value if self.strength else None,
            "since": self.since,
            "note": self.note,
            **self._stamps(),
        }


@dataclass(kw_only=True)
class Walk(Record):
    """A neighbourhood walk (wijkwandeling) on which builders met residents."""

    date: str
    area: str = ""
    builders: list[str] = field(default_factory=list)
    notes: str = ""
    ended_at: str | None = None  # when the builder ended it ("end walk"); None: not ended


def tie_problem(
    kind: TieKind, from_type: RecordType, to_type: RecordType, same: bool
) -> Problem | None:
    """Why a tie of `kind` cannot join these two records, or None if it can."""
    if same:
        return Problem("to", "tie_self")
    ends = kind.endpoints
    types = {from_type, to_type}
    if ends == Endpoints.RESIDENT_RESIDENT and types != {RecordType.RESIDENT}:
        return Problem("kind", "tie_needs_two_residents", {"kind": kind.value})
    if ends == Endpoints.GROUP_GROUP and types != {RecordType.GROUP}:
        return Problem("kind", "tie_needs_two_groups", {"kind": kind.value})
    if ends == Endpoints.RESIDENT_GROUP and types != {RecordType.RESIDENT, RecordType.GROUP}:
        return Problem("kind", "tie_needs_resident_and_group", {"kind": kind.value})
    return None


def kinds_for(
    a_type: RecordType,
    b_type: RecordType,
    *,
    same_street: bool = False,
    group_kind: GroupKind | None = None,
) -> tuple[TieKind, ...]:
    """The tie kinds that can join a record of `a_type` and one of `b_type` (in either
    order), the most likely first: that one is the default a form offers.

    Two residents: neighbour when they live on the same street, else acquaintance.
    A resident and a group (`group_kind` is the group's kind): member of an
    association, visitor of an institution, place or business. Two groups: partner,
    or uses_place when `group_kind` (the second group's kind) is a place.
    """
    types = {a_type, b_type}
    if types == {RecordType.RESIDENT}:
        ends, first = (
            Endpoints.RESIDENT_RESIDENT,
            (TieKind.NEIGHBOUR if same_street else TieKind.ACQUAINTANCE),
        )
    elif types == {RecordType.GROUP}:
        ends = Endpoints.GROUP_GROUP
        first = TieKind.USES_PLACE if group_kind == GroupKind.PLACE else TieKind.PARTNER
    else:
        ends = Endpoints.RESIDENT_GROUP
        first = TieKind.MEMBER if group_kind in (None, GroupKind.ASSOCIATION) else TieKind.VISITOR
    rest = [kind for kind in TieKind if kind.endpoints == ends and kind != first]
    return (first, *rest)


def tie_order(
    kind: TieKind,
    from_id: str,
    from_type: RecordType,
    to_id: str,
    to_type: RecordType,
) -> tuple[str, str]:
    """The canonical (from, to) of a tie, so that one tie is stored one way only.

    Resident–group ties run from the resident; symmetric ties from the smaller id;
    `uses_place` keeps its direction (the group uses the place).
    """
    if kind.endpoints == Endpoints.RESIDENT_GROUP:
        return (from_id, to_id) if from_type == RecordType.RESIDENT else (to_id, from_id)
    if kind.symmetric:
        return (from_id, to_id) if from_id <= to_id else (to_id, from_id)
    return from_id, to_id
