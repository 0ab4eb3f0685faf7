"""Register benchmarks: `abcd demo --size 100000` and the import rate of a 100,000-row CSV.

Prints medians of several runs. Not a test: run it with `make bench` or
`python benchmarks/bench_register.py [--size N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from abcd_tui.demo import make_demo
from abcd_tui.store import open_database, reads
from abcd_tui.store.importer import import_files


def median_of(runs: int, action) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def bench_demo(size: int, runs: int, folder: Path) -> None:
    counter = iter(range(runs))

    def one() -> None:
        db = folder / f"demo-{next(counter)}.db"
        result = subprocess.run(
            [sys.executable, "-m", "abcd_tui", "--db", str(db), "demo", "--size", str(size)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr

    median, times = median_of(runs, one)
    print(
        f"abcd demo --size {size}: median {median:.1f} s over {runs} runs "
        f"({', '.join(f'{t:.1f}' for t in times)}), whole command incl. start-up"
    )


def people_csv(size: int, folder: Path) -> Path:
    """A realistic people file: the residents of a demo, as a team's spreadsheet."""
    db = open_database(folder / "source.db")
    make_demo(db, size=size)
    path = folder / "people.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(
            [
                "key",
                "naam",
                "adres",
                "wijk",
                "hoofd",
                "handen",
                "hart",
                "interesses",
                "aanbod",
                "vraag",
                "open voor kennismaking",
                "toestemming",
                "notities",
            ]
        )
        for r in reads.residents(db):
            writer.writerow(
                [
                    r.key,
                    r.name,
                    r.address,
                    r.neighbourhood,
                    "; ".join(r.head),
                    "; ".join(r.hands),
                    "; ".join(r.heart),
                    "; ".join(r.interests),
                    "; ".join(r.offers),
                    "; ".join(r.needs),
                    r.open_to_introductions,
                    "ja",
                    r.notes,
                ]
            )
    db.close()
    return path


def bench_import(size: int, runs: int, folder: Path) -> None:
    path = people_csv(size, folder)
    counter = iter(range(runs))

    def fresh() -> None:
        db = open_database(folder / f"import-{next(counter)}.db")
        report = import_files(db, people=path)
        assert report.people.added == size
        db.close()

    median, _ = median_of(runs, fresh)
    print(
        f"import of a {size:,}-row people CSV into an empty register: median {median:.1f} s "
        f"= {size / median:,.0f} rows/s"
    )
    db = open_database(folder / "import-0.db")

    def again() -> None:
        assert import_files(db, people=path).people.unchanged == size

    median, _ = median_of(runs, again)
    print(
        f"re-import of the same file (nothing changes): median {median:.1f} s "
        f"= {size / median:,.0f} rows/s"
    )
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_demo(args.size, args.runs, Path(folder))
        bench_import(args.size, args.runs, Path(folder))


if __name__ == "__main__":
    main()
