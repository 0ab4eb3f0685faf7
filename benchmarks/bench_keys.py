"""How fast a key typed into the tie dialog is answered on a 5,000-resident map, and
what the app-wide rule "keys typed into a field stay in the field" costs per key.

Drives the real app with Textual's Pilot (headless), opens the tie dialog (`t`) on the
residents screen and times each letter typed into its name field until the screen has
processed it (median of several presses). Not a test: `python benchmarks/bench_keys.py
[--size N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import timeit
from pathlib import Path

from abcd_tui.demo import make_demo
from abcd_tui.store import open_database
from abcd_tui.tui.app import make_app
from abcd_tui.tui.dialogs.tie import TieDialog
from abcd_tui.tui.keys import is_typed_key, keys_are_text


def report(label: str, times: list[tuple[float, float]]) -> None:
    wall = sorted(w * 1000 for w, _ in times)
    cpu = sorted(c * 1000 for _, c in times)
    print(
        f"  {label:<44} wall {statistics.median(wall):6.1f} ms"
        f"   cpu {statistics.median(cpu):5.1f} ms (max {cpu[-1]:5.1f})   {len(wall)} presses"
    )


async def press_times(pilot, keys: str) -> list[tuple[float, float]]:
    times = []
    for key in keys:
        started, cpu = time.perf_counter(), time.process_time()
        await pilot.press(key)
        await pilot.pause()
        times.append((time.perf_counter() - started, time.process_time() - cpu))
    return times


async def run(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.switch_mode("residents")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        report("baseline: a key bound to nothing (f12)", await press_times(pilot, ["f12"] * 6))
        started = time.perf_counter()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TieDialog)
        opened = time.perf_counter() - started
        print(f"  {'open the tie dialog (t)':<44} {opened:.3f} s")
        report("tie dialog: type a name (8 letters)", await press_times(pilot, "annekeva"))
        for _ in range(8):
            await pilot.press("backspace")
        report("tie dialog: one letter, many matches", await press_times(pilot, "eeeeee"))
        await pilot.press("escape")
        await pilot.pause()
        search = app.screen.query_one("#search")
        search.focus()
        report("residents: type into the search box", await press_times(pilot, "kerkstr"))
        screen, focused = app.screen, app.focused
        runs = 100_000
        seconds = timeit.timeit(
            lambda: is_typed_key("a") and keys_are_text(screen, focused), number=runs
        )
        print(f"  {'the rule itself, per key':<44} {seconds / runs * 1e6:.2f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "abcd.db"
        db = open_database(db_path)
        make_demo(db, size=args.size)
        db.close()
        print(f"{args.size} residents")
        asyncio.run(run(db_path))


if __name__ == "__main__":
    main()
