"""The groups screen: a club with an organiser and a member, a library, a square."""

import pytest

from abcd_tui.domain.records import Group, GroupKind, Resident, TieKind
from abcd_tui.store import actions, reads, writes
from abcd_tui.tui.app import make_app
from abcd_tui.tui.screens.groups import GroupsScreen
from tests.tui.pilot import settle

MARKUP_NAME = "[i]Club[/i] $naam"


@pytest.fixture
def village(db):
    anna = writes.save_resident(db, Resident(name="Anna", key="anna"))
    bram = writes.save_resident(db, Resident(name="Bram", key="bram"))
    club = writes.save_group(
        db,
        Group(
            name="Kaartclub",
            key="kaartclub",
            kind=GroupKind.ASSOCIATION,
            tags=["kaarten"],
            contact_id=anna.id,
        ),
    )
    library = writes.save_group(
        db, Group(name="Bibliotheek", key="bieb", kind=GroupKind.INSTITUTION, address="Markt 2")
    )
    writes.save_group(db, Group(name="Het Plein", key="plein", kind=GroupKind.PLACE))
    writes.save_group(db, Group(name=MARKUP_NAME, key="club", kind=GroupKind.ASSOCIATION))
    actions.add_tie(db, anna.id, club.id, TieKind.ORGANISER)
    actions.add_tie(db, bram.id, club.id, TieKind.MEMBER)
    actions.add_tie(db, club.id, library.id, TieKind.PARTNER)
    return {"club": club, "library": library}


async def start(pilot) -> GroupsScreen:
    await pilot.app.switch_mode("groups")
    await settle(pilot)
    return pilot.app.screen


def names_in_list(screen) -> list[str]:
    records = screen.query_one("#records")
    ids = [records.get_option_at_index(i).id for i in range(records.option_count)]
    return [screen.records.name(i) for i in ids]


def detail(screen) -> str:
    return str(screen.query_one("#detail").content)


async def choose(pilot, screen, name: str) -> None:
    screen.query_one("#records").highlighted = names_in_list(screen).index(name)
    await pilot.pause()


async def test_search_and_kind_filter(db_path, village):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await start(pilot)
        assert len(names_in_list(screen)) == 4
        screen.query_one("#search").value = "kaarten"
        await pilot.pause()
        assert names_in_list(screen) == ["Kaartclub"]
        screen.query_one("#search").value = ""
        screen.choose_filter("kind:place")
        await pilot.pause()
        assert names_in_list(screen) == ["Het Plein"]


async def test_detail_shows_members_by_kind_of_tie_and_other_groups(db_path, village):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await start(pilot)
        await choose(pilot, screen, "Kaartclub")
        text = detail(screen)
        assert text.index("Anna  organisator") < text.index("Bram  lid")
        assert "Contactpersoon: Anna" in text and "Bibliotheek  partner" in text
        await choose(pilot, screen, "Bibliotheek")
        assert "Kaartclub  partner" in detail(screen) and "Markt 2" in detail(screen)


async def test_markup_in_a_group_name_is_literal(db_path, village):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await start(pilot)
        await choose(pilot, screen, MARKUP_NAME)
        assert MARKUP_NAME in detail(screen)


async def test_a_group_needs_a_name_and_a_known_contact(db_path, db, village):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await start(pilot)
        await pilot.press("n")
        await pilot.pause()
        form = pilot.app.screen
        form.query_one("#field-contact").value = "Onbekend"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "naam is leeg" in str(form.query_one("#problem-name").content)
        assert "kies een soort groep" in str(form.query_one("#problem-kind").content)
        assert "'Onbekend'" in str(form.query_one("#problem-contact").content)
        form.query_one("#field-name").value = "Moestuin"
        form.query_one("#field-kind").value = "place"
        form.query_one("#field-contact").value = "bram"
        await pilot.press("ctrl+s")
        await settle(pilot)
        tuin = next(g for g in reads.groups(db) if g.name == "Moestuin")
        assert tuin.kind == GroupKind.PLACE and tuin.key == "moestuin"
        assert "Moestuin" in detail(screen) and "Bram" in detail(screen)


async def test_edit_and_delete_with_undo(db_path, db, village):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await start(pilot)
        await choose(pilot, screen, "Bibliotheek")
        await pilot.press("e")
        await pilot.pause()
        pilot.app.screen.query_one("#field-address").value = "Markt 4"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert next(g for g in reads.groups(db) if g.key == "bieb").address == "Markt 4"
        await choose(pilot, screen, "Kaartclub")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("j")
        await settle(pilot)
        assert "Kaartclub" not in names_in_list(screen) and list(reads.ties(db)) == []
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert "Kaartclub" in names_in_list(screen) and len(list(reads.ties(db))) == 3


async def test_the_residents_and_groups_screens_share_one_read_of_the_register(
    db_path, db, village
):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        await pilot.app.switch_mode("residents")
        await settle(pilot)
        residents = pilot.app.screen
        groups = await start(pilot)
        assert groups.records is residents.records  # one copy while nothing changed
        await choose(pilot, groups, "Bibliotheek")
        await pilot.press("e")
        await pilot.pause()
        pilot.app.screen.query_one("#field-address").value = "Markt 4"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Markt 4" in detail(groups)
        await pilot.app.switch_mode("residents")
        await settle(pilot)
        assert residents.records is groups.records  # read again once, still one copy
        assert residents.records.groups[village["library"].id].address == "Markt 4"
