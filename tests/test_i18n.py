import ast
import importlib
import re
import string
from collections.abc import Callable
from pathlib import Path

from abcd_tui.analysis.introductions import LEVEL_SUFFIX
from abcd_tui.domain.records import GroupKind, Openness, Strength, TieKind
from abcd_tui.i18n import set_language, t
from abcd_tui.i18n.catalogue import MESSAGES, PARTS
from abcd_tui.snapshots import HEADLINE


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


def test_no_message_code_is_defined_twice_in_a_module():
    """A second definition in one dict literal would silently replace the first."""
    folder = Path(__file__).parents[1] / "abcd_tui" / "i18n" / "catalogue"
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Dict):
                for key in node.keys:
                    if isinstance(key, ast.Constant) and isinstance(key.value, str):
                        code = key.value
                        if "." in code:
                            assert code not in seen, f"{code}: {seen[code]} and {path.name}"
                            seen[code] = path.name
    assert len(seen) > 100


# -- Every code the code uses exists, and every message is used ---------------------------

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "abcd_tui"
CATALOGUE = PACKAGE / "i18n" / "catalogue"
PREFIXES = {code.split(".", 1)[0] for code in MESSAGES}
CODE = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")
TEMPLATE_CODE = re.compile(r"""\bt\(\s*(['"])([a-z_][a-z0-9_.]*)\1""")
FILE_SUFFIXES = {"tcss", "json", "html", "j2", "db", "csv", "pdf", "py"}

# Strings shaped like a code that are not messages, and why.
NOT_MESSAGES = {
    "error.unknown": "domain/errors.py: UserError's default code; every raise names its own",
    "store.error": "store/database.py: StoreError's default code, likewise",
    "import.file_error": "store/importer/sheets.py: SheetError's default code, likewise",
    "backup.not_a_register": "store/forget.py NOT_OURS: a backup it could not erase, reported "
    "as forget.not_erased_not_ours",
}


def _reasons(strings: set[str]) -> set[str]:
    """Reason codes are written without `reason.` (analysis/), some with a level suffix
    (introductions.LEVEL_SUFFIX) or `_theme` (export/model.py `_plain`)."""
    suffixes = ("", *LEVEL_SUFFIX.values(), "_theme")
    return {f"reason.{s}{suffix}" for s in strings for suffix in suffixes}


# Codes built at run time, by the literal head the code starts them with (f"tie.{...}",
# "kind." + kind): where, and which codes. None means "the head plus any string the code
# writes" (the suffixes are codes of the layers below: stages, columns, problem codes); a
# set lists the codes exactly, and each must exist.
Built = set[str] | Callable[[set[str]], set[str]] | None
DYNAMIC: dict[str, tuple[str, Built]] = {
    "tie.": (
        "TieKind everywhere a tie is shown (tui, cli, analysis/unconnected.py)",
        {f"tie.{k}" for k in TieKind},
    ),
    "kind.": ("GroupKind everywhere a group is shown (tui, cli)", {f"kind.{k}" for k in GroupKind}),
    "open.": (
        "Openness: residents, walk form, not yet connected, cli",
        {f"open.{o}" for o in Openness},
    ),
    "strength.": ("Strength: walk ties, cli list", {f"strength.{s}" for s in Strength}),
    "kanon.kind.": (
        "export/kanon.py kind_label",
        {f"kanon.kind.{k}" for k in GroupKind} | {"kanon.kind.other"},
    ),
    "kanon.": (
        "export/kanon.py Generalised.notes: f'kanon.{what}{one}'",
        {f"kanon.{w}{one}" for w in ("neighbourhood", "open", "nothing") for one in ("", "_one")},
    ),
    "kanon.groups": (
        "export/kanon.py Generalised.notes",
        {"kanon.groups", "kanon.groups_one"},
    ),
    "community.": (
        "tui/screens/communities.py counted: f'community.{code}.{form}'",
        {f"community.{c}.{f}" for c in ("count", "residents", "groups") for f in ("one", "other")}
        | {"community.groups.zero"},
    ),
    "change.": (
        "store/actions.py: f'change.{kind}_added', _changed, _deleted",
        {f"change.{k}_{d}" for k in ("resident", "group") for d in ("added", "changed", "deleted")},
    ),
    "change.nothing_to_": (
        "tui/app.py _changed (undo, redo)",
        {"change.nothing_to_undo", "change.nothing_to_redo"},
    ),
    "edits.": (
        "store/edits.py UndoRefused: f'edits.{direction}_refused_{reason}'",
        {f"edits.{d}_refused_{r}" for d in ("undo", "redo") for r in ("changed", "taken")},
    ),
    "record.consent_": (
        "tui/screens/residents.py",
        {f"record.consent_{c}" for c in ("yes", "unknown", "no")},
    ),
    "record.order_": (
        "tui/browser.py: the sorts of the residents and groups screens",
        {
            f"record.order_{o}"
            for o in ("name", "wijk", "street", "consent", "open", "last_met", "kind")
        },
    ),
    "record.filter_met_": (
        "tui/screens/residents.py MET: the last-met filter",
        {f"record.filter_met_{m}" for m in ("recent", "earlier", "never")},
    ),
    "edits.changed_": ("store/edits.py ChangedMeanwhile", None),
    "edits.gone_": ("store/edits.py GoneMeanwhile, tui/browser.py", None),
    "problem.": ("Problem codes of domain/, store/importer/, the forms and the tie dialog", None),
    "reason.": ("i18n.reason_text: Reason codes of analysis/ and export/model.py", _reasons),
    "ask.": (
        "what is still to ask (store.reads.still_to_ask): its screen, list and walk summary",
        None,
    ),
    "ask.col.": ("cli_still.py, export/still_to_ask.py: the list's columns", None),
    "col.": ("cli_list.py, cli_import.py: columns", None),
    "walk.": ("tui/widgets/walk_form.py, tui/walk_names.py: the form's fields", None),
    "walk.col.": ("cli_walks.py, tui/screens/walks.py: FIGURES of a walk", None),
    "record.": ("tui/screens/residents.py: gifts (head, hands, heart) and fields", None),
    "connector.title_": ("tui/screens/connectors.py: residents or groups", None),
    "figure.": ("snapshot figures: export, compare screen, cli", None),
    "figure.short.": ("snapshot figures in tight columns: snapshots screen, cli", None),
    "figure.note.": (
        "what each headline figure counts: overview, snapshots, compare, report, cli stats",
        {f"figure.note.{code}" for code in HEADLINE},
    ),
    "compare.": ("snapshots/compare.py's parts: compare screen, cli", None),
    "snapshot.stage.": ("snapshots/freeze.py stages: snapshots screen, cli", None),
    "export.stage.": ("export stages: export dialog, cli", None),
    "export.format.": ("export formats: tui/dialogs/export.py", None),
    "import.stage.": ("store/importer stages: cli_import.py", None),
    "backup.col_": ("cli_backup.py: the backups' columns", None),
    "picture.legend_": ("tui/screens/network.py: roles in the legend", None),
    "report.legend_": ("export/svg.py: kinds in the legend", None),
    "report.": (
        "export/templates/report.html.j2: t('report.' ~ key), the comparison's parts",
        None,
    ),
}


def _python_files() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if CATALOGUE not in p.parents]


def _scan() -> tuple[set[str], set[str], set[str]]:
    """Codes written out in the package, every string it writes, and the heads of codes it
    builds at run time (the literal start of an f-string or of a `+`)."""
    codes: set[str] = set()
    strings: set[str] = set()
    heads: set[str] = set()
    for path in _python_files():
        tree = ast.parse(path.read_text("utf-8"))
        # Literal parts of f-strings and the left of a `+` are heads, not codes.
        in_fstring = {
            id(part)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for part in node.values
        }
        in_fstring |= {id(node.left) for node in ast.walk(tree) if isinstance(node, ast.BinOp)}
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and _is_head(str(first.value)):
                    heads.add(str(first.value))
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                left = node.left
                if (
                    isinstance(left, ast.Constant)
                    and isinstance(left.value, str)
                    and _is_head(left.value)
                ):
                    heads.add(left.value)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in in_fstring:
                    continue
                strings.add(node.value)
                if _is_code(node.value):
                    codes.add(node.value)
    for template in sorted((PACKAGE / "export" / "templates").glob("*.j2")):
        for match in TEMPLATE_CODE.finditer(template.read_text("utf-8")):
            (heads if match[2].endswith(".") else codes).add(match[2])
    return codes, strings, heads


def _is_head(text: str) -> bool:
    return "." in text and text.split(".", 1)[0] in PREFIXES


def _is_code(text: str) -> bool:
    return (
        CODE.fullmatch(text) is not None
        and text.split(".", 1)[0] in PREFIXES
        and text.rsplit(".", 1)[1] not in FILE_SUFFIXES
        and text not in NOT_MESSAGES
        and f"reason.{text}" not in MESSAGES  # a reason code, shown as reason.{code}
    )


def test_every_code_the_code_writes_exists_in_both_languages():
    codes, _strings, _heads = _scan()
    missing = sorted(c for c in codes if c not in MESSAGES)
    assert not missing, f"codes without a message: {missing}"
    for head, (where, built) in DYNAMIC.items():
        missing = sorted(c for c in built if c not in MESSAGES) if isinstance(built, set) else []
        assert not missing, f"{head}… ({where}): no message for {missing}"


def test_every_code_built_at_run_time_is_listed_here():
    """A new f"prefix.{...}" in the code must be added to DYNAMIC, with where it is built."""
    _codes_written, _strings, heads = _scan()
    assert heads - set(DYNAMIC) == set()


def test_every_message_is_used():
    codes, strings, _heads = _scan()
    used = set(codes)
    for head, (_where, built) in DYNAMIC.items():
        if isinstance(built, set):
            used |= built
        elif built is None:
            used |= {head + s for s in strings}
        else:
            used |= built(strings)
    unused = sorted(set(MESSAGES) - used)
    assert not unused, (
        f"messages no code uses (delete them, or list where they are built): {unused}"
    )


def test_a_catalogue_module_holds_its_own_prefix_only():
    """One module per prefix: `walk.py` holds every `walk.*` code and nothing else."""
    for path in sorted(CATALOGUE.glob("*.py")):
        if path.name == "__init__.py":
            continue
        prefix = path.stem.rstrip("_")
        module = importlib.import_module(f"abcd_tui.i18n.catalogue.{path.stem}")
        assert module.MESSAGES, path.name
        assert {code.split(".", 1)[0] for code in module.MESSAGES} == {prefix}, path.name
        assert PARTS[prefix] is module.MESSAGES, (
            f"{path.name} is not listed in catalogue/__init__.py"
        )


def test_no_message_code_is_also_a_reason_code():
    """Reason codes are written without `reason.` (`Reason("connector.groups")`): a message
    of the same name would be mistaken for it."""
    clashes = sorted(c for c in MESSAGES if f"reason.{c}" in MESSAGES)
    assert not clashes


# -- The words as shown: brackets, placeholders, plurals ------------------------------------

# Words that are the same in Dutch and English (a message whose words are all the same in
# both is otherwise an English text left untranslated, or a Dutch one copied over).
SAME_IN_BOTH = {"score", "CSV", "GraphML", "JSON", "Filter", "Database", "partner", "via"}

# Terms that messages put between brackets ("één band: met Anna ({tie})").
TERMS = ("tie.", "kind.", "open.", "strength.")

# Dutch and English plurals that a count may stand before.
PLURALS = re.compile(
    r"\b1 (bewoners|groepen|banden|kringen|straten|paren|wijken|dorpen|rijen|regels|kolommen"
    r"|anderen|problemen|mensen|gaven|wandelingen|momentopnamen|verbinders|kennismakingen"
    r"|leden|residents|groups|ties|circles|streets|pairs|neighbourhoods|villages|rows|lines"
    r"|columns|others|problems|people|gifts|walks|snapshots|connectors|introductions"
    r"|members)\b"
)

# Fields that are never one, and why (every other count says "1 bewoner": `_Counted`).
NEVER_ONE: dict[str, tuple[set[str], str]] = {
    "reason.connector.groups": ({"count"}, "analysis/connectors.py: two groups or more"),
    "reason.connector.groups_more": ({"count"}, "likewise, and more than shown"),
    "reason.connector.streets": ({"count"}, "two streets or more"),
    "reason.connector.group_streets": ({"count"}, "two streets or more"),
    "reason.connector.communities": ({"count"}, "two circles or more"),
    "reason.connector.farther_more": ({"count"}, "more than the three named"),
    "reason.connector.only_link_to_many": ({"count"}, "more than the three named"),
    "import.problems_by_kind": ({"count"}, "only when there are more than shown"),
    "import.sheet_declares_too_many": ({"rows", "most"}, "beyond the most read"),
    "import.sheet_declares_too_wide": ({"columns", "most"}, "likewise"),
    "import.sheet_too_many_rows": ({"most"}, "likewise"),
    "import.sheet_too_wide": ({"columns", "most"}, "likewise"),
    "import.too_many_columns": ({"columns", "most"}, "likewise"),
    "snapshot.ambiguous": ({"count"}, "two snapshots or more match"),
    "kanon.rule": ({"k"}, "export/kanon.py: k is two or more (1 turns it off)"),
    "kanon.short": ({"k"}, "likewise"),
}


def filled(template: str, value: str = "1", others: frozenset[str] | set[str] = frozenset()) -> str:
    """The message as shown, every placeholder filled in with `value` (`others` with 2)."""
    names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return t_of(template, {n: "2" if n in others else value for n in names})


def t_of(template: str, params: dict[str, str]) -> str:
    from abcd_tui.i18n import _COUNTED

    return _COUNTED.vformat(template, (), params)


def has_one_form(code: str) -> bool:
    """Whether the code is the many-form of a pair ("community.count.other" beside ".one",
    "kanon.groups" beside "kanon.groups_one"): the code chooses, not the message."""
    stem = re.sub(r"(\.other|_other)$", "", code)
    return any(c != code and c.startswith(stem) and "one" in c[len(stem) :] for c in MESSAGES)


def test_no_doubled_bracket_and_no_bracketed_plural():
    """ "(vriend(in))": a term shown between brackets must hold none; "dorp(en)",
    "bewoner(s)": say the count with its noun instead."""
    for code, entry in MESSAGES.items():
        for language, text in entry.items():
            shown = re.sub(r"%\(\w+\)[rsd]", "x", filled(text, "x"))  # argparse's own
            assert not re.search(r"\([^()]*\(", shown), f"{code} ({language}): {text}"
            assert not re.search(r"\w\((en|s|n|e|in)\)", text), f"{code} ({language}): {text}"
            if code.startswith(TERMS):
                assert "(" not in text and ")" not in text, f"{code} ({language}): {text}"


def test_every_placeholder_is_filled_in_what_is_shown():
    """No "{" or "}" left once the fields are given, and a count's noun has both forms."""
    for code, entry in MESSAGES.items():
        for language, text in entry.items():
            for _, _field, spec, _ in string.Formatter().parse(text):
                if spec:
                    assert spec.startswith("?") and "|" in spec, f"{code} ({language}): {spec}"
            shown = filled(text, "7")
            assert "{" not in shown and "}" not in shown, f"{code} ({language}): {shown}"


def test_a_count_with_its_noun_is_singular_for_one():
    set_language("nl")
    assert t("reason.connector.ties", count=1) == "1 band"
    assert t("reason.connector.ties", count="1.000") == "1.000 banden"
    assert t("report.community_residents", count=1) == "1 bewoner"
    set_language("en")
    assert t("picture.ties", count=1) == "1 tie" and t("picture.ties", count=2) == "2 ties"


def test_no_plural_after_one():
    """ "1 groepen": every count of one reads in the singular, unless it is never one."""
    for code, entry in MESSAGES.items():
        if has_one_form(code):
            continue
        others = NEVER_ONE.get(code, (set(), ""))[0]
        for language, text in entry.items():
            shown = filled(text, "1", others)
            assert not PLURALS.search(shown), f"{code} ({language}): {shown}"


def test_nothing_is_left_untranslated():
    """Dutch equal to English is a text one side forgot, unless its words are the same."""
    for code, entry in MESSAGES.items():
        if entry["nl"] != entry["en"]:
            continue
        words = set(re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", "", entry["nl"])))
        assert words <= SAME_IN_BOTH, f"{code}: {entry['nl']}"


def test_the_words_a_dutch_reader_would_write():
    """The sentences issue 16 found, as they read now."""
    set_language("nl")
    assert t("record.nothing_selected") == (
        "Kies iemand in de lijst, of druk op n om iemand toe te voegen."
    )
    assert t("reason.connector.farther", names="Alie Tiesinga") == (
        "zonder deze band staan Alie Tiesinga veel verder van de rest af"
    )
    assert t("change.tie_added", a="Anna", b="Bram").endswith("gelegd")
    texts = " ".join(e["nl"] for e in MESSAGES.values())
    assert not re.search(r"\b[Dd]ruk [a-z]\b", texts), "druk op n, not druk n"
