"""Who a typed name may already be, and the streets the register knows."""

from abcd_tui.domain.records import Group, GroupKind, RecordType, Resident, Walk
from abcd_tui.store import actions, lookups, write_transaction, writes


def village(db):
    dien = writes.save_resident(
        db, Resident(name="Dien van der Berg", key="dien", address="Kerkstraat 2")
    )
    writes.save_resident(db, Resident(name="Kees van der Berg", key="kees", address="Kerkstraat 2"))
    writes.save_resident(db, Resident(name="Dien Jansen", key="jansen", address="Dorpsweg 1"))
    writes.save_group(db, Group(name="Bakkerij", key="bak", kind=GroupKind.BUSINESS,
                                address="markt 3"))  # fmt: skip
    walk = writes.save_walk(db, Walk(key="w", date="2026-03-03", area="Dorp"))
    with write_transaction(db):
        actions.met_on_walk(db, dien.id, walk.id)
    return dien


def test_a_name_typed_another_way_finds_the_record_with_its_last_meeting(db):
    dien = village(db)
    for typed in ("dien van der berg", "Berg, Dien van der", "D. van der Berg", "Dien vn der Berg"):
        found = lookups.likely_same(db, typed)
        assert [c.name for c in found] == ["Dien van der Berg"], typed
        assert (found[0].id, found[0].address, found[0].last_met) == (
            dien.id,
            "Kerkstraat 2",
            "2026-03-03",
        )
    assert lookups.likely_same(db, "Piet Pietersen") == []
    assert lookups.likely_same(db, "  ") == []


def test_another_street_lowers_the_match(db):
    village(db)
    assert lookups.likely_same(db, "Dien van Berg", "Kerkstraat 9")
    assert lookups.likely_same(db, "Dien van Berg", "Dorpsweg 4") == []


def test_streets_and_record_facts(db):
    dien = village(db)
    assert lookups.streets(db) == ["Dorpsweg", "Kerkstraat", "markt"]
    assert lookups.record_facts(db, dien.id) == (RecordType.RESIDENT, "Kerkstraat 2", None)
    assert "dien" in lookups.resident_keys(db)
