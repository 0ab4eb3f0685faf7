"""Two typed names that are one person, scored so the answers can be checked by eye."""

from abcd_tui.domain.names import LIKELY, name_score, normal_name, person_score, revisit_of
from abcd_tui.domain.records import GroupKind, Openness, RecordType, Resident, TieKind
from abcd_tui.domain.ties import default_tie_kind, walk_tie_kinds

DIEN = "Dien van der Berg"


def test_one_name_however_it_is_typed():
    assert normal_name("Berg, Dien van der") == "dien van der berg"
    assert normal_name("  DIËN  van der Berg ") == "dien van der berg"
    for typed in ("dien van der berg", "Berg, Dien van der", "Diën van der Berg"):
        assert name_score(typed, DIEN) == 100, typed


def test_initials_and_small_typos_are_likely_the_same_person():
    assert name_score("D. van der Berg", DIEN) == 90
    assert name_score("D van der Berg", DIEN) == 90
    assert name_score("Dien van der Brg", DIEN) >= LIKELY
    assert name_score("Dien vd Berg", DIEN) < 100


def test_other_people_are_not_offered():
    assert name_score("Dien Jansen", DIEN) < LIKELY
    assert name_score("Kees van der Berg", DIEN) < LIKELY
    assert person_score("Kees van der Berg", "Kerkstraat 2", DIEN, "Kerkstraat 2") < LIKELY
    assert name_score("E. van der Berg", DIEN) < LIKELY  # another initial
    assert name_score("", DIEN) == 0


def test_the_street_raises_or_lowers_the_match():
    typo = name_score("Dien van der Brg", DIEN)
    same = person_score("Dien van der Brg", "Kerkstraat 4", DIEN, "Kerkstraat 2")
    other = person_score("Dien van der Brg", "Dorpsweg 1", DIEN, "Kerkstraat 2")
    unknown = person_score("Dien van der Brg", "", DIEN, "Kerkstraat 2")
    assert other < typo == unknown < same
    # a name a little further off: offered on the same street, not on another one
    assert person_score("Dien van Berg", "Dorpsweg 1", DIEN, "Kerkstraat 2") < LIKELY
    assert person_score("Dien van Berg", "Kerkstraat 9", DIEN, "Kerkstraat 2") >= LIKELY
    assert person_score(DIEN, "Kerkstraat 2", DIEN, "Kerkstraat 2") == 100


def test_a_revisit_adds_what_was_told_to_what_we_knew():
    old = Resident(name=DIEN, address="Kerkstraat 2", hands=["koken"], neighbourhood="Dorp")
    typed = Resident(
        name="dien van der berg",
        hands=["Koken", "breien"],
        needs=["vervoer"],
        consent=True,
        consent_date="2026-03-03",
        open_to_introductions=Openness.YES,
        neighbourhood="Het Veld",
    )
    again = revisit_of(old, typed)
    assert (again.id, again.name, again.address) == (old.id, DIEN, "Kerkstraat 2")
    assert again.hands == ["koken", "breien"] and again.needs == ["vervoer"]
    assert (again.consent, again.consent_date) == (True, "2026-03-03")
    assert again.open_to_introductions == Openness.YES
    assert again.neighbourhood == "Dorp"  # what we knew stays


def test_the_default_tie_of_a_walk():
    street = {"address": "Kerkstraat 2", "other_address": "kerkstraat 14a"}
    assert default_tie_kind(RecordType.RESIDENT, **street) == TieKind.NEIGHBOUR
    assert (
        default_tie_kind(RecordType.RESIDENT, address="Kerkstraat 2", other_address="Dorpsweg 1")
        == TieKind.ACQUAINTANCE
    )
    assert default_tie_kind(RecordType.RESIDENT) == TieKind.ACQUAINTANCE  # streets unknown
    club = default_tie_kind(RecordType.GROUP, group_kind=GroupKind.ASSOCIATION)
    shop = default_tie_kind(RecordType.GROUP, group_kind=GroupKind.BUSINESS)
    assert (club, shop) == (TieKind.MEMBER, TieKind.VISITOR)


def test_only_kinds_that_fit_the_pair_are_offered():
    assert walk_tie_kinds(RecordType.GROUP) == (
        TieKind.MEMBER,
        TieKind.VOLUNTEER,
        TieKind.VISITOR,
    )
    assert TieKind.MEMBER not in walk_tie_kinds(RecordType.RESIDENT)
    assert walk_tie_kinds(RecordType.RESIDENT)[:2] == (TieKind.NEIGHBOUR, TieKind.ACQUAINTANCE)
