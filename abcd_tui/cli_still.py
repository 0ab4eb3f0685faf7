"""`abcd still-to-ask`: the list for the next walk. A table on the terminal, a JSON
array for scripts, or (with --format) a CSV or a printable HTML page, street by street,
written owner-only into exports/ and never over an existing file without --force."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.table import Table

from abcd_tui import paths
from abcd_tui.display import err, literal, out, to_json
from abcd_tui.i18n import number, t


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `abcd` parser."""
    p = commands.add_parser(
        "still-to-ask", help="who is still to ask what, per street: the list for the next walk"
    )
    p.add_argument("--street", metavar="STREET", help="only this street (any case)")
    p.add_argument(
        "--format",
        choices=("csv", "html"),
        help="write a file (csv for a spreadsheet, html to print) instead of a table",
    )
    p.add_argument("--out", type=Path, metavar="DIR", help="folder (default: exports/)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--json", action="store_true", help="print a JSON array")


def run_still_to_ask(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.export.still_to_ask import ask_words, known_street, write_still_to_ask
    from abcd_tui.store import open_database
    from abcd_tui.store.still_to_ask import still_to_ask

    db = open_database(db_path, create=False)
    try:
        if args.format:
            done = write_still_to_ask(
                db,
                args.format,
                out_dir=paths.exports_folder(args.out),
                street=args.street,
                force=args.force,
            )
            if args.json:
                data = {"file": str(done.path), "people": done.people, "streets": done.streets}
                sys.stdout.write(to_json(data) + "\n")
                return 0
            err.print(t("ask.private"))
            out.print(
                literal(
                    t(
                        "ask.written",
                        path=done.path,
                        people=number(done.people),
                        streets=number(done.streets),
                    )
                )
            )
            return 0
        street = known_street(db, args.street) if args.street is not None else None
        found = still_to_ask(db, street=street)
    finally:
        db.close()
    if args.json:
        sys.stdout.write(to_json([s.as_json() for s in found]) + "\n")
        return 0
    title = t("ask.table_title", count=number(len(found)))
    table = Table(title=title, title_justify="left", expand=True)
    for code in ("street", "name", "address", "last_met"):
        table.add_column(t(f"ask.col.{code}"), overflow="fold", max_width=24)
    table.add_column(t("ask.col.ask"), overflow="fold", ratio=1)
    street_shown = None
    for item in found:
        shown = item.street or t("ask.no_street")
        table.add_row(
            literal(shown if shown != street_shown else "", "bold"),
            literal(item.name),
            literal(item.address),
            item.last_met,
            ask_words(item),
        )
        street_shown = shown
    out.print(table)
    if not found:
        err.print(t("still.none"))
    return 0


COMMANDS: dict = {"still-to-ask": run_still_to_ask}
