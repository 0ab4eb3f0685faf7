"""`abcd walks` and `abcd still-to-ask`: the real CLI on a real register in a temp folder."""

import csv
import io
import json
import os
import stat
from datetime import date

import pytest
from lxml import html

from abcd_tui.cli import main
from abcd_tui.domain.records import Resident
from abcd_tui.store import actions, write_transaction, writes
from abcd_tui.store import walks as walk_store
from tests.conftest import cli_env, run_cli


def today() -> str:
    """Asked at each use, not at import: a run that passes midnight stays right."""
    return date.today().isoformat()


@pytest.fixture
def village(db):
    """A walk in the Kerkbuurt with two people met, and a hostile name on Dorpsstraat."""
    walk = walk_store.start_or_continue_walk(db, "Kerkbuurt", "Anouk", today()).walk
    dien = Resident(name="Dien", key="dien", address="Kerkstraat 3", hands=["koken"])
    eric = Resident(name="Eric", key="eric", address="Kerkstraat 5", consent=True)
    for person in (dien, eric):
        with write_transaction(db):
            actions.save_resident(db, person)
            actions.met_on_walk(db, person.id, walk.id)
    writes.save_resident(db, Resident(name="<b>Cor</b> & =1+1", key="cor", address="Dorpsstraat 1"))
    full = dict(hands=["zingen"], offers=["oppassen"], needs=["vervoer"], consent=True)
    writes.save_resident(db, Resident(name="Bea", key="bea", address="Kerkstraat 9", **full))
    return walk


def json_out(capsys, *args) -> object:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_walks_json_lists_each_walk_with_its_figures(db_path, village, capsys):
    [walk] = json_out(capsys, "--db", str(db_path), "walks", "--json")
    assert walk["area"] == "Kerkbuurt" and walk["builders"] == ["Anouk"]
    assert (walk["met"], walk["new"], walk["revisited"], walk["gifts"]) == (2, 2, 0, 1)
    assert walk["ended_at"] is None
    assert [p["name"] for p in walk["people"]] == ["Dien", "Eric"]
    assert {s["name"]: s["ask"] for s in walk["still_to_ask"]} == {
        "Dien": ["offers", "needs", "consent"],
        "Eric": ["gifts", "offers", "needs"],
    }


def test_walks_table_names_the_walk(db_path, village, capsys):
    assert main(["--db", str(db_path), "walks"]) == 0
    shown = capsys.readouterr().out
    assert "Kerkbuurt" in shown and "2 gesproken (2 nieuw, 0 opnieuw)" in shown


def test_still_to_ask_table_and_json_per_street(db_path, village, capsys):
    found = json_out(capsys, "--db", str(db_path), "still-to-ask", "--json")
    assert [s["name"] for s in found] == ["<b>Cor</b> & =1+1", "Dien", "Eric"]
    found = json_out(
        capsys, "--db", str(db_path), "still-to-ask", "--street", "KERKSTRAAT ", "--json"
    )
    assert [(s["name"], s["address"]) for s in found] == [
        ("Dien", "Kerkstraat 3"),
        ("Eric", "Kerkstraat 5"),
    ]
    assert main(["--db", str(db_path), "still-to-ask"]) == 0
    shown = capsys.readouterr().out
    assert "<b>Cor</b> & =1+1" in shown and "toestemming" in shown


def test_an_unknown_street_says_which_streets_there_are(db_path, village, capsys):
    assert main(["--db", str(db_path), "still-to-ask", "--street", "Molenweg"]) == 1
    said = capsys.readouterr().err
    assert "Molenweg" in said and "Dorpsstraat, Kerkstraat" in said


def test_csv_is_owner_only_whatever_the_umask_and_never_overwritten(
    db_path, village, tmp_path, capsys
):
    out = tmp_path / "lijsten"
    before = os.umask(0)  # the most open umask: the file must still be 0600
    try:
        args = ["--db", str(db_path), "still-to-ask", "--format", "csv", "--out", str(out)]
        assert main(args) == 0
    finally:
        os.umask(before)
    path = out / "still-to-ask.csv"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Straat", "Naam", "Adres", "Gesproken", "Nog te vragen"]
    assert [r[1] for r in rows[1:]] == ["<b>Cor</b> & =1+1", "Dien", "Eric"]
    assert rows[1][4] == "gaven, aanbod, vraag, toestemming"
    capsys.readouterr()

    path.write_text("mine")
    assert main(args) == 1
    assert "--force" in capsys.readouterr().err and path.read_text() == "mine"
    assert main([*args, "--force"]) == 0
    assert "Dien" in path.read_bytes().decode("utf-8-sig")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["still-to-ask.csv"]  # no temporary left


def test_a_name_never_runs_as_a_formula(db_path, db, tmp_path):
    writes.save_resident(db, Resident(name="=HYPERLINK(1)", key="x", address="Kerkstraat 1"))
    args = ["--db", str(db_path), "still-to-ask", "--format", "csv", "--out", str(tmp_path)]
    assert main(args) == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "still-to-ask.csv").read_text("utf-8-sig"))))
    assert rows[1][1] == "'=HYPERLINK(1)"


def test_html_is_a_printable_page_per_street_with_every_name_as_text(db_path, village, tmp_path):
    args = ["--db", str(db_path), "still-to-ask", "--format", "html", "--out", str(tmp_path)]
    assert main(args) == 0
    path = tmp_path / "still-to-ask.html"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    page = html.fromstring(path.read_bytes())
    assert page.xpath("//script") == [] and page.xpath("//b") == []  # the name stayed text
    streets = [h.text_content().split(" (")[0] for h in page.xpath("//section/h2")]
    assert streets == ["Dorpsstraat", "Kerkstraat"]
    kerk = page.xpath("//section[2]//tbody/tr")
    assert [[td.text_content() for td in tr.xpath("td")][1:] for tr in kerk] == [
        ["Dien", "Kerkstraat 3", today(), "aanbod, vraag, toestemming"],
        ["Eric", "Kerkstraat 5", today(), "gaven, aanbod, vraag"],
    ]
    assert "<b>Cor</b> & =1+1" in page.xpath("//section[1]//tbody/tr/td[2]")[0].text_content()


def test_html_of_one_street_in_english(db_path, village, tmp_path, capsys):
    args = ["--db", str(db_path), "--lang", "en", "still-to-ask", "--street", "kerkstraat"]
    assert main([*args, "--format", "html", "--out", str(tmp_path), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done == {
        "file": str(tmp_path / "still-to-ask-kerkstraat.html"),
        "people": 2,
        "streets": 1,
    }
    page = html.fromstring((tmp_path / "still-to-ask-kerkstraat.html").read_bytes())
    assert page.get("lang") == "en" and "Still to ask · Kerkstraat" in page.findtext(".//h1")
    assert len(page.xpath("//tbody/tr")) == 2


def test_the_real_command_writes_into_exports_by_default(db_path, village, tmp_path):
    result = run_cli(
        "--db", str(db_path), "still-to-ask", "--format", "html", cwd=tmp_path, env=cli_env()
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "exports" / "still-to-ask.html").exists()
    assert "exports/still-to-ask.html" in result.stdout and "0600" in result.stderr
    listed = run_cli("--db", str(db_path), "walks", "--json", cwd=tmp_path)
    assert json.loads(listed.stdout)[0]["met"] == 2


def test_a_name_with_an_escape_shows_a_stand_in_in_the_printed_list(db, db_path, tmp_path):
    """Found by a tester: the list kept the raw ESC byte of a name (harmless in a
    browser, but not what the builder sees on screen)."""
    writes.save_resident(db, Resident(name="Kim \x1b[2J", key="kim", address="Kerkstraat 1"))
    args = ["--db", str(db_path), "still-to-ask", "--format", "html", "--out", str(tmp_path)]
    assert main(args) == 0
    text = (tmp_path / "still-to-ask.html").read_text(encoding="utf-8")
    assert "\x1b" not in text and "Kim \\x1b[2J" in text
