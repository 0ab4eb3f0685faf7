"""k-anonymous pseudonymised exports (issue 11, finding 7).

Every export format is read back with a real reader and the quasi-identifiers it shows
of each unnamed resident (neighbourhood, openness, gifts, offers, needs, interests) must
be shared by at least k of them; a group with fewer than k unnamed members is never
named; the README and the report say what was generalised.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import lxml.html
import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from abcd_tui import i18n
from abcd_tui.cli import main
from abcd_tui.demo import make_demo
from abcd_tui.domain.records import RecordType
from abcd_tui.export import analysis_json, export
from abcd_tui.export.kanon import generalise
from abcd_tui.export.model import ExportView
from abcd_tui.snapshots import freeze
from abcd_tui.store import open_database
from tests.analysis.neighbourhoods import Map, new_map

QUASI = ("neighbourhood", "open", "gifts", "offers", "needs", "interests")
LONE_GROUP = "De Klaverjassers van Hoek 7"  # a group of one: its name would name them


def quasi(data: dict) -> tuple:
    """The quasi-identifiers of a node as a file shows them (lists as sets)."""
    return tuple(
        frozenset(p for p in str(data.get(f) or "").split("; ") if p)
        if f not in ("neighbourhood", "open")
        else str(data.get(f) or "")
        for f in QUASI
    )


def assert_k_anonymous(rows: list[dict], k: int, where: str) -> None:
    residents = [r for r in rows if r["type"] == "resident" and r["label"].startswith("Bewoner")]
    assert len(residents) >= k, where
    sizes = Counter(quasi(r) for r in residents)
    small = {key: n for key, n in sizes.items() if n < k}
    assert not small, f"{where}: combinations shared by fewer than {k}: {small}"


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    """The demo village of 150, plus a group of one (tied to one resident)."""
    folder = tmp_path_factory.mktemp("village")
    db = open_database(folder / "v.db")
    make_demo(db)
    m = Map(db)
    lone = db.execute("SELECT id FROM residents ORDER BY id LIMIT 1").fetchone()[0]
    m.ids["lone"] = (lone, RecordType.RESIDENT)
    m.group("klaverjassers").name  # noqa: B018
    db.execute("UPDATE groups SET name = ? WHERE key = 'klaverjassers'", [LONE_GROUP])
    m.tie("lone", "klaverjassers")
    return folder, db


@pytest.fixture(scope="module", params=[3, 5])
def exported(request, village):
    folder, db = village
    k = request.param
    out = folder / f"out-k{k}"
    export(db, ["graphml", "gexf", "json", "csv", "html"], out_dir=out, k=k)
    return out, k


def test_every_format_read_back_shows_each_combination_for_k_residents(exported):
    out, k = exported
    graphml = nx.read_graphml(out / "network.graphml")
    gexf = nx.read_gexf(out / "network.gexf")
    data = json.loads((out / "network.json").read_text(encoding="utf-8"))
    node_link = nx.node_link_graph(data, edges="links")
    with (out / "nodes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for name, found in (
        ("graphml", [d for _, d in graphml.nodes(data=True)]),
        ("gexf", [d for _, d in gexf.nodes(data=True)]),
        ("json", [d for _, d in node_link.nodes(data=True)]),
        ("csv", rows),
    ):
        assert len([d for d in found if d["type"] == "resident"]) == 150, name
        assert_k_anonymous(found, k, name)
    # Not vacuous: most residents still show a neighbourhood and a gift theme.
    shown = [d for _, d in graphml.nodes(data=True) if d["type"] == "resident"]
    assert sum(1 for d in shown if d["neighbourhood"]) > 100
    assert sum(1 for d in shown if d["gifts"]) > 120


def test_a_group_of_fewer_than_k_is_never_named_and_shown_as_its_kind(exported):
    out, k = exported
    for path in out.iterdir():
        assert LONE_GROUP not in path.read_text(encoding="utf-8"), path.name
    graph = nx.read_graphml(out / "network.graphml")
    members = Counter(
        g
        for a, b in graph.edges()
        for g, r in ((a, b), (b, a))
        if graph.nodes[g]["type"] != "resident" and graph.nodes[r]["type"] == "resident"
    )
    kinds = {"een vereniging", "een instelling", "een plek", "een bedrijf"}
    for g, d in graph.nodes(data=True):
        if d["type"] != "resident" and members[g]:
            assert members[g] >= k or d["label"] in kinds, (d["label"], members[g])
    assert any(d["label"] == "een vereniging" for _, d in graph.nodes(data=True))


def test_the_report_shows_only_what_the_rows_show(exported):
    out, k = exported
    graph = nx.read_graphml(out / "network.graphml")
    by_label = {d["label"]: d for _, d in graph.nodes(data=True)}
    html = lxml.html.fromstring((out / "report.html").read_text(encoding="utf-8"))
    cards = html.xpath('//section[@id="not-yet-connected"]//li[contains(@class, "card")]')
    assert cards
    both_live_in = 0
    for card in cards:
        label = card.xpath('.//h3[@class="name"]')[0].text_content().strip()
        gifts = {
            li.text_content()
            for li in card.xpath('.//div[contains(@class, "gifts")]//ul[@class="chips"]/li')
        }
        assert gifts == quasi(by_label[label])[2], label
        # "Both live in X" only when both rows show X.
        for meet in card.xpath('.//ul[@class="meet"]/li'):
            other = meet.xpath("./strong")[0].text_content().strip()
            for li in meet.xpath('.//ul[@class="reasons"]/li'):
                if found := re.fullmatch(r"wonen allebei in (.+)", li.text_content()):
                    shown = {by_label[label]["neighbourhood"], by_label[other]["neighbourhood"]}
                    assert shown == {found[1]}, (label, other, li.text_content())
                    both_live_in += 1
    assert both_live_in  # the check above ran
    # Every phrase a reason quotes is a value at least k rows show (or "iets").
    residents = [d for d in by_label.values() if d["type"] == "resident"]
    counts = Counter(v for d in residents for values in quasi(d)[2:] for v in values)
    groups = [d for d in by_label.values() if d["type"] != "resident"]
    tags = {v for d in groups for v in d["interests"].split("; ")}
    reasons = [li.text_content() for li in html.xpath('//ul[@class="reasons"]/li')]
    assert reasons
    for reason in reasons:
        for quoted in re.findall(r"'([^']+)'", reason):
            assert quoted == "iets" or counts[quoted] >= k or quoted in tags, (quoted, reason)
    section = html.xpath('//section[@id="generalised"]//li')
    assert section[0].text_content().startswith("Wat deze export van een bewoner zonder naam")
    assert f"interesses delen minstens {k} bewoners" in section[0].text_content()


def test_the_readme_says_what_was_generalised_naming_nobody(exported, village):
    out, k = exported
    _folder, db = village
    text = (out / "README.txt").read_text(encoding="utf-8")
    assert all(len(line) <= 88 for line in text.splitlines())
    readme = " ".join(text.split())  # wrapped at 88 columns
    assert f"gaven, aanbod, vragen en interesses delen minstens {k} bewoners" in readme
    assert re.search(r"\d+ gaven en woorden vervangen door hun thema, \d+ weggelaten", readme)
    assert "1 groep getoond als haar soort in plaats van haar naam (1 als 'een vereniging')" in (
        readme
    )
    for (name,) in db.execute("SELECT name FROM residents"):
        assert name not in readme
    html = lxml.html.parse(str(out / "report.html")).getroot()
    said = [li.text_content() for li in html.xpath('//section[@id="generalised"]//li')]
    assert len(said) >= 4
    assert all(f"- {sentence}" in readme for sentence in said)


def hand_made(tmp_path) -> Map:
    """Seven residents whose generalisation can be seen by eye (k = 3):

    - Ann, Bep, Cor (Oost) only cook: three alike, shown as they are;
    - Dirk, Eva, Fem (West) cook and each has one rare gift (breien, tuinieren,
      zingen): alone in that, so cooking becomes its theme and the rare gift goes;
    - the choir has three members and keeps its name; Fem's card club (only her)
      is shown as "een vereniging".
    """
    m = new_map(tmp_path)
    for key in ("ann", "bep", "cor"):
        m.resident(key, neighbourhood="Oost", hands=["koken"])
    for key, rare in (("dirk", "breien"), ("eva", "tuinieren"), ("fem", "zingen")):
        m.resident(key, neighbourhood="West", hands=["koken", rare])
    m.group("koor")
    m.group("kaartclub")
    m.clique("ann", "bep", "cor")
    m.clique("dirk", "eva", "fem")
    m.tie("cor", "dirk")
    for key in ("ann", "bep", "cor"):
        m.tie(key, "koor")
    m.tie("fem", "kaartclub")
    return m


def test_a_hand_made_neighbourhood_loses_exactly_the_values_that_single_someone_out(tmp_path):
    m = hand_made(tmp_path)
    view = ExportView(freeze(m.db), key=b"k" * 32)
    graph = view.graph()
    shown = {
        key: graph.nodes[view.entries[m.ids[key][0]].export_id]
        for key in ("ann", "bep", "cor", "dirk", "eva", "fem")
    }
    for key in ("ann", "bep", "cor"):
        assert (shown[key]["neighbourhood"], shown[key]["gifts"]) == ("Oost", "koken")
        assert shown[key]["open"] == "yes"
    for key in ("dirk", "eva", "fem"):
        assert (shown[key]["neighbourhood"], shown[key]["gifts"]) == (
            "West",
            "thema: eten en koken",
        )
    labels = {d["label"] for _, d in graph.nodes(data=True) if d["type"] != "resident"}
    assert labels == {"Koor", "een vereniging"}
    text = json.dumps(analysis_json(view), ensure_ascii=False)
    assert "Kaartclub" not in text and "breien" not in text and "zingen" not in text
    fem = view.label(m.ids["fem"][0])
    reasons = {c["label"]: c["reasons"] for c in analysis_json(view)["connectors"]}
    assert "enige verbinding met een vereniging" in reasons[fem]  # not "... met Kaartclub"
    unguarded = ExportView(freeze(m.db), k=1, key=b"k" * 32)
    said = [r for c in analysis_json(unguarded)["connectors"] for r in c["reasons"]]
    assert "enige verbinding met Kaartclub" in said  # what k-anonymity takes out
    sentences = view.generalisation.sentences()
    assert "3 gaven en woorden vervangen door hun thema, 3 weggelaten." in sentences
    assert "1 groep getoond als haar soort in plaats van haar naam (1 als 'een vereniging')." in (
        sentences
    )
    # k = 1 generalises nothing; with names, named residents keep what they typed.
    plain = ExportView(freeze(m.db), k=1).graph()
    assert {d["gifts"] for _, d in plain.nodes(data=True)} >= {"koken; breien", "koken; zingen"}


def test_too_few_residents_for_k_is_said_plainly(tmp_path):
    m = new_map(tmp_path)
    m.resident("ann", neighbourhood="Oost", hands=["koken"])
    m.resident("bep", neighbourhood="West", hands=["breien"])
    m.tie("ann", "bep")
    view = ExportView(freeze(m.db))
    graph = view.graph()
    assert {d["gifts"] for _, d in graph.nodes(data=True)} == {""}
    assert {d["neighbourhood"] for _, d in graph.nodes(data=True)} == {""}
    assert any(
        "2 bewoners delen hun combinatie nog met minder dan 3" in s
        for s in (view.generalisation.sentences())
    )


def test_english_export_readme_and_report_say_it_in_english(tmp_path):
    m = hand_made(tmp_path)
    i18n.set_language("en")
    out = tmp_path / "out"
    export(m.db, ["html"], out_dir=out)
    readme = " ".join((out / "README.txt").read_text(encoding="utf-8").split())
    assert "needs and interests is shared by at least 3 residents" in readme
    assert "1 group shown as its kind instead of its name (1 as 'an association')" in readme
    assert "What was generalised" in (out / "report.html").read_text(encoding="utf-8")


def test_cli_k_option_is_checked_and_passed_on(tmp_path, capsys):
    m = hand_made(tmp_path)
    db_path = Path(m.db.conn.execute("PRAGMA database_list").fetchone()[2])
    out = tmp_path / "out"
    for bad in ("0", "-2", "drie", "1.5"):
        assert main(["--db", str(db_path), "export", "--out", str(out), "--k", bad]) != 0
        assert "--k moet een geheel getal van 1 of meer zijn" in capsys.readouterr().err
        assert not out.exists()
    assert (
        main(["--db", str(db_path), "export", "--format", "csv", "--out", str(out), "--k", "1"])
        == 0
    )
    with (out / "nodes.csv").open(encoding="utf-8-sig", newline="") as f:
        gifts = {r["gifts"] for r in csv.DictReader(f)}
    assert "koken; zingen" in gifts  # k = 1: as it was before k-anonymity
    assert "k = 1: niets veralgemeend" in (out / "README.txt").read_text(encoding="utf-8")
    assert "--k 1: niets veralgemeend" in capsys.readouterr().err
    again = ["--db", str(db_path), "export", "--format", "csv", "--out", str(out), "--force"]
    assert main(again) == 0
    assert "k-anoniem (k = 3): wat daarvoor is veralgemeend staat in README.txt" in (
        capsys.readouterr().err
    )


def test_with_names_the_named_keep_their_words_and_the_unnamed_get_the_k_rule(tmp_path):
    m = new_map(tmp_path)
    for key in ("ann", "bep", "cor"):
        m.resident(key, neighbourhood="Oost", hands=["koken", "pottenbakken"], consent=True)
    for key, rare in (("dirk", "breien"), ("eva", "tuinieren"), ("fem", "zingen")):
        m.resident(key, neighbourhood="West", hands=["koken", rare])  # no consent recorded
    m.group("koor")
    m.group("kaartclub")
    m.clique("ann", "bep", "cor", "dirk", "eva", "fem")
    for key in ("ann", "bep", "cor"):
        m.tie(key, "koor")
    m.tie("fem", "kaartclub")
    view = ExportView(freeze(m.db), with_names=True)
    nodes = {d["label"]: d for _, d in view.graph().nodes(data=True)}
    assert nodes["Ann"]["gifts"] == "koken; pottenbakken"  # named: as typed
    unnamed = [d for d in nodes.values() if d["label"].startswith("Bewoner")]
    assert len(unnamed) == 3
    assert {(d["neighbourhood"], d["gifts"]) for d in unnamed} == {("West", "thema: eten en koken")}
    # The choir's members are all named: it keeps its name; the card club would name Fem.
    assert "Koor" in nodes and "Kaartclub" not in nodes and "een vereniging" in nodes


def test_cli_json_says_which_k_was_used(tmp_path, capsys):
    m = hand_made(tmp_path)
    db_path = Path(m.db.conn.execute("PRAGMA database_list").fetchone()[2])
    out = tmp_path / "out"
    args = ["--db", str(db_path), "export", "--format", "json", "--out", str(out), "--json"]
    assert main([*args, "--k", "5"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["k"] == 5 and said["files"][-1].endswith("README.txt")


PHRASES = [
    "koken",
    "breien",
    "tuinieren",
    "zingen",
    "gitaar spelen",
    "taalles geven",
    "fietsen repareren",
    "pottenbakken",
    "hulp bij de tuin",
    "iets heel eigens",
]


@settings(max_examples=60, deadline=None)
@given(
    people=st.lists(
        st.tuples(
            st.sampled_from(["Oost", "West", "Noord", ""]),
            st.sampled_from(["yes", "no", "unknown"]),
            st.lists(st.sampled_from(PHRASES), max_size=4, unique=True),
            st.lists(st.sampled_from(PHRASES), max_size=2, unique=True),
        ),
        min_size=1,
        max_size=25,
    ),
    k=st.integers(min_value=2, max_value=6),
)
def test_any_neighbourhood_with_k_or_more_residents_comes_out_k_anonymous(people, k):
    residents = [
        {"id": f"r{n:03}", "neighbourhood": hood, "open": open_, "hands": gifts, "needs": needs}
        for n, (hood, open_, gifts, needs) in enumerate(people)
    ]
    found = generalise(
        residents, {}, [], k=k, phrase=lambda p: p if p != "iets heel eigens" else None, lang="nl"
    )
    sizes = Counter(s.key for s in found.shown.values())
    if len(residents) >= k:
        assert all(sizes[s.key] >= k for s in found.shown.values())
        assert found.counts["short"] == 0
    else:
        assert found.counts["short"] == len(residents)
    # The same register gives the same generalisation: no randomness.
    again = generalise(
        residents, {}, [], k=k, phrase=lambda p: p if p != "iets heel eigens" else None, lang="nl"
    )
    assert {i: s.key for i, s in again.shown.items()} == {i: s.key for i, s in found.shown.items()}
