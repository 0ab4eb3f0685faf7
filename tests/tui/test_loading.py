"""Screens load in a worker: they show a loading state at once and their data when it
is there, and a sort chosen while the list is built ends in that sort."""

import functools
import threading

from textual.widgets import DataTable, OptionList

from abcd_tui.store import Register
from abcd_tui.store.still_to_ask import still_to_ask
from abcd_tui.tui.app import make_app
from abcd_tui.tui.screens import not_yet_connected, residents
from abcd_tui.tui.screens import still_to_ask as still_screen
from tests.tui.pilot import pick, settle, until


class Gates:
    """Holds the first calls of a function (each until its own gate opens) and lets
    later ones through: a worker that is still busy, on demand."""

    def __init__(self, function, held: int):
        self.function = function
        functools.update_wrapper(self, function)
        self.opened = [threading.Event() for _ in range(held)]
        self.calls = 0

    def __call__(self, *args, **kwargs):
        call, self.calls = self.calls, self.calls + 1
        if call < len(self.opened):
            assert self.opened[call].wait(10)
        return self.function(*args, **kwargs)

    def __get__(self, instance, owner):  # stands in for a method, as a function does
        return self if instance is None else functools.partial(self, instance)

    def open_all(self):
        for gate in self.opened:
            gate.set()


def ids(options: OptionList) -> list[str | None]:
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


async def test_residents_show_the_loading_state_then_the_list(village, monkeypatch):
    gates = Gates(residents.ResidentsScreen.entries_of, held=1)
    monkeypatch.setattr(residents.ResidentsScreen, "entries_of", gates)
    app = make_app(village)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("residents")
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#loading").display
        assert screen.query_one("#records", OptionList).option_count == 0
        gates.open_all()
        await settle(pilot)
        assert not screen.query_one("#loading").display
        assert len(ids(screen.query_one("#records", OptionList))) == 40


async def test_a_sort_chosen_while_the_list_is_built_ends_in_that_sort(village, monkeypatch):
    # The first build (name order) is held until after the second (street order) has
    # been shown: the older answer, arriving last, must not put the name order back.
    gates = Gates(residents.ResidentsScreen.entries_of, held=2)
    monkeypatch.setattr(residents.ResidentsScreen, "entries_of", gates)
    app = make_app(village)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("residents")
        await pilot.pause()
        screen = app.screen
        await pick(pilot, "O", "street")
        assert await until(pilot, lambda: gates.calls == 2)
        gates.opened[1].set()
        records = screen.query_one("#records", OptionList)
        assert await until(pilot, lambda: records.option_count == 40)
        gates.opened[0].set()
        await settle(pilot)
        register = screen.records
        by_street = [e.id for e in gates.function(screen, register, "street", screen.waiting)]
        by_name = [e.id for e in gates.function(screen, register, "name", screen.waiting)]
        assert by_street != by_name
        assert ids(records) == by_street
        assert "straat" in str(screen.query_one("#view").content)


async def test_not_yet_connected_shows_computing_then_the_residents(village, monkeypatch):
    gates = Gates(not_yet_connected.waiting_residents, held=1)
    monkeypatch.setattr(not_yet_connected, "waiting_residents", gates)
    app = make_app(village)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("not-yet-connected")
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#thinking").display
        assert screen.query_one("#waiting", OptionList).option_count == 0
        gates.open_all()
        await settle(pilot)
        assert not screen.query_one("#thinking").display
        expected = [w.entry.node for w in Register(village).read(gates.function)]
        assert expected and ids(screen.query_one("#waiting", OptionList)) == expected


async def test_still_to_ask_comes_a_page_at_a_time_and_all_of_it(village, monkeypatch):
    monkeypatch.setattr(still_screen, "PAGE", 3)
    expected = [s.name for s in Register(village).read(still_to_ask)]
    assert len(expected) > 6
    app = make_app(village)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("still")
        await settle(pilot)
        table = app.screen.query_one("#still", DataTable)
        assert table.row_count == 4  # a page and the "more" row
        assert "nog" in str(table.get_row_at(3)[0])
        for _ in range(len(expected)):  # the cursor onto each "more" row brings a page
            table.move_cursor(row=table.row_count - 1)
            await pilot.pause()
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert names == expected


async def test_coming_back_unchanged_reads_nothing_a_slow_read_shows_the_indicator(
    village, monkeypatch
):
    """Not yet connected reads again on return only when the graph changed meanwhile (a
    second read costs a second at 5,000 residents), and then no indicator shows unless
    it is still going after SHOW_AFTER (each one shown and hidden lays the screen out
    again); a slow one shows it over the list, which stays, and the new list comes."""
    from abcd_tui.domain.records import Resident
    from abcd_tui.store import actions
    from abcd_tui.tui.widgets.loading import SHOW_AFTER

    gates = Gates(not_yet_connected.waiting_residents, held=0)
    monkeypatch.setattr(not_yet_connected, "waiting_residents", gates)
    app = make_app(village)
    # The check on coming back is under test, not the watch: a watch tick while the
    # read is held (a loaded machine) saw the other program's write and read again.
    app.WATCH_EVERY = 600
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("not-yet-connected")
        await settle(pilot)
        screen = app.screen
        listed = screen.query_one("#waiting", OptionList).option_count
        assert listed > 0 and gates.calls == 1
        await app.switch_mode("overview")
        await app.switch_mode("not-yet-connected")
        seen = []  # the indicator's display, every 20 ms, until well after SHOW_AFTER
        for _ in range(int((SHOW_AFTER + 0.2) / 0.02)):
            seen.append(screen.query_one("#thinking").display)
            await pilot.pause(0.02)
        await settle(pilot)
        assert gates.calls == 1 and not any(seen)  # unchanged: not read again

        await app.switch_mode("overview")
        await settle(pilot)
        # Another program adds a newcomer nobody knows yet, while this screen is away.
        Register(village).write(actions.save_resident, Resident(name="Nieuwe Buur"))
        gates.opened = [threading.Event()]
        gates.calls = 0
        await app.switch_mode("not-yet-connected")
        assert await until(pilot, lambda: screen.query_one("#thinking").display)
        assert screen.query_one("#waiting", OptionList).option_count == listed  # still there
        gates.open_all()
        await settle(pilot)
        assert gates.calls == 1 and not screen.query_one("#thinking").display
        assert screen.query_one("#waiting", OptionList).option_count == listed + 1
