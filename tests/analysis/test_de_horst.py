"""A neighbourhood written as a community builder would (De Horst, 29 residents, 11
groups), imported with the real `abcd import`, and the introductions and helpers they
would expect, written down beside it (`de_horst/expected.json`). Precision@3 >= 0.8,
recall >= 0.9, every expected helper among the first three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from abcd_tui.analysis.evaluation import score
from abcd_tui.cli import main

HERE = Path(__file__).parent / "de_horst"
EXPECTED = json.loads((HERE / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def horst(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("horst") / "horst.db"
    files = ("--people", "mensen.csv", "--groups", "groepen.csv", "--ties", "banden.csv")
    argv = [a if a.startswith("--") else str(HERE / a) for a in files]
    assert main(["--db", str(db), "import", *argv]) == 0
    return db


def cli_json(capsys, db: Path, *argv: str):
    capsys.readouterr()
    assert main(["--db", str(db), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_introductions_and_helpers_are_what_a_builder_expects(capsys, horst):
    intros = cli_json(capsys, horst, "introductions")
    helpers = {
        text: [h["key"] for h in cli_json(capsys, horst, "who-can-help", text)]
        for text in EXPECTED["who_can_help"]
    }
    found = score(EXPECTED, intros, helpers)
    print(
        f"precision@3 {found.precision_at_3:.2f}, recall {found.recall:.2f}, "
        f"who-can-help {found.help_hits}/{found.help_expected}"
    )
    assert found.precision_at_3 >= 0.8, found.misses
    assert found.recall >= 0.9, found.misses
    assert found.help_hits == found.help_expected, found.misses
    # Every introduction has a reason that names the match, first.
    assert all(i["reasons"] and "'" in i["reasons"][0] for i in intros)


def test_not_now_and_no_are_respected_and_consent_is_flagged(capsys, horst):
    intros = cli_json(capsys, horst, "introductions")
    assert not {"fatima", "kees"} & ({i["for"] for i in intros} | {i["meet"] for i in intros})
    # Fatima ("nu niet") repairs clothes: not put forward unless the builder asks.
    helpers = cli_json(capsys, horst, "who-can-help", "kleding repareren")
    assert "fatima" not in {h["key"] for h in helpers}
    asked = cli_json(capsys, horst, "who-can-help", "kleding repareren", "--not-now")
    assert [h["key"] for h in asked][:1] == ["fatima"]
    with_not_now = cli_json(capsys, horst, "introductions", "--not-now")
    assert "fatima" in {i["for"] for i in with_not_now}
    # Gerrit and Rina's consent is not recorded: ask them first, wherever suggested.
    flagged = {i["meet"] for i in intros if i["consent_first"]}
    assert flagged and flagged <= {"gerrit", "rina"}
    assert all(not i["consent_first"] for i in intros if i["meet"] not in ("gerrit", "rina"))
