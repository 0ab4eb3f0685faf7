"""The CLI with a hostile register (tests/hostile.py): every table and message shows
names literally, no escape sequence reaches the terminal, and JSON gives the stored
text back byte for byte."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from abcd_tui.cli import main
from abcd_tui.cli.output import results_console
from abcd_tui.domain.records import Resident
from abcd_tui.store import open_database, reads, writes
from tests.conftest import run_subprocess
from tests.hostile import ESCAPES, MARKUP_NAMES, RAW_PAYLOADS, make_hostile_register


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    make_hostile_register(path)
    return path


def run(capsys, *args: str, width: int | None = None) -> tuple[int, bytes]:
    """`abcd ARGS` in process; what it wrote to stdout and stderr, as UTF-8 bytes."""
    code = main(list(args), out=results_console(width=width))
    captured = capsys.readouterr()
    return code, (captured.out + captured.err).encode("utf-8", "surrogateescape")


COMMANDS = [
    ("list", "people"),
    ("list", "groups"),
    ("list", "ties"),
    ("stats",),
    ("connectors",),
    ("connectors", "--groups"),
    ("isolated",),
    ("introductions",),
    ("communities",),
    ("who-can-help", "koken"),
    ("who-can-help", "[/]"),  # the need typed is shown literally in the title
    ("who-can-help", "\x1b[2J"),
    ("snapshots",),
    ("compare", "1", "2"),  # snapshot labels with "[/]" in column headers and title
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_payload_reaches_the_terminal(hostile_db, capsys, command):
    code, shown = run(capsys, "--db", str(hostile_db), *command)
    assert code == 0, shown.decode()
    assert b"Onverwachte fout" not in shown and b"MarkupError" not in shown
    leaked = {k: shown.count(v) for k, v in RAW_PAYLOADS.items() if v in shown}
    assert not leaked
    assert b"\x07" not in shown


def test_names_show_with_their_stand_ins(hostile_db, capsys):
    # 400 columns: whole names, unwrapped
    _, shown = run(capsys, "--db", str(hostile_db), "list", "people", width=400)
    assert rb"\x1b]52;c;SGFja2Vk\x07" in shown  # visible, not obeyed
    assert rb"\x1b[2J" in shown and rb"\u202e" in shown and rb"\x9b2J" in shown
    for name in ("Kim [/]", "[@click=app.quit]Stop[/]"):
        assert name.encode() in shown  # markup stays text


def test_compare_titles_show_labels_literally(hostile_db, capsys):
    code, shown = run(capsys, "--db", str(hostile_db), "compare", "1", "2")
    assert code == 0
    assert b"Zomer-osc52 [/]" in shown and rb"Lente \x1b[2J" in shown


def test_json_gives_the_hostile_register_back_byte_for_byte(hostile_db, capsys):
    code, shown = run(capsys, "--db", str(hostile_db), "list", "people", "--json")
    assert code == 0
    assert not {k for k, v in RAW_PAYLOADS.items() if v in shown}  # escaped in the JSON
    people = {p["key"]: p for p in json.loads(shown)}
    db = open_database(hostile_db)
    try:
        stored = list(reads.residents(db))
    finally:
        db.close()
    assert {r.key: r.name for r in stored} == {k: p["name"] for k, p in people.items()}
    assert {r.key: r.notes for r in stored} == {k: p["notes"] for k, p in people.items()}
    assert any(ESCAPES["osc52"] in p["name"] for p in people.values())
    assert any(len(p["notes"]) >= 10_000 for p in people.values())


hostile_names = (
    st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=8),  # valid UTF-8
            st.sampled_from([*ESCAPES.values(), *MARKUP_NAMES, "\u200d", "e\u0301", "👩"]),
        ),
        min_size=1,
        max_size=5,
    )
    .map("".join)
    .filter(lambda s: s.strip())
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_names, min_size=1, max_size=4))
def test_hostile_names_roundtrip_through_the_store_and_json(names):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "abcd.db"
        db = open_database(path)
        try:
            for i, name in enumerate(names):
                writes.save_resident(db, Resident(name=name, key=f"r{i}", notes=name))
            stored = {r.key: (r.name, r.notes) for r in reads.residents(db)}
        finally:
            db.close()
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["--db", str(path), "list", "people", "--json"]) == 0
    shown = {p["key"]: (p["name"], p["notes"]) for p in json.loads(out.getvalue())}
    assert shown == stored  # what the store kept comes back exactly, controls and all
    # The domain only trims and folds white space: escapes and markup are kept.
    for i, name in enumerate(names):
        for payload in [*ESCAPES.values(), *MARKUP_NAMES]:
            if payload in name and not any(c.isspace() for c in payload):
                assert payload in stored[f"r{i}"][0]


def test_a_real_terminal_run_shows_no_payload(hostile_db):
    shown = run_subprocess("--db", str(hostile_db), "connectors")
    assert shown.returncode == 0, shown.stderr
    raw = (shown.stdout + shown.stderr).encode()
    assert not {k for k, v in RAW_PAYLOADS.items() if v in raw}


def test_a_database_path_with_markup_is_named_literally(tmp_path, capsys):
    folder = tmp_path / "[b]buurt"
    folder.mkdir()
    code, shown = run(capsys, "--db", str(folder / "abcd.db"), "demo", "--size", "20")
    assert code == 0, shown.decode()
    assert b"[b]buurt" in shown and b"Onverwachte fout" not in shown
