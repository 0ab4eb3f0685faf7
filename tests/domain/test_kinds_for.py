"""Which tie kinds fit a pair, and the default a form offers (issue 12, point 6)."""

import pytest

from abcd_tui.domain.records import GroupKind, RecordType, TieKind, kinds_for, tie_problem

R, G = RecordType.RESIDENT, RecordType.GROUP


def test_two_residents_on_one_street_are_neighbours_first():
    kinds = kinds_for(R, R, same_street=True)
    assert kinds[0] == TieKind.NEIGHBOUR
    assert set(kinds) == {
        TieKind.NEIGHBOUR,
        TieKind.FRIEND,
        TieKind.FAMILY,
        TieKind.COLLEAGUE,
        TieKind.ACQUAINTANCE,
    }


def test_two_residents_elsewhere_are_acquaintances_first():
    assert kinds_for(R, R)[0] == TieKind.ACQUAINTANCE


@pytest.mark.parametrize(
    ("group_kind", "first"),
    [
        (GroupKind.ASSOCIATION, TieKind.MEMBER),
        (GroupKind.INSTITUTION, TieKind.VISITOR),
        (GroupKind.PLACE, TieKind.VISITOR),
        (GroupKind.BUSINESS, TieKind.VISITOR),
    ],
)
def test_a_resident_and_a_group_in_either_order(group_kind, first):
    assert kinds_for(R, G, group_kind=group_kind) == kinds_for(G, R, group_kind=group_kind)
    kinds = kinds_for(R, G, group_kind=group_kind)
    assert kinds[0] == first
    assert TieKind.NEIGHBOUR not in kinds and TieKind.PARTNER not in kinds


def test_two_groups_partner_or_uses_place():
    assert kinds_for(G, G)[0] == TieKind.PARTNER
    assert kinds_for(G, G, group_kind=GroupKind.PLACE)[0] == TieKind.USES_PLACE
    assert set(kinds_for(G, G)) == {TieKind.PARTNER, TieKind.USES_PLACE}


@pytest.mark.parametrize(("a", "b"), [(R, R), (R, G), (G, R), (G, G)])
def test_every_kind_offered_fits_and_every_fitting_kind_is_offered(a, b):
    offered = kinds_for(a, b)
    assert len(set(offered)) == len(offered)
    fitting = {k for k in TieKind if tie_problem(k, a, b, same=False) is None}
    assert set(offered) == fitting
