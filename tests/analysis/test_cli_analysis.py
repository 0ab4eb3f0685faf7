"""The analysis commands: `main([...])` in process (JSON fields, tables, languages), a
handler called directly for the error it raises, and the real `abcd` in a subprocess
once."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from abcd_tui.cli import main
from abcd_tui.cli.analysis import COMMANDS
from abcd_tui.cli.main import build_parser
from abcd_tui.cli.output import Call, messages_console, results_console
from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import GroupKind, TieKind
from abcd_tui.i18n import set_language
from abcd_tui.store import Register
from tests.analysis.neighbourhoods import new_map, two_cliques


@pytest.fixture
def village(tmp_path) -> Path:
    """Two cliques with a bridge, Dien who needs help in the garden, an empty club."""
    m = new_map(tmp_path)
    two_cliques(m)
    m.resident("dien", neighbourhood="De Esch", needs=["hulp in de tuin"], open="yes")
    m.resident("eric", neighbourhood="De Esch", offers=["tuinieren"])
    m.tie("eric", "b2")
    m.tie("eric", "b3")
    m.group("schaakclub")
    m.group("huisarts", GroupKind.INSTITUTION)
    m.tie("b4", "huisarts", TieKind.STAFF)
    return tmp_path / "t.db"


def parse(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(capsys, db: Path, *argv: str, width: int | None = None) -> str:
    """`abcd --db DB ARGV` in process, in the language set now; what it printed."""
    out = results_console(width=width)
    assert main(["--db", str(db), *argv], out=out) == 0
    return capsys.readouterr().out


def run_json(capsys, db: Path, *argv: str) -> list:
    return json.loads(run(capsys, db, *argv, "--json"))


def test_connectors_json_fields(capsys, village):
    found = run_json(capsys, village, "connectors", "--top", "3")
    assert [c["key"] for c in found][:2] == ["b1", "a4"]
    assert set(found[0]) >= {"key", "name", "kind", "score", "reasons", "depends"}
    assert found[0]["depends"] == ["a1", "a2", "a3", "a4"]
    assert all(isinstance(r, str) for c in found for r in c["reasons"])
    assert len(found) == 3
    groups = run_json(capsys, village, "connectors", "--groups")
    assert groups == []  # no group has two ties here


def test_isolated_and_its_alias(capsys, village):
    found = run_json(capsys, village, "isolated")
    assert found == run_json(capsys, village, "not-connected")
    by_key = {e["key"]: e for e in found}
    assert by_key["dien"]["reasons"] == ["nog geen banden vastgelegd"]
    assert by_key["schaakclub"]["kind"] == "association"
    assert set(found[0]) >= {"key", "name", "kind", "reasons"}


def test_introductions_json_and_english(capsys, village):
    set_language("en")
    found = run_json(capsys, village, "introductions", "--for", "dien")
    assert found[0]["for"] == "dien"
    assert found[0]["meet"] == "eric"
    assert found[0]["reasons"][0] == (
        "the need 'hulp in de tuin' fits Eric's offer 'tuinieren' (other words, same thing)"
    )
    assert found[0]["why"] == found[0]["reasons"][0]


def test_introductions_for_an_unknown_key(village):
    args = parse("introductions", "--for", "niemand")
    call = Call(args, Register(village), results_console(), messages_console())
    with pytest.raises(UserError) as caught:
        COMMANDS["introductions"](call)
    assert caught.value.code == "analysis.unknown_key"


def test_communities_json(capsys, village):
    found = run_json(capsys, village, "communities")
    assert all(len(c["members"]) > 1 for c in found)
    members = [set(c["members"]) for c in found]
    assert {"a1", "a2", "a3", "a4"} in members
    assert all("groups" in c and "gifts" in c for c in found)


def test_who_can_help_json_and_table(capsys, village):
    found = run_json(capsys, village, "who-can-help", "hulp in de tuin")
    assert [h["key"] for h in found] == ["eric"]
    table = run(capsys, village, "who-can-help", "hulp in de tuin")
    assert "Eric" in table and "biedt 'tuinieren'" in table


def test_tables_show_names_literally(capsys, tmp_path):
    m = new_map(tmp_path)
    m.resident("x", name="[bold]Xander[/bold]")
    m.resident("y", name="Yara\x1b[31m")
    m.resident("z")
    m.tie("x", "y")
    m.tie("x", "z")
    table = run(capsys, tmp_path / "t.db", "connectors", width=200)
    assert "[bold]Xander[/bold]" in table
    isolated = run(capsys, tmp_path / "t.db", "isolated", width=200)
    assert "\x1b" not in isolated and "Yara\\x1b[31m" in isolated


def test_headless_modules_never_import_textual():
    code = (
        "import sys, abcd_tui.analysis, abcd_tui.cli.analysis; sys.exit('textual' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_the_real_cli(village, capsys):
    """`abcd --db X connectors --json` as a user runs it, in a real process; the commands
    are listed in --help."""
    result = subprocess.run(
        [sys.executable, "-m", "abcd_tui", "--db", str(village), "connectors", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["key"] == "b1"
    assert main(["--help"]) == 0
    help_text = capsys.readouterr().out
    for command in ("connectors", "isolated", "introductions", "communities", "who-can-help"):
        assert command in help_text
