"""Shared fixtures: real databases in temporary folders; the CLI run in this process as a
user runs it (`run_cli`), or in a real subprocess for the few smoke tests that need one
(`run_subprocess`)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from abcd_tui import i18n
from abcd_tui.cli import main
from abcd_tui.cli.output import messages_console, results_console
from abcd_tui.store import open_database

# The same examples on every run: CI must not pass or fail by the luck of the draw.
# Drop the profile locally to let hypothesis explore new examples.
settings.register_profile("abcd", derandomize=True)
settings.load_profile("abcd")


@pytest.fixture(autouse=True)
def dutch_by_default(tmp_path_factory, monkeypatch):
    """Every test starts in Dutch, as a user does, with settings and log of its own
    (never the real user's ~/.config or ~/.local/state)."""
    private = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("ABCD_CONFIG", str(private / "settings.json"))
    monkeypatch.setenv("ABCD_LOG", str(private / "abcd.log"))
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register" / "abcd.db"


@pytest.fixture
def db(db_path: Path):
    database = open_database(db_path)
    yield database
    database.close()


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ABCD_")}
    private = tempfile.mkdtemp(prefix="abcd-user-")
    env.update(
        {
            "ABCD_USER": "test-builder",
            "COLUMNS": "200",
            "ABCD_CONFIG": os.path.join(private, "settings.json"),
            "ABCD_LOG": os.path.join(private, "abcd.log"),
        },
        **extra,
    )
    return env


@dataclass(frozen=True)
class Ran:
    """What one run of `abcd` gave back, as `subprocess.CompletedProcess` names it."""

    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _as_a_user(env: dict[str, str], cwd: Path | None) -> Iterator[None]:
    """This process's ABCD_* variables and COLUMNS as `env` has them, in `cwd`, for the
    length of one run; then as they were."""
    watched = {k for k in (*os.environ, *env) if k.startswith("ABCD_") or k == "COLUMNS"}
    before = {k: os.environ.get(k) for k in watched}
    here = os.getcwd()
    for key in watched:
        if key in env:
            os.environ[key] = env[key]
        else:
            os.environ.pop(key, None)
    try:
        if cwd is not None:
            os.chdir(cwd)
        yield
    finally:
        os.chdir(here)
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run_cli(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> Ran:
    """Run `abcd ARGS` as a user would (their environment, a 200-column pipe), but in
    this process: `main()` with consoles on buffers (sqlite-utils' CliRunner style).
    `timeout` is for `run_subprocess`'s signature only."""
    env = env or cli_env()
    stdout, stderr = io.StringIO(), io.StringIO()
    width = int(env.get("COLUMNS", "80"))
    with _as_a_user(env, cwd):
        code = main(
            list(args),
            out=results_console(stdout, width=width),
            err=messages_console(stderr, width=width),
        )
    return Ran(code, stdout.getvalue(), stderr.getvalue())


def run_subprocess(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `abcd ARGS` as a user would, in a real subprocess (`python -m abcd_tui`): for
    what only a process shows (the entry point, pipes, signals, locks between programs)."""
    return subprocess.run(
        [sys.executable, "-m", "abcd_tui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env or cli_env(),
        timeout=timeout,
    )


def cli_json(*args: str, **kw) -> object:
    result = run_cli(*args, **kw)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path
