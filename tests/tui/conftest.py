"""Fixtures for the app's tests."""

from pathlib import Path

import pytest

from abcd_tui.demo import make_demo
from abcd_tui.store import open_database


@pytest.fixture
def demo_here(tmp_path, monkeypatch):
    """A demo village at a relative path, so screens show the same text every run
    (snapshots compare it)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ABCD_USER", "test-builder")
    db = open_database("abcd.db")
    make_demo(db)
    db.close()
    return Path("abcd.db")
