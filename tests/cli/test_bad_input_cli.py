"""`abcd` with bad files, full disks and damaged databases: a clear message on stderr,
bounded output, exit 1, never a traceback, never half a JSON array (issue 11)."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

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


# --- A full disk: SQLite itself says SQLITE_FULL once the file may not grow


@pytest.fixture
def full_disk(monkeypatch):
    """Every connection `abcd` opens from now on may not grow its file (max_page_count
    at its current size): SQLite answers "database or disk is full", as on a full disk."""
    from abcd_tui.store import database

    real_connect = database._connect

    def connect_to_a_full_disk(path):
        conn = real_connect(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    def fill() -> None:
        monkeypatch.setattr(database, "_connect", connect_to_a_full_disk)

    return fill


def demo(capsys, db: Path, size: int = 40) -> None:
    assert run(capsys, "--db", str(db), "demo", "--size", str(size))[0] == 0


def test_import_on_a_full_disk_says_so_and_saves_nothing(capsys, tmp_path, full_disk):
    db = tmp_path / "abcd.db"
    demo(capsys, db)
    before = dump(db)
    people = write_csv(
        tmp_path / "p.csv",
        "naam,notities\n" + "".join(f"Nieuw {i},{'x' * 500}\n" for i in range(2_000)),
    )
    full_disk()
    code, out, err = run(capsys, "--db", str(db), "import", "--people", str(people))
    assert code == 1 and "schijf is vol" in err and "Onverwachte" not in err
    assert "Traceback" not in err and dump(db) == before


def test_import_json_on_a_full_disk_is_one_json_error(capsys, tmp_path, full_disk):
    db = tmp_path / "abcd.db"
    demo(capsys, db)
    people = write_csv(tmp_path / "p.csv", "naam\n" + "".join(f"Nieuw {i}\n" for i in range(3_000)))
    full_disk()
    code, out, err = run(capsys, "--db", str(db), "import", "--people", str(people), "--json")
    report = json.loads(out)
    assert code == 1 and report["errors"][0]["code"] == "store.disk_full"


def test_a_snapshot_on_a_full_disk_says_so_and_saves_nothing(capsys, tmp_path, full_disk):
    db = tmp_path / "abcd.db"
    demo(capsys, db, size=150)
    before = dump(db)
    full_disk()
    code, out, err = run(capsys, "--db", str(db), "snapshot", "--label", "voor de zomer")
    assert code == 1 and "schijf is vol" in err and "Onverwachte" not in err
    assert dump(db) == before


# --- A damaged database: garbage over its pages; every command says so, and where
# the backups are


def damaged_register(capsys, tmp_path: Path, *, header: bool = False) -> Path:
    """A demo register with a backup beside it, then random bytes over its pages."""
    db = tmp_path / "abcd.db"
    demo(capsys, db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    shutil.copy(db, tmp_path / "abcd.db.20261201T0900Z.bak")
    data = bytearray(db.read_bytes())
    noise = random.Random(11)
    start, end = (0, page) if header else (page, len(data))
    for at in range(start, end):
        data[at] = noise.randrange(256)
    db.write_bytes(bytes(data))
    return db


COMMANDS = [
    ["list", "people"],
    ["list", "people", "--json"],
    ["list", "ties", "--json"],
    ["stats"],
    ["stats", "--json"],
    ["connectors"],
    ["snapshot"],
    ["import", "--people", "PEOPLE"],
]


@pytest.mark.parametrize("header", [False, True], ids=["pages", "header"])
def test_every_command_on_a_damaged_database_says_so_and_where_backups_are(
    capsys, tmp_path, header
):
    db = damaged_register(capsys, tmp_path, header=header)
    people = write_csv(tmp_path / "p.csv", "naam\nNieuw\n")
    damaged = db.read_bytes()
    for command in COMMANDS:
        argv = [str(people) if a == "PEOPLE" else a for a in command]
        code, out, err = run(capsys, "--db", str(db), *argv)
        assert code == 1, (command, out, err)
        assert "beschadigd" in err and "abcd.db.20261201T0900Z.bak" in err, (command, err)
        assert "Onverwachte" not in err and "Traceback" not in err, (command, err)
        if "--json" in command:
            assert "[" not in out, (command, out)  # never half an array
        assert db.read_bytes() == damaged, command  # nothing written into it


def test_a_damaged_database_without_backups_says_how_to_rescue_it(capsys, tmp_path):
    db = damaged_register(capsys, tmp_path)
    (tmp_path / "abcd.db.20261201T0900Z.bak").unlink()
    code, out, err = run(capsys, "--db", str(db), "list", "people", "--json")
    assert code == 1 and out == "" and "beschadigd" in err and ".recover" in err


def test_list_json_prints_the_whole_array_when_all_is_well(capsys, tmp_path):
    db = tmp_path / "abcd.db"
    demo(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "list", "people", "--json")
    assert code == 0 and len(json.loads(out)) == 40


def test_smoke_a_zip_bomb_in_a_real_subprocess(tmp_path):
    from tests.conftest import run_subprocess
    from tests.store.xlsx_parts import sheet_xml, xlsx

    xml = sheet_xml([["naam"], ["Eric"]]).replace(
        b"<sheetData>", b"<sheetData>" + b" " * 30_000_000
    )
    bomb = tmp_path / "bewoners.xlsx"
    bomb.write_bytes(xlsx([("Bewoners", xml)]))
    result = run_subprocess("--db", str(tmp_path / "abcd.db"), "import", "--people", str(bomb))
    assert result.returncode == 1 and "zip-bom" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
