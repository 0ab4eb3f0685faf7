"""`abcd import`: run the import, show progress on a terminal, report or list problems."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from abcd_tui.cli.output import Call, Handler, literal, progress_bar, to_json
from abcd_tui.domain.errors import UserError
from abcd_tui.i18n import number, t

if TYPE_CHECKING:  # the importer (and sqlite-utils) loads when `abcd import` runs
    from rich.table import Table

    from abcd_tui.store import Database
    from abcd_tui.store.importer import ImportReport
    from abcd_tui.store.importer.problems import Problems, RowError

DRY_RUN_SHOWN = 20  # keys listed per kind in a dry run; --json lists them all


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `import` to the `abcd` parser."""
    p = commands.add_parser("import", help=t("cli.import"))
    p.add_argument("--people", type=Path, metavar=t("cli.meta_file"), help=t("cli.import_people"))
    p.add_argument("--groups", type=Path, metavar=t("cli.meta_file"), help=t("cli.import_groups"))
    p.add_argument("--ties", type=Path, metavar=t("cli.meta_file"), help=t("cli.import_ties"))
    p.add_argument("--dry-run", action="store_true", help=t("cli.import_dry_run"))
    p.add_argument("--json", action="store_true", help=t("cli.import_json"))


def _problem_table(problems: list[RowError], title: str) -> Table:
    from rich.table import Table  # only when there are problems to list

    table = Table(title=title, title_justify="left")
    for column in ("file", "line", "column", "problem"):
        table.add_column(t(f"col.{column}"), overflow="fold")
    for p in problems:
        table.add_row(
            literal(p.file), str(p.line), literal(p.column or ""), literal(t(p.code, **p.params))
        )
    return table


def _kinds_table(problems: Problems) -> Table:
    """All problems by kind, when more were found than are listed one by one."""
    from rich.table import Table

    table = Table(
        title=t("import.problems_by_kind", shown=len(problems.shown), count=number(len(problems))),
        title_justify="left",
    )
    for column in ("file", "column"):
        table.add_column(t(f"col.{column}"), overflow="fold")
    table.add_column(t("import.col_example"), overflow="fold")
    table.add_column(t("import.col_count"), justify="right")
    for kind in problems.kinds():
        example = kind.example
        where = f"{t('col.line').lower()} {example.line}"
        table.add_row(
            literal(kind.file),
            literal(kind.column or ""),
            literal(f"{t(example.code, **example.params)} ({where})"),
            number(kind.count),
        )
    return table


def _print_problems(problems: Problems, title: str, err: Console) -> None:
    err.print(_problem_table(problems.shown, title))
    if problems.left_out:
        err.print(_kinds_table(problems))


def _problems_json(problems: Problems, name: str) -> dict[str, object]:
    return {
        name: [e.as_json() | {"message": t(e.code, **e.params)} for e in problems.shown],
        f"{name}_total": len(problems),
        f"{name}_kinds": [k.as_json() for k in problems.kinds()],
    }


def run_import(call: Call) -> int:
    """Import the files given; a report (or, with --json, JSON whatever happened)."""
    args, out, err = call.args, call.out, call.err
    register = call.opened(create=True)
    try:
        return register.look(_run_import, args, out, err)
    except UserError as problem:
        if args.json:  # scripts get JSON on stdout whatever went wrong
            message = t(problem.code, **problem.params)
            out.print(
                to_json(
                    {
                        "imported": False,
                        "errors": [
                            {"code": problem.code, "params": problem.params, "message": message}
                        ],
                    }
                ),
                markup=False,
                soft_wrap=True,  # a long message must not be wrapped inside a JSON string
            )
        raise


def _run_import(db: Database, args: argparse.Namespace, out: Console, err: Console) -> int:
    from abcd_tui.store.importer import ImportRejected, import_files

    with progress_bar(err) as bar:
        task = bar.add_task("", total=None) if bar else None
        waiting_said = False

        def step(stage: str, done: int, total: int) -> None:
            if bar is not None and task is not None:
                bar.update(
                    task, description=t(f"import.stage.{stage}"), completed=done, total=total
                )

        def on_wait(seconds: float) -> None:
            nonlocal waiting_said
            if not waiting_said and seconds > 1:
                err.print(t("store.waiting"))
                waiting_said = True

        try:
            report = import_files(
                db,
                people=args.people,
                groups=args.groups,
                ties=args.ties,
                dry_run=args.dry_run,
                progress=step,
                on_wait=on_wait,
                # A copy to go back to (store.backup), made once the import is known to
                # change something; fails cleanly, before any write, when the disk is full.
                backup=None if args.dry_run else "import",
            )
        except ImportRejected as rejected:
            if bar is not None:
                bar.stop()
            if args.json:
                out.print(
                    to_json({"imported": False, **_problems_json(rejected.errors, "errors")}),
                    markup=False,
                    soft_wrap=True,
                )
            title = t("import.rejected", count=number(len(rejected.errors)))
            _print_problems(rejected.errors, title, err)
            return 1
    _print_report(report, args.json, out, err)
    return 0


def _print_report(report: ImportReport, as_json: bool, out: Console, err: Console) -> None:
    if report.warnings:
        _print_problems(report.warnings, t("import.warning"), err)
    if as_json:
        out.print(to_json(report.as_json()), markup=False, soft_wrap=True)
        return
    for what, counts in (
        ("stats.residents", report.people),
        ("stats.groups", report.groups),
        ("stats.ties", report.ties),
    ):
        if counts.added or counts.changed or counts.unchanged or what in report.given:
            out.print(
                t(
                    "import.summary",
                    what=t(what),
                    added=counts.added,
                    changed=counts.changed,
                    unchanged=counts.unchanged,
                )
            )
        if report.dry_run:
            for label, keys in (
                ("import.would_add", counts.added_keys),
                ("import.would_change", counts.changed_keys),
            ):
                if keys:
                    shown = ", ".join(keys[:DRY_RUN_SHOWN])
                    more = len(keys) - DRY_RUN_SHOWN
                    out.print(
                        literal(f"  {t(label)}: {shown}" + (f" (+{more})" if more > 0 else ""))
                    )
    if report.dry_run:
        out.print(t("import.dry_run"))


COMMANDS: dict[str, Handler] = {"import": run_import}
