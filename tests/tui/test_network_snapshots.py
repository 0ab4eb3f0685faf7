"""The network picture at 80x24, compared with an SVG snapshot (pytest --snapshot-update)."""

from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle


async def _open_picture(pilot) -> None:
    await pilot.app.switch_mode("network")
    await settle(pilot)


def test_ego_network_of_the_top_connector(snap_compare, demo_here):
    assert snap_compare(make_app(demo_here), terminal_size=(80, 24), run_before=_open_picture)
