"""Walk mode and still to ask at 80x24 (update: pytest --snapshot-update)."""

from datetime import date

from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle as _settled
from tests.tui.pilot import type_text


def _walk_with_a_visit(pilot_area="Kerkbuurt"):
    async def run_before(pilot) -> None:
        app = pilot.app
        await app.switch_mode("walk")
        await _settled(pilot)
        screen = app.screen
        screen.query_one("#date").value = "2026-11-23"
        await type_text(pilot, pilot_area)
        await pilot.press("enter")
        await _settled(pilot)
        screen.query_one("#name").value = "Dien"
        screen.query_one("#hands").value = "koken, muziek"
        await pilot.press("ctrl+s")
        await _settled(pilot)
        await type_text(pilot, "kok")
        await _settled(pilot)

    return run_before


def test_walk_screen(snap_compare, demo_here):
    assert snap_compare(
        make_app(demo_here), terminal_size=(80, 24), run_before=_walk_with_a_visit()
    )


async def _still(pilot) -> None:
    await pilot.app.switch_mode("still")
    await _settled(pilot)


def test_still_to_ask_screen(snap_compare, demo_here):
    assert date.today()  # the demo is made today, so "over a year" is stable
    assert snap_compare(make_app(demo_here), terminal_size=(80, 24), run_before=_still)


async def _gift_suggestions(pilot) -> None:
    """The dropdown of gifts over the fields below: its own background and edge, its
    suggestions standing under the word they complete (the second item of the field)."""
    app = pilot.app
    await app.switch_mode("walk")
    await _settled(pilot)
    app.screen.query_one("#date").value = "2026-11-23"
    await type_text(pilot, "Kerkbuurt")
    await pilot.press("enter")
    await _settled(pilot)
    await type_text(pilot, "Ineke")
    app.screen.query_one("#hands").focus()
    await _settled(pilot)
    await type_text(pilot, "muziek, ko")
    await _settled(pilot)


def test_walk_gift_suggestions(snap_compare, demo_here):
    assert snap_compare(make_app(demo_here), terminal_size=(80, 24), run_before=_gift_suggestions)
