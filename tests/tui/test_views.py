"""The connectors, communities and who-can-help screens on small neighbourhoods whose
answers can be seen by eye.

Two clubs and one bridge: the Koor (Anna, Bob, Cor, Dirk, who are also friends) and the
Voetbalclub (Eva, Fenna), and Jan, who is in both. Without Jan the Voetbalclub and its
members are cut off from the rest, so Jan tops the connectors and the detail names Eva
and Fenna. Fenna's name has markup in it, which must show as typed. Gerrit offers
"tuinieren" (gardening).
"""

import pytest

from abcd_tui.store import reads
from abcd_tui.tui.app import make_app
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.screens.who_can_help import DEBOUNCE
from tests.analysis.neighbourhoods import Map
from tests.tui.pilot import settle

MARKUP_NAME = "[b]Fenna[/b] $x"


@pytest.fixture
def two_clubs(db):
    m = Map(db)
    for key in ("anna", "bob", "cor", "dirk"):
        m.resident(key, street="Kerkstraat", neighbourhood="Kerkbuurt")
    m.resident("eva", street="Esweg", neighbourhood="De Esch")
    m.resident("fenna", street="Esweg", neighbourhood="De Esch", name=MARKUP_NAME)
    m.resident("jan", street="Molenweg", neighbourhood="De Esch")
    m.resident("gerrit", street="Molenweg", offers=["tuinieren"], hands=["koken"])
    m.group("koor")
    m.group("voetbalclub")
    for key in ("anna", "bob", "cor", "dirk", "jan"):
        m.tie(key, "koor")
    m.clique("anna", "bob", "cor", "dirk")
    for key in ("eva", "fenna", "jan"):
        m.tie(key, "voetbalclub")
    m.tie("gerrit", "anna")
    return m


def views_app(db_path):
    """The app (which registers the three views as modes)."""
    app = make_app(db_path)
    return app


async def typed(pilot, *keys: str) -> None:
    """Type, then wait out the quiet time after the last key and the look-up it starts."""
    await pilot.press(*keys)
    await pilot.pause(DEBOUNCE + 0.1)
    await settle(pilot)


async def open_mode(pilot, mode: str):
    await pilot.app.switch_mode(mode)
    await settle(pilot)
    return pilot.app.screen


def option_texts(screen, selector: str) -> list[str]:
    options = screen.query_one(selector)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def detail(screen) -> str:
    return str(screen.query_one("#detail").content)


async def test_the_bridge_tops_the_connectors_and_the_detail_names_who_depends(db_path, two_clubs):
    async with views_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await open_mode(pilot, "connectors")
        ranked = option_texts(screen, "#ranked")
        assert ranked[0].split()[-1] == "Jan"
        text = detail(screen)
        assert "Jan" in text
        # Who depends on Jan, by name, a name with markup shown as typed.
        assert f"Zonder Jan los van de rest: {MARKUP_NAME}, Eva, Voetbalclub" in text
        assert "Koor, Voetbalclub" in text  # Jan's groups
        # The parts Jan links: the Koor's community and the Voetbalclub's.
        assert "Verbindt kringen\n1. Koor, 2. Voetbalclub" in text

        await pilot.press("t")  # the groups
        await pilot.pause()
        assert "Koor" in option_texts(screen, "#ranked")[0]
        assert "groepen" in str(screen.query_one("#title").content)
        await pilot.press("t")
        await pilot.pause()
        assert option_texts(screen, "#ranked")[0].endswith("Jan")


async def test_a_new_tie_reloads_the_connectors(db_path, two_clubs):
    async with views_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await open_mode(pilot, "connectors")
        assert "Eva" in detail(screen)
        two_clubs.tie("eva", "anna")  # Eva now also reaches the Koor's people
        screen.post_message(RegisterChanged())
        await settle(pilot)
        assert "Zonder Jan los van de rest:" not in detail(screen)


async def test_communities_show_gifts_groups_and_the_bridges_between_them(db_path, two_clubs):
    async with views_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await open_mode(pilot, "communities")
        listed = option_texts(screen, "#communities")
        assert len(listed) == 2, listed
        texts = []
        for index in range(2):
            screen.query_one("#communities").highlighted = index
            await pilot.pause()
            texts.append(detail(screen))
        kerk = next(x for x in texts if "Kerkstraat" in x)
        assert "Koor" in kerk
        # Whichever community holds Jan, the bridge to the other one is named.
        bridges = [x.split("Verbinders naar andere kringen")[1] for x in texts]
        assert any("Jan" in b for b in bridges), bridges


async def test_who_can_help_finds_the_gardener_as_you_type(db_path, two_clubs):
    async with views_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await open_mode(pilot, "help")
        assert screen.focused is screen.query_one("#need")
        await typed(pilot, *"hulp in de tuin")
        assert option_texts(screen, "#helpers") == ["Gerrit"]
        assert "biedt 'tuinieren' (andere woorden, zelfde zaak)" in detail(screen)

        await typed(pilot, *["backspace"] * len("hulp in de tuin"), *"koken")
        assert option_texts(screen, "#helpers") == ["Gerrit"]
        assert "kan 'koken'" in detail(screen)

        await typed(pilot, *["backspace"] * 5, *"breien")
        assert option_texts(screen, "#helpers") == []
        assert "breien" in str(screen.query_one("#status").content)


async def test_the_need_tuin_finds_who_offers_tuinieren(db_path, two_clubs):
    async with views_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await open_mode(pilot, "help")
        await typed(pilot, *"tuin")
        assert option_texts(screen, "#helpers") == ["Gerrit"]


async def test_two_helpers_of_one_name_show_where_each_is(db_path, two_clubs):
    """Found walking the app: four "Pluktuin" places, one line each, nothing to tell
    them apart. A name found twice shows its street; the detail always does."""
    two_clubs.resident("gerrit-2", name="Gerrit", street="Esweg", offers=["tuinieren"])
    async with views_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await open_mode(pilot, "help")
        await typed(pilot, *"tuin")
        assert sorted(option_texts(screen, "#helpers")) == ["Gerrit · Esweg", "Gerrit · Molenweg"]
        assert "Molenweg" in detail(screen) or "Esweg" in detail(screen)
        await typed(pilot, *["backspace"] * 4, *"koken")
        assert option_texts(screen, "#helpers") == ["Gerrit"]  # one found: no street needed
        assert "Molenweg" in detail(screen)


async def test_two_helpers_of_one_name_on_one_street_show_their_houses(db_path, two_clubs):
    """Two Gerrits on the Molenweg showed as "Gerrit · Molenweg" twice: the same line
    for two people. On one street the house number tells them apart, in the detail too."""
    two_clubs.resident("gerrit-2", name="Gerrit", street="Molenweg", offers=["tuinieren"])
    async with views_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await open_mode(pilot, "help")
        await typed(pilot, *"tuin")
        shown = sorted(option_texts(screen, "#helpers"))
        addresses = sorted(r.address for r in reads.residents(two_clubs.db) if r.name == "Gerrit")
        assert shown == [f"Gerrit · {a}" for a in addresses] and len(set(addresses)) == 2
        assert any(a in detail(screen) for a in addresses)


async def test_the_views_speak_english_on_request(db_path, two_clubs):
    from abcd_tui import i18n

    i18n.set_language("en")
    async with views_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await open_mode(pilot, "connectors")
        assert "Without Jan, cut off from the rest:" in detail(screen)
