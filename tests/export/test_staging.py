"""What a killed export leaves behind (issue 11, finding 4): private staging folders that
the next export and `forget` remove."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from abcd_tui.cli import main
from abcd_tui.store import open_database
from tests.conftest import cli_env

PREFIX = ".abcd-export-"


def staging_folders(out: Path) -> list[Path]:
    return sorted(p for p in out.glob(PREFIX + "*") if p.is_dir())


@pytest.fixture
def village(tmp_path) -> Path:
    db_path = tmp_path / "dorp.db"
    assert main(["--db", str(db_path), "demo", "--size", "400"]) == 0
    db = open_database(db_path)
    db.execute("UPDATE residents SET consent = 1")  # --with-names shows every name
    db.close()
    return db_path


def killed_export(db_path: Path, out: Path) -> Path:
    """Start a real `abcd export --with-names` and SIGKILL it once its staging folder
    holds a file; that folder."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "abcd_tui", "--db", str(db_path), "export"]
        + ["--with-names", "--out", str(out)],
        env=cli_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            found = [s for s in staging_folders(out) if any(p.suffix for p in s.iterdir())]
            if found:
                proc.send_signal(signal.SIGKILL)
                break
            assert proc.poll() is None, "the export finished before it could be killed"
            time.sleep(0.002)
    finally:
        proc.kill()
        proc.wait()
    [staging] = staging_folders(out)
    return staging


def test_a_killed_export_leaves_only_a_private_folder_and_the_next_export_removes_it(
    village, tmp_path
):
    out = tmp_path / "deel"
    staging = killed_export(village, out)
    assert staging.name.startswith(PREFIX)
    assert staging.stat().st_mode & 0o777 == 0o700  # a partial file is nobody else's to read
    partial = [p for p in staging.iterdir() if p.name != ".owner"]
    assert partial, "killed before any file was written"

    assert main(["--db", str(village), "export", "--format", "csv", "--out", str(out)]) == 0

    assert staging_folders(out) == []
    assert (out / "nodes.csv").exists()


def test_forget_removes_what_a_killed_export_left_and_says_so(village, tmp_path, capsys):
    out = tmp_path / "deel"
    staging = killed_export(village, out)
    db = open_database(village)
    key = db.execute("SELECT key FROM residents ORDER BY name LIMIT 1").fetchone()[0]
    db.close()

    assert main(["--db", str(village), "--lang", "en", "forget", key, "--yes"]) == 0

    assert not staging.exists()
    said = capsys.readouterr().err
    assert "Partial files of an interrupted export removed" in said
    assert staging.name in said.replace("\n", "")


def test_forget_leaves_the_folder_of_an_export_still_running(village, tmp_path):
    from abcd_tui.store.staging import new_staging, remove_stale

    out = tmp_path / "deel"
    out.mkdir()
    running = new_staging(out)  # this process: alive
    removed, left = remove_stale(out)
    assert removed == [] and left == [(running, "running")]
    assert running.exists()


def test_export_folders_and_files_are_private_whatever_the_umask(village, tmp_path):
    out = tmp_path / "nieuw" / "deel"
    old = os.umask(0o022)
    try:
        assert main(["--db", str(village), "export", "--format", "csv", "--out", str(out)]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "nieuw").stat().st_mode & 0o777 == 0o700
    assert out.stat().st_mode & 0o777 == 0o700
    for name in ("nodes.csv", "edges.csv"):
        assert (out / name).stat().st_mode & 0o777 == 0o600
