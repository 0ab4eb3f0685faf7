"""What keeping the terminal's keys in order (`tui.key_order`) costs, and what it saves.

Drives the real app with Textual's Pilot (headless) on a demo register, in walk mode, and
sends bursts of keys as the driver does for a terminal (one turn of the event loop
between keys, so the widgets answer some while the app reads the rest). For each burst it
prints the UI-thread CPU from the first key until the app is idle again and whether the
fields hold what was typed, with the keys in order (the app as it is) and without (the
same app with Textual's own key hand-on), medians of `--rounds` bursts, and the ratio.

Bursts: a person typed in one go (name, Tab, address, Tab, gifts), one letter at a time
into one field (40 letters), and back with Shift+Tab twice, ctrl+u and a new name.
Not a test: `python benchmarks/bench_key_order.py [--size N] [--rounds N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from textual import events
from textual.app import App
from textual.widgets import Input

from abcd_tui.demo import make_demo
from abcd_tui.store import open_database
from abcd_tui.tui.app import AbcdApp

args_verbose = False
CHARACTERS = {"tab": "\t", "shift+tab": None, "ctrl+u": "\x15", "space": " ", "ctrl+l": "\x0c"}


class Unordered(AbcdApp):
    """The app with Textual's own hand-on of keys: each to the widget focused when read."""

    async def on_event(self, event: events.Event) -> None:
        await App.on_event(self, event)


def keys_of(*parts: str | list[str]) -> list[str]:
    keys: list[str] = []
    for part in parts:
        keys.extend(part if isinstance(part, list) else [" " if c == " " else c for c in part])
    return keys


BURSTS = {
    "a person in one go (42 keys)": (
        keys_of("Ineke de Wit", ["tab"], "Kerkstraat 9", ["tab"], "tuinieren, koken"),
        {"name": "Ineke de Wit", "address": "Kerkstraat 9", "head": "tuinieren, koken"},
    ),
    "40 letters into the name": (keys_of("abcdefghij" * 4), {"name": "abcdefghij" * 4}),
    "back twice, ctrl+u, a new name (9 keys)": (
        keys_of(["shift+tab", "shift+tab", "ctrl+u"], "Bram", ["tab", "tab"]),
        {"name": "Bram", "head": "tuinieren"},
    ),
}
# Where each burst starts: (field focused, what the form holds before).
STARTS = {
    "a person in one go (42 keys)": ("name", {}),
    "40 letters into the name": ("name", {}),
    "back twice, ctrl+u, a new name (9 keys)": (
        "head",
        {"name": "Ineke", "address": "", "head": "tuinieren"},
    ),
}


async def send(app, keys: list[str]) -> None:
    for key in keys:
        name = "space" if key == " " else key
        event = events.Key(name, CHARACTERS.get(name, key if len(key) == 1 else None))
        event.set_sender(app)
        app.post_message(event)
        await asyncio.sleep(0)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def drive(app_class, db_path: Path, rounds: int) -> dict[str, tuple[list[float], int]]:
    app = app_class(db_path)
    found: dict[str, tuple[list[float], int]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.switch_mode("walk")
        await settle(pilot)
        app.screen.query_one("#area", Input).value = "Het Veld"
        app.screen.query_one("#area", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        form = app.screen
        for label, (keys, wanted) in BURSTS.items():
            times, right = [], 0
            start_field, before = STARTS[label]
            for _ in range(rounds):
                await pilot.press("ctrl+l")
                await settle(pilot)
                for field, value in before.items():
                    form.query_one(f"#{field}", Input).value = value
                form.query_one(f"#{start_field}", Input).focus()
                await settle(pilot)
                cpu = time.thread_time()
                await send(app, keys)
                await settle(pilot)
                times.append((time.thread_time() - cpu) * 1000)
                held = {f: form.query_one(f"#{f}", Input).value for f in wanted}
                # A list field entered holds ", " at its end, ready for one more.
                right += all(held[f].rstrip(", ") == v for f, v in wanted.items())
                if args_verbose:
                    print("   ", label, held)
            found[label] = (times, right)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--verbose", action="store_true", help="print what each burst left")
    args = parser.parse_args()
    global args_verbose
    args_verbose = args.verbose
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "abcd.db"
        db = open_database(db_path)
        make_demo(db, size=args.size)
        db.close()
        print(f"{args.size} residents, medians of {args.rounds} bursts, UI-thread CPU ms")
        ordered = asyncio.run(drive(AbcdApp, db_path, args.rounds))
        unordered = asyncio.run(drive(Unordered, db_path, args.rounds))
        for label in BURSTS:
            (a, right_a), (b, right_b) = ordered[label], unordered[label]
            ma, mb = statistics.median(a), statistics.median(b)
            print(
                f"  {label:<42} in order {ma:6.1f} ({right_a}/{args.rounds} right)"
                f"   Textual's {mb:6.1f} ({right_b}/{args.rounds} right)   ratio {ma / mb:4.2f}"
            )


if __name__ == "__main__":
    main()
