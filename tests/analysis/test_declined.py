"""A declined introduction is not suggested to that resident again, in the analysis and in
`abcd introductions`; the next best takes its place, and undo brings it back."""

from __future__ import annotations

import json

from abcd_tui.analysis import analysis_of, introductions
from abcd_tui.cli import main
from abcd_tui.store import actions, reads
from abcd_tui.store.history import History
from tests.analysis.neighbourhoods import new_map


def music_street(tmp_path):
    """Dien has no ties yet and loves music. Eric offers music lessons on her street;
    Fenna, round the corner, sings too. Eric and Fenna are friends."""
    m = new_map(tmp_path)
    m.resident("dien", street="Kerkstraat", neighbourhood="Kerkbuurt", interests=["muziek"])
    m.resident("eric", street="Kerkstraat", neighbourhood="Kerkbuurt", heart=["muziek"])
    m.resident("fenna", street="Esweg", neighbourhood="Kerkbuurt", interests=["muziek"])
    m.tie("eric", "fenna")
    return m


def ids(m, *keys: str) -> list[str]:
    return [m.ids[k][0] for k in keys]


def test_a_declined_introduction_gives_way_to_the_next(tmp_path):
    m = music_street(tmp_path)
    dien, eric = ids(m, "dien", "eric")
    before = introductions(analysis_of(m.db), for_key="dien")
    assert [i.meet_key for i in before] == ["eric", "fenna"]

    history = History()
    history.add(actions.decline_introduction(m.db, dien, eric))
    assert reads.declined(m.db) == {(dien, eric)}
    assert [i.meet_key for i in introductions(analysis_of(m.db), for_key="dien")] == ["fenna"]
    # Only for Dien: Eric (one thread, to Fenna) may still be introduced to her.
    everyone = introductions(analysis_of(m.db))
    assert ("eric", "dien") in [(i.for_key, i.meet_key) for i in everyone]
    assert ("dien", "eric") not in [(i.for_key, i.meet_key) for i in everyone]

    history.undo(m.db)
    assert [i.meet_key for i in introductions(analysis_of(m.db), for_key="dien")] == [
        "eric",
        "fenna",
    ]


def test_the_cli_respects_a_decline(tmp_path, capsys):
    m = music_street(tmp_path)
    actions.decline_introduction(m.db, *ids(m, "dien", "eric"))
    assert main(["--db", str(tmp_path / "t.db"), "introductions", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [i["meet"] for i in found if i["for"] == "dien"] == ["fenna"]
