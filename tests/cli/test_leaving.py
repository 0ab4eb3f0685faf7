"""`abcd` leaves without Python's tidying up after a command (`cli.main.run`): what it
printed is all there, its exit code is the command's, and the register is closed as
after an ordinary exit (SQLite's write-ahead log folded in and gone)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def abcd(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "abcd_tui", *args],
        capture_output=True,
        text=True,
        env={"ABCD_LANG": "en", "PATH": "/usr/bin:/bin"},
        **kw,
    )


def test_a_command_leaves_its_output_whole_and_the_register_closed(tmp_path: Path):
    db = tmp_path / "map.db"
    made = abcd("--db", str(db), "demo", "--size", "150")
    assert made.returncode == 0, made.stderr
    assert not Path(f"{db}-wal").exists()  # the last connection closed: log folded in
    listed = abcd("--db", str(db), "list", "people", "--json")
    assert listed.returncode == 0
    people = json.loads(listed.stdout)  # every byte of a long output written
    assert len(people) == 150
    connectors = abcd("--db", str(db), "connectors", "--json")
    assert connectors.returncode == 0 and json.loads(connectors.stdout)
    assert not Path(f"{db}-wal").exists()


def test_a_failing_command_keeps_its_exit_code_and_message(tmp_path: Path):
    missing = abcd("--db", str(tmp_path / "none.db"), "connectors")
    assert missing.returncode == 1
    assert "none.db" in missing.stderr


def test_a_reader_that_leaves_early_is_no_error(tmp_path: Path):
    db = tmp_path / "map.db"
    abcd("--db", str(db), "demo", "--size", "150")
    shell = subprocess.run(
        f"{sys.executable} -m abcd_tui --db {db} list people --limit 0 | head -n 1;"
        ' echo "code=${PIPESTATUS[0]}"',
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        env={"ABCD_LANG": "en", "PATH": "/usr/bin:/bin"},
    )
    assert "code=0" in shell.stdout
    assert "Traceback" not in shell.stderr
