"""Start-up benchmark: `abcd --help` against `abcd stats` on the demo village (the target
is stats within 1.5x help, with numpy installed), and the app from its start to a painted
overview (figures and the first connectors on screen; target under 1 s), driven in tmux.
Medians of --runs; each a fresh process, as a user starts it.

Not a test: `python benchmarks/bench_startup.py [--runs N]`.
Before issue 15: sqlite-utils imported numpy whenever it was installed, nearly doubling
`abcd stats`; with numpy hidden, stats/help was 1.62 (sqlite-utils' own imports) and the
app 0.88 s to a painted overview. Now `abcd stats` counts on plain sqlite3 (1.15-1.21)
and the app imports only the overview before its first paint (0.73 s); see
benchmarks/bench_overview.py for the overview at 5,000 to 100,000 residents.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ABCD = str(Path(sys.executable).with_name("abcd"))
# A tmux server of its own, kept up by a session that idles while the runs come and go
# (`tmux_server`): ending a run's session then never ends the server under the next.
TMUX = ["tmux", "-L", "abcd-bench"]


@contextlib.contextmanager
def tmux_server() -> Iterator[None]:
    subprocess.run([*TMUX, "new-session", "-d", "-s", "keep", "sleep 3600"], check=True)
    try:
        yield
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


def painted(db: Path, session: str, limit: float = 20.0) -> float:
    """Seconds from starting the app in tmux until the overview shows its connectors."""
    start = time.perf_counter()
    subprocess.run(
        [*TMUX, "new-session", "-d", "-s", session, "-x", "100", "-y", "30"]
        + [f"{ABCD} --db {db} --lang en"],
        check=True,
    )
    try:
        while time.perf_counter() - start < limit:
            screen = subprocess.run(
                [*TMUX, "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if "\n1. " in screen.replace("│", "\n").replace("  1. ", "\n1. "):
                return time.perf_counter() - start
            time.sleep(0.01)
        raise RuntimeError("the overview did not show its figures in time")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    numpy = importlib.util.find_spec("numpy") is not None
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        subprocess.run([ABCD, "--db", str(db), "demo"], check=True, capture_output=True)
        timed([ABCD, "--help"])  # warm the file cache once
        helps, stats = [], []
        for _ in range(args.runs):  # interleaved: the machine's load hits both alike
            helps.append(timed([ABCD, "--help"]))
            stats.append(timed([ABCD, "--db", str(db), "stats"]))
        app = []
        if shutil.which("tmux"):
            with tmux_server():
                app = [painted(db, f"bench-startup-{n}") for n in range(args.runs)]
    median = statistics.median
    print(f"numpy installed: {'yes' if numpy else 'no'}; {args.runs} runs each")
    for label, times in (("abcd --help", helps), ("abcd stats", stats)):
        runs = ", ".join(f"{t * 1000:.0f}" for t in times)
        print(f"{label}: median {median(times) * 1000:.0f} ms ({runs})")
    print(f"stats / help: {median(stats) / median(helps):.2f} (target <= 1.5)")
    if app:
        runs = ", ".join(f"{t:.2f}" for t in app)
        print(f"app to a painted overview: median {median(app):.2f} s ({runs}; target < 1 s)")
    else:
        print("app to a painted overview: not measured (no tmux)")


if __name__ == "__main__":
    main()
