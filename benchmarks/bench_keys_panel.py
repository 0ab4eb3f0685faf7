"""How long the keys panel (`?`) takes to open and close on a 5,000-resident map
(target: under 50 ms of UI-thread time to open).

Drives the real app with Textual's Pilot (headless) on the overview, the residents list
and walk mode, and times `?` (f1 in walk mode) until the screen has processed it and
repainted (`pilot.pause()`); median of several rounds. A key bound to nothing (f12)
gives Pilot's own cost per press, to subtract. Building the panel's groups from the
screen's bindings is timed on its own too. Not a test:
`python benchmarks/bench_keys_panel.py [--size N]`.
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
from abcd_tui.tui.widgets.keys_panel import key_groups


async def press_times(pilot, key: str, rounds: int) -> tuple[list, list]:
    """(wall, cpu) seconds of opening and of closing the panel, one pair per round."""
    opening, closing = [], []
    for _ in range(rounds):
        for times in (opening, closing):
            started, cpu = time.perf_counter(), time.process_time()
            await pilot.press(key)
            await pilot.pause()
            times.append((time.perf_counter() - started, time.process_time() - cpu))
    return opening, closing


def report(label: str, times: list[tuple[float, float]]) -> None:
    wall = sorted(w * 1000 for w, _ in times)
    cpu = sorted(c * 1000 for _, c in times)
    print(
        f"  {label:<34} wall {statistics.median(wall):6.1f} ms"
        f"   cpu {statistics.median(cpu):5.1f} ms (max {cpu[-1]:5.1f})   {len(wall)} presses"
    )


async def run(db_path: Path, rounds: int) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        baseline, _ = await press_times(pilot, "f12", rounds)
        report("baseline: f12, bound to nothing", baseline)
        for mode, key in (
            ("overview", "question_mark"),
            ("residents", "question_mark"),
            ("walk", "f1"),
        ):
            await app.switch_mode(mode)
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            opening, closing = await press_times(pilot, key, rounds)
            report(f"{mode}: open", opening)
            report(f"{mode}: close", closing)
            screen = app.screen
            runs = 200
            seconds = timeit.timeit(
                lambda screen=screen: key_groups(
                    screen.active_bindings.values(), app.get_key_display
                ),
                number=runs,
            )
            print(f"  {mode + ': the groups alone':<34} {seconds / runs * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        db = open_database(db_path)
        make_demo(db, size=args.size)
        db.close()
        print(f"keys panel on a {args.size:,}-resident demo (120x40):")
        asyncio.run(run(db_path, args.rounds))


if __name__ == "__main__":
    main()
