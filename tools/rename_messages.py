"""Rename message codes across the code after the catalogue's split by prefix (issue 14).

The catalogue (`abcd_tui/i18n/catalogue/`) already holds the new codes; this rewrites every
use of an old code in `abcd_tui/`, `tests/` and `benchmarks/` (Python and Jinja files):

- a quoted string that is exactly an old code (`t("walks.title")`, `say("...")`,
  `Binding(..., t("..."))`, `CHOOSE_FIRST = "keys.choose_resident_first"`, a tuple in
  `tui/commands.py`, a template's `t('...')`) becomes the new code;
- a code built at run time keeps working through `DYNAMIC`: the head of an f-string
  (`t(f"still.{code}")`) or of a concatenation (`"screens." + name`) is renamed when it
  starts with a renamed head. Every old code under such a head is checked to be renamed
  the same way, so `f"walks.col.{code}"` reaches the same new code the map gives.

A head built at run time that would reach a renamed code but has no `DYNAMIC` rule is
reported and the script exits with 1 before writing anything.

    python tools/rename_messages.py           # rewrite the files, print what changed
    python tools/rename_messages.py --check   # only report; exit 1 if anything would change

Once the renames are applied on main this can go; it stays for branches still open at the
merge (run it on them too).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# old code -> new code
RENAMES: dict[str, str] = {
    "screens.key_search": "record.key_search",
    "screens.key_filter": "record.key_filter",
    "screens.key_new": "record.key_new",
    "screens.key_edit": "record.key_edit",
    "screens.key_delete": "record.key_delete",
    "screens.key_add_tie": "record.key_add_tie",
    "screens.key_remove_tie": "record.key_remove_tie",
    "screens.key_back": "record.key_back",
    "screens.key_save": "record.key_save",
    "screens.key_cancel": "record.key_cancel",
    "screens.search_residents": "record.search_residents",
    "screens.search_groups": "record.search_groups",
    "screens.filter_all": "record.filter_all",
    "screens.filter_all_groups": "record.filter_all_groups",
    "screens.filter_connected": "record.filter_connected",
    "screens.filter_not_yet": "record.filter_not_yet",
    "screens.shown": "record.shown",
    "screens.more": "record.more",
    "screens.nothing_selected": "record.nothing_selected",
    "screens.nothing_selected_group": "record.nothing_selected_group",
    "screens.gifts": "record.gifts",
    "screens.head": "record.head",
    "screens.hands": "record.hands",
    "screens.heart": "record.heart",
    "screens.offers": "record.offers",
    "screens.needs": "record.needs",
    "screens.interests": "record.interests",
    "screens.open": "record.open",
    "screens.consent": "record.consent",
    "screens.consent_yes": "record.consent_yes",
    "screens.consent_unknown": "record.consent_unknown",
    "screens.consent_no": "record.consent_no",
    "screens.ties": "record.ties",
    "screens.groups": "record.groups",
    "screens.notes": "record.notes",
    "screens.not_yet_connected": "record.not_yet_connected",
    "screens.none_yet": "record.none_yet",
    "screens.kind": "record.kind",
    "screens.address": "record.address",
    "screens.neighbourhood": "record.neighbourhood",
    "screens.age_band": "record.age_band",
    "screens.description": "record.description",
    "screens.tags": "record.tags",
    "screens.contact": "record.contact",
    "screens.members": "record.members",
    "screens.no_members": "record.no_members",
    "screens.partners": "record.partners",
    "screens.name": "record.name",
    "screens.list_hint": "record.list_hint",
    "screens.list_hint_tags": "record.list_hint_tags",
    "screens.new_resident": "record.new_resident",
    "screens.edit_resident": "record.edit_resident",
    "screens.new_group": "record.new_group",
    "screens.edit_group": "record.edit_group",
    "screens.new_tie": "record.new_tie",
    "screens.tie_other": "record.tie_other",
    "screens.tie_kind": "record.tie_kind",
    "screens.choose": "record.choose",
    "screens.save": "record.save",
    "screens.cancel": "record.cancel",
    "screens.form_has_problems": "record.form_has_problems",
    "screens.yes": "record.yes",
    "screens.no": "record.no",
    "screens.confirm_delete": "record.confirm_delete",
    "screens.choose_tie": "record.choose_tie",
    "screens.no_ties": "record.no_ties",
    "still.title": "ask.title",
    "still.intro": "ask.intro",
    "still.none": "ask.none",
    "still.name": "ask.name",
    "still.street": "ask.street",
    "still.ask": "ask.ask",
    "still.last_met": "ask.last_met",
    "still.gifts": "ask.gifts",
    "still.needs": "ask.needs",
    "still.offers": "ask.offers",
    "still.consent": "ask.consent",
    "still.stale": "ask.stale",
    "connect.key_made": "not_yet_connected.key_made",
    "connect.key_decline": "not_yet_connected.key_decline",
    "connect.key_not_now": "not_yet_connected.key_not_now",
    "connect.count": "not_yet_connected.count",
    "connect.count_one": "not_yet_connected.count_one",
    "connect.none": "not_yet_connected.none",
    "connect.computing": "not_yet_connected.computing",
    "connect.recomputing": "not_yet_connected.recomputing",
    "connect.open_mark": "not_yet_connected.open_mark",
    "connect.nothing_selected": "not_yet_connected.nothing_selected",
    "connect.can_give": "not_yet_connected.can_give",
    "connect.suggestions": "not_yet_connected.suggestions",
    "connect.no_suggestions": "not_yet_connected.no_suggestions",
    "connect.open_no": "not_yet_connected.open_no",
    "connect.open_not_now": "not_yet_connected.open_not_now",
    "connect.showing_not_now": "not_yet_connected.showing_not_now",
    "connect.hiding_not_now": "not_yet_connected.hiding_not_now",
    "connect.no_introduction": "not_yet_connected.no_introduction",
    "views.key_toggle": "connector.key_toggle",
    "views.key_need": "help.key_need",
    "views.connectors_residents": "connector.title_residents",
    "views.connectors_groups": "connector.title_groups",
    "views.choose_connector": "connector.choose_connector",
    "views.no_connectors": "connector.no_connectors",
    "views.score": "connector.score",
    "views.why": "connector.why",
    "views.their_groups": "connector.their_groups",
    "views.links_communities": "connector.links_communities",
    "views.links_streets": "connector.links_streets",
    "views.links_neighbourhoods": "connector.links_neighbourhoods",
    "views.depends_title": "connector.depends_title",
    "views.depends": "connector.depends",
    "views.farther": "connector.depends_farther",
    "views.depends_none": "connector.depends_none",
    "views.communities_title": "community.title",
    "views.community": "community.number",
    "views.community_size": "community.community_size",
    "views.shared_gifts": "community.shared_gifts",
    "views.main_groups": "community.main_groups",
    "views.streets": "community.streets",
    "views.none_yet": "community.none_yet",
    "views.bridges_title": "community.bridges_title",
    "views.no_bridges": "community.no_bridges",
    "views.on_their_own": "community.on_their_own",
    "views.more": "community.more",
    "views.no_communities": "community.no_communities",
    "views.need_placeholder": "help.need_placeholder",
    "views.type_a_need": "help.type_a_need",
    "views.help_hint": "help.help_hint",
    "views.found_helpers": "help.found_helpers",
    "views.no_helpers": "help.no_helpers",
    "views.why_fits": "help.why_fits",
    "snapshots.key": "snapshot.key",
    "snapshots.palette": "snapshot.palette",
    "snapshots.key_new": "snapshot.key_new",
    "snapshots.key_compare": "snapshot.key_compare",
    "snapshots.key_mark": "snapshot.key_mark",
    "snapshots.key_export": "snapshot.key_export",
    "snapshots.export_now": "export.now",
    "snapshots.export_now_help": "export.now_help",
    "snapshots.title": "snapshot.list_title",
    "snapshots.empty": "snapshot.empty",
    "snapshots.col.created": "snapshot.col.created",
    "snapshots.col.label": "snapshot.col.label",
    "snapshots.hint": "snapshot.hint",
    "snapshots.hint_marked": "snapshot.hint_marked",
    "snapshots.hint_one": "snapshot.hint_one",
    "snapshots.chart_title": "snapshot.chart_title",
    "snapshots.first": "snapshot.first",
    "snapshots.need_two": "snapshot.need_two",
    "snapshots.marked_same": "snapshot.marked_same",
    "snapshots.taking": "snapshot.taking",
    "snapshots.made": "snapshot.taken",
    "snapshots.new_title": "snapshot.new_title",
    "snapshots.new_help": "snapshot.new_help",
    "snapshots.label_placeholder": "snapshot.label_placeholder",
    "snapshots.take": "snapshot.take",
    "snapshots.overview_last": "snapshot.overview_last",
    "snapshots.overview_none": "snapshot.overview_none",
    "snapshots.compare_loading": "compare.loading",
    "snapshots.compare_figures": "compare.figures",
    "snapshots.export_title": "export.dialog_title",
    "snapshots.export_of": "export.of",
    "snapshots.export_of_now": "export.of_now_dialog",
    "snapshots.export_formats": "export.formats",
    "snapshots.format.graphml": "export.format.graphml",
    "snapshots.format.gexf": "export.format.gexf",
    "snapshots.format.json": "export.format.json",
    "snapshots.format.csv": "export.format.csv",
    "snapshots.format.html": "export.format.html",
    "snapshots.export_folder": "export.folder",
    "snapshots.export_delimiter": "export.delimiter",
    "snapshots.delimiter_semicolon": "export.delimiter_semicolon",
    "snapshots.delimiter_comma": "export.delimiter_comma",
    "snapshots.with_names": "export.with_names",
    "snapshots.pseudonyms_help": "export.pseudonyms_help",
    "snapshots.names_help": "export.names_help",
    "snapshots.export_go": "export.go",
    "snapshots.export_no_format": "export.no_format",
    "snapshots.export_no_folder": "export.no_folder",
    "snapshots.export_overwrite": "export.overwrite",
    "snapshots.export_stage": "export.working",
    "snapshots.exported": "export.exported",
    "snapshots.exported_pseudonymised": "export.exported_pseudonymised",
    "snapshots.key_forget": "forget.key",
    "snapshots.forget_title": "forget.title",
    "snapshots.forget_what": "forget.what",
    "snapshots.forget_final": "forget.final",
    "snapshots.forget_type": "forget.type",
    "snapshots.forget_go": "forget.go",
    "snapshots.forgetting": "forget.forgetting",
    "snapshots.history_cleared": "forget.history_cleared",
    "snapshots.history_dropped": "forget.history_dropped",
    "snapshots.history_dropped_before": "forget.history_dropped_before",
    "backup.forget_disk_full": "forget.disk_full",
    "backup.forget_vacuum_failed": "forget.vacuum_failed",
    "backup.forget_vacuum_full": "forget.vacuum_full",
    "backup.forget_not_erased_full": "forget.not_erased_full",
    "backup.forget_not_erased_not_ours": "forget.not_erased_not_ours",
    "backup.forget_no_backup": "forget.no_backup",
    "backup.forget_erased": "forget.erased",
    "backup.forget_not_erased": "forget.not_erased",
    "input.problems_by_kind": "import.problems_by_kind",
    "input.col_example": "import.col_example",
    "input.col_count": "import.col_count",
    "input.xlsx_not_a_zip": "import.xlsx_not_a_zip",
    "input.xlsx_truncated": "import.xlsx_truncated",
    "input.xlsx_no_workbook": "import.xlsx_no_workbook",
    "input.xlsx_damaged": "import.xlsx_damaged",
    "input.xlsx_part_missing": "import.xlsx_part_missing",
    "input.xlsx_sheet_missing": "import.xlsx_sheet_missing",
    "input.xlsx_no_sheet": "import.xlsx_no_sheet",
    "input.xlsx_too_big": "import.xlsx_too_big",
    "input.xlsx_overcompressed": "import.xlsx_overcompressed",
    "input.xlsx_part_too_big": "import.xlsx_part_too_big",
    "input.sheet_declares_too_many": "import.sheet_declares_too_many",
    "input.sheet_declares_too_wide": "import.sheet_declares_too_wide",
    "input.sheet_too_many_rows": "import.sheet_too_many_rows",
    "input.sheet_too_wide": "import.sheet_too_wide",
    "input.sheet_too_many_cells": "import.sheet_too_many_cells",
    "input.missing_column_sheet": "import.missing_column_sheet",
    "input.formula_without_value": "import.formula_without_value",
    "input.cell_error": "import.cell_error",
    "input.formula_text": "import.formula_text",
    "input.date_as_number": "import.date_as_number",
    "input.csv_nul_byte": "import.csv_nul_byte",
    "input.too_many_columns": "import.too_many_columns",
    "input.disk_full": "store.disk_full",
    "input.disk_error": "store.disk_error",
    "input.db_readonly": "store.db_readonly",
    "input.db_damaged": "store.db_damaged",
    "input.db_damaged_no_backup": "store.db_damaged_no_backup",
    "keys.choose_resident_first": "record.choose_resident_first",
    "keys.choose_group_first": "record.choose_group_first",
    "keys.tie_hint": "record.tie_hint",
    "keys.tie_kind_after_other": "record.tie_kind_after_other",
    "keys.tie_self": "record.tie_self",
    "keys.tie_resident": "record.tie_resident",
    "keys.tie_group": "record.tie_group",
    "walks.unknown": "walk.unknown",
    "walks.title": "walk.list_title",
    "walks.none": "walk.none",
    "walks.col.date": "walk.col.date",
    "walks.col.area": "walk.col.area",
    "walks.col.builders": "walk.col.builders",
    "walks.col.met": "walk.col.met",
    "walks.col.new": "walk.col.new",
    "walks.col.revisited": "walk.col.revisited",
    "walks.col.gifts": "walk.col.gifts",
    "walks.col.offers": "walk.col.offers",
    "walks.col.needs": "walk.col.needs",
    "walks.col.ties": "walk.col.ties",
    "walks.col.still": "walk.col.still",
    "walks.col.brought": "walk.col.brought",
    "walks.brought": "walk.brought",
    "walks.ended": "walk.list_ended",
    "walks.open": "walk.list_open",
    "walks.continued": "walk.continued",
    "walks.open_today": "walk.open_today",
    "walks.open_item": "walk.open_item",
    "walks.end": "walk.end",
    "walks.list": "walk.list",
    "walks.not_saved": "walk.not_saved",
    "walks.no_walk": "walk.no_walk",
    "walks.ended_note": "walk.ended_note",
    "walks.summary_title": "walk.summary_title",
    "walks.summary_met": "walk.summary_met",
    "walks.summary_gifts": "walk.summary_gifts",
    "walks.summary_ties": "walk.summary_ties",
    "walks.summary_still": "walk.summary_still",
    "walks.summary_still_none": "walk.summary_still_none",
    "walks.summary_people": "walk.summary_people",
    "walks.summary_again": "walk.summary_again",
    "walks.summary_state_open": "walk.summary_state_open",
    "walks.summary_state_ended": "walk.summary_state_ended",
    "walks.summary_next": "walk.summary_next",
    "walks.palette": "walk.palette",
    "circles.count.one": "community.count.one",
    "circles.count.other": "community.count.other",
    "circles.count_alone": "community.count_alone",
    "circles.picture_title": "community.picture_title",
    "circles.residents.one": "community.residents.one",
    "circles.residents.other": "community.residents.other",
    "circles.groups.zero": "community.groups.zero",
    "circles.groups.one": "community.groups.one",
    "circles.groups.other": "community.groups.other",
    "circles.size": "community.size",
    "circles.numbers_note": "community.numbers_note",
    "chart.scale_zero": "snapshot.chart_scale_zero",
    "chart.title_zero": "snapshot.chart_title_zero",
}

# Heads of codes built at run time (f-strings, concatenation) -> their new head. Where
# they are built: still.{code} in tui/screens/still_to_ask.py, tui/widgets/walk_summary.py
# and export/still_to_ask.py; walks.col.{code} in cli_walks.py and tui/screens/walks.py;
# snapshots.format.{format} in tui/dialogs/export.py; screens.{gift}, screens.{name} and
# screens.consent_{consent} in tui/screens/residents.py; views.connectors_{kind} in
# tui/screens/connectors.py; circles.{code}.{form} in tui/screens/communities.py.
DYNAMIC: dict[str, str] = {
    "still.": "ask.",
    "walks.col.": "walk.col.",
    "snapshots.format.": "export.format.",
    "screens.": "record.",
    "views.connectors_": "connector.title_",
    "circles.": "community.",
}

FOLDERS = ("abcd_tui", "tests", "benchmarks")
SUFFIXES = (".py", ".j2")

_EXACT = re.compile(
    r"""(?P<quote>['"])(?P<code>"""
    + "|".join(re.escape(old) for old in sorted(RENAMES, key=len, reverse=True))
    + r""")(?P=quote)"""
)
# The literal head of an f-string, up to its first `{`, or a whole literal followed by `+`.
_FSTRING_HEAD = re.compile(
    r"""(?<![\w])(?P<prefix>[fF][rR]?|[rR][fF])(?P<quote>['"])(?P<head>[a-z_][a-z0-9_.]*)\{"""
)
_CONCAT_HEAD = re.compile(r"""(?P<quote>['"])(?P<head>[a-z_][a-z0-9_.]*\.)(?P=quote)\s*\+""")


def check_dynamic() -> None:
    """Every old code under a renamed head must be renamed to the new head + the same rest."""
    for old_head, new_head in DYNAMIC.items():
        for old, new in RENAMES.items():
            if old.startswith(old_head) and new != new_head + old[len(old_head) :]:
                raise SystemExit(f"{old} -> {new}, but DYNAMIC renames {old_head} -> {new_head}")


def _new_head(head: str) -> str | None:
    for old_head in sorted(DYNAMIC, key=len, reverse=True):
        if head.startswith(old_head):
            return DYNAMIC[old_head] + head[len(old_head) :]
    return None


def rewrite(text: str, where: str, unhandled: list[str]) -> tuple[str, int]:
    """`text` with every old code renamed, and how many were; a head built at run time that
    reaches a renamed code without a DYNAMIC rule is added to `unhandled`."""
    count = 0

    def exact(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        q = match["quote"]
        return q + RENAMES[match["code"]] + q

    def head(match: re.Match[str]) -> str:
        nonlocal count
        found = match["head"]
        new = _new_head(found)
        if new is None:
            if "." in found and any(old.startswith(found) for old in RENAMES):
                line = text.count("\n", 0, match.start()) + 1
                unhandled.append(f"{where}:{line}: {match[0]}")
            return match[0]
        count += 1
        return match[0].replace(match["quote"] + found, match["quote"] + new, 1)

    text = _EXACT.sub(exact, text)
    text = _FSTRING_HEAD.sub(head, text)
    text = _CONCAT_HEAD.sub(head, text)
    return text, count


def main(argv: list[str]) -> int:
    """Rewrite (or with --check only report) every file under FOLDERS; 1 if something is wrong."""
    check_only = "--check" in argv
    root = Path(__file__).resolve().parents[1]
    check_dynamic()
    unhandled: list[str] = []
    changed: dict[Path, str] = {}
    total = 0
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in SUFFIXES or "catalogue" in path.parts:
                continue
            before = path.read_text("utf-8")
            after, count = rewrite(before, str(path.relative_to(root)), unhandled)
            if count:
                changed[path] = after
                total += count
                print(f"{path.relative_to(root)}: {count}")
    if unhandled:
        print("codes built at run time that reach a renamed code, with no DYNAMIC rule:")
        print("\n".join(unhandled))
        return 1
    if not check_only:
        for path, after in changed.items():
            path.write_text(after, "utf-8")
    print(
        f"{total} codes in {len(changed)} files" + (" would change" if check_only else " renamed")
    )
    return 1 if check_only and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
