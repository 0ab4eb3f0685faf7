"""The connectors, communities and who-can-help screens at 80x24, as SVG snapshots.

Update with `pytest tests/tui/test_views_snapshots.py --snapshot-update` after a
deliberate change of layout, and look at the new SVGs before committing them.
"""

import pytest

from abcd_tui.tui.app import make_app
from abcd_tui.tui.screens.who_can_help import DEBOUNCE
from tests.tui.pilot import settle


@pytest.fixture
def demo_app(demo_here):
    """The demo village (tests/tui/conftest.py) in the app."""
    app = make_app(demo_here)
    return app


def opened(mode: str, press: tuple[str, ...] = ()):
    """A run_before that opens the view, waits for its workers, then presses keys
    (waiting out the who-can-help quiet time after them)."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.app.switch_mode(mode)
        await settle(pilot)
        if press:
            await pilot.press(*press)
            await pilot.pause(DEBOUNCE + 0.1)
            await settle(pilot)

    return run_before


def test_connectors_screen(snap_compare, demo_app):
    run_before = opened("connectors", ("down", "down"))
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=run_before)


def test_connectors_screen_groups(snap_compare, demo_app):
    run_before = opened("connectors", ("t",))
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=run_before)


def test_communities_screen(snap_compare, demo_app):
    run_before = opened("communities", ("down",))
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=run_before)


def test_who_can_help_screen(snap_compare, demo_app):
    run_before = opened("help", tuple("hulp in de tuin"))
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=run_before)
