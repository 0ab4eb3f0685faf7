"""The app opens on the overview and answers the keys that work everywhere."""

from abcd_tui.domain.records import Resident, TieKind
from abcd_tui.store import actions, reads, writes
from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle, text_of, type_text


async def test_the_overview_shows_counts_connectors_and_who_is_not_yet_connected(db_path, db):
    from abcd_tui.demo import make_demo

    make_demo(db)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        figures = text_of(app.screen.query_one("#figures"))
        assert "Bewoners" in figures and "150" in figures
        connections = text_of(app.screen.query_one("#connectors"))
        assert "Nog niet verbonden" in connections
        top = next(iter(reads.residents(db)))  # any name: check the first connector is a name
        assert "1. " in connections and top is not None
        await pilot.press("q")


async def test_names_in_the_overview_are_literal(db_path, db):
    a = writes.save_resident(db, Resident(name="[b]Dien[/b] $x", key="dien"))
    b = writes.save_resident(db, Resident(name="Eric", key="eric"))
    c = writes.save_resident(db, Resident(name="Fenna", key="fenna"))
    actions.add_tie(db, a.id, b.id, TieKind.FRIEND)
    actions.add_tie(db, a.id, c.id, TieKind.FRIEND)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "[b]Dien[/b] $x" in text_of(app.screen.query_one("#connectors"))


async def test_undo_and_redo_work_from_anywhere_and_name_the_change(db_path, db):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        change = actions.save_resident(db, Resident(name="Anna", key="anna"))
        app.history.add(change)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert list(reads.residents(db)) == []
        assert any("Ongedaan gemaakt: Anna toegevoegd" in n.message for n in app._notifications)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert [r.name for r in reads.residents(db)] == ["Anna"]
        await pilot.press("ctrl+y")
        assert any("Niets om opnieuw te doen" in n.message for n in app._notifications)


async def test_a_new_register_is_announced(tmp_path):
    app = make_app(tmp_path / "nieuw.db", created=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert any("Nieuw, leeg register" in n.message for n in app._notifications)


async def test_a_register_that_vanishes_gives_a_message_not_a_crash(tmp_path):
    path = tmp_path / "weg.db"
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for suffix in ("", "-wal", "-shm"):
            (tmp_path / f"weg.db{suffix}").unlink(missing_ok=True)
        app.screen.reload()
        await settle(pilot)
        assert any("bestaat niet" in n.message for n in app._notifications)


async def test_the_palette_speaks_dutch_and_offers_every_view(db_path, db):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {
            "Overzicht",
            "Bewoners",
            "Groepen",
            "Wijkwandeling",
            "Ongedaan maken",
            "Thema",
            "Stoppen",
        } <= set(titles)
        assert not {"Theme", "Quit", "Keys"} & set(titles)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query("KeysPanel")


async def test_an_unexpected_error_is_a_message_and_a_log_entry(db_path, db, tmp_path, monkeypatch):
    import logging

    log_file = tmp_path / "abcd.log"
    monkeypatch.setenv("ABCD_LOG", str(log_file))
    handler = logging.FileHandler(log_file)
    logging.getLogger("abcd_tui").addHandler(handler)
    try:
        app = make_app(db_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            try:
                raise RuntimeError("kapot")
            except RuntimeError as error:
                app.show_error(error)
            await pilot.pause()
            (note,) = [n for n in app._notifications if "kapot" in n.message]
            assert str(log_file) in note.message and "Traceback" not in note.message
    finally:
        logging.getLogger("abcd_tui").removeHandler(handler)
        handler.close()
    logged = log_file.read_text()
    assert "Traceback" in logged and "RuntimeError" in logged
    assert "kapot" not in logged  # a message can hold a name: the log keeps codes (issue 11)


async def test_each_figure_of_the_overview_opens_its_view(db_path, db):
    from abcd_tui.demo import make_demo

    make_demo(db)
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_view("not-yet-connected")
        await settle(pilot)
        assert app.current_mode == "not-yet-connected"
        app.open_view("groups:place")
        await settle(pilot)
        assert app.current_mode == "groups"
        assert app.screen.facets == {"kind": "kind:place"}
        await pilot.press("o")
        await settle(pilot)
        connectors = app.screen.query_one("#connectors")
        first = next(
            i
            for i in range(connectors.option_count)
            if (connectors.get_option_at_index(i).id or "").startswith("connector:")
        )
        name = (
            str(connectors.get_option_at_index(first).prompt).split(". ", 1)[1].rsplit("  ", 1)[0]
        )
        connectors.focus()
        connectors.highlighted = first
        await pilot.press("enter")
        await settle(pilot)
        assert app.current_mode == "residents"
        assert app.screen.query_one("#search").value == name


async def test_the_palette_says_nothing_found_in_dutch(db_path, db):
    from textual.command import CommandList

    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await type_text(pilot, "xyzzy")
        await pilot.pause(1.2)
        found = app.screen.query_one(CommandList)
        prompts = [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]
        assert prompts == ["Geen opdracht gevonden voor 'xyzzy'"]


async def test_the_palette_offers_the_actions_of_the_screen_it_is_opened_on(db_path, db):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Nieuw", "Wijzigen", "Verwijderen", "Band leggen", "Bewoners"} <= set(titles)
        assert not {"Up", "Down", "Focus Next"} & set(titles)  # Textual's own, in English


async def test_every_view_is_one_enter_away_from_the_overview(db_path, db):
    from abcd_tui.demo import make_demo

    make_demo(db)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        options = app.screen.query_one("#connectors")
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        for view in ("connectors", "communities", "network", "help", "not-yet-connected"):
            assert view in ids
            await app.switch_mode("overview")  # 'o' would be typed in who-can-help's box
            await settle(pilot)
            options = app.screen.query_one("#connectors")
            options.focus()
            options.highlighted = ids.index(view)
            await pilot.press("enter")
            await settle(pilot)
            assert app.current_mode == view


async def test_an_action_that_fails_half_way_leaves_nothing_behind(db_path, db):
    from abcd_tui.domain.records import DomainError, Problem

    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)

        def half_way(conn):
            actions.save_resident(conn, Resident(name="Anna", key="anna"))
            raise DomainError([Problem("kind", "tie_self", {"from": "anna", "to": "anna"})])

        assert app.apply(half_way) is None
        await pilot.pause()
        assert list(reads.residents(db)) == [] and app.history.done == []
        assert any("dezelfde" in n.message for n in app._notifications)  # the rule, in words


async def test_the_app_tunes_the_garbage_collector_for_a_large_register(db_path):
    """Young collections every 10,000 objects, and what exists at the first paint kept
    out of every full collection (`app.tune_garbage_collector`, `keep_startup_objects`)."""
    import gc

    from abcd_tui.tui.app import YOUNG_COLLECTION

    before = gc.get_threshold()
    try:
        async with make_app(db_path).run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert gc.get_threshold() == (YOUNG_COLLECTION, *before[1:])
            assert gc.get_freeze_count() > 0
    finally:
        gc.set_threshold(*before)
