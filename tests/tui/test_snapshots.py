"""Screens where layout matters, compared with SVG snapshots (update: pytest --snapshot-update)."""

from pathlib import Path

import pytest

from abcd_tui.demo import make_demo
from abcd_tui.store import open_database
from abcd_tui.tui.app import make_app


@pytest.fixture
def demo_here(tmp_path, monkeypatch):
    """A demo village at a relative path, so the screen shows the same text every run."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ABCD_USER", "test-builder")
    db = open_database("abcd.db")
    make_demo(db)
    db.close()
    return Path("abcd.db")


async def _settled(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_overview_screen(snap_compare, demo_here, size):
    assert snap_compare(make_app(demo_here), terminal_size=size, run_before=_settled)
