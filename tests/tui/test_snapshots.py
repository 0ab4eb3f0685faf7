"""Screens where layout matters, compared with SVG snapshots (update: pytest --snapshot-update)."""

import pytest

from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle as _settled


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_overview_screen(snap_compare, demo_here, size):
    assert snap_compare(make_app(demo_here), terminal_size=size, run_before=_settled)
