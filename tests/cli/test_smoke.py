"""The few things only a real process shows: the installed `abcd` entry point, `python -m
abcd_tui`, a pipe the reader leaves early, and exit codes as the shell sees them. Every
other CLI test calls `main([...])` in process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import cli_env, run_cli, run_subprocess


def test_the_installed_entry_point_runs_a_demo_and_lists_it(tmp_path):
    abcd = Path(sys.executable).with_name("abcd")
    db = str(tmp_path / "abcd.db")
    made = subprocess.run(
        [str(abcd), "--db", db, "demo", "--size", "20"],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    listed = run_subprocess("--db", db, "list", "people", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 20


def test_a_reader_that_leaves_the_pipe_early_is_no_error(tmp_path):
    """`abcd list people | head -1`: no traceback, no "Exception ignored" at exit."""
    db = str(tmp_path / "abcd.db")
    # Some 300 kB of JSON, well over what a pipe holds, so the write meets the closed end.
    assert run_cli("--db", db, "demo", "--size", "300").returncode == 0
    pipe = subprocess.run(
        f"'{sys.executable}' -m abcd_tui --db '{db}' list people --json --limit 0 | head -1",
        shell=True,
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
    )
    assert pipe.stdout == "[\n"
    assert pipe.stderr == ""  # no traceback, no message, no "Exception ignored" at exit


def test_exit_codes_as_the_shell_sees_them(tmp_path):
    refused = run_subprocess("--db", str(tmp_path / "abcd.db"), "list", "people", "--limit", "-5")
    assert refused.returncode == 2 and "--limit" in refused.stderr
    missing = run_subprocess("--db", str(tmp_path / "nope.db"), "stats")
    assert missing.returncode == 1 and missing.stdout == "" and "abcd demo" in missing.stderr
