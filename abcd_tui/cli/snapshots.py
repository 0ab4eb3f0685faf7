"""`abcd snapshot | snapshots | compare`: the network and its analysis frozen now, the
snapshots made so far, and what changed between two. Thin: parse, call one function
below, print."""

from __future__ import annotations

import argparse
from typing import Any

from rich.table import Table
from rich.text import Text

from abcd_tui.cli.output import Call, Handler, literal, progress_bar
from abcd_tui.i18n import number, t

SHOWN = 20  # names listed per part of a comparison before "… and N more"


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `snapshot`, `snapshots` and `compare` to the `abcd` parser."""
    p = subparsers.add_parser("snapshot", help=t("cli.snapshot"))
    p.add_argument("--label", default="", help=t("cli.snapshot_label"))
    p.add_argument("--json", action="store_true", help=t("cli.snapshot_json"))

    p = subparsers.add_parser("snapshots", help=t("cli.snapshots"))
    p.add_argument("--json", action="store_true", help=t("cli.json_array"))

    p = subparsers.add_parser("compare", help=t("cli.compare"))
    p.add_argument("a", metavar="A", help=t("cli.compare_a"))
    p.add_argument("b", metavar="B", help=t("cli.compare_b"))
    p.add_argument("--json", action="store_true", help=t("cli.json_object"))


def short_id(snapshot_id: str) -> str:
    """The id as the list shows it: its last 8 characters (the random part of a
    time-ordered id; the first ones are the same for snapshots made close together)."""
    return snapshot_id[-8:]


def _label_part(label: str) -> str:
    return f" '{label}'" if label else ""


def run_snapshot(call: Call) -> int:
    from abcd_tui.snapshots import take_snapshot

    args, out = call.args, call.out
    register = call.opened()
    stages = ("graph", "analysis", "introductions", "document")
    with progress_bar(call.err) as bar:
        task = bar.add_task("", total=len(stages)) if bar else None

        def step(stage: str) -> None:
            if bar is not None and task is not None:
                bar.update(
                    task,
                    description=t(f"snapshot.stage.{stage}"),
                    completed=stages.index(stage),
                )

        info = register.look(take_snapshot, args.label, progress=step)
    if args.json:
        return call.json(info.as_json())
    s = info.summary
    out.print(
        literal(
            t(
                "snapshot.made",
                id=short_id(info.id),
                label=_label_part(info.label),
                residents=number(s["residents"]),
                ties=number(s["ties"]),
                waiting=number(s["not_yet_connected"]),
            )
        )
    )
    return 0


def run_snapshots(call: Call) -> int:
    from abcd_tui.export.words import figure_text
    from abcd_tui.snapshots import HEADLINE, list_snapshots

    out = call.out
    found = call.opened().look(list_snapshots)
    if call.args.json:
        return call.json([s.as_json() for s in found])
    if not found:
        call.err.print(t("snapshot.none"))
        return 0
    shown: tuple[str, ...] = ("residents", "ties", "not_yet_connected", "connected_share")
    shown += ("key_figures",) if out.width >= 100 else ()
    table = Table(title=t("snapshot.title"), title_justify="left")
    table.add_column(t("snapshot.col.number"), justify="right")
    show_id = out.width >= 100  # the number names a snapshot as well; --json has the id
    if show_id:
        table.add_column(t("snapshot.col.id"), no_wrap=True)
    table.add_column(t("snapshot.col.label"), overflow="fold", min_width=8)
    table.add_column(t("snapshot.col.created"), no_wrap=True)
    for code in shown:
        table.add_column(t(f"figure.short.{code}"), justify="right")
    for position, s in enumerate(found, start=1):
        table.add_row(
            str(position),
            *([short_id(s.id)] if show_id else []),
            literal(s.label),
            s.created.replace("T", " ")[:16],
            *(figure_text(c, s.summary.get(c, 0)) for c in shown if c in HEADLINE),
        )
    out.print(table)
    return 0


def run_compare(call: Call) -> int:
    from abcd_tui.export.words import change_text, community_sentences, figure_text
    from abcd_tui.snapshots import compare_snapshots

    args, out = call.args, call.out
    result = call.opened().look(compare_snapshots, args.a, args.b)
    if args.json:
        return call.json(result.as_json())

    def name(info: dict[str, Any]) -> str:
        when = info["created"].replace("T", " ")[:16]
        return f"{info['label']} ({when})" if info["label"] else when

    table = Table(
        title=literal(t("compare.title", a=name(result.a), b=name(result.b))),
        title_justify="left",
    )
    table.add_column(t("compare.col.figure"))
    table.add_column(literal(name(result.a)), justify="right")
    table.add_column(literal(name(result.b)), justify="right")
    table.add_column(t("compare.col.change"), justify="right")
    for code, a, b in result.figures:
        table.add_row(
            t(f"figure.{code}"),
            figure_text(code, a),
            figure_text(code, b),
            change_text(code, round(b - a, 1)),
        )
    out.print(table)

    def part(code: str, lines: list[str]) -> None:
        out.print(Text(t(f"compare.{code}", count=len(lines)), style="bold"))
        if not lines:
            out.print(Text("  " + t("compare.nothing"), style="dim"))
        for line in lines[:SHOWN]:
            out.print(Text("  ") + literal(line))
        if len(lines) > SHOWN:
            out.print(Text("  " + t("compare.more", count=len(lines) - SHOWN), style="dim"))

    def tie_line(c) -> str:
        kinds = ", ".join(t(f"tie.{k}") for k in c.kinds)
        return f"{c.a.name} – {c.b.name} ({kinds})"

    def person_line(p) -> str:
        return f"{p.name} ({p.key})"

    part("ties_added", [tie_line(c) for c in result.ties_added])
    part("ties_lost", [tie_line(c) for c in result.ties_lost])
    part("became_connected", [person_line(p) for p in result.became_connected])
    part("lost_connection", [person_line(p) for p in result.lost_connection])
    part("connectors_gained", [person_line(p) for p in result.connectors_gained])
    part("connectors_lost", [person_line(p) for p in result.connectors_lost])
    for code, lines in community_sentences(result).items():
        part(code, lines)
    if result.residents_added or result.residents_gone:
        out.print(
            Text(
                t(
                    "compare.residents_moved",
                    added=result.residents_added,
                    gone=result.residents_gone,
                ),
                style="dim",
            )
        )
    return 0


COMMANDS: dict[str, Handler] = {
    "snapshot": run_snapshot,
    "snapshots": run_snapshots,
    "compare": run_compare,
}
