"""How fast the app answers on a 5,000-resident map (issue 15, point 3: every screen
opens in under 100 ms of UI-thread time, the palette and help in under 50 ms).

Drives the real app with Textual's Pilot (headless). For each key press and each first
open of a screen it prints:
- **ui**: CPU time of the UI thread (`time.thread_time()` on the event loop's thread),
  which is what keeps keys from being answered; workers run on other threads and are
  not in it. Pilot's own waiting costs a little of it too: the baseline row (a key
  bound to nothing) shows that floor.
- **block**: the longest the event loop went without running a 5 ms heartbeat, so the
  longest a key would have waited.
- **wall**: until the screen has loaded (its workers done) and repainted.
Medians of several presses. Not a test: `python benchmarks/bench_app.py [--size N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from functools import partial
from pathlib import Path

from abcd_tui.demo import make_demo
from abcd_tui.store import open_database
from abcd_tui.tui.app import make_app

SCREENS = [
    "residents",
    "groups",
    "walk",
    "still",
    "not-yet-connected",
    "connectors",
    "communities",
    "network",
    "help",
    "snapshots",
    "walks",
]


class Heartbeat:
    """The longest gap between two beats of a 5 ms timer on the event loop: how long
    the UI thread was blocked."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task: asyncio.Task | None = None

    async def _beat(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - 0.005)
            last = now

    def start(self) -> None:
        self.longest = 0.0
        self._task = asyncio.create_task(self._beat())

    def stop(self) -> float:
        if self._task:
            self._task.cancel()
        return self.longest


async def settle(pilot) -> None:
    await pilot.pause()
    while any(not w.is_finished for w in pilot.app.workers):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.pause()


async def measured(step) -> tuple[float, float, float]:
    """(wall, ui, block) seconds of `await step()`."""
    beat = Heartbeat()
    beat.start()
    started, ui = time.perf_counter(), time.thread_time()
    await step()
    result = (time.perf_counter() - started, time.thread_time() - ui)
    return (*result, beat.stop())


async def press_times(pilot, keys: list[str], rounds: int = 5) -> list[tuple[float, float, float]]:
    """(wall, ui, block) seconds per press, until the screen has processed it."""

    async def press(key: str) -> None:
        await pilot.press(key)
        await pilot.pause()

    return [await measured(partial(press, key)) for _ in range(rounds) for key in keys]


def report(label: str, times: list[tuple[float, float, float]]) -> None:
    wall, ui, block = ([t[i] * 1000 for t in times] for i in range(3))
    print(
        f"  {label:<40} ui {statistics.median(ui):6.1f} ms (max {max(ui):6.1f})"
        f"  block {statistics.median(block):6.1f} ms  wall {statistics.median(wall):7.1f} ms"
        f"  ×{len(times)}"
    )


async def run(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        report("overview: opened, figures shown", [await measured(lambda: settle(pilot))])
        # Pilot itself waits for the screen to settle after each press: a key bound to
        # nothing shows that floor, which is not the app's own time.
        report("baseline: a key bound to nothing (f12)", await press_times(pilot, ["f12"] * 4))
        report("overview: move through figures (down)", await press_times(pilot, ["down"] * 4))
        report("undo with nothing to undo (ctrl+z)", await press_times(pilot, ["ctrl+z"]))
        palette = await press_times(pilot, ["ctrl+p", "escape"])
        report("palette: open", palette[::2])
        report("help: open and close (?)", await press_times(pilot, ["question_mark"] * 2))
        for mode in SCREENS:

            async def open_mode(mode: str = mode) -> None:
                await app.switch_mode(mode)
                await settle(pilot)

            report(f"{mode}: first open, loaded", [await measured(open_mode)])
            report(f"{mode}: move down", await press_times(pilot, ["down"] * 4))
            await app.switch_mode("overview")
            await settle(pilot)
            report(f"{mode}: open again, loaded", [await measured(open_mode)])
            await app.switch_mode("overview")
            await settle(pilot)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        db = open_database(db_path)
        make_demo(db, size=args.size)
        db.close()
        print(f"app on a {args.size:,}-resident demo (120x40):")
        asyncio.run(run(db_path))


if __name__ == "__main__":
    main()
