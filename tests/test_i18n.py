import re
import string

from abcd_tui.i18n import set_language, t
from abcd_tui.i18n.messages import MESSAGES


def fields(template: str) -> set[str]:
    """Placeholders, with a language suffix folded (`theme_nl` / `theme_en` are one)."""
    found = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return {re.sub(r"_(nl|en)$", "_LANG", f) for f in found}


def test_every_message_has_both_languages_with_the_same_placeholders():
    for code, entry in MESSAGES.items():
        assert set(entry) == {"nl", "en"}, code
        assert fields(entry["nl"]) == fields(entry["en"]), code


def test_dutch_by_default_and_english_on_request():
    assert t("stats.residents") == "Bewoners"
    set_language("en")
    assert t("stats.residents") == "Residents"


def test_no_message_labels_a_person():
    text = " ".join(v for entry in MESSAGES.values() for v in entry.values())
    assert not re.search(r"eenzam|kwetsba|zielig|lonely|vulnerable|isolated", text, re.I)
