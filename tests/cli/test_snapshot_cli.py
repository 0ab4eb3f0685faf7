"""`abcd snapshot | snapshots | compare | export | forget` as scripts and people use them."""

from __future__ import annotations

import csv
import json

import networkx as nx

from abcd_tui.store import open_database, write_transaction
from tests.conftest import cli_json, run_cli


def demo(tmp_path) -> str:
    db = str(tmp_path / "demo.db")
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def test_snapshot_list_and_compare_with_stable_json(tmp_path):
    db = demo(tmp_path)
    first = cli_json("--db", db, "snapshot", "--label", "voor de zomer", "--json")
    assert {"id", "label", "created"} <= set(first) and first["label"] == "voor de zomer"
    people = cli_json("--db", db, "list", "people", "--json")
    key = people[0]["key"]
    assert run_cli("--db", db, "forget", key, "--yes").returncode == 0
    second = cli_json("--db", db, "snapshot", "--json")
    listed = cli_json("--db", db, "snapshots", "--json")
    assert [s["id"] for s in listed] == [first["id"], second["id"]]
    # Forgotten in both: the older snapshot's figures count one resident fewer now too.
    assert listed[0]["summary"]["residents"] == listed[1]["summary"]["residents"] == 149
    compared = cli_json("--db", db, "compare", "1", "2", "--json")
    figures = {f["figure"]: f for f in compared["figures"]}
    assert figures["residents"]["change"] == 0
    assert {"ties_added", "ties_lost", "became_connected", "lost_connection"} <= set(compared)
    assert {"connectors_gained", "connectors_lost", "communities_merged"} <= set(compared)
    # The forgotten resident is in neither snapshot now, so in no list of the comparison.
    assert people[0]["name"] not in json.dumps(compared, ensure_ascii=False)
    text = run_cli("--db", db, "compare", "2", "1")
    assert text.returncode == 0 and "Bewoners" in text.stdout and "Verdwenen banden" in text.stdout
    same = run_cli("--db", db, "compare", "1", "1")
    assert same.returncode == 1 and "dezelfde" in same.stderr
    missing = run_cli("--db", db, "compare", "1", "herfst")
    assert missing.returncode == 1 and "herfst" in missing.stderr


def test_export_all_formats_pseudonymised_never_overwrites_without_force(tmp_path):
    db = demo(tmp_path)
    out = tmp_path / "out"
    made = run_cli("--db", db, "export", "--out", str(out))
    assert made.returncode == 0, made.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == [
        "README.txt",  # what was generalised (k-anonymity, test_kanon.py)
        "edges.csv",
        "network.gexf",
        "network.graphml",
        "network.json",
        "nodes.csv",
        "report.html",
    ]
    names = [p["name"] for p in cli_json("--db", db, "list", "people", "--json")]
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8-sig")
        leaked = [n for n in names if n in text]
        assert not leaked, (path.name, leaked[:3])
    graph = nx.read_graphml(out / "network.graphml")
    assert graph.number_of_nodes() == 150 + 33
    before = (out / "nodes.csv").read_bytes()
    again = run_cli("--db", db, "export", "--format", "csv", "--out", str(out))
    assert again.returncode == 1 and "--force" in again.stderr
    assert (out / "nodes.csv").read_bytes() == before
    forced = run_cli(
        "--db", db, "export", "--format", "csv", "--out", str(out), "--force", "--delimiter", ";"
    )
    assert forced.returncode == 0, forced.stderr
    with (out / "nodes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert len(rows) == 183 and rows[0]["label"]
    assert not list(out.glob(".*"))  # no temporary files left behind


def test_a_readme_the_person_wrote_is_kept_and_an_export_s_own_is_rewritten(tmp_path):
    """README.txt describes the last export into a folder; one the person wrote there
    themselves is named in the refusal and kept, until they ask to overwrite."""
    db = demo(tmp_path)
    out = tmp_path / "buurt"
    out.mkdir()
    theirs = "Aantekeningen van het team, niet weggooien\n"
    (out / "README.txt").write_text(theirs, encoding="utf-8")
    refused = run_cli("--db", db, "export", "--format", "csv", "--out", str(out))
    assert refused.returncode == 1 and "README.txt" in refused.stderr
    assert "--force" in refused.stderr
    assert (out / "README.txt").read_text(encoding="utf-8") == theirs
    assert sorted(p.name for p in out.iterdir()) == ["README.txt"]  # nothing else written
    (out / "README.txt").write_bytes(b"\xff\xfe binary, not ours")
    assert run_cli("--db", db, "export", "--format", "csv", "--out", str(out)).returncode == 1
    (out / "README.txt").unlink()
    made = run_cli("--db", db, "export", "--format", "csv", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert "nodes.csv" in (out / "README.txt").read_text(encoding="utf-8")
    # The next export of another format rewrites the export's own README, unasked.
    again = run_cli("--lang", "en", "--db", db, "export", "--format", "gexf", "--out", str(out))
    assert again.returncode == 0, again.stderr
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert readme.startswith("About this export") and "network.gexf" in readme
    (out / "README.txt").write_text(theirs, encoding="utf-8")
    forced = run_cli("--db", db, "export", "--format", "csv", "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert (out / "README.txt").read_text(encoding="utf-8") != theirs


def test_export_with_names_of_a_snapshot_names_only_who_gave_consent(tmp_path):
    db = demo(tmp_path)
    database = open_database(db)
    with write_transaction(database):  # two residents not asked yet
        database.execute(
            "UPDATE residents SET consent = NULL WHERE id IN "
            "(SELECT id FROM residents ORDER BY key LIMIT 2)"
        )
    database.close()
    cli_json("--db", db, "snapshot", "--label", "najaar", "--json")
    people = cli_json("--db", db, "list", "people", "--json")
    without = [p for p in people if p.get("consent") is not True]
    assert len(without) == 2
    report = cli_json(
        "--db",
        db,
        "export",
        "--format",
        "json",
        "--snapshot",
        "najaar",
        "--with-names",
        "--out",
        str(tmp_path / "named"),
        "--json",
    )
    assert report["pseudonymised"] is False and report["snapshot"]["label"] == "najaar"
    assert report["named"] == len(people) - len(without)
    data = json.loads((tmp_path / "named" / "network.json").read_text(encoding="utf-8"))
    graph = nx.node_link_graph(data, edges="links")
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    consenting = [p["name"] for p in people if p.get("consent") is True]
    assert set(consenting) <= labels
    assert not {p["name"] for p in without} & labels


def test_export_says_what_is_wrong(tmp_path):
    db = demo(tmp_path)
    bad = run_cli("--db", db, "export", "--format", "pdf", "--out", str(tmp_path / "x"))
    assert bad.returncode == 1 and "pdf" in bad.stderr and "graphml" in bad.stderr
    delimiter = run_cli("--db", db, "export", "--delimiter", "|", "--out", str(tmp_path / "x"))
    assert delimiter.returncode == 1 and "|" in delimiter.stderr
    (tmp_path / "file").write_text("x")
    blocked = run_cli("--db", db, "export", "--format", "json", "--out", str(tmp_path / "file"))
    assert blocked.returncode == 1 and "file" in blocked.stderr
    none = run_cli("--db", db, "export", "--snapshot", "1", "--out", str(tmp_path / "y"))
    assert none.returncode == 1 and "abcd snapshot" in none.stderr
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def test_forget_asks_and_without_a_terminal_needs_yes(tmp_path):
    db = demo(tmp_path)
    person = cli_json("--db", db, "list", "people", "--json")[3]
    refused = run_cli("--db", db, "forget", person["key"])
    assert refused.returncode == 1 and "--yes" in refused.stderr
    keys = {p["key"] for p in cli_json("--db", db, "list", "people", "--json")}
    assert person["key"] in keys
    done = cli_json("--db", db, "forget", person["key"], "--yes", "--json")
    assert done["key"] == person["key"] and done["wal_emptied"] is True
    keys = {p["key"] for p in cli_json("--db", db, "list", "people", "--json")}
    assert person["key"] not in keys
    raw = (tmp_path / "demo.db").read_bytes()
    assert person["name"].encode() not in raw
    group = cli_json("--db", db, "list", "groups", "--json")[0]["key"]
    not_a_person = run_cli("--db", db, "forget", group, "--yes")
    assert not_a_person.returncode == 1 and "groep" in not_a_person.stderr


def test_a_readme_the_team_added_to_is_theirs_and_kept(tmp_path):
    """README.txt from an export, with a line the team added (under its title, or at the
    end): it was replaced unasked, as it began with the export's title. Now it is named
    in the refusal and kept; the one the export wrote, unchanged, is rewritten."""
    db = demo(tmp_path)
    out = tmp_path / "buurt"
    made = run_cli("--db", db, "export", "--format", "csv", "--out", str(out))
    assert made.returncode == 0, made.stderr
    ours = (out / "README.txt").read_text(encoding="utf-8")
    assert ours.startswith("Over deze export") and "controle" in ours.splitlines()[-2]
    title, rest = ours.split("\n", 1)
    for theirs in (
        f"{title}\nGedeeld met de wijkraad op 3 december.\n{rest}",
        ours + "\nNotitie: Het Veld apart bespreken.\n",
        ours + "Notitie: Het Veld apart bespreken.\n",  # right under the last line
        ours.replace("Geschreven door abcd-tui", "Geschreven door Anouk en abcd-tui"),
        ours.replace("nodes.csv", "nodes.csv (ook uitgeprint)"),
    ):
        (out / "README.txt").write_text(theirs, encoding="utf-8")
        refused = run_cli("--db", db, "export", "--format", "gexf", "--out", str(out))
        assert refused.returncode == 1 and "README.txt" in refused.stderr, theirs
        assert (out / "README.txt").read_text(encoding="utf-8") == theirs
        assert not (out / "network.gexf").exists()
    (out / "README.txt").write_text(ours, encoding="utf-8")  # as the export wrote it
    again = run_cli("--db", db, "export", "--format", "gexf", "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert "network.gexf" in (out / "README.txt").read_text(encoding="utf-8")
