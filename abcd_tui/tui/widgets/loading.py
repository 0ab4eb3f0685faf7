"""The loading state a screen shows while its worker reads: Textual's pulsing dots,
drawn twice a second instead of sixteen times.

Each frame of an indicator repaints the screen around it (4–20 ms of UI-thread time at
120x40 beside a list), so at sixteen frames a second a load of a few seconds (the
analysis of 5,000 residents) cost the keys a third of the UI thread and slowed the
worker it waits for (the GIL). Two frames a second still show that something is under
way, and cost some 10 ms a second.
"""

from __future__ import annotations

import time

from textual.widgets import LoadingIndicator

FRAMES_PER_SECOND = 2


class Loading(LoadingIndicator):
    """A LoadingIndicator that repaints at most FRAMES_PER_SECOND times a second."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._painted = 0.0

    def automatic_refresh(self) -> None:
        # Textual's timer still ticks 16 times a second (it is set in the indicator's
        # own mount handler); the ticks between two frames cost next to nothing.
        now = time.monotonic()
        if now - self._painted >= 1 / FRAMES_PER_SECOND:
            self._painted = now
            super().automatic_refresh()
