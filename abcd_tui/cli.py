"""The `abcd` command: thin wrappers that parse, call one function of the layers below,
and print. `abcd` alone opens the app.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from rich.table import Table

from abcd_tui import (
    __version__,
    cli_analysis,
    cli_backup,
    cli_snapshots,
    cli_still,
    cli_walks,
    i18n,
    paths,
    settings,
)
from abcd_tui.display import err, literal, out, to_json
from abcd_tui.domain.errors import UserError
from abcd_tui.i18n import number, t


def _count(text: str) -> int:
    """A whole number from 0 up, for --limit and --top."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("give 0 or more")
    return min(value, sys.maxsize)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="abcd",
        description="Map the gifts, associations and ties of a neighbourhood (ABCD). "
        "Without a command, opens the app.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (else $ABCD_DB, else data/abcd.db)"
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language: nl (default) or en")
    parser.add_argument("--version", action="version", version=f"abcd-tui {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help="import people, groups and ties from CSV or .xlsx")
    p.add_argument("--people", type=Path, metavar="FILE", help="people file (CSV or .xlsx)")
    p.add_argument("--groups", type=Path, metavar="FILE", help="groups file (CSV or .xlsx)")
    p.add_argument("--ties", type=Path, metavar="FILE", help="ties file (CSV or .xlsx)")
    p.add_argument("--dry-run", action="store_true", help="report what would change, save nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = commands.add_parser("demo", help="create a realistic demo village in an empty database")
    p.add_argument("--size", type=int, default=150, help="number of residents (default 150)")
    p.add_argument("--seed", type=int, default=1, help="seed: the same seed gives the same village")

    p = commands.add_parser("stats", help="counts of everything in the register")
    p.add_argument("--json", action="store_true", help="print a JSON object")

    p = commands.add_parser("list", help="list people, groups or ties")
    p.add_argument("what", choices=("people", "groups", "ties"), help="what to list")
    p.add_argument("--json", action="store_true", help="print a JSON array (all records)")
    p.add_argument(
        "--limit",
        type=_count,
        help="at most N records (0: all); tables show 200 unless asked, --json all",
    )
    p.add_argument("--neighbourhood", help="people: only this neighbourhood or village")
    p.add_argument("--kind", help="groups or ties: only this kind")

    cli_analysis.add_commands(commands)
    cli_snapshots.add_commands(commands)
    cli_backup.add_commands(commands)
    cli_walks.add_commands(commands)
    cli_still.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    elif not os.environ.get("ABCD_LANG"):
        saved = settings.load().language
        if saved in i18n.LANGUAGES:
            i18n.set_language(saved)
    db_path = paths.database_path(args.db)
    try:
        if args.command is None:
            from abcd_tui.tui.app import run_app  # Textual only loads for the app

            return run_app(db_path)
        handler = COMMANDS[args.command]
        return handler(args, db_path)
    except UserError as exc:
        err.print(literal(t(exc.code, **exc.params), style="red"))
        return 1
    except KeyboardInterrupt:
        err.print(t("error.interrupted"))
        return 130
    except BrokenPipeError:
        # `abcd list people | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    except Exception as exc:  # the last line of defence: a message, never a traceback
        if (trouble := _file_trouble(exc, db_path)) is not None:  # full disk, damaged file
            err.print(literal(t(trouble.code, **trouble.params), style="red"))
            return 1
        if os.environ.get("ABCD_DEBUG"):
            traceback.print_exc()
        err.print(literal(t("error.unexpected", error=f"{type(exc).__name__}: {exc}"), style="red"))
        return 1


def _file_trouble(exc: Exception, db_path: Path) -> UserError | None:
    """A full disk or a damaged database met outside a write (while reading, say)."""
    import sqlite3

    if not isinstance(exc, sqlite3.Error):
        return None
    from abcd_tui.store.trouble import explain

    return explain(exc, db_path)


def _open(db_path: Path, create: bool = False):
    from abcd_tui.store import open_database

    if create:
        paths.secure_default_folder(db_path)
    db = open_database(db_path, create=create)
    if db.upgraded_from:
        version, backup = db.upgraded_from
        err.print(literal(t("store.upgraded", path=db_path, version=version, backup=backup)))
    return db


def _import(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.cli_import import run_import

    return run_import(args, _open(db_path, create=True), out, err)


def _demo(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.demo import make_demo
    from abcd_tui.store import reads

    if not 10 <= args.size <= 1_000_000:
        raise UserError("demo.bad_size")
    db = _open(db_path, create=True)
    existing = db.execute("SELECT count(*) FROM residents").fetchone()[0]
    if existing:
        raise UserError("demo.not_empty", path=db_path, residents=existing)
    started = time.perf_counter()
    summary = make_demo(db, size=args.size, seed=args.seed)
    s = reads.stats(db)
    err.print(
        literal(
            t(
                "demo.made",
                path=db_path,
                residents=s.residents,
                villages=summary.villages,
                neighbourhoods=s.neighbourhoods,
                groups=sum(s.groups.values()),
                ties=sum(s.ties.values()),
                seconds=f"{time.perf_counter() - started:.1f}",
            )
        )
    )
    return 0


def _stats(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.store import reads

    s = reads.stats(_open(db_path))
    if args.json:
        out.print(to_json(s.as_json()), markup=False, soft_wrap=True)
        return 0
    table = Table(title=t("stats.title"), show_header=False, title_justify="left")
    table.add_column(justify="left")
    table.add_column(justify="right")
    table.add_row(t("stats.residents"), number(s.residents))
    table.add_row(t("stats.with_consent"), number(s.residents_with_consent))
    for value, count in s.open_to_introductions.items():
        table.add_row(f"  {t('col.open').lower()}: {t('open.' + value)}", number(count))
    table.add_row(t("stats.neighbourhoods"), number(s.neighbourhoods))
    table.add_row(t("stats.groups"), number(sum(s.groups.values())))
    for kind, count in s.groups.items():
        table.add_row(f"  {t('kind.' + kind)}", number(count))
    table.add_row(t("stats.ties"), number(sum(s.ties.values())))
    for kind, count in s.ties.items():
        table.add_row(f"  {t('tie.' + kind)}", number(count))
    table.add_row(t("stats.without_ties"), number(s.residents_without_ties))
    table.add_row(t("stats.one_tie"), number(s.residents_with_one_tie))
    table.add_row(t("stats.walks"), number(s.walks))
    table.add_row(t("stats.vocabulary"), number(s.vocabulary))
    out.print(table)
    return 0


def _list(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.cli_list import run_list

    return run_list(args, _open(db_path), out, err)


COMMANDS = {
    "import": _import,
    "demo": _demo,
    "stats": _stats,
    "list": _list,
    **cli_analysis.COMMANDS,
    **cli_snapshots.COMMANDS,
    **cli_backup.COMMANDS,
    **cli_walks.COMMANDS,
    **cli_still.COMMANDS,
}
