"""Walk-mode look-ups on a 5,000-resident register: the duplicate question asked at
every save (`store.lookups.likely_same`) and the streets the address field suggests.

Prints medians of several runs. Not a test: run
`python benchmarks/bench_walk.py [--size N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from bench_register import median_of as timed  # the same folder: run as a script

from abcd_tui.demo import make_demo
from abcd_tui.store import lookups, open_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="abcd-bench-walk-"))
    try:
        db = open_database(folder / "abcd.db")
        make_demo(db, size=args.size)
        name, address = db.execute("SELECT name, address FROM residents LIMIT 1").fetchone()
        print(f"register: {db.execute('SELECT count(*) FROM residents').fetchone()[0]} residents")
        cases = {
            "likely_same, a new name": ("Piet Pietersen", "Kerkstraat 1"),
            "likely_same, a known name turned round": (
                ", ".join(reversed(name.rsplit(" ", 1))),
                address,
            ),
        }
        for what, (typed, where) in cases.items():
            median, times = timed(args.runs, lambda t=typed, w=where: lookups.likely_same(db, t, w))
            print(f"{what:<42} median {median * 1000:7.1f} ms  (max {max(times) * 1000:.1f})")
        median, times = timed(args.runs, lambda: lookups.streets(db))
        print(f"{'streets':<42} median {median * 1000:7.1f} ms  (max {max(times) * 1000:.1f})")
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
