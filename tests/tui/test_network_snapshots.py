"""The network picture at 80x24 and 120x40, one step and two, compared with SVG
snapshots (pytest --snapshot-update). At 80x24 the second ring is summarised by circle;
at 120x40 it fits in full."""

import pytest

from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle


async def _open_picture(pilot) -> None:
    await pilot.app.switch_mode("network")
    await settle(pilot)


async def _open_two_steps(pilot) -> None:
    await _open_picture(pilot)
    await pilot.press("s")
    await settle(pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_ego_network_of_the_top_connector(snap_compare, demo_here, size):
    assert snap_compare(make_app(demo_here), terminal_size=size, run_before=_open_picture)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_two_steps_from_the_top_connector(snap_compare, demo_here, size):
    assert snap_compare(make_app(demo_here), terminal_size=size, run_before=_open_two_steps)
