"""`abcd walks`: every walk with what it brought (people met, new and again, gifts,
offers and needs, ties made, who is still to ask), the latest first."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.table import Table

from abcd_tui.display import literal, out, to_json
from abcd_tui.i18n import number, t

WIDE_TERMINAL = 120  # columns from which each figure gets a column of its own
FIGURES = ("met", "new", "revisited", "gifts", "offers", "needs", "ties", "still")


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `abcd` parser."""
    p = commands.add_parser("walks", help="past walks, with whom we met and what it brought")
    p.add_argument("--json", action="store_true", help="print a JSON array, the latest first")


def figures(summary) -> list[int]:
    """The counts of a walk, in the order of FIGURES."""
    return [
        summary.met,
        summary.new,
        summary.revisited,
        summary.gifts,
        summary.offers,
        summary.needs,
        summary.ties,
        len(summary.still_to_ask),
    ]


def summary_line(summary) -> str:
    """What a walk brought in one sentence of figures."""
    met, new, revisited, gifts, offers, needs, ties, still = figures(summary)
    return t(
        "walks.brought",
        met=number(met),
        new=number(new),
        revisited=number(revisited),
        gifts=number(gifts),
        offers=number(offers),
        needs=number(needs),
        ties=number(ties),
        still=number(still),
    )


def run_walks(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.store import open_database
    from abcd_tui.store.walks import walks

    db = open_database(db_path, create=False)
    try:
        found = walks(db)
    finally:
        db.close()
    if args.json:
        sys.stdout.write(to_json([s.as_json() for s in found]) + "\n")
        return 0
    table = Table(title=t("walks.title", count=number(len(found))), title_justify="left")
    table.add_column(t("walks.col.date"), no_wrap=True)
    table.add_column(t("walks.col.area"), overflow="fold", max_width=20)
    table.add_column(t("walks.col.builders"), overflow="fold", max_width=16)
    wide = out.width >= WIDE_TERMINAL
    if wide:
        for code in FIGURES:
            table.add_column(t(f"walks.col.{code}"), justify="right")
    else:  # at 80 columns the figures read better as one line of words
        table.add_column(t("walks.col.brought"), overflow="fold", ratio=1)
    for s in found:
        cells = [
            s.walk.date + (f"\n{t('walks.ended')}" if s.walk.ended_at else ""),
            literal(s.walk.area),
            literal(", ".join(s.walk.builders)),
        ]
        if wide:
            cells += [number(n) for n in figures(s)]
        else:
            cells.append(summary_line(s))
        table.add_row(*cells)
    out.print(table)
    return 0


COMMANDS: dict = {"walks": run_walks}
