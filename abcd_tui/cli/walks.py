"""`abcd walks | still-to-ask`: the walks through the neighbourhood.

`walks`: every walk with what it brought (people met, new and again, gifts, offers and
needs, ties made, who is still to ask), the latest first. `still-to-ask`: the list for
the next walk. A table on the terminal, a JSON array for scripts, or (with --format) a
CSV or a printable HTML page, street by street, written owner-only into exports/ and
never over an existing file without --force.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.table import Table

from abcd_tui import paths
from abcd_tui.cli.output import Call, Handler, literal
from abcd_tui.i18n import number, t

if TYPE_CHECKING:
    from abcd_tui.store.walks import WalkSummary

WIDE_TERMINAL = 120  # columns from which each figure gets a column of its own
FIGURES = ("met", "new", "revisited", "gifts", "offers", "needs", "ties", "still")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `walks` and `still-to-ask` to the `abcd` parser."""
    p = commands.add_parser("walks", help=t("cli.walks"))
    p.add_argument("--json", action="store_true", help=t("cli.json_latest_first"))
    p = commands.add_parser("still-to-ask", help=t("cli.still_to_ask"))
    p.add_argument("--street", metavar=t("cli.meta_street"), help=t("cli.still_to_ask_street"))
    p.add_argument(
        "--format",
        choices=("csv", "html"),
        help=t("cli.still_to_ask_format"),
    )
    p.add_argument("--out", type=Path, metavar=t("cli.meta_dir"), help=t("cli.out"))
    p.add_argument("--force", action="store_true", help=t("cli.still_to_ask_force"))
    p.add_argument("--json", action="store_true", help=t("cli.json_array"))


def figures(summary: WalkSummary) -> list[int]:
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


def summary_line(summary: WalkSummary) -> str:
    """What a walk brought in one sentence of figures."""
    met, new, revisited, gifts, offers, needs, ties, still = figures(summary)
    return t(
        "walk.brought",
        met=number(met),
        new=number(new),
        revisited=number(revisited),
        gifts=number(gifts),
        offers=number(offers),
        needs=number(needs),
        ties=number(ties),
        still=number(still),
    )


def run_walks(call: Call) -> int:
    from abcd_tui.store.walks import walks

    found = call.register.read(walks)
    if call.args.json:
        return call.json([s.as_json() for s in found])
    out = call.out
    table = Table(title=t("walk.list_title", count=number(len(found))), title_justify="left")
    table.add_column(t("walk.col.date"), no_wrap=True)
    table.add_column(t("walk.col.area"), overflow="fold", max_width=20)
    table.add_column(t("walk.col.builders"), overflow="fold", max_width=16)
    wide = out.width >= WIDE_TERMINAL
    if wide:
        for code in FIGURES:
            table.add_column(t(f"walk.col.{code}"), justify="right")
    else:  # at 80 columns the figures read better as one line of words
        table.add_column(t("walk.col.brought"), overflow="fold", ratio=1)
    for s in found:
        cells: list[RenderableType] = [
            s.walk.date + (f"\n{t('walk.list_ended')}" if s.walk.ended_at else ""),
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


def run_still_to_ask(call: Call) -> int:
    from abcd_tui.export.still_to_ask import ask_words, known_street, write_still_to_ask
    from abcd_tui.store.still_to_ask import still_to_ask

    args, out, register = call.args, call.out, call.register
    if args.format:
        done = register.look(
            write_still_to_ask,
            args.format,
            out_dir=paths.exports_folder(args.out),
            street=args.street,
            force=args.force,
        )
        if args.json:
            data = {"file": str(done.path), "people": done.people, "streets": done.streets}
            return call.json(data)
        call.err.print(t("ask.private"))
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
    street = register.read(known_street, args.street) if args.street is not None else None
    found = register.read(still_to_ask, street=street)
    if args.json:
        return call.json([s.as_json() for s in found])
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
        call.err.print(t("ask.none"))
    return 0


COMMANDS: dict[str, Handler] = {"walks": run_walks, "still-to-ask": run_still_to_ask}
