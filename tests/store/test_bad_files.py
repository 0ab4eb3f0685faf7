"""Bad, broken and hostile files: a clear message naming file, line and field, bounded
work, and a database byte-for-byte as it was after a refused import (issue 11)."""

from __future__ import annotations

import sqlite3
import time
import tracemalloc
from pathlib import Path

import pytest

from abcd_tui.store.importer import ImportRejected, import_files
from abcd_tui.store.importer.problems import DETAIL_PER_FILE, Problems, RowError
from tests.conftest import write_csv


def dump(path: Path) -> list[str]:
    """The whole database as SQL: equal dumps mean nothing changed."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def bad_rows(count: int) -> str:
    """`count` rows with two problems each (an unknown openness, a non-date)."""
    lines = ["key,name,open_to_introductions,consent_date"]
    lines += [f"k{i},Naam {i},misschien,gisteren" for i in range(count)]
    return "\n".join(lines) + "\n"


def test_many_bad_rows_keep_the_first_fifty_in_full_and_count_the_rest(db, db_path, tmp_path):
    people = write_csv(tmp_path / "people.csv", bad_rows(5_000))
    before = dump(db_path)
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(ImportRejected) as caught:
        import_files(db, people=people)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    problems = caught.value.errors
    assert len(problems) == 10_000 and caught.value.params["count"] == "10000"
    shown = problems.shown
    assert len(shown) == DETAIL_PER_FILE
    # The first lines, in order, each with its column.
    assert [p.line for p in shown] == [line for line in range(2, 27) for _ in (0, 1)]
    assert {p.column for p in shown} == {"open_to_introductions", "consent_date"}
    kinds = {(k.column, k.code): k.count for k in problems.kinds()}
    assert kinds == {
        ("open_to_introductions", "import.unknown_value"): 5_000,
        ("consent_date", "import.bad_date"): 5_000,
    }
    assert dump(db_path) == before
    assert peak < 30_000_000, peak  # no table of 10,000 problems held
    assert seconds < 10  # generous: the bound is the point, the benchmark the figure


def test_problems_found_out_of_order_keep_the_first_lines_of_each_file():
    problems = Problems(keep=3)
    for line in (9, 4, 7, 2, 8, 3):
        problems.append(RowError("a.csv", line, "naam", "import.blank_cell"))
    problems.append(RowError("b.csv", 100, None, "import.blank_cell"))
    assert [(p.file, p.line) for p in problems] == [
        ("a.csv", 2),
        ("a.csv", 3),
        ("a.csv", 4),
        ("b.csv", 100),
    ]
    assert len(problems) == 7 and problems.left_out == 3


def test_a_ten_thousand_character_cell_is_quoted_by_its_start():
    problem = RowError("a.csv", 2, "x" * 10_000, "import.unknown_value", {"value": "y" * 10_000})
    assert len(problem.params["value"]) < 300 and problem.params["value"].startswith("yyy")
    assert len(problem.column) < 300
