"""Circles and charts over time at 80x24 and 120x40, as SVG snapshots.

The circles screen, the whole-neighbourhood picture (its circle names and counts) and
the snapshots screen's chart on the demo village frozen three times (the fixture of
`test_snapshots_screen_svg.py`). Update with `pytest tests/tui/test_circles_snapshots.py
--snapshot-update` after a deliberate change, and look at the new SVGs.
"""

from __future__ import annotations

import pytest

from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle
from tests.tui.test_snapshots_screen_svg import three_snapshots  # noqa: F401 (a fixture)

SIZES = [(80, 24), (120, 40)]


def opened(mode: str, press: tuple[str, ...] = ()):
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.app.switch_mode(mode)
        await settle(pilot)
        for key in press:
            await pilot.press(key)
            await settle(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_circles_screen(snap_compare, demo_here, size):
    app = make_app(demo_here)
    assert snap_compare(app, terminal_size=size, run_before=opened("communities", ("down",)))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_neighbourhood_picture_names_its_circles(snap_compare, demo_here, size):
    app = make_app(demo_here)
    assert snap_compare(app, terminal_size=size, run_before=opened("network", ("n",)))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_chart_over_time(snap_compare, three_snapshots, size):  # noqa: F811
    app = make_app(three_snapshots)
    assert snap_compare(app, terminal_size=size, run_before=opened("snapshots", ("down",)))
