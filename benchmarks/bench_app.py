"""How fast the app answers a key press on a 5,000-resident map (target: 100 ms).

Drives the real app with Textual's Pilot (headless) and times each press until the
screen has processed it and repainted (`pilot.pause()`), median of several presses.
Workers (loading, analysis) are timed separately: they run off the UI thread, so keys
stay answered while they work. Not a test: `python benchmarks/bench_app.py [--size N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from abcd_tui.demo import make_demo
from abcd_tui.store import open_database
from abcd_tui.tui.app import make_app

SCREENS = {  # mode -> (module, class): timed when the screen exists
    "residents": ("abcd_tui.tui.screens.residents", "ResidentsScreen"),
    "groups": ("abcd_tui.tui.screens.groups", "GroupsScreen"),
    "walk": ("abcd_tui.tui.screens.walk", "WalkScreen"),
    "still": ("abcd_tui.tui.screens.still_to_ask", "StillToAskScreen"),
    "not-yet-connected": ("abcd_tui.tui.screens.not_yet_connected", "NotYetConnectedScreen"),
    "connectors": ("abcd_tui.tui.screens.connectors", "ConnectorsScreen"),
    "communities": ("abcd_tui.tui.screens.communities", "CommunitiesScreen"),
    "network": ("abcd_tui.tui.screens.network", "NetworkScreen"),
}


async def press_times(pilot, keys: list[str], rounds: int = 5) -> list[tuple[float, float]]:
    """(wall, cpu) seconds per press. Wall time includes Pilot's waiting for the screen
    to settle (timers, animations); CPU time is the work the app itself did."""
    times = []
    for _ in range(rounds):
        for key in keys:
            started, cpu = time.perf_counter(), time.process_time()
            await pilot.press(key)
            await pilot.pause()
            times.append((time.perf_counter() - started, time.process_time() - cpu))
    return times


def report(label: str, times: list[tuple[float, float]]) -> None:
    wall = sorted(w * 1000 for w, _ in times)
    cpu = sorted(c * 1000 for _, c in times)
    print(
        f"  {label:<38} wall {statistics.median(wall):6.1f} ms"
        f"   cpu {statistics.median(cpu):5.1f} ms (max {cpu[-1]:5.1f})   {len(wall)} presses"
    )


async def run(db_path: Path) -> None:
    import importlib

    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        started = time.perf_counter()
        await pilot.pause()
        await app.workers.wait_for_complete()
        print(f"  overview: counts and analysis in workers   {time.perf_counter() - started:.2f} s")
        # Pilot itself waits for the screen to settle after each press: a key bound to
        # nothing shows that floor, which is not the app's own time.
        report("baseline: a key bound to nothing (f12)", await press_times(pilot, ["f12"] * 4))
        report("overview: move through figures (down)", await press_times(pilot, ["down"] * 4))
        report("undo with nothing to undo (ctrl+z)", await press_times(pilot, ["ctrl+z"]))
        report("open and close the palette", await press_times(pilot, ["ctrl+p", "escape"]))
        for mode, (module, name) in SCREENS.items():
            try:
                screen = getattr(importlib.import_module(module), name)
            except (ImportError, AttributeError):
                continue
            if mode not in app.MODES:
                app.add_mode(mode, screen)
            started = time.perf_counter()
            await app.switch_mode(mode)
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            print(
                f"  {mode}: opened and loaded                  "
                f"{time.perf_counter() - started:.2f} s"
            )
            report(f"{mode}: move down", await press_times(pilot, ["down"] * 4))
            await app.switch_mode("overview")


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
