"""`abcd backup | backups | restore`: copies of the register you can put back
(`store.backup`). Thin: parse, call one function below, print."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table

from abcd_tui.cli.output import Call, Handler, literal
from abcd_tui.i18n import number, t


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the `abcd` parser."""
    p = commands.add_parser("backup", help=t("cli.backup"))
    p.add_argument("--json", action="store_true", help=t("cli.backup_json"))

    p = commands.add_parser("backups", help=t("cli.backups"))
    p.add_argument("--json", action="store_true", help=t("cli.json_array"))

    p = commands.add_parser("restore", help=t("cli.restore"))
    p.add_argument("file", type=Path, metavar=t("cli.meta_file"), help=t("cli.restore_file"))
    p.add_argument("--json", action="store_true", help=t("cli.restore_json"))


def run_backup(call: Call) -> int:
    from abcd_tui.store.backup import list_backups, make_backup

    path = call.register.look(make_backup, "manual", call.db_path)
    if call.args.json:
        info = next(b for b in list_backups(call.db_path) if b.path == path)
        return call.json(info.as_json())
    call.err.print(literal(t("backup.made", path=path)))
    call.line(str(path))  # for scripts: one line, never wrapped
    return 0


def run_backups(call: Call) -> int:
    from abcd_tui.store.backup import KEPT, backups_folder, list_backups

    found = list_backups(call.db_path)
    if call.args.json:
        return call.json([b.as_json() for b in found])
    folder = backups_folder(call.db_path)
    if not found:
        call.err.print(literal(t("backup.none", path=folder)))
        return 0
    table = Table(
        title=literal(t("backup.list_title", path=folder, kept=KEPT)), title_justify="left"
    )
    for column in ("created", "reason", "size", "file"):
        table.add_column(t(f"backup.col_{column}"), overflow="fold")
    for b in found:
        table.add_row(
            b.created.strftime("%Y-%m-%d %H:%M:%S"),
            b.reason,
            f"{number(round(b.size / 1024))} kB",
            literal(b.path.name),  # its folder is in the title
        )
    call.out.print(table)
    return 0


def run_restore(call: Call) -> int:
    from abcd_tui.store.backup import restore

    done = restore(call.db_path, call.args.file)
    if call.args.json:
        return call.json(
            {
                "restored": str(done.restored),
                "before": str(done.before),
                "residents": done.residents,
                "forgotten_again": done.forgotten_again,
            }
        )
    call.out.print(
        literal(
            t("restore.done", restored=done.restored, before=done.before, residents=done.residents)
        )
    )
    if done.forgotten_again:
        call.out.print(literal(t("restore.forgotten_again", count=done.forgotten_again)))
    return 0


COMMANDS: dict[str, Handler] = {
    "backup": run_backup,
    "backups": run_backups,
    "restore": run_restore,
}
