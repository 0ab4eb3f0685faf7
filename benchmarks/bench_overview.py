"""Overview benchmark: the app started on a demo of N residents, driven in tmux as a
user starts it, until its figures show (the counts), until the connectors show (the
analysis), and the app's peak memory (VmHWM) by then. Targets (issue 15): figures
under 5 s at 25,000 residents; figures and connectors under 30 s at 100,000, with
progress shown meanwhile.

Each size is run cold (the analysis cache of the register emptied, as after a change
by anyone) and warm (the cache the cold run wrote; the next start). Medians of --runs.
The demos are made once and kept in --keep (default /tmp), as `abcd-bench-N.db`:
making the 100,000 demo takes over a minute.

Not a test: `python benchmarks/bench_overview.py [--sizes 5000,25000] [--runs N]`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

# Run as a script from benchmarks/, which is then first on sys.path.
from bench_startup import ABCD, TMUX, tmux_server

from abcd_tui.store import Register
from abcd_tui.store.cache import clear_cache

POLL_S = 0.05


def demo(size: int, keep: Path) -> Path:
    """The demo village of `size` residents, made once and kept."""
    db = keep / f"abcd-bench-{size}.db"
    if not db.exists():
        print(f"making the demo of {size:,} residents in {db} ...", flush=True)
        subprocess.run(
            [ABCD, "--db", str(db), "demo", "--size", str(size)], check=True, capture_output=True
        )
    return db


def screen(session: str) -> str:
    return subprocess.run(
        [*TMUX, "capture-pane", "-p", "-t", session], capture_output=True, text=True
    ).stdout


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory so far (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_once(db: Path, session: str, limit: float) -> dict[str, float]:
    """Start the app on `db` (English, 100x30) and time what it shows."""
    start = time.perf_counter()
    subprocess.run(
        [*TMUX, "new-session", "-d", "-s", session, "-x", "100", "-y", "30"]
        + [f"exec {ABCD} --db {db} --lang en"],
        check=True,
    )
    found: dict[str, float] = {}
    pid = int(
        subprocess.run(
            [*TMUX, "display-message", "-p", "-t", session, "#{pane_pid}"],
            capture_output=True,
            text=True,
        ).stdout
    )
    try:
        while time.perf_counter() - start < limit:
            shown = screen(session)
            now = time.perf_counter() - start
            if "counts" not in found and "Residents " in shown:
                found["counts"] = now
            if "progress" not in found and re.search(r"… \d+/\d+", shown):
                found["progress"] = now
            if "connectors" not in found and "1. " in shown and "Not yet connected" in shown:
                found["connectors"] = now
                found["peak_mb"] = peak_rss_mb(pid)
                break
            time.sleep(POLL_S)
        else:
            raise RuntimeError(f"the overview of {db} did not show its connectors in {limit} s")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)
    return found


def report(size: int, kind: str, found: list[dict[str, float]]) -> None:
    """One line: the medians of what every run saw."""
    seen = set.intersection(*(set(r) for r in found))
    median = {k: statistics.median(r[k] for r in found) for k in seen}
    progress = f", progress at {median['progress']:.2f} s" if "progress" in median else ""
    each = ", ".join(f"{r['connectors']:.1f}" for r in found)
    print(
        f"{size:>7,} residents, {kind}: counts {median['counts']:.2f} s, connectors "
        f"{median['connectors']:.2f} s{progress}, peak {median['peak_mb']:.0f} MB "
        f"(connectors: {each})",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="5000,25000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--limit", type=float, default=300.0, help="seconds per run at most")
    args = parser.parse_args()
    if not shutil.which("tmux"):
        raise SystemExit("bench_overview needs tmux")
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"load: {os.getloadavg()[0]:.2f} (1 min); {args.runs} runs each; 100x30 in tmux")
    with tmux_server():
        for size in sizes:
            kept = demo(size, args.keep)
            with tempfile.TemporaryDirectory() as tmp:
                db = Path(tmp) / "overview.db"  # a copy: its backups and cache go with it
                shutil.copy(kept, db)
                runs: dict[str, list[dict[str, float]]] = {"cold": [], "warm": []}
                for n in range(args.runs):
                    Register(db).write(clear_cache)  # cold: as after anyone's change
                    runs["cold"].append(run_once(db, f"bench-overview-{n}", args.limit))
                    runs["warm"].append(run_once(db, f"bench-overview-{n}w", args.limit))
            for kind, found in runs.items():
                report(size, kind, found)
    print(f"load at the end: {os.getloadavg()[0]:.2f} (1 min)")


if __name__ == "__main__":
    main()
