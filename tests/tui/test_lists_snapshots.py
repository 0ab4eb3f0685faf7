"""The residents list filtered by a wijk and sorted by street, at 80x24 and 120x40,
compared with SVG snapshots (issue 16: the choice shown above the list, names whole).

Update with `pytest tests/tui/test_lists_snapshots.py --snapshot-update` after a
deliberate change of layout, and look at the new SVGs before committing them.
"""

import pytest

from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle


async def filtered_and_sorted(pilot) -> None:
    """Open the residents, filter on Het Veld and sort by street (the dialogs' keys)."""
    await settle(pilot)
    await pilot.app.switch_mode("residents")
    await settle(pilot)
    screen = pilot.app.screen
    screen.choose_filter("wijk:Het Veld")
    screen.choose_order("street")
    await settle(pilot)  # the list is sorted in the register's worker
    await pilot.press("down", "down")
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_residents_filtered_and_sorted(snap_compare, demo_here, size):
    assert snap_compare(make_app(demo_here), terminal_size=size, run_before=filtered_and_sorted)


def test_filter_dialog(snap_compare, demo_here):
    async def run_before(pilot) -> None:
        await filtered_and_sorted(pilot)
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(make_app(demo_here), terminal_size=(80, 24), run_before=run_before)
