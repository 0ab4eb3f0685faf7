"""Files and folders we make are the owner's only, whatever the umask (issue 11, 6)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from abcd_tui.cli import main
from abcd_tui.store import open_database


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture
def open_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_an_existing_empty_file_that_becomes_a_register_is_made_owner_only(tmp_path, open_umask):
    path = tmp_path / "leeg.db"
    path.touch(mode=0o644)
    assert mode(path) == 0o644
    open_database(path).close()
    assert mode(path) == 0o600


def test_a_register_made_by_the_cli_in_new_folders_is_private_all_the_way(tmp_path, open_umask):
    path = tmp_path / "a" / "b" / "c" / "abcd.db"
    assert main(["--db", str(path), "demo", "--size", "10"]) == 0
    assert mode(path) == 0o600
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert mode(folder) == 0o700, folder


def test_a_folder_that_was_there_already_is_left_as_it_was(tmp_path, open_umask):
    shared = tmp_path / "gedeeld"
    shared.mkdir(mode=0o755)
    open_database(shared / "abcd.db").close()
    assert mode(shared) == 0o755  # the user's folder: theirs to set
    assert mode(shared / "abcd.db") == 0o600


def test_a_register_someone_else_made_keeps_its_mode(tmp_path, open_umask):
    path = tmp_path / "team.db"
    open_database(path).close()
    os.chmod(path, 0o640)  # the team chose to share it with a group
    open_database(path).close()
    assert mode(path) == 0o640


def test_backups_are_owner_only_whatever_the_umask(tmp_path, open_umask):
    from abcd_tui.store.backup import make_backup

    db = open_database(tmp_path / "abcd.db")
    backup = make_backup(db, "manual")
    db.close()
    assert mode(backup.parent) == 0o700 and mode(backup) == 0o600


def test_the_default_exports_folder_is_made_private(tmp_path, open_umask, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "exports").mkdir(mode=0o755)  # as a checkout makes it
    assert main(["--db", "r.db", "demo", "--size", "10"]) == 0
    assert main(["--db", "r.db", "export", "--format", "json"]) == 0
    assert mode(tmp_path / "exports") == 0o700
    assert mode(tmp_path / "exports" / "network.json") == 0o600
