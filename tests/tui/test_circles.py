"""Circles in the app: one count in one wording on the circles screen and the picture,
names that never repeat on a screen, and numbers that stay put after an edit."""

from __future__ import annotations

from abcd_tui.analysis import core
from abcd_tui.domain.records import TieKind
from abcd_tui.snapshots import take_snapshot
from abcd_tui.store import actions, open_database
from abcd_tui.store.snapshots import snapshot_circles
from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle, text_of


async def opened(pilot, mode: str):
    await settle(pilot)
    await pilot.app.switch_mode(mode)
    await settle(pilot)
    return pilot.app.screen


def listed(screen) -> list[str]:
    return text_of(screen.query_one("#communities")).splitlines()


async def test_the_picture_and_the_circles_screen_count_the_same_in_the_same_words(demo_here):
    async with make_app(demo_here).run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot, "communities")
        count = str(screen.query_one("#count").content)
        assert count == "6 kringen; 8 nog zonder band"
        lines = listed(screen)
        assert len(lines) == 6
        # "1. 34  Jongerensoos": number, residents, name; no name twice.
        rows = [line.split(None, 2) for line in lines]
        names = [name for _, _, name in rows]
        assert len(set(names)) == len(names)
        assert "Beukenlaan" in names and names.count("Beukenlaan") == 1
        # The detail says "1 groep" for one group, never "1 groepen".
        for index in range(len(lines)):
            screen.query_one("#communities").highlighted = index
            await pilot.pause()
            assert "1 groepen" not in str(screen.query_one("#detail").content)

        picture = await opened(pilot, "network")
        await pilot.press("n")
        await settle(pilot)
        title = str(picture.query_one("#picture-title").content)
        assert title.startswith(f"De buurt: {count} · ")
        blobs = {m.label for m in picture.picture.scene.marks if m.role == "community"}
        assert blobs == {f"{name} ({residents})" for _, residents, name in rows}


async def test_a_tie_inside_a_circle_leaves_numbers_and_names_as_they_were(demo_here):
    async with make_app(demo_here).run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot, "communities")
        before = listed(screen)
        # Two residents of circle 1 not tied yet, tied by someone else's program.
        db = open_database(demo_here)
        try:
            analysis = core.analysis_of(db)
            one = next(c for c in analysis.communities if c.number == 1)
            graph = analysis.graph
            people = [n for n in one.members if graph.nodes[n]["type"] == "resident"]
            a, b = next((a, b) for a in people for b in people if a < b and b not in graph[a])
            actions.add_tie(db, a, b, TieKind.NEIGHBOUR)
        finally:
            db.close()
        await opened(pilot, "overview")
        screen = await opened(pilot, "communities")
        after = listed(screen)
        assert [line.split()[0] for line in after] == [line.split()[0] for line in before]
        assert [line.split(None, 2)[2] for line in after] == [
            line.split(None, 2)[2] for line in before
        ]


async def test_after_a_restart_the_numbers_follow_the_newest_snapshot(demo_here):
    db = open_database(demo_here)
    try:
        take_snapshot(db, "voor")
        frozen = {n: name for n, _, name in snapshot_circles(db)}
        assert len(frozen) == 6
        # Six residents of circle 4 befriend one of circle 5.
        analysis = core.analysis_of(db)
        four, five = (next(c for c in analysis.communities if c.number == n) for n in (4, 5))
        graph = analysis.graph
        movers = [n for n in four.members if graph.nodes[n]["type"] == "resident"][:6]
        anchor = next(n for n in five.members if graph.nodes[n]["type"] == "resident")
        for m in movers:
            actions.add_tie(db, m, anchor, TieKind.FRIEND)
    finally:
        db.close()
    core._cache.clear()
    core._circles_before.clear()  # a new process: only the snapshot remembers
    async with make_app(demo_here).run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot, "communities")
        shown = {int(line.split(".")[0]): line.split(None, 2)[2] for line in listed(screen)}
    assert shown == frozen
