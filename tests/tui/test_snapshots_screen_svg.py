"""The snapshots screen and the comparison view at 80x24, as SVG snapshots.

The demo village frozen three times at fixed moments: in spring; after the summer, with
six ties between residents gone; in autumn, with one resident not yet connected tied to
two neighbours. Update with `pytest tests/tui/test_snapshots_screen_svg.py
--snapshot-update` after a deliberate change of layout, and look at the new SVGs.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from abcd_tui.domain.records import TieKind
from abcd_tui.snapshots import take_snapshot
from abcd_tui.store import actions, open_database
from abcd_tui.store import snapshots as stored
from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle

CET = timezone(timedelta(hours=1))
MOMENTS = [datetime(2026, month, 1, 10, 0, tzinfo=CET) for month in (3, 9, 11)]


class Clock:
    """`datetime.now()` for the store: the next of MOMENTS, whatever the local zone."""

    def __init__(self) -> None:
        self.moments = iter(MOMENTS)

    def now(self):
        moment = next(self.moments)
        return SimpleNamespace(astimezone=lambda: moment)


@pytest.fixture
def three_snapshots(demo_here, monkeypatch):
    monkeypatch.setattr(stored, "datetime", Clock())
    db = open_database(demo_here)
    try:
        take_snapshot(db, "voorjaar")
        key = {i: k for i, k in db.execute("SELECT id, key FROM residents")}
        between_residents = sorted(
            (key[a], key[b], tie_id)
            for tie_id, a, b in db.execute("SELECT id, from_id, to_id FROM ties")
            if a in key and b in key
        )
        for _a, _b, tie_id in between_residents[:6]:
            actions.remove_tie(db, tie_id)
        take_snapshot(db, "na de zomer")
        tied = {k for a, b, _ in between_residents for k in (a, b)}
        tied |= {key[r] for (r,) in db.execute("SELECT from_id FROM ties") if r in key}
        alone = sorted(k for k in key.values() if k not in tied)[0]
        ids = {k: i for i, k in key.items()}
        for other in sorted(tied)[:2]:
            actions.add_tie(db, ids[alone], ids[other], TieKind.NEIGHBOUR)
        take_snapshot(db, "najaar")
    finally:
        db.close()
    return demo_here


def opened(press: tuple[str, ...] = ()):
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.app.switch_mode("snapshots")
        await settle(pilot)
        for key in press:
            await pilot.press(key)
            await settle(pilot)

    return run_before


def test_snapshots_screen(snap_compare, three_snapshots):
    app = make_app(three_snapshots)
    assert snap_compare(app, terminal_size=(80, 24), run_before=opened(("down",)))


def test_snapshots_screen_with_a_mark(snap_compare, three_snapshots):
    app = make_app(three_snapshots)
    run_before = opened(("down", "down", "space", "up", "up"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_comparison_view(snap_compare, three_snapshots):
    app = make_app(three_snapshots)
    assert snap_compare(app, terminal_size=(80, 24), run_before=opened(("enter",)))


def test_comparison_view_scrolled(snap_compare, three_snapshots):
    app = make_app(three_snapshots)
    run_before = opened(("down", "enter", "pagedown"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
