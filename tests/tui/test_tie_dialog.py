"""The tie dialog (issue 12, point 6, outside walk mode), from the residents and groups
screens and the network picture, on a street whose right answers can be seen by eye:

Kerkstraat: Anna (1) and Bram (3); Cor lives on the Dorpsweg; the Kaartclub is an
association, the Bieb an institution, and one resident has markup in her name.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from abcd_tui.domain.records import Group, GroupKind, Resident, TieKind
from abcd_tui.store import reads, writes
from abcd_tui.tui.app import make_app
from abcd_tui.tui.dialogs.tie import TieDialog
from tests.tui.pilot import settle, type_text, until

MARKUP_NAME = "[b]Dien[/b] $x"
RESIDENT_KINDS = {"neighbour", "friend", "family", "colleague", "acquaintance"}
GROUP_KINDS = {"member", "organiser", "volunteer", "visitor", "client", "staff"}


@pytest.fixture
def street(db):
    found = {
        "anna": writes.save_resident(db, Resident(name="Anna", key="anna", address="Kerkstraat 1")),
        "bram": writes.save_resident(db, Resident(name="Bram", key="bram", address="Kerkstraat 3")),
        "cor": writes.save_resident(db, Resident(name="Cor", key="cor", address="Dorpsweg 8")),
        "dien": writes.save_resident(db, Resident(name=MARKUP_NAME, key="dien")),
        "club": writes.save_group(
            db, Group(name="Kaartclub", key="kaartclub", kind=GroupKind.ASSOCIATION)
        ),
        "bieb": writes.save_group(db, Group(name="Bieb", key="bieb", kind=GroupKind.INSTITUTION)),
    }
    return {key: record.id for key, record in found.items()}


async def open_dialog(pilot, mode: str, name: str) -> TieDialog:
    """The dialog of `t` on the screen `mode`, for the record called `name`."""
    app = pilot.app
    await app.switch_mode(mode)
    await settle(pilot)
    screen = app.screen
    records = screen.query_one("#records", OptionList)
    ids = [records.get_option_at_index(i).id for i in range(records.option_count)]
    records.highlighted = ids.index(screen.records.find(name))
    await pilot.pause()
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(app.screen, TieDialog)
    return app.screen


def kinds_offered(dialog: TieDialog) -> list[str]:
    options = dialog.query_one("#kinds", OptionList)
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


def ties_in(db) -> set[tuple[str, str, str]]:
    return {(tie.from_id, tie.to_id, tie.kind.value) for tie in reads.ties(db)}


def problem(dialog: TieDialog, field: str) -> str:
    static = dialog.query_one(f"#problem-{field}")
    return str(static.content) if static.has_class("shown") else ""


async def test_neighbours_on_one_street_by_default_and_only_kinds_for_two_residents(
    db_path, db, street
):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Anna")
        await type_text(pilot, "Bram")
        await pilot.pause()
        assert set(kinds_offered(dialog)) == RESIDENT_KINDS
        assert kinds_offered(dialog)[0] == "neighbour"
        assert dialog.kind == TieKind.NEIGHBOUR
        await pilot.press("enter")
        await settle(pilot)
    assert ties_in(db) == {
        (min(street["anna"], street["bram"]), max(street["anna"], street["bram"]), "neighbour")
    }


async def test_another_street_is_an_acquaintance_and_the_choice_is_kept(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Anna")
        await type_text(pilot, "Cor")
        await pilot.pause()
        assert dialog.kind == TieKind.ACQUAINTANCE
        await pilot.press("tab")  # to the kinds
        assert pilot.app.focused is dialog.query_one("#kinds")
        await pilot.press("down")  # the next kind that fits
        chosen = dialog.kind
        assert chosen != TieKind.ACQUAINTANCE and chosen.value in RESIDENT_KINDS
        await pilot.press("ctrl+s")
        await settle(pilot)
    ((_, _, kind),) = ties_in(db)
    assert kind == chosen.value


@pytest.mark.parametrize(
    ("name", "key", "first"), [("Kaartclub", "club", "member"), ("Bieb", "bieb", "visitor")]
)
async def test_a_resident_and_a_group_get_the_kinds_of_membership(
    db_path, db, street, name, key, first
):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Cor")
        dialog.query_one("#who", Input).value = name.lower()  # any case
        await pilot.pause()
        assert set(kinds_offered(dialog)) == GROUP_KINDS
        assert kinds_offered(dialog)[0] == first
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert ties_in(db) == {(street["cor"], street[key], first)}


async def test_from_the_groups_screen_a_group_and_a_resident(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "groups", "Kaartclub")
        await type_text(pilot, "Anna")
        await pilot.press("enter")
        await settle(pilot)
        assert not pilot.app.screen.is_modal
        assert dialog.kinds[0] == TieKind.MEMBER
    assert ties_in(db) == {(street["anna"], street["club"], "member")}


async def test_tab_takes_the_grey_suggestion(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Anna")
        who = dialog.query_one("#who", Input)
        await type_text(pilot, "kaa")
        await pilot.press("tab")
        assert who.value == "Kaartclub"
        assert pilot.app.focused is who  # taking the name is one Tab, the next moves on
        assert dialog.kind == TieKind.MEMBER
        await pilot.press("tab")
        assert pilot.app.focused is dialog.query_one("#kinds")


async def test_an_error_shows_under_its_field_and_clears_once_fixed(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Anna")
        await pilot.press("ctrl+s")  # nothing typed
        await pilot.pause()
        assert problem(dialog, "who") == "vul een naam in"
        await type_text(pilot, "Zus")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert problem(dialog, "who") == "'Zus' staat nog niet in het register"
        assert pilot.app.screen is dialog  # still open, nothing written
        assert ties_in(db) == set()
        dialog.query_one("#who", Input).value = "Bram"
        await pilot.pause()
        assert problem(dialog, "who") == ""  # cleared as soon as the name is right
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not pilot.app.screen.is_modal
    assert len(ties_in(db)) == 1


async def test_a_record_cannot_be_tied_to_itself(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Anna")
        dialog.query_one("#who", Input).value = "anna"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "iemand anders" in problem(dialog, "who")
        assert ties_in(db) == set()


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_the_lists_stay_inside_the_dialog(db_path, db, street, size):
    async with make_app(db_path).run_test(size=size) as pilot:
        dialog = await open_dialog(pilot, "residents", "Cor")
        await pilot.press("k")  # matches: Kaartclub (and anyone with a k)
        await pilot.pause()
        matches = dialog.query_one("#matches")
        assert matches.display
        dialog.query_one("#who", Input).value = "Kaartclub"
        await pilot.pause()
        box = dialog.query_one("TieDialog > Vertical").region
        inside = box.shrink((1, 1, 1, 1))  # within the border
        for part in ("#who", "#kinds", "#save", "#cancel"):
            region = dialog.query_one(part).region
            assert inside.contains_region(region), (part, region, box)
        kinds = dialog.query_one("#kinds", OptionList)
        assert kinds.option_count == len(GROUP_KINDS)
        assert kinds.region.height == len(GROUP_KINDS)  # every kind in view, no scrolling


async def test_names_are_shown_literally_in_the_matches(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Anna")
        await type_text(pilot, "dien")
        await pilot.pause()
        matches = dialog.query_one("#matches", OptionList)
        assert MARKUP_NAME in str(matches.get_option_at_index(0).prompt)


async def test_shift_tab_and_tab_stay_in_the_dialog(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Anna")
        seen = set()
        for key in ["shift+tab"] * 5 + ["tab"] * 5:
            await pilot.press(key)
            assert pilot.app.screen is dialog
            assert pilot.app.focused is not None and pilot.app.focused.screen is dialog
            seen.add(pilot.app.focused.id)
        assert seen == {"who", "kinds", "save", "cancel"}


async def test_t_with_nothing_chosen_says_why(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        for mode, said in [("residents", "Kies eerst een bewoner"), ("groups", "groep")]:
            await app.switch_mode(mode)
            await settle(pilot)
            app.screen.query_one("#search", Input).value = "niemand heet zo"
            await pilot.pause()
            app.screen.query_one("#records").focus()
            await pilot.press("t")
            await pilot.pause()
            assert not app.screen.is_modal
            assert any(said in n.message for n in app._notifications), mode


async def test_the_network_picture_uses_the_same_dialog(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await app.switch_mode("network")
        app.screen.centre_on(street["anna"])
        await settle(pilot)
        await pilot.press("t")
        assert await until(pilot, lambda: isinstance(app.screen, TieDialog))
        await type_text(pilot, "Bra")
        # As a person does: the match shows, then enter (under load the list can lag).
        assert await until(pilot, lambda: app.screen.query_one("#matches").option_count > 0)
        await pilot.press("enter")  # the match, the default kind, saved
        await settle(pilot)
        assert not app.screen.is_modal
        assert any("buren" in n.message for n in app._notifications)
    ((_, _, kind),) = ties_in(db)
    assert kind == "neighbour"


async def test_in_english(db_path, db, street):
    from abcd_tui import i18n

    i18n.set_language("en")
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "residents", "Anna")
        assert "Tab takes the grey name" in str(dialog.query_one(".hint").content)
        await type_text(pilot, "Bram")
        await pilot.pause()
        kinds = dialog.query_one("#kinds", OptionList)
        assert str(kinds.get_option_at_index(0).prompt) == "neighbour"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any("tie between Anna and Bram" in n.message for n in pilot.app._notifications)
