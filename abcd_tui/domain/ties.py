"""Which tie a resident met on a walk most likely has with someone they name.

"Who do you know here?" gives names; the kind of each tie is a guess the builder can
change in the form: a neighbour (buren) when they live on the same street, otherwise an
acquaintance (kennis); a club's member, or a visitor of a place, shop or institution.
"""

from __future__ import annotations

from abcd_tui.domain.records import Endpoints, GroupKind, RecordType, TieKind
from abcd_tui.domain.text import match_key, street_of

# The kinds a builder picks from on the doorstep, most likely first.
RESIDENT_KINDS: tuple[TieKind, ...] = (
    TieKind.NEIGHBOUR,
    TieKind.ACQUAINTANCE,
    TieKind.FRIEND,
    TieKind.FAMILY,
    TieKind.COLLEAGUE,
)
GROUP_KINDS: tuple[TieKind, ...] = (TieKind.MEMBER, TieKind.VOLUNTEER, TieKind.VISITOR)

# One goes to a place, a shop or the library; one is a member of a club.
_GROUP_DEFAULT = {
    GroupKind.ASSOCIATION: TieKind.MEMBER,
    GroupKind.INSTITUTION: TieKind.VISITOR,
    GroupKind.PLACE: TieKind.VISITOR,
    GroupKind.BUSINESS: TieKind.VISITOR,
}


def same_street(address: str, other: str) -> bool:
    """Both addresses known and on one street ('Kerkstraat 2', 'kerkstraat 14a')."""
    mine, theirs = match_key(street_of(address)), match_key(street_of(other))
    return bool(mine) and mine == theirs


def walk_tie_kinds(other_type: RecordType) -> tuple[TieKind, ...]:
    """The kinds offered for a tie from a resident to a record of `other_type`: only
    kinds that fit the pair (see TieKind.endpoints)."""
    kinds = GROUP_KINDS if other_type == RecordType.GROUP else RESIDENT_KINDS
    wanted = Endpoints.RESIDENT_GROUP if other_type == RecordType.GROUP else (
        Endpoints.RESIDENT_RESIDENT
    )  # fmt: skip
    return tuple(k for k in kinds if k.endpoints == wanted)


def default_tie_kind(
    other_type: RecordType,
    *,
    address: str = "",
    other_address: str = "",
    group_kind: GroupKind | None = None,
) -> TieKind:
    """The kind a walk tie gets unless the builder changes it: same street → neighbour,
    another or unknown street → acquaintance; a club → member, other groups → visitor."""
    if other_type == RecordType.GROUP:
        return _GROUP_DEFAULT.get(group_kind, TieKind.VISITOR) if group_kind else TieKind.MEMBER
    return TieKind.NEIGHBOUR if same_street(address, other_address) else TieKind.ACQUAINTANCE
