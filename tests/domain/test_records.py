import random
import uuid

from abcd_tui.domain.records import (
    Group,
    GroupKind,
    RecordType,
    Resident,
    TieKind,
    new_id,
    ordered_id,
    tie_order,
    tie_problem,
)

R, G = RecordType.RESIDENT, RecordType.GROUP


def test_a_resident_needs_a_name_and_cleans_its_gifts():
    resident = Resident(name="  Dien  Hadders ", hands=["Breien ", "breien", "koken"])
    assert resident.name == "Dien Hadders"
    assert resident.hands == ["Breien", "koken"]
    assert resident.problems() == []
    assert [p.code for p in Resident(name="   ").problems()] == ["name_blank"]


def test_refused_consent_and_unknown_age_band_are_problems():
    codes = {p.code for p in Resident(name="X", consent=False, age_band="oud").problems()}
    assert codes == {"consent_refused", "age_band_unknown"}


def test_group_tags_are_phrases():
    assert Group(name="Koor", kind=GroupKind.ASSOCIATION, tags=["Zingen", "zingen "]).tags == [
        "Zingen"
    ]


def test_which_kinds_join_what():
    assert tie_problem(TieKind.FRIEND, R, R, same=False) is None
    assert tie_problem(TieKind.FRIEND, R, G, same=False).code == "tie_needs_two_residents"
    assert tie_problem(TieKind.MEMBER, G, R, same=False) is None
    assert tie_problem(TieKind.MEMBER, R, R, same=False).code == "tie_needs_resident_and_group"
    assert tie_problem(TieKind.PARTNER, G, R, same=False).code == "tie_needs_two_groups"
    assert tie_problem(TieKind.FRIEND, R, R, same=True).code == "tie_self"


def test_the_same_tie_twice_has_one_canonical_order():
    assert tie_order(TieKind.FRIEND, "b", R, "a", R) == tie_order(TieKind.FRIEND, "a", R, "b", R)
    assert tie_order(TieKind.MEMBER, "g", G, "r", R) == ("r", "g")  # resident first
    assert tie_order(TieKind.USES_PLACE, "z", G, "a", G) == ("z", "a")  # direction kept


def test_ids_are_uuids_that_sort_by_time():
    first, second = ordered_id(1000, 5), ordered_id(1001, 0)
    assert first < second
    assert uuid.UUID(new_id()).version == 7
    assert new_id() != new_id()


def test_an_id_is_spelled_as_uuid_spells_it():
    # ordered_id formats the UUID's digits itself (for speed): the text must be exactly
    # str(uuid.UUID(...)) for every time and random part, edges included.
    rng = random.Random(15)
    times = [0, 1, (1 << 48) - 1, 1 << 48, *(rng.getrandbits(48) for _ in range(300))]
    for milliseconds in times:
        for bits in (0, (1 << 80) - 1, rng.getrandbits(80), rng.getrandbits(90)):
            value = (milliseconds & ((1 << 48) - 1)) << 80 | (bits & ((1 << 80) - 1))
            value = (value & ~(0xF << 76)) | (0x7 << 76)
            value = (value & ~(0x3 << 62)) | (0x2 << 62)
            assert ordered_id(milliseconds, bits) == str(uuid.UUID(int=value))
