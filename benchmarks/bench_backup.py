"""How long do backups, a restore and a forget that reaches every backup take?

    python benchmarks/bench_backup.py            # demo of 150 and 5,000 residents
    python benchmarks/bench_backup.py --big      # and 50,000

Prints medians of several runs on a demo register: `make_backup` (SQLite's online
backup API into `<db>.backups/`), `restore` (checks the file, backs up the state before,
copies into the live file), and `forget` with 10 backups beside the register (the
erasure, VACUUM, and the same erasure in each backup), against `forget` with none.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from abcd_tui.demo import make_demo  # noqa: E402
from abcd_tui.store import open_database  # noqa: E402
from abcd_tui.store.backup import KEPT, backups_folder, make_backup, restore  # noqa: E402
from abcd_tui.store.forget import forget  # noqa: E402


def median_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench(size: int, runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="abcd-bench-backup-"))
    try:
        path = folder / "abcd.db"
        db = open_database(path)
        make_demo(db, size=size, seed=1)
        pages, page_size = (
            db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size")
        )
        megabytes = pages * page_size / 1e6
        backup = median_of(runs, lambda: make_backup(db, "manual"))
        saved = make_backup(db, "manual")
        db.close()
        restoring = median_of(runs, lambda: restore(path, saved))
        keys = iter(
            [k for (k,) in open_database(path).execute("SELECT key FROM residents LIMIT 40")]
        )

        def forget_one() -> None:
            conn = open_database(path)
            try:
                forget(conn, path, next(keys))
            finally:
                conn.close()

        shutil.rmtree(backups_folder(path))
        alone = median_of(runs, forget_one)  # makes one backup first, erases it there
        db = open_database(path)
        for _ in range(KEPT):
            make_backup(db, "manual")
        db.close()
        with_backups = median_of(runs, forget_one)
        print(
            f"{size:>7,} residents ({megabytes:5.1f} MB): backup {backup * 1000:7.1f} ms, "
            f"restore {restoring * 1000:7.1f} ms, forget {alone * 1000:7.1f} ms "
            f"(1 backup), {with_backups * 1000:7.1f} ms ({KEPT} backups)"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", action="store_true", help="also 50,000 residents")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for size in (150, 5_000, *((50_000,) if args.big else ())):
        bench(size, args.runs)


if __name__ == "__main__":
    main()
