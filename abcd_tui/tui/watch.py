"""The app's watch on the register: a view notices what another program wrote.

A script, `abcd import`, a second laptop's sync or a second app change the file under
an open app. Every couple of seconds the app asks the store for its mark (the change
counter, the forgets, the snapshots: `store.watch.register_mark`) in a thread worker;
when it moved, every screen of the current stack gets `RegisterChanged` and reads again,
as after a save here. The app's own writes update the mark at once (`written_here`),
so a save is not read twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App

from abcd_tui.store.watch import register_mark
from abcd_tui.tui.messages import RegisterChanged

if TYPE_CHECKING:
    from abcd_tui.store import Register

Mark = tuple[int, int, int, str]


class WatchesRegister(App[None]):
    """Mixin for the app: `start_watching` on mount, `written_here` after its own writes."""

    WATCH_EVERY = 2.0  # seconds: soon enough for a person, nothing for the machine
    register: Register
    seen: Mark | None = None
    noted = 0  # how many times the app noted its own write: a look begun before is stale

    def start_watching(self) -> None:
        """Note the register as it is now and look at it again every WATCH_EVERY seconds."""
        self.written_here()
        self.set_interval(self.WATCH_EVERY, self.look_at_register, name="register-watch")

    def written_here(self) -> None:
        """The app wrote (a save, an undo): its screens reload themselves; note the
        mark so the watch does not tell them again. One row, on the UI thread."""
        self.noted += 1
        try:
            self.seen = self.register.look(register_mark)
        except Exception:  # a damaged or vanished file: the next action says what is wrong
            self.seen = None

    def look_at_register(self) -> None:
        """Read the mark off the UI thread; `_marked` compares it on the UI thread."""
        noted = self.noted
        self.run_worker(
            lambda: self._read_mark(noted),
            group="register-watch",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _read_mark(self, noted: int) -> None:
        try:
            mark = self.register.look(register_mark)
        except Exception:
            return  # as above: the watch never shows an error of its own
        self.call_from_thread(self._marked, mark, noted)

    def _marked(self, mark: Mark, noted: int) -> None:
        # On the UI thread. A look begun before the app noted a write of its own may
        # have read the register from before that write: it says nothing.
        if noted != self.noted or mark == self.seen:
            return
        changed = self.seen is not None
        self.seen = mark
        if changed:
            for screen in self.screen_stack:
                screen.post_message(RegisterChanged())
