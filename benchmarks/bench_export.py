"""Export benchmark: a 5,000-resident snapshot in every format (target: under 5 s in all).

Prints, as medians of several runs: taking the snapshot, each format on its own from
the saved snapshot, all formats in one `export` call (what `abcd export` does, less the
process start), the same with `k=1` and the k-anonymity step alone (its cost), the whole
`abcd export` command, and the file sizes. Not a test: run
`python benchmarks/bench_export.py [--size N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_register import median_of as timed  # the same folder: run as a script

from abcd_tui.demo import make_demo
from abcd_tui.export import FORMATS, export
from abcd_tui.export.model import ExportView
from abcd_tui.snapshots import find_snapshot, snapshot_document, take_snapshot
from abcd_tui.store import open_database


def show(what: str, median: float, times: list[float]) -> None:
    print(f"{what:<38} median {median:6.2f} s  ({', '.join(f'{t:.2f}' for t in times)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="abcd-bench-export-"))
    try:
        path = folder / "abcd.db"
        db = open_database(path)
        make_demo(db, size=args.size)
        residents = db.execute("SELECT count(*) FROM residents").fetchone()[0]
        ties = db.execute("SELECT count(*) FROM ties").fetchone()[0]
        print(f"register: {residents} residents, {ties} ties")
        median, times = timed(args.runs, lambda: take_snapshot(db, "bench"))
        show("take a snapshot", median, times)
        counter = iter(range(10_000))

        def one(formats: list[str]):
            def run() -> None:
                export(db, formats, out_dir=folder / f"out-{next(counter)}", snapshot="-1")

            return run

        for fmt in FORMATS:
            median, times = timed(args.runs, one([fmt]))
            show(f"export {fmt} alone", median, times)
        median, times = timed(args.runs, one(list(FORMATS)))
        show("export all formats (one call)", median, times)
        total = median

        def without_k() -> None:
            export(db, list(FORMATS), out_dir=folder / f"out-{next(counter)}", snapshot="-1", k=1)

        median, times = timed(args.runs, without_k)
        show("export all formats, --k 1 (no k-anon)", median, times)
        document = snapshot_document(db, find_snapshot(db, "-1").id)

        def generalise_only() -> None:
            ExportView(document, k=3).generalisation  # noqa: B018

        median, times = timed(args.runs, generalise_only)
        show("k-anonymity alone (k = 3)", median, times)

        def command() -> None:
            out = folder / f"cmd-{next(counter)}"
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "abcd_tui",
                    "--db",
                    str(path),
                    "export",
                    "--snapshot",
                    "-1",
                    "--out",
                    str(out),
                ],
                capture_output=True,
                text=True,
            )
            assert result.returncode == 0, result.stderr

        median, times = timed(args.runs, command)
        show("abcd export (whole command)", median, times)
        last = sorted(folder.glob("cmd-*"))[-1]
        sizes = ", ".join(
            f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in sorted(last.iterdir())
        )
        print(f"files: {sizes}")
        print(f"all formats: {total:.2f} s against a target of 5 s ({total / 5:.0%} of it)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
