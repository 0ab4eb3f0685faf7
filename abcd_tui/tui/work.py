"""One way for a screen to read off the UI thread and show what it got.

A screen (or widget) that mixes in `Shows` calls `self.fetch(group, read, show)`: `read`
runs in a thread worker (exclusive per group, so a newer load cancels an older one),
`show` gets its result on the UI thread. A read that fails goes to the app's one error
path (`AbcdApp.show_error`: a message for the person, the details in the log), any
loading indicator of the screen is hidden again, and a cancelled or superseded read
shows nothing. Textual tells the node that ran a worker how it ended
(`Worker.StateChanged`, with `exit_on_error=False`), as harlequin's app does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.dom import DOMNode
from textual.widgets import LoadingIndicator
from textual.worker import Worker, WorkerState

from abcd_tui.tui.widgets.loading import Loading

if TYPE_CHECKING:
    from abcd_tui.store import Database, Register
    from abcd_tui.tui.app import AbcdApp

T = TypeVar("T")


def abcd(node: DOMNode) -> AbcdApp:
    """The app, typed (`self.app` is a plain `App` to a type checker), as elia does."""
    return cast("AbcdApp", node.app)


class Shows:
    """Mixin for a Screen or Widget: `fetch` a read in a worker, `show` its result."""

    _shows: dict[Worker[Any], Callable[[Any], None]]

    @property
    def abcd(self) -> AbcdApp:
        return abcd(cast(DOMNode, self))

    @property
    def register(self) -> Register:
        return self.abcd.register

    def fetch(self, group: str, read: Callable[[], T], show: Callable[[T], None]) -> Worker[T]:
        """Run `read()` off the UI thread and hand its result to `show` on it."""
        node = cast(DOMNode, self)
        if not hasattr(self, "_shows"):
            self._shows = {}
        worker: Worker[T] = node.run_worker(
            read, name=group, group=group, thread=True, exclusive=True, exit_on_error=False
        )
        self._shows[worker] = show
        return worker

    def reload_if_changed_since(
        self, shown: object, revision_of: Callable[[Database], object], reload: Callable[[], None]
    ) -> None:
        """Back on a screen: `reload()` only if `revision_of(db)` (read in a worker, one
        cheap read) is no longer `shown`, the revision the screen shows."""

        def changed() -> bool:
            try:
                return self.register.look(revision_of) != shown
            except Exception:  # the next action will say what is wrong
                return False

        self.fetch("register-check", changed, lambda yes: reload() if yes else None)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        show = getattr(self, "_shows", {}).get(event.worker)
        if show is None or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            return
        del self._shows[event.worker]
        if event.state == WorkerState.SUCCESS and not event.worker.is_cancelled:
            show(event.worker.result)
        elif event.state == WorkerState.ERROR and event.worker.error is not None:
            for indicator in cast(DOMNode, self).query(LoadingIndicator):
                # never a spinner that turns forever, nor one that appears later
                if isinstance(indicator, Loading):
                    indicator.end()
                else:
                    indicator.display = False
            self.abcd.show_error(cast(Exception, event.worker.error))
