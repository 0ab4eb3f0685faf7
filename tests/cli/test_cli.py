"""The `abcd` command as scripts and people use it, run in process (`run_cli`: a user's
environment, a 200-column pipe) on real databases; test_smoke.py runs the real process."""

from __future__ import annotations

import json

from abcd_tui.store import open_database, reads
from tests.conftest import cli_env, cli_json, run_cli, write_csv

HOSTILE = "[bold red]Bob[/] \x1b[31mRood\x1b[0m\rX\u202eevil"


def test_demo_then_stats_and_lists_with_stable_json_fields(tmp_path):
    db = str(tmp_path / "demo.db")
    made = run_cli("--db", db, "demo")
    assert made.returncode == 0, made.stderr
    stats = cli_json("--db", db, "stats", "--json")
    assert stats["residents"] == 150
    assert stats["groups_by_kind"] == {
        "association": 15,
        "institution": 8,
        "place": 6,
        "business": 4,
    }
    not_yet = stats["residents_without_ties"] + stats["residents_with_one_tie"]
    assert 0.07 * 150 <= not_yet <= 0.14 * 150  # about one in ten not yet connected
    people = cli_json("--db", db, "list", "people", "--json")
    assert len(people) == 150 and {"key", "name", "hands", "needs", "offers"} <= set(people[0])
    groups = cli_json("--db", db, "list", "groups", "--json")
    assert {"key", "name", "kind"} <= set(groups[0])
    ties = cli_json("--db", db, "list", "ties", "--json")
    # One row per tie of each kind; `ties` counts pairs (a friend who is a neighbour: one).
    assert len(ties) == sum(stats["ties_by_kind"].values()) and {"from", "to", "kind"} <= set(
        ties[0]
    )
    assert stats["ties"] == len({frozenset((t["from"], t["to"])) for t in ties})
    keys = {p["key"] for p in people} | {g["key"] for g in groups}
    assert all(t["from"] in keys and t["to"] in keys for t in ties)


def test_the_demo_is_the_same_village_every_time(tmp_path):
    for name in ("a.db", "b.db"):
        assert run_cli("--db", str(tmp_path / name), "demo", "--size", "400").returncode == 0
    first = cli_json("--db", str(tmp_path / "a.db"), "list", "ties", "--json")
    second = cli_json("--db", str(tmp_path / "b.db"), "list", "ties", "--json")
    assert first == second
    assert cli_json("--db", str(tmp_path / "a.db"), "list", "people", "--json") == cli_json(
        "--db", str(tmp_path / "b.db"), "list", "people", "--json"
    )


def test_demo_refuses_a_register_that_has_people(tmp_path):
    db = str(tmp_path / "x.db")
    run_cli("--db", db, "demo")
    again = run_cli("--db", db, "demo")
    assert again.returncode == 1 and "150" in again.stderr and "Traceback" not in again.stderr


def test_a_demo_of_several_villages(tmp_path):
    db = tmp_path / "big.db"
    assert run_cli("--db", str(db), "demo", "--size", "3000").returncode == 0
    database = open_database(db)
    s = reads.stats(database)
    assert s.residents == 3000 and s.neighbourhoods > 6
    database.close()


def test_names_are_shown_literally(tmp_path):
    people = write_csv(tmp_path / "p.csv", f'naam\n"{HOSTILE}"\n')
    db = str(tmp_path / "x.db")
    assert run_cli("--db", db, "import", "--people", str(people)).returncode == 0
    shown = run_cli("--db", db, "list", "people")
    assert shown.returncode == 0
    assert "[bold red]Bob[/]" in shown.stdout  # markup is text
    assert "\x1b" not in shown.stdout and "\r" not in shown.stdout and "\u202e" not in shown.stdout
    assert "\\x1b[31mRood" in shown.stdout  # the escape is visible, not obeyed
    people_json = cli_json("--db", db, "list", "people", "--json")
    # JSON keeps the name as stored: white space folded, everything else exact.
    assert people_json[0]["name"] == HOSTILE.replace("\r", " ")


def test_errors_go_to_stderr_with_advice_and_no_traceback(tmp_path):
    missing = run_cli("--db", str(tmp_path / "nope.db"), "stats")
    assert missing.returncode == 1 and missing.stdout == ""
    assert "abcd demo" in missing.stderr and "Traceback" not in missing.stderr
    bad = write_csv(tmp_path / "p.csv", "naam,toestemming\nAnna,nee\n,ja\n")
    result = run_cli("--db", str(tmp_path / "x.db"), "import", "--people", str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Niets geïmporteerd" in result.stderr and "p.csv" in result.stderr
    english = run_cli(
        "--db", str(tmp_path / "x.db"), "--lang", "en", "import", "--people", str(bad)
    )
    assert "Nothing imported" in english.stderr and "name is blank" in english.stderr
    nothing = run_cli("--db", str(tmp_path / "x.db"), "import")
    assert nothing.returncode == 1 and "--people" in nothing.stderr


def test_import_dry_run_and_json_report(tmp_path):
    people = write_csv(tmp_path / "p.csv", "naam;handen\nAnna;koken\n")
    db = str(tmp_path / "x.db")
    dry = cli_json("--db", db, "import", "--people", str(people), "--dry-run", "--json")
    assert dry["dry_run"] is True and dry["people"]["added"] == 1
    assert cli_json("--db", db, "stats", "--json")["residents"] == 0
    real = cli_json("--db", db, "import", "--people", str(people), "--json")
    assert real["people"]["added"] == 1
    again = cli_json("--db", db, "import", "--people", str(people), "--json")
    assert again["people"] == {
        "added": 0,
        "changed": 0,
        "unchanged": 1,
        "added_keys": [],
        "changed_keys": [],
    }
    changed = write_csv(tmp_path / "p.csv", "naam;handen\nAnna;koken, bakken\nBram;fietsen\n")
    dry = run_cli("--db", db, "import", "--people", str(changed), "--dry-run")
    assert "nieuw: bram" in dry.stdout and "gewijzigd: anna" in dry.stdout
    assert "Proefdraai" in dry.stdout


def test_db_comes_from_option_then_environment_then_data_folder(tmp_path):
    env_db = tmp_path / "env.db"
    run_cli("demo", env=cli_env(ABCD_DB=str(env_db)))
    assert env_db.exists()
    assert run_cli("demo", cwd=tmp_path).returncode == 0
    default = tmp_path / "data" / "abcd.db"
    assert default.exists() and oct(default.stat().st_mode & 0o777) == "0o600"
    assert oct(default.parent.stat().st_mode & 0o777) == "0o700"


def test_the_data_folder_of_a_checkout_is_made_owner_only(tmp_path):
    """`make run` passes --db data/abcd.db; git made data/ 0755."""
    (tmp_path / "data").mkdir(mode=0o755)
    (tmp_path / "data").chmod(0o755)
    assert run_cli("--db", "data/abcd.db", "demo", cwd=tmp_path).returncode == 0
    assert oct((tmp_path / "data").stat().st_mode & 0o777) == "0o700"


def test_every_command_has_help():
    top = run_cli("--help")
    assert top.returncode == 0
    for command in ("import", "demo", "stats", "list"):
        assert command in top.stdout
        sub = run_cli(command, "--help")
        assert sub.returncode == 0 and "--json" in sub.stdout or command == "demo"


def test_every_command_and_option_says_what_it_does():
    """sqlite-utils' habit: nothing in `abcd --help` without a line of help."""
    import argparse

    from abcd_tui.cli.main import COMMANDS, build_parser

    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    listed = {c.dest: c.help for c in commands._choices_actions}
    assert set(commands.choices) == set(COMMANDS)  # every command parsed is run, and back
    for name, sub in commands.choices.items():
        if name == "not-connected":  # the alias of `isolated`, listed beside it
            continue
        assert listed[name], name
        for action in sub._actions:
            assert action.help, (name, action.dest)
        shown = run_cli(name, "--help")
        assert shown.returncode == 0 and shown.stdout.startswith(f"gebruik: abcd {name}"), name


def test_stats_in_a_table_for_people(tmp_path):
    db = str(tmp_path / "x.db")
    run_cli("--db", db, "demo")
    table = run_cli("--db", db, "stats")
    assert "Bewoners" in table.stdout and "150" in table.stdout
    assert "Residents" in run_cli("--db", db, "--lang", "en", "stats").stdout
    assert json.loads(run_cli("--db", db, "list", "ties", "--json", "--kind", "family").stdout)


def test_damaged_and_unopenable_databases_get_advice_not_a_traceback(tmp_path):
    db = tmp_path / "d.db"
    run_cli("--db", str(db), "demo")
    (tmp_path / "trunc.db").write_bytes(db.read_bytes()[:20000])
    damaged = run_cli("--db", str(tmp_path / "trunc.db"), "list", "ties")
    assert damaged.returncode == 1 and "Onverwachte" not in damaged.stderr
    assert "beschadigd" in damaged.stderr or "geen abcd-database" in damaged.stderr
    null = run_cli("--db", "/dev/null", "stats")
    assert null.returncode == 1 and "geen abcd-database" in null.stderr


def test_an_upgrade_is_announced_with_its_backup(tmp_path):
    import sqlite3

    from tests.store.test_database import make_schema_1_database

    make_schema_1_database(tmp_path / "old.db")
    result = run_cli("--db", str(tmp_path / "old.db"), "stats")
    assert result.returncode == 0 and "schema 1" in result.stderr and ".backups" in result.stderr
    from abcd_tui.store.schema import SCHEMA_VERSION

    version = sqlite3.connect(tmp_path / "old.db").execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION


def test_list_options_as_a_user_types_them(tmp_path):
    db = str(tmp_path / "x.db")
    run_cli("--db", db, "demo")
    assert len(cli_json("--db", db, "list", "people", "--json", "--limit", "2")) == 2
    places = cli_json("--db", db, "list", "groups", "--json", "--kind", "plek")
    assert len(places) == 6 and {g["kind"] for g in places} == {"place"}
    assert {
        x["kind"] for x in cli_json("--db", db, "list", "ties", "--json", "--kind", "buren")
    } == {"neighbour"}
    people = cli_json("--db", db, "list", "people", "--json")
    part = people[0]["neighbourhood"]
    shouted = cli_json("--db", db, "list", "people", "--json", "--neighbourhood", part.upper())
    assert shouted and all(p["neighbourhood"] == part for p in shouted)
    wrong = run_cli("--db", db, "list", "groups", "--kind", "club-huis")
    assert wrong.returncode == 1 and "vereniging" in wrong.stderr
    assert run_cli("--db", db, "list", "people", "--kind", "x").returncode == 1
    assert run_cli("--db", db, "list", "people", "--limit", "-5").returncode == 2
    huge = run_cli("--db", db, "list", "people", "--limit", "99999999999999999999", "--json")
    assert huge.returncode == 0 and len(json.loads(huge.stdout)) == 150
    # The app's words for what is listed, in either language, list the same.
    for word, what in [("residents", "people"), ("Bewoners", "people"), ("People", "people")]:
        same = cli_json("--db", db, "list", word, "--json")
        assert same == cli_json("--db", db, "list", what, "--json") and same
    unknown = run_cli("--db", db, "list", "huizen")
    assert unknown.returncode == 2 and "'people'" in unknown.stderr and "huizen" in unknown.stderr


def test_small_import_cases_report_clearly(tmp_path):
    db = str(tmp_path / "x.db")
    header_only = write_csv(tmp_path / "leeg.csv", "naam;adres\n")
    result = run_cli("--db", db, "import", "--people", str(header_only))
    assert result.returncode == 0 and "Bewoners: 0 nieuw" in result.stdout
    png = tmp_path / "foto.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    broken = run_cli("--db", db, "import", "--people", str(png), "--json")
    assert broken.returncode == 1 and json.loads(broken.stdout)["imported"] is False
    people = write_csv(tmp_path / "p.csv", "naam\nAli\nBo\n")
    ties = write_csv(tmp_path / "t.csv", "van,naar,soort\nbo,groep:ali,lid\n")
    wrong = run_cli("--db", db, "import", "--people", str(people), "--ties", str(ties))
    assert "'ali' is geen groep maar een bewoner" in wrong.stderr


def test_names_sort_as_people_read_them(tmp_path):
    people = write_csv(tmp_path / "p.csv", "naam\nZoë\nÅse\nanna\nBram\n")
    db = str(tmp_path / "x.db")
    run_cli("--db", db, "import", "--people", str(people))
    assert [p["name"] for p in cli_json("--db", db, "list", "people", "--json")] == [
        "anna",
        "Åse",
        "Bram",
        "Zoë",
    ]


def test_the_language_is_chosen_per_call_and_left_as_it_was(tmp_path):
    from abcd_tui import i18n

    db = str(tmp_path / "x.db")
    assert "Demo made" in run_cli("--db", db, "--lang", "en", "demo", "--size", "10").stderr
    assert i18n.language() == "nl"  # the English call left nothing behind
    assert "Bewoners" in run_cli("--db", db, "stats").stdout
    english = run_cli("--db", db, "stats", env=cli_env(ABCD_LANG="en"))
    assert "Residents" in english.stdout and i18n.language() == "nl"
