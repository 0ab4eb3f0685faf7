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
A first open has two rows: **shown**, until the new screen's first paint (what the key
brings at once: the screen with its loading state; `block` is the whole open's), and
**loaded**, the whole of it, its data shown (the workers' results drawn on the UI thread).
Medians of several presses. Not a test: `python benchmarks/bench_app.py [--size N]`.

`--rounds N` runs the whole drive N times, each in a fresh process on a copy of the same
demo (a first open happens once per process: modules imported, CSS parsed), and prints
the median of the N figures of each row. `--profile SCREEN` (a mode, or `palette` or
`keys` for `?`) runs cProfile on the UI thread around that screen's first open and
around opening it again, and prints the top entries by cumulative and by own time.

Medians of 5 rounds at 5,000 residents, UI-thread ms, first open / open again
(2 December 2026, branch screens; before: load 1.0-1.4, a bare key 5.7 ms; after:
load 0.4-1.1, a bare key 8.2 ms, so the machine was slower then):
  residents 246/42 -> 253/30; groups 321/48 -> 185/42; walk 248/91 -> 224/60;
  still to ask 203/64 -> 163/52; not yet connected 248/62 -> 465 (268 of it in a
  full garbage collection, every round)/47; connectors 183/80 -> 142/92; communities
  141/52 -> 98/38; network 174/38 -> 86/23; help 135/48 -> 76/35; snapshots 175/47
  -> 89/30; walks 505/70 -> 136/51; palette 62 -> 91; keys panel (?) 24 -> 31.

Branch ui3 (2 December 2026), A/B in the same minutes against 2602b4c, both medians of 5
rounds, first open (its gc) / open again; a loaded machine (the overview's first paint
took 845 ms of UI thread in both, 311 earlier that day), so compare the pairs, not with
the figures above: residents 360 (19)/41 -> 333 (12)/45; groups 419 (239)/51 -> 205
(40)/41; walk 336 (29)/94 -> 166 (25)/31; still to ask 173/48 -> 160/61; not yet
connected 642 (382)/58 -> 277 (35; one round of 5 had the drive's one full collection,
478)/54; connectors 201/84 -> 203/106; communities 127/34 -> 143/43; network 103/21 ->
113/20; help 111/38 -> 108/25; snapshots 115/23 -> 90/32; walks 151/63 -> 155/68;
palette 103 -> 108; keys panel (?) 28 -> 25; a bare key 7.6 -> 6.5. Before, a full
collection (200-480 ms) landed on some screen in every round (see the old rows' max);
after, the drive has one to three in all (young collections every 10,000 objects, the
first paint's objects frozen, the register's ties as untracked tuples, one copy of it).

3 December 2026, a quiet machine in the morning, medians of 3 rounds, first open / open
again: overview 128 (first paint); palette 54; keys panel (?) 15; residents 168/10;
groups 94/10; walk 75/16; still to ask 91/32; not yet connected 120/29; connectors
96/39; communities 60/19; network 52/11; help 54/20; snapshots 68/17; walks 64/34. Later
that day the same code drifted to 1.5-1.8x that (palette 83-99), so an A/B of the rows
kept when the analysis arrives (browser.same_page, the detail made once) could not be
told from noise by time; by count, cProfile of the residents' first open: 621,530 ->
536,186 function calls (-14%), layouts 7 -> 6, compositor refreshes 11 -> 10.

3 December 2026 (later), medians of 3 rounds, first open shown / loaded (longest block):
residents 65/165 (26); groups 35/103 (29); walk 63/79 (23); still to ask 32/91 (38);
not yet connected 43/161 (35); connectors 31/116 (41); communities 48/90 (33); network
31/70 (26); help 48/68 (31); snapshots 41/60 (18); walks 23/101 (37); palette 47; keys
panel (?) 15; the overview's first paint 137. So every screen shows itself, its loading
state painted, in 23-65 ms and no open holds the loop longer than 41 ms; what is over
100 ms is the data drawn when the workers finish, mostly Textual laying out and
painting the filled screen (two or three full repaints of 120x40, each strip made anew).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

from textual.screen import Screen

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


class GcClock:
    """CPU time the UI thread spent in Python's garbage collector (part of `ui`): a
    full collection walks every object the app holds, wherever the allocation that
    set it off happened."""

    def __init__(self) -> None:
        self.total = 0.0
        self._thread = threading.get_ident()
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if threading.get_ident() != self._thread:
            return
        if phase == "start":
            self._started = time.thread_time()
        else:
            self.total += time.thread_time() - self._started


GC: GcClock | None = None


class FirstPaint:
    """When each screen was first painted while it was the current one: a screen that
    opens shows itself (with its loading state) there, before its workers are done.
    (wall, UI-thread CPU, of it in gc) at the end of that paint, by screen."""

    def __init__(self) -> None:
        self.at: dict[int, tuple[float, float, float]] = {}
        original = Screen._compositor_refresh
        at = self.at

        def refresh(screen: Screen) -> None:
            original(screen)
            if screen.is_current and id(screen) not in at:
                in_gc = GC.total if GC else 0.0
                at[id(screen)] = (time.perf_counter(), time.thread_time(), in_gc)

        Screen._compositor_refresh = refresh  # type: ignore[method-assign]


PAINTS: FirstPaint | None = None


async def measured(step) -> tuple[float, float, float, float]:
    """(wall, ui, block, gc) seconds of `await step()`."""
    global GC
    GC = GC or GcClock()
    beat = Heartbeat()
    beat.start()
    started, ui, in_gc = time.perf_counter(), time.thread_time(), GC.total
    await step()
    result = (time.perf_counter() - started, time.thread_time() - ui)
    return (*result, beat.stop(), GC.total - in_gc)


async def press_times(
    pilot, keys: list[str], rounds: int = 5
) -> list[tuple[float, float, float, float]]:
    """(wall, ui, block, gc) seconds per press, until the screen has processed it."""

    async def press(key: str) -> None:
        await pilot.press(key)
        await pilot.pause()

    return [await measured(partial(press, key)) for _ in range(rounds) for key in keys]


# label -> medians (ui, block, wall, gc) ms
ROWS: dict[str, tuple[float, float, float, float]] = {}


def report(label: str, times: list[tuple[float, float, float, float]]) -> None:
    wall, ui, block, in_gc = ([t[i] * 1000 for t in times] for i in range(4))
    median = statistics.median
    ROWS[label] = (median(ui), median(block), median(wall), median(in_gc))
    print(
        f"  {label:<40} ui {statistics.median(ui):6.1f} ms (max {max(ui):6.1f})"
        f"  gc {statistics.median(in_gc):5.1f}"
        f"  block {statistics.median(block):6.1f} ms  wall {statistics.median(wall):7.1f} ms"
        f"  ×{len(times)}",
        flush=True,
    )


def print_profile(label: str, profile: cProfile.Profile, top: int = 30) -> None:
    print(f"\n===== {label} =====")
    for order in ("cumulative", "tottime"):
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.strip_dirs().sort_stats(order).print_stats(top)


DUMP = ""  # --dump PREFIX: each profile also written to PREFIX-first-open.prof, ...


async def profiled(label: str, step) -> None:
    """`await step()` with cProfile on (it follows the thread that enables it: the
    UI thread; workers are not in it), timed in the thread's CPU time, so the event
    loop's waiting is not in it either."""
    profile = cProfile.Profile(time.thread_time)
    ui = time.thread_time()
    profile.enable()
    await step()
    profile.disable()
    print(f"{label}: ui {(time.thread_time() - ui) * 1000:.1f} ms (profiled, so slower)")
    print_profile(label, profile)
    if DUMP:
        profile.dump_stats(f"{DUMP}-{label.split(': ')[1].replace(' ', '-')}.prof")


async def run_profile(db_path: Path, screen: str) -> None:
    """cProfile on the UI thread around `screen`'s first open and its open again."""
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if screen in ("palette", "keys"):
            key = "ctrl+p" if screen == "palette" else "question_mark"
            close = "escape" if screen == "palette" else "question_mark"
            for label in ("first open", "open again"):

                async def press() -> None:
                    await pilot.press(key)
                    await pilot.pause()

                await profiled(f"{screen}: {label}", press)
                await pilot.press(close)
                await settle(pilot)
            return

        async def open_mode() -> None:
            await app.switch_mode(screen)
            await settle(pilot)

        await profiled(f"{screen}: first open", open_mode)
        await press_times(pilot, ["down"] * 4)  # as the drive does between the two
        await app.switch_mode("overview")
        await settle(pilot)
        await profiled(f"{screen}: open again", open_mode)


async def run(db_path: Path) -> None:
    global PAINTS
    PAINTS = paints = PAINTS or FirstPaint()
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

            wall, ui, in_gc = time.perf_counter(), time.thread_time(), GC.total if GC else 0.0
            loaded = await measured(open_mode)
            painted = paints.at.get(id(app.screen))
            if painted is not None:  # the screen shown, its loading state with it
                shown = (painted[0] - wall, painted[1] - ui, loaded[2], painted[2] - in_gc)
                report(f"{mode}: first open, shown", [shown])
            report(f"{mode}: first open, loaded", [loaded])
            report(f"{mode}: move down", await press_times(pilot, ["down"] * 4))
            await app.switch_mode("overview")
            await settle(pilot)
            report(f"{mode}: open again, loaded", [await measured(open_mode)])
            await app.switch_mode("overview")
            await settle(pilot)


def medians_of_rounds(db_path: Path, rounds: int) -> None:
    """The drive `rounds` times, each in a process of its own on a fresh copy of the
    demo; the median over the rounds of each row's median."""
    runs: list[dict[str, list[float]]] = []
    for n in range(rounds):
        copy = db_path.with_name(f"round{n}.db")
        shutil.copy(db_path, copy)
        done = subprocess.run(
            [sys.executable, __file__, "--db", str(copy), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(json.loads(done.stdout.splitlines()[-1]))
        print(f"  round {n + 1} of {rounds} done", file=sys.stderr, flush=True)
    print(f"medians of {rounds} rounds (ui ms, its range, of it in gc; block ms; wall ms):")
    for label in runs[0]:
        ui, block, wall, in_gc = ([r[label][i] for r in runs] for i in range(4))
        print(
            f"  {label:<40} ui {statistics.median(ui):6.1f} ms ({min(ui):6.1f}-{max(ui):6.1f})"
            f"  gc {statistics.median(in_gc):5.1f} (max {max(in_gc):5.1f})"
            f"  block {statistics.median(block):6.1f} ms  wall {statistics.median(wall):7.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=1, help="fresh processes; medians")
    parser.add_argument("--profile", metavar="SCREEN", help="cProfile SCREEN's opens")
    parser.add_argument("--dump", metavar="PREFIX", help="with --profile: pstats files too")
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)  # a round's copy
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.db:  # one round of --rounds: the rows as JSON on the last line
        asyncio.run(run(args.db))
        if args.json:
            print(json.dumps(ROWS))
        return
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        db = open_database(db_path)
        make_demo(db, size=args.size)
        db.close()
        print(f"app on a {args.size:,}-resident demo (120x40):", flush=True)
        if args.profile:
            global DUMP
            DUMP = args.dump or ""
            asyncio.run(run_profile(db_path, args.profile))
        elif args.rounds > 1:
            medians_of_rounds(db_path, args.rounds)
        else:
            asyncio.run(run(db_path))


if __name__ == "__main__":
    main()
