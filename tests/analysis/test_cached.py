"""The analysis cached in the register: the same answers as a fresh analysis, read by
the next process, gone with any write (ours, a script's), with a forget, and with
damage."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from abcd_tui.analysis.cached import connector_rows, revision_text
from abcd_tui.analysis.core import forget_analyses
from abcd_tui.store import Register, open_database
from abcd_tui.store.cache import cache_parts, cached_part
from abcd_tui.store.forget import forget
from tests.analysis.neighbourhoods import Map, new_map, two_cliques
from tests.conftest import cli_json

COMMANDS = [
    ("connectors",),
    ("connectors", "--groups"),
    ("isolated",),
    ("introductions",),
    ("communities",),
]


@pytest.fixture
def m(tmp_path) -> Iterator[Map]:
    """Two cliques with a bridge (b1), a resident on her own, a club."""
    m = new_map(tmp_path)
    two_cliques(m)
    m.resident("dien", name="Dien Quispel", open="yes", needs=["hulp in de tuin"])
    m.resident("eric", offers=["tuinieren"])
    m.tie("eric", "b2")
    m.tie("eric", "b3")
    m.group("schaakclub")
    m.tie("b4", "schaakclub")
    m.tie("a2", "schaakclub")
    yield m
    m.db.close()


@pytest.fixture
def village(m, tmp_path) -> Path:
    return tmp_path / "t.db"


def rows(path: Path) -> dict[str, tuple[str, bytes]]:
    """Every cached part: its revision and its JSON, decompressed."""
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT part, revision, data FROM analysis_cache").fetchall()
    return {part: (revision, zlib.decompress(data)) for part, revision, data in found}


def answers(path: Path) -> list[object]:
    return [cli_json("--db", str(path), *command, "--json") for command in COMMANDS]


def test_a_cached_answer_is_the_fresh_one_and_is_what_the_next_call_reads(village):
    first = answers(village)  # computed, then cached
    cached = rows(village)
    assert {"connectors.resident", "connectors.group", "not_yet_connected", "communities"} <= set(
        cached
    )
    assert "introductions.top=3.not_now=0" in cached
    forget_analyses(circles=True)  # as a new process: nothing in memory
    assert answers(village) == first
    assert rows(village) == cached  # read, not written again
    assert first[0][0]["key"] == "b1" and first[0][0]["reasons"]

    # The next call reads the row itself: a name changed in the cache shows.
    with sqlite3.connect(village) as conn:
        revision, data = cached["connectors.resident"]
        part = json.loads(data)
        part["rows"][0]["name"] = "Uit de cache"
        conn.execute(
            "UPDATE analysis_cache SET data = ? WHERE part = 'connectors.resident'",
            [zlib.compress(json.dumps(part).encode())],
        )
    assert cli_json("--db", str(village), "connectors", "--json")[0]["name"] == "Uit de cache"


def test_any_write_makes_the_cache_stale(m, village):
    before = cli_json("--db", str(village), "isolated", "--json")
    assert [(e["key"], e["conditions"]) for e in before] == [("dien", ["no_ties"])]
    m.tie("dien", "a1")  # our own write, on its own connection
    after = cli_json("--db", str(village), "isolated", "--json")
    assert [(e["key"], e["conditions"]) for e in after] == [("dien", ["one_tie"])]
    assert {revision for revision, _ in rows(village).values()} == {
        Register(village).read(revision_text)
    }  # the stale rows went with the next write of the cache


def test_a_write_from_another_process_with_plain_sqlite_makes_it_stale(village):
    """A script renames the bridge as scripts do (the row's time with it: what
    `graph_rows.fingerprint` sees of a write outside our code)."""
    assert cli_json("--db", str(village), "connectors", "--json")[0]["name"] != "Bea Anders"
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute(\"UPDATE residents SET name = 'Bea Anders', updated_at = '2999-01-01'"
        " WHERE key = 'b1'\")\n"
        "c.commit()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(village)], check=True)
    assert cli_json("--db", str(village), "connectors", "--json")[0]["name"] == "Bea Anders"


def test_forget_empties_the_cache_and_nothing_of_her_stays(village):
    answers(village)
    assert any(b"Dien Quispel" in data for _, data in rows(village).values())
    db = open_database(village)
    forget(db, village, "dien")
    db.close()
    assert rows(village) == {}
    raw = b"".join(p.read_bytes() for p in village.parent.glob("t.db*") if p.is_file())
    assert b"Dien Quispel" not in raw
    after = answers(village)  # cached again, without her
    assert "Dien Quispel" not in json.dumps(after)
    assert not any(b"Dien Quispel" in data for _, data in rows(village).values())


def test_the_cache_lives_in_the_owner_only_register_and_nowhere_else(village):
    answers(village)
    assert village.stat().st_mode & 0o777 == 0o600
    beside = {p.name for p in village.parent.iterdir()} - {"t.db", "t.db-wal", "t.db-shm"}
    assert not any("cache" in name for name in beside), beside


def test_a_damaged_cache_is_ignored_and_written_again(village):
    first = cli_json("--db", str(village), "connectors", "--json")
    with sqlite3.connect(village) as conn:
        conn.execute("UPDATE analysis_cache SET data = x'00ff00ff'")
    forget_analyses()
    assert cli_json("--db", str(village), "connectors", "--json") == first
    part = json.loads(rows(village)["connectors.resident"][1])
    assert [r["key"] for r in part["rows"]][: len(first)] == [c["key"] for c in first]


def test_rows_computed_before_a_write_are_never_filed_under_the_new_revision(m, village):
    """Another process wrote (or forgot someone) between our analysis and our cache
    write: the write is refused, so stale rows never pass for current ones."""
    db = open_database(village)
    try:
        stale = revision_text(db)
        m.tie("dien", "eric")
        assert not cache_parts(db, stale, revision_text, {"connectors.resident": b"{}"})
        assert cached_part(db, "connectors.resident", revision_text(db)) is None
        assert cache_parts(db, revision_text(db), revision_text, {"x": b'{"rows": []}'})
        assert cached_part(db, "x", revision_text(db)) == b'{"rows": []}'
    finally:
        db.close()


def test_a_cache_write_gives_way_to_another_writer(village):
    other = sqlite3.connect(village, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        found = Register(village).look(connector_rows, top=3)  # answered all the same
        assert [r["key"] for r in found][:1] == ["b1"]
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert rows(village) == {}  # nothing written while it was held


def test_a_longer_list_than_cached_is_computed_and_kept_at_its_length(village):
    everyone = Register(village).look(connector_rows, top=None)
    assert Register(village).look(connector_rows, top=2) == everyone[:2]
    part = json.loads(rows(village)["connectors.resident"][1])
    assert part["ranked"] == len(everyone) == len(part["rows"])


def test_the_overview_at_open_reads_the_cache_the_cli_wrote(village):
    from abcd_tui.analysis.overview import overview_connections

    cli_json("--db", str(village), "connectors", "--json")
    revision, data = rows(village)["connectors.resident"]
    part = json.loads(data)
    part["rows"][0]["name"] = "Uit de cache"
    with sqlite3.connect(village) as conn:
        conn.execute(
            "UPDATE analysis_cache SET data = ? WHERE part = 'connectors.resident'",
            [zlib.compress(json.dumps(part).encode())],
        )
    forget_analyses(circles=True)
    found = Register(village).look(overview_connections, top=1)
    assert found.top[0][1] == "Uit de cache"
    assert found.not_yet_connected == 1  # Dien, from the cached list


def test_progress_is_told_each_step_of_a_computation_and_nothing_when_cached(village):
    from abcd_tui.analysis.cached import STEPS

    told: list[tuple[str, int, int]] = []
    found = Register(village).look(connector_rows, progress=lambda *step: told.append(step))
    assert [name for name, _, _ in told] == [
        "graph",
        "not_yet_connected",
        "communities",
        "connectors_resident",
        "connectors_group",
        "save",
    ]  # the connectors last: betweenness counts elsewhere meanwhile
    assert [(n, of) for _, n, of in told] == [(n, 6) for n in range(1, 7)]
    assert {name for name, _, _ in told} <= set(STEPS)
    forget_analyses(circles=True)
    assert Register(village).look(connector_rows) == found  # the same with no one told

    told.clear()
    assert Register(village).look(connector_rows, progress=lambda *s: told.append(s)) == found
    assert told == []  # read from the cache: nothing to wait for


def test_two_readers_at_once_compute_once_and_get_the_same_rows(village):
    import threading

    told: list[tuple[str, int, int]] = []
    results: list[object] = []
    start = threading.Barrier(2)

    def read() -> None:
        start.wait()
        results.append(Register(village).look(connector_rows, progress=lambda *s: told.append(s)))

    readers = [threading.Thread(target=read) for _ in range(2)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert [name for name, _, _ in told].count("graph") == 1  # the second read the cache
    assert results[0] == results[1] and results[0]
