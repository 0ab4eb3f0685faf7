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
