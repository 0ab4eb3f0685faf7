"""100,000 residents within a minute and a gigabyte? (issue 15, point 5)

    python benchmarks/bench_100k.py --db /tmp/big.db        # made by the demo if missing
    python benchmarks/bench_100k.py --db /tmp/big.db --runs 1 --only snapshot,export

Each figure is one command in its own process, timed from outside, its peak RSS read
from wait4 (targets: analysis < 20 s; introductions, snapshot and export each < 60 s
and < 1 GB):

- analysis: `full_report` in a child (graph, connectors, not yet connected,
  introductions, communities), cold
- parts: the same without the connectors' betweenness, stage by stage (graph,
  igraph copy, cuts, communities, not yet connected, introductions)
- introductions: `abcd introductions --json`, the cached analysis emptied first
- cached: the same again, read from the cache (`abcd stats` beside it)
- snapshot: `abcd snapshot`, and the size of what it stored
- export: `abcd export --snapshot -1` (every format) into a fresh folder

Medians of --runs (3 by default). The register (`abcd demo --size 100000`, about 70 s)
is kept at --db for the next run; keep it in /tmp, not in the repository.

3 December 2026, a quiet machine, analysis n=1 each, old (ea46dde) and new in turns: 17.4
and 17.6 s -> 17.8 and 16.3 s, 868 MB in all four (the collector paused while converting
to igraph and packing the betweenness input: 1,186 -> 158 collections; the time it saves,
0.5 s on a loaded machine, is under this machine's noise). The demo took 20.8 s to make.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The process ends as `abcd` ends after a command (`cli.main.leave`): without freeing
# a gigabyte of objects one by one (2.8 s at 100,000 residents). It prints the seconds
# `full_report` itself took, shown beside the process's.
ANALYSIS = """
import sys, time
from abcd_tui.analysis import full_report
from abcd_tui.cli.main import leave
from abcd_tui.store import open_database
db = open_database(sys.argv[1], create=False)
started = time.perf_counter()
full_report(db)
print(time.perf_counter() - started, file=sys.stderr)
db.close()
leave(0)
"""
# The analysis without the betweenness (the connectors' part, timed by
# bench_betweenness.py): each stage's seconds, printed by the child.
PARTS = """
import sys, time
from abcd_tui.analysis.core import analysis_of, paused_garbage_collector
from abcd_tui.analysis.introductions import introductions
from abcd_tui.analysis.unconnected import not_yet_connected
from abcd_tui.store import open_database
db = open_database(sys.argv[1], create=False)
started = time.perf_counter()
def lap(name):
    global started
    now = time.perf_counter()
    print(name, now - started)
    started = now
with paused_garbage_collector():
    analysis = analysis_of(db); lap("graph")
    analysis.converted; lap("igraph")
    analysis.cuts; lap("cuts")
    analysis.communities; lap("communities")
    not_yet_connected(analysis); lap("not_yet_connected")
    introductions(analysis); lap("introductions")
"""
TARGETS = {"analysis": 20.0, "introductions": 60.0, "snapshot": 60.0, "export": 60.0}
GIGABYTE_MB = 1024


def run(*argv: str, said: list[str] | None = None) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `argv` in a fresh process (what it wrote on stderr
    appended to `said`)."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    _, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{child.stderr.read().decode()}")
    if said is not None:
        said.append(child.stderr.read().decode())
    return took, usage.ru_maxrss / 1024


def parts(db: Path) -> dict[str, float]:
    """Seconds per stage of the analysis without betweenness (`PARTS`)."""
    child = subprocess.run(
        [sys.executable, "-c", PARTS, str(db)], capture_output=True, text=True, check=True
    )
    found = {}
    for line in child.stdout.splitlines():
        name, seconds = line.split()
        found[name] = float(seconds)
    return found


def abcd(db: Path, *args: str) -> tuple[float, float]:
    return run(sys.executable, "-m", "abcd_tui", "--db", str(db), *args)


def empty_cache(db: Path) -> None:
    from abcd_tui.store import Register
    from abcd_tui.store.cache import clear_cache

    Register(db).write(clear_cache)


def snapshot_bytes(db: Path) -> int:
    """How many bytes the newest snapshot's `data` takes in the register."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT length(data) FROM snapshots ORDER BY created DESC, rowid DESC LIMIT 1"
        ).fetchone()
    return int(row[0]) if row else 0


def report(name: str, found: list[tuple[float, float]], extra: str = "") -> None:
    seconds = statistics.median(t for t, _ in found)
    peak = max(m for _, m in found)
    target = TARGETS.get(name)
    verdict = ""
    if target is not None:
        ok = seconds < target and peak < GIGABYTE_MB
        verdict = f"  target < {target:.0f} s, < 1 GB: {'met' if ok else 'NOT met'}"
    print(f"{name:<14} {seconds:8.1f} s  {peak:7.0f} MB  (n={len(found)}){verdict}{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/abcd-100k.db"))
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--only",
        default="analysis,parts,introductions,cached,snapshot,export",
        help="which figures",
    )
    args = parser.parse_args()
    only = set(args.only.split(","))
    db = args.db
    if not db.exists():
        took, peak = abcd(db, "demo", "--size", str(args.size))
        print(f"{'demo':<14} {took:8.1f} s  {peak:7.0f} MB  (made {db})")
    runs = range(args.runs)
    if "analysis" in only:
        said: list[str] = []
        found = [run(sys.executable, "-c", ANALYSIS, str(db), said=said) for _ in runs]
        inside = statistics.median(float(text.split()[-1]) for text in said)
        report("analysis", found, f"  (full_report itself {inside:.1f} s)")
    if "parts" in only:
        stages = [parts(db) for _ in runs]
        for name in stages[0]:
            seconds = statistics.median(s[name] for s in stages)
            print(f"  {name:<18} {seconds:6.1f} s  (n={len(stages)})")
        total = statistics.median(sum(s.values()) for s in stages)
        print(f"{'without betw.':<14} {total:8.1f} s  (the analysis but its betweenness)")
    if "introductions" in only:
        found = []
        for _ in runs:
            empty_cache(db)
            found.append(abcd(db, "introductions", "--json"))
        report("introductions", found)
    if "cached" in only:
        abcd(db, "introductions", "--json")  # cached, if it was not
        report("stats", [abcd(db, "stats") for _ in runs])
        report("cached intro.", [abcd(db, "introductions", "--json") for _ in runs])
        report("cached conn.", [abcd(db, "connectors", "--json") for _ in runs])
    if "snapshot" in only:
        found = [abcd(db, "snapshot", "--label", "bench") for _ in runs]
        report("snapshot", found, f"  stored {snapshot_bytes(db) / 1e6:.1f} MB")
    if "export" in only:
        found = []
        for _ in runs:
            out = Path(tempfile.mkdtemp(prefix="abcd-bench-export-"))
            try:
                found.append(abcd(db, "export", "--snapshot", "-1", "--out", str(out)))
            finally:
                shutil.rmtree(out, ignore_errors=True)
        report("export", found)
    print("(each run in its own process; seconds the median, peak RSS the largest)")


if __name__ == "__main__":
    main()
