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


def test_no_message_code_is_defined_in_two_catalogues():
    """A second definition would silently replace the first (MESSAGES.update)."""
    import ast
    from pathlib import Path

    folder = Path(__file__).parents[1] / "abcd_tui" / "i18n"
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("messages*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
                for key in node.value.keys:
                    if isinstance(key, ast.Constant) and "." in str(key.value):
                        assert key.value not in seen, (
                            f"{key.value}: {seen[key.value]} and {path.name}"
                        )
                        seen[key.value] = path.name
    assert len(seen) > 100
