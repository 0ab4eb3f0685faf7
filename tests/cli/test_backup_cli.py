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


def test_a_copy_from_before_a_forget_restores_without_the_person_forgotten(tmp_path, capsys):
    """A backup carried elsewhere (a USB stick) is out of forget's reach; restoring it
    later must not bring her back: not as a resident, not in a snapshot, not in the file."""
    import shutil

    db_path = tmp_path / "abcd.db"
    make_register(db_path, "Zwaantje Quispelhof", "Eric Mulder")
    assert main(["--db", str(db_path), "snapshot"]) == 0
    assert main(["--db", str(db_path), "backup"]) == 0
    stick = tmp_path / "stick" / "abcd-kopie.db"
    stick.parent.mkdir()
    shutil.copy(capsys.readouterr().out.strip().splitlines()[-1], stick)
    assert main(["--db", str(db_path), "forget", "zwaantje-quispelhof", "--yes"]) == 0
    assert b"Quispelhof" in stick.read_bytes()  # out of reach, as the forget says
    capsys.readouterr()

    assert main(["--db", str(db_path), "--lang", "en", "restore", str(stick)]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "1 resident forgotten again" in said and "(1 resident)" in said
    assert residents(db_path) == ["Eric Mulder"]
    for part in (db_path, Path(f"{db_path}-wal")):
        if part.exists():
            assert b"Quispelhof" not in part.read_bytes(), part
    result = run_cli("--db", str(db_path), "--lang", "en", "snapshots", "--json")
    assert result.returncode == 0 and "Quispelhof" not in result.stdout
    # The restored register still knows her as forgotten: the stick again forgets her.
    assert main(["--db", str(db_path), "restore", str(stick), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["forgotten_again"] == 1
    assert b"Quispelhof" in stick.read_bytes()  # the copy given is left as it was
