"""The "not yet connected" screen: who, why, and the introductions worth making, made or
declined in place and undone with ctrl+z."""

from __future__ import annotations

from pathlib import Path

import pytest

from abcd_tui.analysis.waiting import waiting_residents
from abcd_tui.domain.records import GroupKind
from abcd_tui.store import Register, open_database, reads
from abcd_tui.tui.app import make_app
from abcd_tui.tui.screens.not_yet_connected import NotYetConnectedScreen
from tests.analysis.neighbourhoods import Map
from tests.tui.pilot import settle, text_of

MODE = "not-yet-connected"


def music_village(m: Map) -> None:
    """Dien has no ties yet; she can knit and loves music. Hanna, on her street, wants to
    learn to knit; the music club (Eric, Fenna and Gerrit sing in it) is about music.
    Lies sings but said 'not now' to introductions; Kees said no."""
    m.resident(
        "dien",
        street="Kerkstraat",
        neighbourhood="Kerkbuurt",
        interests=["muziek"],
        hands=["breien"],
    )
    m.group("muziekvereniging", GroupKind.ASSOCIATION, tags=["muziek", "zingen"])
    for key in ("eric", "fenna", "gerrit"):
        m.resident(key, street="Esweg", neighbourhood="Kerkbuurt")
        m.tie(key, "muziekvereniging")
    m.clique("eric", "fenna", "gerrit")
    m.resident("hanna", street="Kerkstraat", neighbourhood="Kerkbuurt", needs=["leren breien"])
    m.tie("hanna", "eric")
    m.tie("hanna", "fenna")
    m.resident(
        "lies", street="Esweg", neighbourhood="Kerkbuurt", interests=["zingen"], open="not_now"
    )
    m.resident(
        "kees",
        street="Esweg",
        neighbourhood="Kerkbuurt",
        name="[b]Kees[/b]",
        interests=["muziek"],
        open="no",
    )


@pytest.fixture
def village(db_path, db) -> Map:
    m = Map(db)
    music_village(m)
    return m


async def opened(pilot) -> NotYetConnectedScreen:
    await settle(pilot)
    await pilot.app.switch_mode(MODE)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, NotYetConnectedScreen)
    return screen


async def pick(pilot, screen: NotYetConnectedScreen, name: str) -> None:
    waiting = screen.query_one("#waiting")
    index = next(i for i, w in enumerate(screen.waiting) if w.entry.name == name)
    waiting.focus()
    waiting.highlighted = index
    await pilot.pause()


def ties_of(db_path, key: str) -> set[tuple[str, str]]:
    db = open_database(db_path, create=False)
    try:
        names = reads.id_to_key(db)
        return {
            (names[t.to_id if names[t.from_id] == key else t.from_id], t.kind.value)
            for t in reads.ties(db)
            if key in (names[t.from_id], names[t.to_id])
        }
    finally:
        db.close()


def reason_of(screen: NotYetConnectedScreen, name: str) -> str:
    waiting = screen.query_one("#waiting")
    index = next(i for i, w in enumerate(screen.waiting) if w.entry.name == name)
    return str(waiting.get_option_at_index(index).prompt).split("\n")[1]


def test_each_resident_with_the_reason_and_introductions(db_path, village):
    found = {w.entry.key: w for w in Register(db_path).read(waiting_residents)}
    assert set(found) == {"dien", "lies", "kees"}
    assert [i.meet_key for i in found["dien"].introductions] == ["hanna", "muziekvereniging"]
    assert found["dien"].gifts == ["breien"]
    assert found["kees"].introductions == []  # said no


async def test_make_the_suggested_introduction_then_undo(db_path, village):
    """The issue's flow: open → pick a resident → make the suggested introduction → the
    tie is there and the reason changes → ctrl+z → as before."""
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        await pick(pilot, screen, "Dien")
        assert reason_of(screen, "Dien") == "nog geen banden vastgelegd"
        intros = text_of(screen.query_one("#introductions"))
        assert intros.startswith("Hanna  bewoner")  # her gift first: Hanna wants to knit
        assert "Dien kan 'breien' bieden: dat past bij de vraag 'leren breien' van Hanna" in intros
        assert "Muziekvereniging  vereniging" in intros

        await pilot.press("m")
        await settle(pilot)
        assert ties_of(db_path, "dien") == {("hanna", "acquaintance")}
        assert reason_of(screen, "Dien") == "één band: met Hanna (kennis)"
        intros = text_of(screen.query_one("#introductions"))
        assert not intros.startswith("Hanna")
        # Hanna's friends share nothing else with Dien: a shared contact alone makes no
        # introduction; the club that fits her love of music stays.
        assert "kent allebei" not in intros and "Muziekvereniging" in intros
        assert screen.selected == village.ids["dien"][0]  # still on Dien

        await pilot.press("ctrl+z")
        await settle(pilot)
        assert ties_of(db_path, "dien") == set()
        assert reason_of(screen, "Dien") == "nog geen banden vastgelegd"
        assert text_of(screen.query_one("#introductions")).startswith("Hanna")


async def test_a_club_makes_a_member_and_a_decline_hides_it(db_path, village):
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        await pick(pilot, screen, "Dien")
        intros = screen.query_one("#introductions")
        intros.focus()
        await pilot.press("down", "x")
        await settle(pilot)
        dien, club = village.ids["dien"][0], village.ids["muziekvereniging"][0]
        db = open_database(db_path, create=False)
        assert reads.declined(db) == {(dien, club)}
        db.close()
        assert "Muziekvereniging" not in text_of(intros)
        assert "Hanna" in text_of(intros)

        await pilot.press("ctrl+z")
        await settle(pilot)
        assert "Muziekvereniging" in text_of(intros)
        intros.highlighted = 1
        await pilot.press("m")
        await settle(pilot)
        assert ties_of(db_path, "dien") == {("muziekvereniging", "member")}
        assert reason_of(screen, "Dien") == "één band: met Muziekvereniging (lid)"


async def test_no_means_none_and_not_now_only_on_request(db_path, village):
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        await pick(pilot, screen, "[b]Kees[/b]")
        assert "[b]Kees[/b] heeft liever geen kennismakingen" in text_of(
            screen.query_one("#introductions")
        )
        # Those who said no come last, their name literally (not bold markup).
        waiting = text_of(screen.query_one("#waiting")).splitlines()
        assert waiting[0] == "Dien"
        assert waiting[-3:] == ["[b]Kees[/b]", "nog geen banden vastgelegd", "kennismaking: nee"]
        await pilot.press("m")
        await settle(pilot)
        assert ties_of(db_path, "kees") == set()

        await pick(pilot, screen, "Lies")
        assert "Druk op n om toch voorstellen te zien" in text_of(
            screen.query_one("#introductions")
        )
        await pilot.press("n")
        await pilot.pause()
        assert text_of(screen.query_one("#introductions")).startswith("Muziekvereniging")
        await pilot.press("n")
        await pilot.pause()
        assert "nu niet" in text_of(screen.query_one("#introductions"))


def test_not_yet_connected_at_80x24(snap_compare, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ABCD_USER", "test-builder")
    db = open_database("abcd.db")
    music_village(Map(db))
    db.close()

    async def run_before(pilot) -> None:
        screen = await opened(pilot)
        await pick(pilot, screen, "Dien")

    # A relative path: the header shows it, and the snapshot must not depend on tmp_path.
    assert snap_compare(make_app(Path("abcd.db")), terminal_size=(80, 24), run_before=run_before)


async def test_a_long_list_comes_a_page_at_a_time_and_everyone_is_reached_by_keys(
    db_path, village, monkeypatch
):
    """A page at a time (`PAGE`, 1 here so the small village needs three): the last line
    says how many follow, and arrowing down onto it brings the next page, the cursor on
    the next resident."""
    from abcd_tui.tui.screens import not_yet_connected

    monkeypatch.setattr(not_yet_connected, "PAGE", 1)
    async with make_app(db_path).run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        everyone = [w.entry.node for w in screen.waiting]
        assert len(everyone) == 3
        waiting = screen.query_one("#waiting")
        assert waiting.option_count == 2  # a page and the "more" line
        assert "en nog 2" in str(waiting.get_option_at_index(1).prompt)
        waiting.focus()
        reached = [screen.selected]
        for _ in range(len(everyone) - 1):
            await pilot.press("down")
            await pilot.pause()
            reached.append(screen.selected)
        assert reached == everyone  # each once, in order: never the "more" line
        assert waiting.option_count == 3  # all listed, no "more" line left
        assert waiting.highlighted == 2
        assert screen.waiting[-1].entry.name in str(screen.query_one("#about").content)
