"""Does a second `abcd connectors` cost what `abcd stats` costs? (issue 15, point 4)

    python benchmarks/bench_cache.py               # the 5,000 demo, 5 runs each
    python benchmarks/bench_cache.py --size 25000 --runs 3
    python benchmarks/bench_cache.py --db /tmp/big.db

Each command is run as a user runs it, in its own process (`python -m abcd_tui`), and
timed from the outside: `abcd stats`; each analysis command cold (the cached analysis
emptied first, as after a write: `store.cache.clear_cache` through `Register.write`,
which raises the change counter) and again warm (the next process reads the cache).
Prints medians (seconds), the warm/stats ratio (target: about 1) and each command's
peak RSS (the child's, from wait4). The register is made in a temporary folder unless
--db names one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = [
    ["connectors", "--json"],
    ["connectors", "--groups", "--json"],
    ["isolated", "--json"],
    ["introductions", "--json"],
    ["communities", "--json"],
]


def run(db: Path, *args: str) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `abcd --db DB ARGS` in a fresh process."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "abcd_tui", "--db", str(db), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"abcd {' '.join(args)} failed")
    return took, usage.ru_maxrss / 1024


def empty_cache(db: Path) -> None:
    from abcd_tui.store import Register
    from abcd_tui.store.cache import clear_cache

    Register(db).write(clear_cache)


def median_of(runs: int, measure) -> tuple[float, float]:
    found = [measure() for _ in range(runs)]
    return statistics.median(t for t, _ in found), max(m for _, m in found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="an existing register (else a demo is made)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "bench.db"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "abcd_tui",
                    "--db",
                    str(db),
                    "demo",
                    "--size",
                    str(args.size),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        stats_s, stats_mb = median_of(args.runs, lambda: run(db, "stats"))
        print(f"{'stats':<28} {stats_s:7.3f} s  {stats_mb:6.0f} MB")
        for command in COMMANDS:

            def cold(command=command):
                empty_cache(db)
                return run(db, *command)

            cold_s, cold_mb = median_of(args.runs, cold)
            warm_s, warm_mb = median_of(args.runs, lambda command=command: run(db, *command))
            name = " ".join(c for c in command if c != "--json")
            print(
                f"{name:<28} cold {cold_s:7.3f} s {cold_mb:6.0f} MB"
                f"   warm {warm_s:7.3f} s {warm_mb:6.0f} MB"
                f"   warm/stats {warm_s / stats_s:4.2f}"
            )
        print(f"(medians of {args.runs} runs, each in its own process; peak RSS the largest)")


if __name__ == "__main__":
    main()
