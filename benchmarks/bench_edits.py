"""How long do a checked save, its undo and a delete with its undo take on a big register?

    python benchmarks/bench_edits.py            # demo of 5,000 residents
    python benchmarks/bench_edits.py --size 150

Prints medians (ms) of 15 runs each, on a demo village: a form save that carries its
version (`actions.save_resident(..., expected_version)`: the version check and the
field-by-field comparison), undoing it (each row compared with what the change left,
versions raised, phrases only the edit added taken back from the vocabulary: a scan
of every resident's phrases), and deleting the best-connected resident with undo
(their ties, walk meetings and declined introductions put back).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from abcd_tui.demo import make_demo
    from abcd_tui.store import actions, open_database, reads
    from abcd_tui.store.history import History

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "abcd.db")
        make_demo(db, size=args.size, seed=1)
        people = list(reads.residents(db))
        ties = db.execute(
            "SELECT from_id, count(*) n FROM ties GROUP BY from_id ORDER BY n DESC LIMIT 1"
        ).fetchone()
        hub = ties[0]
        history = History()
        timings: dict[str, list[float]] = {"save": [], "undo": [], "delete": [], "undo_delete": []}
        for run in range(args.runs):
            person = next(r for r in reads.residents(db) if r.id == people[run].id)
            edited = dataclasses.replace(
                person, address=f"Proefstraat {run}", hands=[*person.hands, f"proef {run}"]
            )
            started = time.perf_counter()
            history.add(actions.save_resident(db, edited, person.version))
            timings["save"].append(time.perf_counter() - started)
            started = time.perf_counter()
            history.undo(db)
            timings["undo"].append(time.perf_counter() - started)
            started = time.perf_counter()
            history.add(actions.delete_resident(db, hub))
            timings["delete"].append(time.perf_counter() - started)
            started = time.perf_counter()
            history.undo(db)
            timings["undo_delete"].append(time.perf_counter() - started)
        rows = len(history.undone[-1].rows)
        db.close()
    print(f"{args.size} residents; the deleted resident's change holds {rows} rows")
    for name, values in timings.items():
        print(f"  {name:12} median {statistics.median(values) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
