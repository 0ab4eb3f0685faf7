"""`visible()`: the one sanitiser of shown text (CLI and app), on a hostile corpus."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from abcd_tui.cli.output import literal as cli_literal
from abcd_tui.cli.output import to_json
from abcd_tui.domain.text import visible
from tests.hostile import ESCAPES, MARKUP_NAMES, UNICODE_NAMES

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
# What may never come out: C0, DEL, C1, bidi embeddings/overrides/isolates and marks.
FORBIDDEN = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))} | set(BIDI) | {"\u200e", "\u200f"}

hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(),  # anything Unicode has, surrogates included
        st.sampled_from(sorted(FORBIDDEN)),
        st.sampled_from(["[", "]", "/", "@", "$", "=", "\u200d", "\u0301", "👩"]),
    ),
    max_size=60,
)
# Printable text: what a name normally is (letters, marks, emoji, symbols, spaces).
printable_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"),
    ),
    max_size=60,
)


@given(hostile_text)
@example("Kim \x1b]52;c;SGFja2Vk\x07 \x1b[2J \x9b2J \u202eesrever\u202c")
def test_visible_never_outputs_a_control_or_reordering_character(text):
    shown = visible(text)
    assert not FORBIDDEN & set(shown)
    assert not any(unicodedata.category(c) == "Cs" for c in shown)  # always writable
    shown.encode("utf-8")
    assert visible(shown) == shown  # shown twice is shown once


@given(printable_text)
@example("Zoë Đặng 👩\u200d👩\u200d👧 Jose\u0301 [b]x[/b] $name")
def test_visible_is_the_identity_on_printable_text(text):
    assert visible(text) == text


@pytest.mark.parametrize("name", UNICODE_NAMES[:2] + MARKUP_NAMES)
def test_ordinary_unicode_and_markup_stay_as_typed(name):
    assert visible(name) == name  # emoji with joiners, combining marks, brackets


@pytest.mark.parametrize("kind", sorted(ESCAPES))
def test_each_payload_gets_a_visible_stand_in(kind):
    payload = ESCAPES[kind]
    shown = visible(f"Anna {payload} Anna")
    assert shown.startswith("Anna ") and shown.endswith(" Anna")
    assert "\\x" in shown or "\\u" in shown  # something to see where the control was
    assert not FORBIDDEN & set(shown)


def test_stand_ins_say_which_character_it_was():
    assert visible("\x1b[2J") == "\\x1b[2J"
    assert visible("a\x07b\x7fc\x9bd") == "a\\x07b\\x7fc\\x9bd"
    assert visible("\u202eabc\u2069") == "\\u202eabc\\u2069"
    assert visible("Ali\u200bBaba") == "Ali\\u200bBaba"  # a hidden space shows


def test_line_breaks_stay_only_when_asked():
    assert visible("een\ntwee") == "een\\x0atwee"  # a name is one line
    assert visible("een\ntwee\r\x1b", lines=True) == "een\ntwee\\x0d\\x1b"  # notes


def test_a_long_field_is_shown_whole():
    text = "lang " * 2000 + "\x1b[2J"
    assert visible(text) == "lang " * 2000 + "\\x1b[2J"


@given(hostile_text)
def test_the_cli_uses_the_same_sanitiser(text):
    assert cli_literal(text).plain == visible(text)


@given(hostile_text)
def test_json_keeps_the_text_and_no_raw_control(text):
    import json

    raw = to_json({"name": text})
    assert json.loads(raw)["name"] == text  # byte for byte after decoding
    assert not (FORBIDDEN - {"\n"}) & set(raw)


@given(hostile_text)
def test_visible_in_place_keeps_one_character_per_character(text):
    from abcd_tui.domain.text import visible_in_place

    shown = visible_in_place(text)
    assert len(shown) == len(text)
    assert not FORBIDDEN & set(shown)
    assert visible_in_place("a\x1bb\x07\x7f\x9b\u202e") == "a␛b␇␡��"
