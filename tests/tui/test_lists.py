"""Lists that fit, sort and follow (issue 16, points 6 and 7): the residents filtered and
sorted on the demo village (compared with a read of the store), the highlight on the one
searched for, `p` and `e` on the one selected, who-can-help's detail following the
highlight, names whole at 80 columns, and the analysis screens showing what another
program wrote without being reopened.
"""

import dataclasses
from datetime import date

import pytest
from textual.widgets import OptionList

from abcd_tui.domain.records import Resident, TieKind
from abcd_tui.domain.text import match_key, street_of
from abcd_tui.store import Register, actions, reads, writes
from abcd_tui.store.walks import last_met
from abcd_tui.tui.app import make_app
from abcd_tui.tui.screens.who_can_help import DEBOUNCE
from tests.analysis.neighbourhoods import Map
from tests.tui.pilot import pick, settle, type_text, until

LONG_NAME = "Wilhelmina van Oosterhout-Brinkman"  # 34 characters


def residents_read(path):
    """The register's residents and last-met dates, read as a script would."""
    register = Register(path)
    return register.read(lambda db: list(reads.residents(db))), register.read(last_met)


async def residents_screen(pilot):
    await pilot.app.switch_mode("residents")
    await settle(pilot)
    return pilot.app.screen


def listed(screen) -> list[str]:
    """The ids in the list, top to bottom."""
    records = screen.query_one("#records", OptionList)
    return [records.get_option_at_index(i).id for i in range(records.option_count)]


def highlighted_id(option_list: OptionList) -> str | None:
    index = option_list.highlighted
    return None if index is None else option_list.get_option_at_index(index).id


async def test_each_filter_shows_whom_the_store_says(village):
    residents, met = residents_read(village)
    wijk = residents[0].neighbourhood
    street = street_of(residents[1].address)
    today = date.today()

    def recent(r: Resident) -> bool:
        return r.id in met and (today - date.fromisoformat(met[r.id])).days <= 30

    expected = {
        f"wijk:{wijk}": [r.id for r in residents if r.neighbourhood == wijk],
        f"street:{street}": [r.id for r in residents if street_of(r.address) == street],
        "consent:yes": [r.id for r in residents if r.consent is True],
        "open:yes": [r.id for r in residents if r.open_to_introductions.value == "yes"],
        "open:not_now": [r.id for r in residents if r.open_to_introductions.value == "not_now"],
        "met:never": [r.id for r in residents if r.id not in met],
        "met:earlier": [r.id for r in residents if r.id in met and not recent(r)],
    }
    async with make_app(village).run_test(size=(120, 40)) as pilot:
        screen = await residents_screen(pilot)
        for facet, ids in expected.items():
            await pick(pilot, "f", "all")
            await pick(pilot, "f", facet)
            assert listed(screen) == ids, facet
            assert ids, facet  # the demo has someone in each
        # Two dimensions combine: never met and a wijk.
        await pick(pilot, "f", "met:never")
        await pick(pilot, "f", f"wijk:{wijk}")
        assert listed(screen) == [
            r.id for r in residents if r.id not in met and r.neighbourhood == wijk
        ]
        view = str(screen.query_one("#view").content)
        assert f"Buurt: {wijk}" in view and "Nog niet ontmoet op een wandeling" in view


async def test_each_sort_orders_as_the_store_says(village):
    residents, met = residents_read(village)
    position = {r.id: n for n, r in enumerate(residents)}

    def met_key(r: Resident) -> tuple:
        day = date.fromisoformat(met[r.id]).toordinal() if r.id in met else 0
        return (r.id not in met, -day, position[r.id])

    by_met = sorted(residents, key=met_key)
    by_wijk = sorted(residents, key=lambda r: (match_key(r.neighbourhood), position[r.id]))
    async with make_app(village).run_test(size=(120, 40)) as pilot:
        screen = await residents_screen(pilot)
        assert listed(screen) == [r.id for r in residents]  # by name, as the store reads
        await pick(pilot, "O", "last_met")
        assert listed(screen) == [r.id for r in by_met]
        assert "gesorteerd op laatst ontmoet" in str(screen.query_one("#view").content)
        await pick(pilot, "O", "wijk")
        assert listed(screen) == [r.id for r in by_wijk]
        await pick(pilot, "O", "street")
        streets = [match_key(street_of(r.address)) for r in residents if r.id in listed(screen)]
        shown = [match_key(street_of(screen.records.residents[i].address)) for i in listed(screen)]
        assert shown == sorted(streets)


@pytest.fixture
def dien_after_others(db):
    """Dien, and two who come before her and have 'dien' in their gifts."""
    writes.save_resident(db, Resident(name="Anneke", key="anneke", hands=["dienst aan huis"]))
    writes.save_resident(db, Resident(name="Bert", key="bert", heart=["dienen"]))
    return writes.save_resident(db, Resident(name="Dien", key="dien", address="Kerkstraat 1"))


async def test_the_highlight_stays_on_the_one_searched_for(db_path, dien_after_others):
    dien = dien_after_others
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        screen = await residents_screen(pilot)
        await pilot.press("slash")
        await type_text(pilot, "Dien")
        await pilot.press("escape")
        await pilot.pause()
        records = screen.query_one("#records", OptionList)
        assert len(listed(screen)) == 3  # the gifts match too, after her
        assert highlighted_id(records) == dien.id == listed(screen)[0]
        assert str(screen.query_one("#detail").content).startswith("Dien")
        await pilot.press("e")
        await pilot.pause()
        assert pilot.app.screen.form_title == "Dien wijzigen"  # her record opens
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p")  # the picture of the one selected
        await settle(pilot)
        assert pilot.app.current_mode == "network"
        assert pilot.app.screen.centre == dien.id


async def test_who_can_help_detail_follows_the_highlight(village):
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        await pilot.app.switch_mode("help")
        await settle(pilot)
        screen = pilot.app.screen
        await type_text(pilot, "koken")
        await pilot.pause(DEBOUNCE + 0.1)
        await settle(pilot)
        await pilot.press("enter")  # to the list
        helpers = screen.query_one("#helpers", OptionList)
        assert helpers.option_count >= 3
        for _ in range(2):
            await pilot.press("down")
            await pilot.pause()
            key = highlighted_id(helpers)
            chosen = next(h for h in screen.helpers if h.key == key)
            assert str(screen.query_one("#detail").content).startswith(chosen.name)


async def test_names_stay_whole_to_20_characters_at_80_columns(db_path, db):
    """Every list row at 80 columns shows at least the first 20 characters of a long
    name, whatever follows it (street, kind, score). The one with the long name joins
    two clubs (a connector), offers cooking (who can help) and has one tie to Bob."""
    m = Map(db)
    for key in ("anna", "bob", "cor", "dirk"):
        m.resident(key, street="Kerkstraat", neighbourhood="Kerkbuurt")
    m.resident("eva", street="Esweg")
    m.resident("wil", street="Burgemeester Van Roijensingel", name=LONG_NAME, offers=["koken"])
    m.resident("long2", name=LONG_NAME + " II", offers=["koken"])
    m.group("koor")
    m.group("voetbalclub")
    for key in ("anna", "bob", "cor", "dirk", "wil"):
        m.tie(key, "koor")
    m.clique("anna", "bob", "cor", "dirk")
    for key in ("eva", "wil"):
        m.tie(key, "voetbalclub")
    m.tie("long2", "bob")
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        for mode, selector in [
            ("residents", "#records"),
            ("connectors", "#ranked"),
            ("not-yet-connected", "#waiting"),
            ("help", "#helpers"),
        ]:
            await pilot.app.switch_mode(mode)
            await settle(pilot)
            if mode == "help":
                await type_text(pilot, "koken")
                await pilot.pause(DEBOUNCE + 0.1)
                await settle(pilot)
            options = pilot.app.screen.query_one(selector, OptionList)
            lines = [options.render_line(y).text for y in range(options.size.height)]
            if mode == "not-yet-connected":  # rows of several lines: names wrap, whole
                assert LONG_NAME in " ".join(line.strip() for line in lines), lines[:4]
            else:
                assert any(LONG_NAME[:20] in line for line in lines), (mode, lines[:4])


async def test_another_programs_write_shows_on_the_analysis_screens(village):
    """Another program (a script: `Register(path).write`) ties someone not yet connected
    and renames a connector; the screens show it without being reopened, and keep the
    highlight on the same person."""
    app = make_app(village)
    app.WATCH_EVERY = 0.1
    async with app.run_test(size=(120, 40)) as pilot:
        await app.switch_mode("not-yet-connected")
        await settle(pilot)
        screen = app.screen
        waiting = screen.query_one("#waiting", OptionList)
        first, second = (waiting.get_option_at_index(i).id for i in range(2))
        waiting.highlighted = 1
        await pilot.pause()
        register = Register(village)
        anyone = register.read(
            lambda db: next(r.id for r in reads.residents(db) if r.id not in (first, second))
        )
        register.write(lambda db: actions.add_tie(db, first, anyone, TieKind.FRIEND))
        register.write(lambda db: actions.add_tie(db, first, second, TieKind.FRIEND))
        assert await until(pilot, lambda: first not in [w.entry.node for w in screen.waiting])
        await settle(pilot)
        assert highlighted_id(waiting) == second or second not in [
            w.entry.node for w in screen.waiting
        ]

        await app.switch_mode("connectors")
        await settle(pilot)
        ranked = app.screen.query_one("#ranked", OptionList)
        ranked.highlighted = 1
        await pilot.pause()
        chosen = highlighted_id(ranked)
        top = app.screen.ranking.residents[1]

        def rename(db):
            resident = next(r for r in reads.residents(db) if r.key == top.key)
            renamed = dataclasses.replace(resident, name="Nieuwe Naam")
            return actions.save_resident(db, renamed, resident.version)

        register.write(rename)
        assert await until(
            pilot, lambda: any(c.name == "Nieuwe Naam" for c in app.screen.ranking.residents)
        )
        await settle(pilot)
        assert highlighted_id(ranked) == chosen
        assert "Nieuwe Naam" in str(app.screen.query_one("#detail").content)
