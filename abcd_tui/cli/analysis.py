"""`abcd connectors | isolated | introductions | communities | who-can-help`: the
connection analysis on the command line. Thin: parse, call one analysis function,
print a Rich table (names literal) or, with --json, a JSON array, best first.

Connectors, isolated, introductions (for everyone) and communities are read from the
analysis cached in the register (`analysis.cached`): a second call at the same
revision costs what `abcd stats` costs. Who can help, and introductions for one
resident, are asked of the analysis itself.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from abcd_tui.cli.output import Call, Handler, literal
from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import RecordType
from abcd_tui.i18n import reason_text, t

if TYPE_CHECKING:  # the analysis (networkx, igraph) loads only for its commands
    from abcd_tui.analysis import Analysis

WIDE_TERMINAL = 120  # columns from which tables show their extra columns
NARROW_COLUMN = 16  # the widest a column other than the reasons gets below that


def kind_text(kind: str) -> str:
    """The kind of a resident or group, in words."""
    return t("analysis.kind.resident") if kind == RecordType.RESIDENT else t(f"kind.{kind}")


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the analysis commands to the `abcd` parser's subcommands."""
    p = subparsers.add_parser("connectors", help=t("cli.connectors"))
    p.add_argument("--top", type=int, default=20, help=t("cli.connectors_top"))
    p.add_argument("--groups", action="store_true", help=t("cli.connectors_groups"))
    p.add_argument("--json", action="store_true", help=t("cli.json_best_first"))

    p = subparsers.add_parser(
        "isolated",
        aliases=["not-connected"],
        help=t("cli.isolated"),
    )
    p.add_argument("--json", action="store_true", help=t("cli.json_array"))

    p = subparsers.add_parser("introductions", help=t("cli.introductions"))
    p.add_argument(
        "--for", dest="for_key", metavar=t("cli.meta_key"), help=t("cli.introductions_for")
    )
    p.add_argument(
        "--not-now",
        action="store_true",
        help=t("cli.introductions_not_now"),
    )
    p.add_argument("--top", type=int, default=3, help=t("cli.introductions_top"))
    p.add_argument("--json", action="store_true", help=t("cli.json_best_first"))

    p = subparsers.add_parser("communities", help=t("cli.communities"))
    p.add_argument("--json", action="store_true", help=t("cli.json_biggest_first"))

    p = subparsers.add_parser("who-can-help", help=t("cli.who_can_help"))
    p.add_argument("text", metavar=t("cli.meta_text"), help=t("cli.who_can_help_text"))
    p.add_argument("--top", type=int, default=20, help=t("cli.who_can_help_top"))
    p.add_argument("--near", metavar=t("cli.meta_key"), help=t("cli.who_can_help_near"))
    p.add_argument(
        "--not-now",
        action="store_true",
        help=t("cli.who_can_help_not_now"),
    )
    p.add_argument("--json", action="store_true", help=t("cli.json_best_first"))


def _analysis(call: Call) -> Analysis:
    from abcd_tui.analysis import analysis_of

    return call.register.look(analysis_of)


def _reasons(reasons: Sequence[object]) -> list[str]:
    return [reason_text(r) for r in reasons]


def _lines(reasons: Sequence[object]) -> Text:
    """Reasons one per line, each shown literally (names stay text, never markup)."""
    return Text("\n").join(literal(r) for r in _reasons(reasons))


def _why(reasons: Sequence[object], consent_first: bool) -> Text:
    """The reasons, and "eerst toestemming vragen" for someone whose consent is not
    recorded (introductions and who-can-help alike)."""
    lines = _lines(reasons)
    if consent_first:
        lines.append(literal("\n" + t("analysis.consent_first"), "yellow"))
    return lines


def _table(out: Console, title: str, columns: list[str], wide: int = -1) -> Table:
    """A table whose reasons column (`wide`, by index) takes the room that is left."""
    table = Table(title=literal(title), title_justify="left", show_lines=False, expand=True)
    wide %= len(columns)
    # Rich gives columns without a ratio their full natural width first; on a narrow
    # terminal that would leave the reasons one letter wide.
    narrow = None if out.width >= WIDE_TERMINAL else NARROW_COLUMN
    for number, column in enumerate(columns):
        if number == wide:
            table.add_column(column, overflow="fold", ratio=1)
        else:
            table.add_column(column, overflow="fold", max_width=narrow)
    return table


def _short_list(keys: list[str], shown: int = 5) -> str:
    if len(keys) <= shown:
        return ", ".join(keys)
    return t("analysis.more_depend", shown=", ".join(keys[:shown]), more=len(keys) - shown)


def run_connectors(call: Call) -> int:
    from abcd_tui.analysis.cached import connector_rows

    args, out = call.args, call.out
    of = RecordType.GROUP if args.groups else RecordType.RESIDENT
    found = call.register.look(connector_rows, of=of, top=args.top or None)
    if args.json:
        return call.json(
            [
                {
                    "key": c["key"],
                    "name": c["name"],
                    "kind": c["kind"],
                    "score": c["score"],
                    "reasons": _reasons(c["reasons"]),
                    "depends": c["depends"],
                    "farther": c["farther"],
                    "signals": c["signals"],
                }
                for c in found
            ]
        )
    title = t("analysis.connectors.groups_title" if args.groups else "analysis.connectors.title")
    # At 80 columns the reasons need the room: the kind says nothing when all are
    # residents, and who depends on a connector is in the reasons already (and in --json).
    show_kind = args.groups
    show_depends = out.width >= WIDE_TERMINAL
    columns = [t("analysis.col.rank"), t("col.name")]
    columns += [t("col.kind")] if show_kind else []
    columns += [t("analysis.col.score"), t("analysis.col.reasons")]
    columns += [t("analysis.col.depends")] if show_depends else []
    table = _table(out, title, columns, wide=len(columns) - (2 if show_depends else 1))
    for rank, c in enumerate(found, start=1):
        cells: list[RenderableType] = [str(rank), literal(c["name"], "bold")]
        cells += [kind_text(c["kind"])] if show_kind else []
        cells += [f"{c['score']:.1f}", _lines(c["reasons"])]
        cells += [literal(_short_list(c["depends"]))] if show_depends else []
        table.add_row(*cells)
    out.print(table)
    return 0


def run_isolated(call: Call) -> int:
    from abcd_tui.analysis.cached import not_yet_connected_rows

    args, out = call.args, call.out
    found = call.register.look(not_yet_connected_rows)
    if args.json:
        return call.json(
            [
                {
                    "key": e["key"],
                    "name": e["name"],
                    "kind": e["kind"],
                    "conditions": e["conditions"],
                    "reasons": _reasons(e["reasons"]),
                    "open_to_introductions": e["open"],
                }
                for e in found
            ]
        )
    show_key = out.width >= WIDE_TERMINAL  # names suffice on a laptop; --json has keys
    columns = [t("col.key")] if show_key else []
    columns += [t("col.name"), t("col.kind"), t("analysis.col.reasons"), t("col.open")]
    # The figure elsewhere counts residents; groups are listed too: the title says both.
    residents = sum(1 for e in found if e["kind"] == RecordType.RESIDENT)
    title = t(
        "analysis.unconnected.counted",
        title=t("analysis.unconnected.title"),
        residents=residents,
        groups=len(found) - residents,
    )
    table = _table(out, title, columns, wide=-2)
    for e in found:
        cells: list[RenderableType] = [literal(e["key"])] if show_key else []
        cells += [
            literal(e["name"], "bold"),
            kind_text(e["kind"]),
            _lines(e["reasons"]),
            t(f"open.{e['open']}") if e["open"] else "",
        ]
        table.add_row(*cells)
    out.print(table)
    return 0


def run_introductions(call: Call) -> int:
    from abcd_tui.analysis.cached import introduction_rows

    args, out = call.args, call.out
    if args.for_key is None:
        found = call.register.look(introduction_rows, not_now=args.not_now, top=args.top)
    else:
        found = _introductions_for(call, args.for_key, args.not_now, args.top)
    if args.json:
        return call.json(
            [
                {
                    "for": i["for_key"],
                    "for_name": i["for_name"],
                    "meet": i["meet_key"],
                    "meet_name": i["meet_name"],
                    "meet_kind": i["meet_kind"],
                    "score": i["score"],
                    "why": _reasons(i["reasons"][:1])[0] if i["reasons"] else "",
                    "consent_first": i["consent_first"],
                    "reasons": _reasons(i["reasons"]),
                }
                for i in found
            ]
        )
    table = _table(
        out,
        t("analysis.introductions.title"),
        [
            t("analysis.col.for"),
            t("analysis.col.meet"),
            t("col.kind"),
            t("analysis.col.score"),
            t("analysis.col.reasons"),
        ],
    )
    for i in found:
        why = _why(i["reasons"], i["consent_first"])
        table.add_row(
            literal(i["for_name"], "bold"),
            literal(i["meet_name"], "bold"),
            kind_text(i["meet_kind"]),
            f"{i['score']:.1f}",
            why,
        )
    out.print(table)
    return 0


def _introductions_for(call: Call, key: str, not_now: bool, top: int) -> list[dict[str, Any]]:
    """The introductions for one resident, from the analysis, as the cache's rows."""
    from abcd_tui.analysis import introductions

    analysis = _analysis(call)
    _check_for(call, analysis, key, not_now)
    return [
        {
            "for_key": i.for_key,
            "for_name": analysis.name(i.for_),
            "meet_key": i.meet_key,
            "meet_name": i.meet_name,
            "meet_kind": i.meet_kind,
            "score": i.score,
            "reasons": i.reasons,
            "consent_first": i.consent_first,
        }
        for i in introductions(analysis, for_key=key, not_now=not_now, top=top)
    ]


def _check_for(call: Call, analysis: Analysis, key: str, not_now: bool) -> None:
    """Refuse an unknown key; say so when the resident is not open now."""
    graph = analysis.graph
    node = next(
        (
            v
            for v, k in graph.nodes(data="key")
            if k == key and graph.nodes[v]["type"] == RecordType.RESIDENT
        ),
        None,
    )
    if node is None:
        raise UserError("analysis.unknown_key", key=key)
    openness = graph.nodes[node]["open_to_introductions"]
    if openness == "no" or (openness == "not_now" and not not_now):
        call.err.print(
            literal(
                t("analysis.not_open", name=graph.nodes[node]["name"], open=t(f"open.{openness}"))
            )
        )


def run_communities(call: Call) -> int:
    from abcd_tui.analysis.cached import community_rows

    args, out = call.args, call.out
    found = call.register.look(community_rows)
    if args.json:
        return call.json(found)
    table = _table(
        out,
        t("analysis.communities.title"),
        [
            t("analysis.col.rank"),
            t("analysis.col.members"),
            t("analysis.col.groups"),
            t("analysis.col.streets"),
            t("analysis.col.gifts"),
        ],
    )
    for c in found:
        table.add_row(
            str(c["number"]),
            str(c["residents"]),
            literal(", ".join(g["name"] for g in c["groups"])),
            literal(", ".join(s["street"] for s in c["streets"])),
            literal(", ".join(g["gift"] for g in c["gifts"])),
        )
    out.print(table)
    return 0


def run_who_can_help(call: Call) -> int:
    from abcd_tui.analysis import who_can_help

    args, out = call.args, call.out
    if not args.text.strip():
        raise UserError("analysis.help_empty")
    analysis = _analysis(call)
    if args.near is not None:
        _check_for(call, analysis, args.near, True)
    found = who_can_help(analysis, args.text, top=args.top, near=args.near, not_now=args.not_now)
    if args.json:
        return call.json(
            [
                {
                    "key": h.key,
                    "name": h.name,
                    "kind": h.kind,
                    "score": h.score,
                    "match": h.level,
                    "consent_first": h.consent_first,
                    "reasons": _reasons(h.reasons),
                }
                for h in found
            ]
        )
    table = _table(
        out,
        t("analysis.help.title", text=args.text),
        ([t("col.key")] if out.width >= WIDE_TERMINAL else [])
        + [t("col.name"), t("col.kind"), t("analysis.col.score"), t("analysis.col.reasons")],
    )
    for h in found:
        cells: list[RenderableType] = [literal(h.key)] if out.width >= WIDE_TERMINAL else []
        why = _why(h.reasons, h.consent_first)
        cells += [literal(h.name, "bold"), kind_text(h.kind), f"{h.score:.1f}", why]
        table.add_row(*cells)
    out.print(table)
    if not found:
        call.err.print(t("analysis.none"))
    return 0


COMMANDS: dict[str, Handler] = {
    "connectors": run_connectors,
    "isolated": run_isolated,
    "not-connected": run_isolated,
    "introductions": run_introductions,
    "communities": run_communities,
    "who-can-help": run_who_can_help,
}
