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
# A load that ends sooner shows no indicator at all: each time it appears and goes the
# screen is laid out again (25-50 ms at 120x40), which a screen read again on coming
# back, its rows already there, paid twice for a read of a tenth of a second.
SHOW_AFTER = 0.3


class Loading(LoadingIndicator):
    """A LoadingIndicator that repaints at most FRAMES_PER_SECOND times a second."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._painted = 0.0
        self._waiting = False

    def begin(self) -> None:
        """A load starts: the indicator shows if it is still going after SHOW_AFTER."""
        self._waiting = True
        self.set_timer(SHOW_AFTER, self._appear)

    def _appear(self) -> None:
        if self._waiting:
            self.display = True

    def end(self) -> None:
        """The load is over (or failed): no indicator, and none appearing later."""
        self._waiting = False
        self.display = False

    def automatic_refresh(self) -> None:
        # Textual's timer still ticks 16 times a second (it is set in the indicator's
        # own mount handler); the ticks between two frames cost next to nothing.
        now = time.monotonic()
        if now - self._painted >= 1 / FRAMES_PER_SECOND:
            self._painted = now
            super().automatic_refresh()
