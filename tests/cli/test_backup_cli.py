"""`abcd backup | backups | restore`, and `abcd forget` on backups, as a user runs them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from abcd_tui.cli import main
from abcd_tui.store import open_database
from abcd_tui.store.backup import list_backups
from tests.conftest import run_cli


def make_register(path, *names: str) -> None:
    from abcd_tui.domain.records import Resident
    from abcd_tui.store import writes

    db = open_database(path)
    for name in names:
        writes.save_resident(db, Resident(name=name, key=name.lower().replace(" ", "-")))
    db.close()


def residents(path) -> list[str]:
    db = open_database(path, create=False)
    try:
        return [n for (n,) in db.execute("SELECT name FROM residents ORDER BY name")]
    finally:
        db.close()


def test_backup_prints_the_path_of_the_new_backup(tmp_path, capsys):
    db_path = tmp_path / "abcd.db"
    make_register(db_path, "Anna")
    assert main(["--db", str(db_path), "backup"]) == 0
    printed = capsys.readouterr().out.strip()
    [info] = list_backups(db_path)
    assert printed == str(info.path)
    assert main(["--db", str(db_path), "backup", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["reason"] == "manual" and made["bytes"] > 0
    assert made["path"] == str(list_backups(db_path)[-1].path)


def test_backups_lists_them_oldest_first(tmp_path, capsys):
    db_path = tmp_path / "abcd.db"
    make_register(db_path, "Anna")
    assert main(["--db", str(db_path), "--lang", "en", "backups"]) == 0
    assert "No backups yet" in capsys.readouterr().err
    for _ in range(2):
        assert main(["--db", str(db_path), "backup"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["path"] for b in listed] == [str(b.path) for b in list_backups(db_path)]
    assert main(["--db", str(db_path), "--lang", "en", "backups"]) == 0
    assert "manual" in capsys.readouterr().out


def test_restore_brings_a_backup_back_and_says_where_the_state_before_is(tmp_path, capsys):
    db_path = tmp_path / "abcd.db"
    make_register(db_path, "Anna", "Bob")
    assert main(["--db", str(db_path), "backup"]) == 0
    saved = capsys.readouterr().out.strip()
    make_register(db_path, "Cas")
    assert main(["--db", str(db_path), "--lang", "en", "restore", saved]) == 0
    said = capsys.readouterr().out.replace("\n", "")
    assert "was restored (2 residents)" in said and "before-restore" in said
    assert residents(db_path) == ["Anna", "Bob"]
    assert main(["--db", str(db_path), "restore", saved, "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["restored"] == saved and done["residents"] == 2


def test_restore_refuses_another_apps_database_with_a_clear_message(tmp_path):
    db_path = tmp_path / "abcd.db"
    make_register(db_path, "Anna")
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    result = run_cli("--db", str(db_path), "--lang", "en", "restore", str(other))
    assert result.returncode == 1
    assert "is an SQLite database, but not one of abcd. Nothing was restored." in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert residents(db_path) == ["Anna"]


def test_forget_on_the_command_line_erases_her_from_the_backups_too(tmp_path, capsys):
    db_path = tmp_path / "abcd.db"
    make_register(db_path, "Zwaantje Quispelhof", "Eric Mulder")
    assert main(["--db", str(db_path), "backup"]) == 0
    saved = capsys.readouterr().out.strip()
    assert (
        main(["--db", str(db_path), "--lang", "en", "forget", "zwaantje-quispelhof", "--yes"]) == 0
    )
    said = capsys.readouterr().err
    assert "Also erased from the backups (2)." in said  # the one made now, and the one before
    assert b"Quispelhof" not in Path(saved).read_bytes()
    assert residents(saved) == ["Eric Mulder"]
