"""The piece-by-piece reader of a packed snapshot (`store.snapshots.read_document`)
gives what `json.loads` of the whole text gives, whatever the names hold and wherever
the pieces end, keeping each repeated id once."""

from __future__ import annotations

import json
import zlib

import pytest

from abcd_tui.demo import make_demo
from abcd_tui.snapshots import take_snapshot
from abcd_tui.store import open_database
from abcd_tui.store.snapshots import packed, read_document, unpacked
from tests.hostile import make_hostile_register


def stored(db) -> list[bytes]:
    return [data for (data,) in db.execute("SELECT data FROM snapshots ORDER BY created")]


def test_the_demo_reads_as_json_loads_reads_it_and_ids_are_kept_once(tmp_path):
    db = open_database(tmp_path / "t.db")
    make_demo(db, size=150)
    take_snapshot(db, "najaar")
    (data,) = stored(db)
    document = read_document(data)
    assert document == json.loads(unpacked(data))
    assert list(document) == list(json.loads(unpacked(data)))  # the members' order too
    ids = {n["id"]: n["id"] for n in document["nodes"]}
    assert document["edges"] and all(ids[a] is a and ids[b] is b for a, b, *_ in document["edges"])
    db.close()


@pytest.mark.parametrize("piece", [1, 7, 300, 1 << 20])
def test_a_hostile_register_reads_the_same_wherever_the_pieces_end(tmp_path, piece):
    path = tmp_path / "h.db"
    make_hostile_register(path, size=20)
    db = open_database(path, create=False)
    found = stored(db)
    assert len(found) == 2
    for data in found:
        text = unpacked(data)
        # escapes (JSON-escaped), markup and four-byte characters inside
        assert "\\u001b" in text and "[/]" in text and any(ord(c) > 0xFFFF for c in text)
        assert read_document(data, piece=piece) == json.loads(text)
    db.close()


def test_spaces_numbers_at_a_piece_end_and_empty_members_read_as_json_loads_reads_them():
    document = {
        "communities": [],
        "format": 1,
        "revision": 1234567,
        "nodes": [{"id": "a", "score": 12.5}, {"id": "b", "score": -3e-06}],
        "edges": [["a", "b", ["friend", "neighbour"], True], ["b", "a", [], False]],
        "headline": {},
    }
    spaced = json.dumps(document, indent=2).encode()
    for data in (packed(document), zlib.compress(spaced), zlib.compress(b"{ }")):
        for piece in (1, 2, 3, 5, 64):
            assert read_document(data, piece=piece) == json.loads(zlib.decompress(data))


@pytest.mark.parametrize("text", [b'{"nodes":[1,2', b'{"nodes":[1 2]}', b"[1]", b'{"a":1}x'])
def test_what_is_no_document_is_an_error(text):
    with pytest.raises(ValueError):
        read_document(zlib.compress(text), piece=3)
