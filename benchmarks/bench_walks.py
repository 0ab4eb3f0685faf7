"""Walks benchmark: what walk mode, the walks screen, `abcd walks` and
`abcd still-to-ask` read and write, on a 5,000-resident demo with 100 extra walks of 30
meetings each (the demo itself has a few walks of many people).

Prints medians of several runs: starting (continuing) a walk, one walk's summary, every
walk's summary (the walks screen and `abcd walks`), the still-to-ask list, and writing
it as HTML and as CSV. Not a test: run `python benchmarks/bench_walks.py [--size N]`.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

from bench_register import median_of as timed  # the same folder: run as a script

from abcd_tui.demo import make_demo
from abcd_tui.domain.records import new_id, now_iso
from abcd_tui.export.still_to_ask import write_still_to_ask
from abcd_tui.store import open_database, write_transaction, writes
from abcd_tui.store import walks as walk_store
from abcd_tui.store.still_to_ask import still_to_ask


def show(what: str, median: float, times: list[float]) -> None:
    each = ", ".join(f"{t * 1000:.1f}" for t in times)
    print(f"{what:<40} median {median * 1000:8.2f} ms  ({each})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--walks", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="abcd-bench-walks-"))
    try:
        db = open_database(folder / "abcd.db")
        make_demo(db, size=args.size)
        ids = [i for (i,) in db.execute("SELECT id FROM residents")]
        rng = random.Random(1)
        walk_ids = []
        for number in range(args.walks):
            day = f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}"
            walk = walk_store.start_or_continue_walk(db, f"Buurt {number}", "Anouk", day).walk
            walk_ids.append(walk.id)
            with write_transaction(db):
                writes.insert_meetings(
                    db, ((new_id(), walk.id, r, now_iso(), "bench") for r in rng.sample(ids, 30))
                )
        walks = db.execute("SELECT count(*) FROM walks").fetchone()[0]
        meetings = db.execute("SELECT count(*) FROM meetings").fetchone()[0]
        print(f"register: {len(ids)} residents, {walks} walks, {meetings} meetings")
        show(
            "start (continue) a walk",
            *timed(
                args.runs,
                lambda: walk_store.start_or_continue_walk(db, "buurt 7 ", "anouk", "2025-08-08"),
            ),
        )
        show(
            "one walk's summary",
            *timed(args.runs, lambda: walk_store.walk_summary(db, walk_ids[7])),
        )
        show("every walk's summary (walks screen)", *timed(args.runs, lambda: walk_store.walks(db)))
        show("still to ask (whole register)", *timed(args.runs, lambda: still_to_ask(db)))
        for fmt in ("html", "csv"):
            show(
                f"write the list as {fmt}",
                *timed(
                    args.runs,
                    lambda fmt=fmt: write_still_to_ask(db, fmt, out_dir=folder, force=True),
                ),
            )
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
