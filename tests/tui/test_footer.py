"""The key line at the bottom (tui/widgets/footer.py): the screen's own keys first,
whole words only, the help always there, and only keys that work right now."""

from textual.widgets import Input

from abcd_tui.tui.app import AbcdApp, make_app
from abcd_tui.tui.widgets.footer import GAP, KeyFooter
from tests.tui.pilot import settle, type_text

MODES = [m for m in AbcdApp.MODES if m != "overview"]


def footer_line(app) -> str:
    footer = app.screen.query_one(KeyFooter)
    return footer.render().plain


def labels(app) -> tuple[list[str], list[str]]:
    """What the footer could show, and what it shows, each as "key description"."""
    footer = app.screen.query_one(KeyFooter)
    could = [f"{k.display} {k.description}" for k in (*footer._keys, *footer._ends)]
    shows = [part.strip() for part in footer_line(app).split(GAP) if part.strip()]
    return could, shows


async def test_every_screen_shows_whole_keys_its_own_first_and_the_help(village):
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        app_keys = {f"{app.get_key_display(b)} {b.description}" for b in AbcdApp.BINDINGS}
        for mode in ["overview", *MODES]:
            await app.switch_mode(mode)
            await settle(pilot)
            line = footer_line(app)
            could, shows = labels(app)
            assert len(line) <= 80, mode
            # Every part shown is one whole key with its whole description.
            assert shows and all(part in could for part in shows), (mode, line)
            assert shows[-1].endswith(" Toetsen"), (mode, line)
            # The screen's own keys come before the app's (undo, redo, quit).
            kinds = [part in app_keys for part in shows[:-1]]
            assert kinds == sorted(kinds), (mode, line)


async def test_the_walk_keeps_save_and_end_in_view_at_80_columns(village):
    """Before a walk starts its keys are not offered; during it save and end are in
    view at 80 columns; after it, a new walk."""
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        await pilot.app.switch_mode("walk")
        await settle(pilot)
        line = footer_line(pilot.app)
        assert "^s" not in line and "^f" not in line and "^n" not in line
        assert "^o Wandelingen" in line
        await type_text(pilot, "Het Veld")
        await pilot.press("enter")
        await settle(pilot)
        line = footer_line(pilot.app)
        assert "^s Opslaan" in line and "^f Wandeling afsluiten" in line
        assert line.rstrip().endswith("f1 Toetsen")  # "?" is text in walk mode
        await pilot.press("ctrl+f")
        await settle(pilot)
        line = footer_line(pilot.app)
        assert "^s" not in line and "^f" not in line and "^n Nieuwe wandeling" in line
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert "^n" not in footer_line(pilot.app)


async def test_in_a_field_only_keys_that_work_are_shown(village):
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await app.switch_mode("residents")
        await settle(pilot)
        assert "n Nieuw" in footer_line(app)
        app.screen.query_one("#search", Input).focus()
        await pilot.pause()
        line = footer_line(app)
        assert "n Nieuw" not in line and "/ Zoeken" not in line  # they type a letter now
        assert line.rstrip().endswith("f1 Toetsen")


async def test_the_palette_shows_beside_the_help_when_there_is_room(village):
    async with make_app(village).run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert footer_line(pilot.app).rstrip().endswith("? Toetsen  ^p Opdrachten")


async def test_a_click_on_a_key_runs_it(village):
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await app.switch_mode("residents")
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        footer_line(app)  # draws, and so places the keys
        start = next(s for s, _, key in footer._spans if key == "n")
        await pilot.click(KeyFooter, offset=(start + 1, 0))
        await settle(pilot)
        assert app.screen.is_modal  # the form of a new resident


async def test_the_overview_shows_the_way_to_the_walk_at_80_columns(village):
    """Found by a tester: the overview's footer had no `w`; a builder found the walk
    only through `?`, ctrl+p or the empty register's hint."""
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = footer_line(pilot.app)
        assert line.startswith(" w Wijkwandeling") or "w Wijkwandeling" in line.split(GAP)[0]
        assert "b Bewoners" in line and "^q Stoppen" in line
        await pilot.press("w")
        await settle(pilot)
        assert pilot.app.current_mode == "walk"
