"""The overview while its analysis is computed: the counts at once, a line that says
which step the analysis is at, the connectors when it is done."""

from abcd_tui.analysis import cached
from abcd_tui.analysis.cached import STEPS
from abcd_tui.tui.app import make_app
from abcd_tui.tui.screens.overview import STEP_TEXT, OverviewScreen, progress_text
from tests.tui.pilot import settle, text_of, until


def test_every_step_of_the_analysis_has_words():
    assert set(STEP_TEXT) == set(STEPS)
    assert progress_text("connectors_resident", 2, 6) == "verbinders zoeken… 2/6"


async def test_the_counts_show_while_the_analysis_waits_and_its_step_is_told(db_path, db):
    from abcd_tui.demo import make_demo

    make_demo(db)
    cached._computing.acquire()  # another computation runs: the overview's waits for it
    app = make_app(db_path)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            assert await until(pilot, lambda: "150" in text_of(screen.query_one("#figures")))
            assert not screen.query_one("#connectors").display
            progress = screen.query_one("#progress")
            assert not progress.display  # nothing said before there is a step to say

            screen.post_message(OverviewScreen.Progress(screen.loads, "communities", 5, 6))
            assert await until(pilot, lambda: progress.display)
            assert str(progress.render()) == "kringen vinden… 5/6"
            await pilot.press("b")  # the app answers keys meanwhile
            assert await until(pilot, lambda: app.current_mode == "residents")
            await pilot.press("o")
            assert await until(pilot, lambda: app.current_mode == "overview")

            cached._computing.release()
            await settle(pilot)
            assert "1. " in text_of(screen.query_one("#connectors"))
            assert not progress.display
            # A step of an older load arriving late says nothing.
            screen.post_message(OverviewScreen.Progress(1, "graph", 1, 6))
            await pilot.pause()
            assert not progress.display
    finally:
        if cached._computing.locked():
            cached._computing.release()
