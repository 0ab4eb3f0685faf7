"""Shared fixtures: real databases in temporary folders, the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from abcd_tui import i18n
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


def run_cli(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `abcd ARGS` as a user would, in a subprocess."""
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
