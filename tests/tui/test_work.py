"""The one way a screen reads off the UI thread (tui/work.py): results shown, failures
told once and never a spinner left turning."""

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from abcd_tui.domain.errors import UserError
from abcd_tui.tui.app import make_app
from abcd_tui.tui.work import Shows, abcd
from tests.tui.pilot import settle


class Probe(Shows, Screen):
    def __init__(self, read) -> None:
        super().__init__()
        self.read = read
        self.shown: list[object] = []

    def compose(self) -> ComposeResult:
        yield LoadingIndicator(id="loading")
        yield Static(id="what")

    def on_mount(self) -> None:
        self.fetch("probe", self.read, self.shown.append)


async def test_a_read_is_shown_on_the_ui_thread(db_path, db):
    app = make_app(db_path)
    async with app.run_test() as pilot:
        probe = Probe(lambda: 42)
        await app.push_screen(probe)
        await settle(pilot)
        assert probe.shown == [42]
        assert abcd(probe) is app and probe.register.path == db_path


async def test_a_failed_read_is_told_and_the_spinner_stops(db_path, db):
    def fails():
        raise UserError("store.busy", seconds=3)

    app = make_app(db_path)
    async with app.run_test() as pilot:
        probe = Probe(fails)
        await app.push_screen(probe)
        await settle(pilot)
        assert probe.shown == []
        assert not probe.query_one(LoadingIndicator).display
        messages = [n.message for n in app._notifications]
        assert any("3" in m for m in messages), messages
        assert app.is_running  # the app goes on


async def test_only_the_newest_read_of_a_group_is_shown(db_path, db):
    import threading

    gate = threading.Event()
    app = make_app(db_path)
    async with app.run_test() as pilot:
        probe = Probe(lambda: gate.wait(5) and "old")
        await app.push_screen(probe)
        await pilot.pause()
        probe.fetch("probe", lambda: "new", probe.shown.append)
        gate.set()
        await settle(pilot)
        assert probe.shown == ["new"]
