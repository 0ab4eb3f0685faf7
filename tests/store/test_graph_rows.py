"""The lean reads the graph, its revision, the freeze and the export are built from."""

from __future__ import annotations

import dataclasses

from abcd_tui.domain.records import GroupKind, TieKind
from abcd_tui.store import graph_rows, writes
from abcd_tui.store.rows import consent_from
from tests.analysis.neighbourhoods import new_map


def test_consent_is_true_false_or_not_yet_asked():
    assert (consent_from(1), consent_from(0), consent_from(None)) == (True, False, None)


def test_rows_carry_the_records_in_id_order(tmp_path):
    m = new_map(tmp_path)
    anna = m.resident("anna", street="Kerkstraat", neighbourhood="Dorp", hands=["fietsen maken"])
    bob = m.resident("bob", open="not_now")
    writes.save_resident(m.db, dataclasses.replace(bob, consent=True))
    club = m.group("kaartclub", kind=GroupKind.ASSOCIATION, tags=["kaarten"])
    m.tie("anna", "bob", kind=TieKind.FRIEND)
    m.tie("anna", "kaartclub")

    residents = list(graph_rows.resident_rows(m.db))
    assert [r[0] for r in residents] == sorted([anna.id, bob.id])
    by_id = {r[0]: r for r in residents}
    assert by_id[anna.id][1:7] == ("anna", "Anna", "Kerkstraat 1", "Dorp", "yes", None)
    assert by_id[anna.id][7] == [[], ["fietsen maken"], [], [], [], []]
    assert by_id[bob.id][5:7] == ("not_now", True)
    assert list(graph_rows.group_rows(m.db)) == [
        (club.id, "kaartclub", "Kaartclub", "association", "", ["kaarten"], "")
    ]
    assert {(a, b) for a, b, _kind in graph_rows.tie_ends(m.db)} == {
        tuple(sorted((anna.id, bob.id))),
        (anna.id, club.id),
    }
    assert graph_rows.consent_now(m.db) == {anna.id: None, bob.id: True}
    assert graph_rows.names_and_addresses(m.db)[anna.id] == ("Anna", "Kerkstraat 1")


def test_the_fingerprint_changes_with_any_write(tmp_path):
    m = new_map(tmp_path)
    m.resident("anna")
    before = graph_rows.fingerprint(m.db)
    m.db.execute("UPDATE residents SET version = version + 1")  # a script, not our code
    assert graph_rows.fingerprint(m.db) != before
