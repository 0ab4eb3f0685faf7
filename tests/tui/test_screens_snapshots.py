"""The residents and groups screens at 80x24, compared with SVG snapshots.

Update with `pytest tests/tui/test_screens_snapshots.py --snapshot-update` after a
deliberate change of layout, and look at the new SVGs before committing them.
"""

from abcd_tui.tui.app import make_app
from abcd_tui.tui.screens.groups import GroupsScreen
from abcd_tui.tui.screens.residents import ResidentsScreen
from tests.tui.pilot import settle


def opened(mode: str, screen_class, press: tuple[str, ...] = ()):
    """A run_before that opens the screen, waits for its workers, then presses keys."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.app.switch_mode(mode)
        await settle(pilot)  # the register, then the analysis
        for key in press:
            await pilot.press(key)
            await pilot.pause()

    return run_before


def test_residents_screen(snap_compare, demo_here):
    run_before = opened("residents", ResidentsScreen, ("down", "down"))
    assert snap_compare(make_app(demo_here), terminal_size=(80, 24), run_before=run_before)


def test_residents_form(snap_compare, demo_here):
    run_before = opened("residents", ResidentsScreen, ("n", "ctrl+s"))
    assert snap_compare(make_app(demo_here), terminal_size=(80, 24), run_before=run_before)


def test_groups_screen(snap_compare, demo_here):
    run_before = opened("groups", GroupsScreen, ("down",))
    assert snap_compare(make_app(demo_here), terminal_size=(80, 24), run_before=run_before)
