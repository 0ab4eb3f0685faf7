"""`abcd backup | backups | restore`: copies of the register you can put back
(`store.backup`). Thin: parse, call one function below, print."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from rich.table import Table

from abcd_tui.display import err, literal, out, to_json
from abcd_tui.i18n import number, t


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `abcd` parser."""
    p = commands.add_parser("backup", help="make a backup of the register now; prints its path")
    p.add_argument("--json", action="store_true", help="print {path, created, reason, bytes}")

    p = commands.add_parser("backups", help="list the backups of the register, oldest first")
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = commands.add_parser(
        "restore", help="put a backup back in place of the register (backs up the current first)"
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the backup (see abcd backups)")
    p.add_argument("--json", action="store_true", help="print {restored, before, residents}")


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.store import open_database
    from abcd_tui.store.backup import list_backups, make_backup

    db = open_database(db_path, create=False)
    try:
        path = make_backup(db, "manual", db_path)
    finally:
        db.close()
    if args.json:
        info = next(b for b in list_backups(db_path) if b.path == path)
        sys.stdout.write(to_json(info.as_json()) + "\n")
        return 0
    err.print(literal(t("backup.made", path=path)))
    sys.stdout.write(f"{path}\n")  # for scripts: one line, never wrapped
    return 0


def run_backups(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.store.backup import KEPT, backups_folder, list_backups

    found = list_backups(db_path)
    if args.json:
        sys.stdout.write(to_json([b.as_json() for b in found]) + "\n")
        return 0
    folder = backups_folder(db_path)
    if not found:
        err.print(literal(t("backup.none", path=folder)))
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
            literal(str(b.path)),
        )
    out.print(table)
    return 0


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.store.backup import restore

    done = restore(db_path, args.file)
    if args.json:
        sys.stdout.write(
            to_json(
                {
                    "restored": str(done.restored),
                    "before": str(done.before),
                    "residents": done.residents,
                }
            )
            + "\n"
        )
        return 0
    out.print(
        literal(
            t("restore.done", restored=done.restored, before=done.before, residents=done.residents)
        )
    )
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "backup": run_backup,
    "backups": run_backups,
    "restore": run_restore,
}
