"""`abcd` with bad files, full disks and damaged databases: a clear message on stderr,
bounded output, exit 1, never a traceback, never half a JSON array (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

from abcd_tui.cli import main
from tests.conftest import write_csv
from tests.store.test_bad_files import bad_rows, dump


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_many_bad_rows_give_a_bounded_table_and_counts_by_kind(capsys, tmp_path):
    db = tmp_path / "abcd.db"
    people = write_csv(tmp_path / "people.csv", bad_rows(3_000))
    code, out, err = run(capsys, "--db", str(db), "import", "--people", str(people))
    assert code == 1 and out == ""
    assert "6.000" in err  # the count of all, as people write it
    assert err.count("misschien") == 25 + 1  # 25 rows in full, one example in the counts
    assert "3.000" in err and "Onverwachte fout" not in err
    assert len(err) < 20_000


def test_the_json_report_of_many_bad_rows_is_bounded_and_counts_by_kind(capsys, tmp_path):
    db = tmp_path / "abcd.db"
    people = write_csv(tmp_path / "people.csv", bad_rows(3_000))
    code, out, _ = run(capsys, "--db", str(db), "import", "--people", str(people), "--json")
    report = json.loads(out)
    assert code == 1 and report["imported"] is False
    assert len(report["errors"]) == 50 and report["errors_total"] == 6_000
    assert {(k["column"], k["count"]) for k in report["errors_kinds"]} == {
        ("open_to_introductions", 3_000),
        ("consent_date", 3_000),
    }
    assert report["errors"][0]["line"] == 2 and report["errors"][0]["message"]
    assert len(out) < 60_000
    assert db.exists()
    before = dump(db)
    run(capsys, "--db", str(db), "import", "--people", str(people), "--json")
    assert dump(db) == before


def test_many_warnings_are_bounded_too(capsys, tmp_path: Path):
    db = tmp_path / "abcd.db"
    header = ",".join(["naam"] + [f"extra {i}" for i in range(300)])
    people = write_csv(tmp_path / "people.csv", header + "\n" + "Dien" + "," * 300 + "\n")
    code, out, err = run(capsys, "--db", str(db), "import", "--people", str(people), "--json")
    report = json.loads(out)
    assert code == 0 and report["people"]["added"] == 1
    assert len(report["warnings"]) == 50 and report["warnings_total"] == 301
