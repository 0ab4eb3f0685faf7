"""Import benchmark: a first import, an unchanged re-import and a dry run of a large
register (by default 100,000 people and 200,000 ties), each the real `abcd import` in a
subprocess. Prints the median wall time of each, rows per second and the ratios the
issue asks for: first / re-import (>= 5) and dry run / first (<= 1).

Not a test: `python benchmarks/bench_import.py [--people N] [--ties N] [--runs N]
[--profile]`; `--profile` adds one first import under cProfile and prints where its time
goes (by tottime), to find the next thing to cut.
Before issue 15: 100,000 people and 200,000 ties took 46.9 s (6,400 rows/s); the
unchanged re-import 33 s; the dry run 41 s. After point 6 (2026-12-02, 2 cores shared,
load 2.4-3.4, 5 runs): first import 11.5 s CPU (26,200 rows/s), re-import 2.3 s CPU
(4.9x), dry run 0.62x the import; the code before it, run beside it at load 5-8,
gave 16.9 s CPU (17,800 rows/s) where this gave 14.1 s (21,300 rows/s).
"""

from __future__ import annotations

import argparse
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GIFTS = ("koken", "fietsen repareren", "tuinieren", "zingen", "rekenen", "naaien", "luisteren")
KINDS = ("buren", "vriend", "familie", "kennis", "collega")


def write_people(path: Path, count: int) -> None:
    """A people file as a team keeps it: key, name, address, gifts, consent."""
    rng = random.Random(15)
    with path.open("w", encoding="utf-8") as f:
        f.write("key,naam,adres,buurt,handen,hart,aanbod,open voor kennismaking,toestemming\n")
        for i in range(count):
            hands, heart = rng.sample(GIFTS, 2)
            f.write(
                f"p{i},Bewoner {i},Dorpsstraat {i % 500 + 1},Wijk {i % 40},"
                f'"{hands}",{heart},{hands},{rng.choice(("ja", "nee", "later"))},ja\n'
            )


def write_ties(path: Path, people: int, count: int) -> None:
    """`count` distinct ties between the people of `write_people`."""
    rng = random.Random(16)
    seen: set[tuple[int, int, str]] = set()
    with path.open("w", encoding="utf-8") as f:
        f.write("van,naar,soort,sterkte\n")
        while len(seen) < count:
            a, b = rng.randrange(people), rng.randrange(people)
            kind = rng.choice(KINDS)
            if a == b or (min(a, b), max(a, b), kind) in seen:
                continue
            seen.add((min(a, b), max(a, b), kind))
            f.write(f"p{a},p{b},{kind},{rng.choice(('zwak', 'sterk'))}\n")


def run(
    db: Path, people: Path, ties: Path, *extra: str, profile: Path | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds of one `abcd import`; fails loudly when the import does.
    (CPU time says what the import costs on a machine others are using too.)"""
    argv = [sys.executable]
    if profile is not None:
        argv += ["-m", "cProfile", "-o", str(profile)]
    argv += ["-m", "abcd_tui", "--db", str(db), "import"]
    argv += ["--people", str(people), "--ties", str(ties), *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env={**os.environ, "ABCD_LANG": "en"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--ties", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile one first import")
    args = parser.parse_args()
    rows = args.people + args.ties
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        people, ties = folder / "people.csv", folder / "ties.csv"
        write_people(people, args.people)
        write_ties(ties, args.people, args.ties)
        first, again, dry = [], [], []
        for number in range(args.runs):
            db = folder / f"run{number}.db"
            first.append(run(db, people, ties))
            again.append(run(db, people, ties))
            # A dry run against an empty register: it checks and plans every row.
            empty = folder / f"empty{number}.db"
            dry.append(run(empty, people, ties, "--dry-run"))
            for leftover in folder.glob(f"*{number}.db*"):  # the registers and backups
                if leftover.is_dir():
                    shutil.rmtree(leftover)
                else:
                    leftover.unlink()
        if args.profile:
            run(folder / "profiled.db", people, ties, profile=folder / "first.prof")
            print("first import under cProfile, by tottime:")
            pstats.Stats(str(folder / "first.prof")).sort_stats("tottime").print_stats(20)
    median = statistics.median

    def wall(times: list[tuple[float, float]]) -> float:
        return median(w for w, _ in times)

    def cpu(times: list[tuple[float, float]]) -> float:
        return median(c for _, c in times)

    def line(label: str, times: list[tuple[float, float]]) -> str:
        runs = ", ".join(f"{w:.2f}" for w, _ in times)
        return (
            f"{label}: median {wall(times):.2f} s wall, {rows / wall(times):,.0f} rows/s;"
            f" {cpu(times):.2f} s CPU, {rows / cpu(times):,.0f} rows/s ({runs})"
        )

    print(f"{args.people:,} people and {args.ties:,} ties, {args.runs} runs each")
    print(line("first import", first))
    print(line("unchanged re-import", again))
    print(line("dry run", dry))
    print(
        f"first / re-import: {wall(first) / wall(again):.1f}x wall,"
        f" {cpu(first) / cpu(again):.1f}x CPU (target >= 5)"
    )
    print(
        f"dry run / first: {wall(dry) / wall(first):.2f} wall,"
        f" {cpu(dry) / cpu(first):.2f} CPU (target <= 1)"
    )


if __name__ == "__main__":
    main()
