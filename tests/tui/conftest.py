"""Fixtures for the app's tests."""

import importlib
import pkgutil
from pathlib import Path

import pytest

import abcd_tui.tui
from abcd_tui.demo import make_demo
from abcd_tui.store import open_database

# Every module of the app imported now, in the default language. The app imports its
# screens and dialogs when first opened, and their keys' words are made at import, in
# the language of that moment: one process, one language in real use. A test worker
# runs many apps, some in English (`speaking("en")`), and whichever opened a screen
# first would give it English keys for every later test of that worker.
for _module in pkgutil.walk_packages(abcd_tui.tui.__path__, "abcd_tui.tui."):
    importlib.import_module(_module.name)


@pytest.fixture(autouse=True)
def cursors_do_not_blink(monkeypatch):
    """A field's cursor stays shown (harlequin's way): a snapshot taken under load
    half a second after the last key would otherwise catch it blinked off."""
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


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


@pytest.fixture
def village(db_path):
    """A small demo village (40 residents) at `db_path`: for tests of the screens' keys
    and fields, where the register's size is not under test."""
    db = open_database(db_path)
    make_demo(db, size=40)
    db.close()
    return db_path
