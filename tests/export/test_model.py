"""What an export shows of people: pseudonyms by default, names only with consent."""

from __future__ import annotations

import json
import re

from abcd_tui import i18n
from abcd_tui.export import analysis_json
from abcd_tui.export.model import ExportView
from abcd_tui.snapshots import freeze
from tests.analysis.neighbourhoods import new_map

OWN_WORDS = "taarten bakken voor Truus"  # own words that name someone
NAMES = ("Anna Akkerman", "Bob Bruin", "Cas Cornelis", "Dien Draad")


def register(tmp_path):
    m = new_map(tmp_path)
    m.resident("anna", name=NAMES[0], street="Dorpsstraat", consent=True, hands=["koken"])
    m.resident("bob", name=NAMES[1], street="Dorpsstraat", consent=True, hands=[OWN_WORDS])
    m.resident("cas", name=NAMES[2], street="Dorpsstraat", consent=None)  # not asked yet
    m.resident("dien", name=NAMES[3], street="Molenweg", consent=True, needs=["hulp bij koken"])
    m.group("breiclub")
    m.clique("anna", "bob", "cas")
    m.tie("dien", "anna")
    m.tie("breiclub", "bob")
    return m


def everything(view: ExportView) -> str:
    graph = view.graph()
    return json.dumps(
        [dict(graph.nodes(data=True)), analysis_json(view)], ensure_ascii=False, default=str
    )


def test_pseudonymised_by_default_no_name_address_key_or_own_words(tmp_path):
    m = register(tmp_path)
    view = ExportView(freeze(m.db), k=1)  # k-anonymity: test_kanon.py
    text = everything(view)
    for trace in (*NAMES, "anna", "Dorpsstraat 1", "Molenweg", OWN_WORDS, "Truus"):
        assert trace not in text, trace
    labels = sorted(view.label(m.ids[k][0]) for k in ("anna", "bob", "cas", "dien"))
    assert labels == ["Bewoner 1", "Bewoner 2", "Bewoner 3", "Bewoner 4"]
    assert "Breiclub" in text  # groups keep their names
    gifts = {d["label"]: d["gifts"] for _, d in view.graph().nodes(data=True)}
    anna = view.label(m.ids["anna"][0])
    assert gifts[anna] == "koken"  # a starter phrase stays
    # Dien's one tie, told with Anna's pseudonym, in the reasons of the export.
    dien = next(e for e in analysis_json(view)["not_yet_connected"] if e["kind"] == "resident")
    assert dien["reasons"] == [f"één band: met {anna} (vrienden)"]
    # Dien's introductions (Bob bakes: her need is cooking) name Anna by pseudonym.
    assert dien["introductions"]
    assert all(f"{anna} kent allebei" in i["reasons"] for i in dien["introductions"])


def test_with_names_only_residents_who_gave_consent_are_named(tmp_path):
    m = register(tmp_path)
    view = ExportView(freeze(m.db), with_names=True)
    nodes = {d["label"]: d for _, d in view.graph().nodes(data=True)}
    assert {"Anna Akkerman", "Bob Bruin", "Dien Draad"} <= set(nodes)
    assert "Cas Cornelis" not in everything(view)  # no consent recorded: a pseudonym
    cas = view.label(m.ids["cas"][0])
    assert re.fullmatch(r"Bewoner \d", cas)
    assert nodes["Anna Akkerman"]["address"] == "Dorpsstraat 1"
    assert nodes[cas]["address"] == "" and nodes[cas]["key"] == ""


def test_pseudonyms_are_stable_in_one_export_and_drawn_afresh_for_the_next(tmp_path):
    m = register(tmp_path)
    document = freeze(m.db)
    ids = [m.ids[k][0] for k in ("anna", "bob", "cas", "dien")]
    orders = {tuple(ExportView(document).label(i) for i in ids) for _ in range(12)}
    assert len(orders) > 1  # 4! orders: twelve equal draws would be a broken key
    view = ExportView(document, key=b"k" * 32)
    assert [view.label(i) for i in ids] == [view.label(i) for i in ids]
    assert [ExportView(document, key=b"k" * 32).label(i) for i in ids] == [
        view.label(i) for i in ids
    ]


def test_english_export_says_resident_and_translates_starter_phrases(tmp_path):
    m = register(tmp_path)
    i18n.set_language("en")
    view = ExportView(freeze(m.db), k=1)  # 4 residents: k = 3 would keep only themes
    labels = {d["label"] for _, d in view.graph().nodes(data=True)}
    assert {"Resident 1", "Resident 2", "Resident 3", "Resident 4"} <= labels
    gifts = {d["gifts"] for _, d in view.graph().nodes(data=True)}
    assert "cooking" in gifts


def test_withdrawn_consent_counts_for_exports_of_older_snapshots(tmp_path):
    from abcd_tui.export import export
    from abcd_tui.snapshots import take_snapshot
    from abcd_tui.store import write_transaction

    m = register(tmp_path)
    take_snapshot(m.db, "toen")
    with write_transaction(m.db):
        m.db.execute("UPDATE residents SET consent = 0 WHERE key = 'anna'")
    export(m.db, ["csv"], out_dir=tmp_path / "out", snapshot="1", with_names=True)
    text = (tmp_path / "out" / "nodes.csv").read_text(encoding="utf-8-sig")
    assert "Bob Bruin" in text and "Anna Akkerman" not in text


def test_with_names_still_hides_what_could_name_an_unnamed_resident(tmp_path):
    m = new_map(tmp_path)
    m.resident(
        "gea",
        name="Gea Geheim",
        street="Geheimstraat",
        consent=None,
        hands=[OWN_WORDS],
        interests=["koffie"],
    )
    m.resident("hans", name="Hans Open", street="Openweg", consent=True, needs=["koffie"])
    m.group("buurthuis", tags=["koffie bij Truus"])
    m.tie("hans", "gea")
    view = ExportView(freeze(m.db), with_names=True)
    text = everything(view)
    assert "Gea Geheim" not in text and OWN_WORDS not in text
    assert "Geheimstraat" not in text and "Openweg 2" in text
    pseudonymised = json.dumps(analysis_json(ExportView(freeze(m.db))), ensure_ascii=False)
    assert (
        "past bij wat deze groep doet" in pseudonymised and "koffie bij Truus" not in pseudonymised
    )


def test_a_label_naming_someone_unnamed_is_redacted(tmp_path):
    m = register(tmp_path)
    document = {**freeze(m.db), "label": "na gesprek met dien draad en Bob Bruin"}
    assert ExportView(document).snapshot_label == "na gesprek met … en …"
    named = ExportView(document, with_names=True)
    assert named.snapshot_label == "na gesprek met dien draad en Bob Bruin"
    assert named.graph().graph["label"] == named.snapshot_label


def test_a_reason_whose_words_had_to_go_reads_as_a_plain_sentence(tmp_path):
    """Found on the demo: "Bewoner 14 kan 'iets' bieden: dat past bij de vraag 'iets'"
    and "allebei 'thema: gezelschap en zorg'" in pseudonymised reports."""
    m = new_map(tmp_path)
    m.resident("anna", neighbourhood="Esch", hands=[OWN_WORDS], consent=True)
    m.resident("bob", neighbourhood="Esch", needs=["taart voor de verjaardag van Truus"])
    view = ExportView(freeze(m.db))
    texts = [
        r
        for e in analysis_json(view)["not_yet_connected"]
        for i in e["introductions"]
        for r in i["reasons"]
    ]
    assert texts, "the two should be introduced"
    assert not any("'iets'" in r or "'thema:" in r for r in texts), texts
    assert any("kan iets bieden waar" in r for r in texts), texts
