"""The loading state a screen shows while its worker reads: Textual's pulsing dots,
drawn four times a second instead of sixteen.

Each frame of an indicator repaints the screen around it (13–25 ms of UI-thread time
at 120x40 beside a list of 300 rows), so at sixteen frames a second a two-second load
cost the keys a third of the UI thread and slowed the worker it waits for (the GIL).
Four frames still show that something is under way.
"""

from __future__ import annotations

from textual.events import Mount
from textual.widgets import LoadingIndicator

FRAMES_PER_SECOND = 4


class Loading(LoadingIndicator):
    """A LoadingIndicator that repaints FRAMES_PER_SECOND times a second."""

    def _on_mount(self, event: Mount) -> None:
        super()._on_mount(event)
        self.auto_refresh = 1 / FRAMES_PER_SECOND
