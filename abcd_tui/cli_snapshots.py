"""`abcd snapshot | snapshots | compare | export | forget`: snapshots over time, files
to share, and erasing a resident. Thin: parse, call one function below, print."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from rich.table import Table
from rich.text import Text

from abcd_tui import paths
from abcd_tui.display import err, literal, out, progress_bar, to_json
from abcd_tui.domain.errors import UserError
from abcd_tui.i18n import number, t

SHOWN = 20  # names listed per part of a comparison before "… and N more"


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "snapshot", help="freeze the network and its analysis now, to compare later"
    )
    p.add_argument("--label", default="", help="a name for it, e.g. 'voor de zomer'")
    p.add_argument("--json", action="store_true", help="print {id, label, created, ...}")

    p = subparsers.add_parser("snapshots", help="list the snapshots, oldest first")
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = subparsers.add_parser("compare", help="what changed between two snapshots")
    p.add_argument("a", metavar="A", help="snapshot: number (1 = oldest, -1 = newest), id or label")
    p.add_argument("b", metavar="B", help="the other snapshot")
    p.add_argument("--json", action="store_true", help="print a JSON object")

    p = subparsers.add_parser(
        "export", help="write the network for Gephi, spreadsheets or a report to read"
    )
    p.add_argument(
        "--format",
        default="all",
        help="graphml, gexf, json, csv, html, several with commas, or all (default)",
    )
    p.add_argument("--snapshot", metavar="ID", help="a saved snapshot (default: the register now)")
    p.add_argument("--out", type=Path, metavar="DIR", help="folder (default: exports/)")
    p.add_argument(
        "--with-names",
        action="store_true",
        help="show names of residents who gave consent (default: pseudonyms)",
    )
    p.add_argument("--force", action="store_true", help="overwrite files already there")
    p.add_argument(
        "--k",
        default="3",
        metavar="N",
        help="every combination an unnamed resident shows is shared by N or more (default 3;"
        " 1: generalise nothing); see README.txt in the export",
    )
    p.add_argument("--delimiter", default=",", help="CSV delimiter: , (default) or ; for Excel")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")

    p = subparsers.add_parser("forget", help="erase a resident and every trace of them")
    p.add_argument("key", metavar="KEY", help="the resident's key (see abcd list people)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print what was erased as JSON")


def _db(db_path: Path, create: bool = False):
    from abcd_tui.store import open_database

    db = open_database(db_path, create=create)
    if db.upgraded_from:  # the old version is kept beside it, with everyone in it: say so
        version, backup = db.upgraded_from
        err.print(literal(t("store.upgraded", path=db_path, version=version, backup=backup)))
    return db


def short_id(snapshot_id: str) -> str:
    """The id as the list shows it: its last 8 characters (the random part of a
    time-ordered id; the first ones are the same for snapshots made close together)."""
    return snapshot_id[-8:]


def _label_part(label: str) -> str:
    return f" '{label}'" if label else ""


def run_snapshot(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.snapshots import take_snapshot

    db = _db(db_path)
    stages = ("graph", "analysis", "introductions", "document")
    with progress_bar(err) as bar:
        task = bar.add_task("", total=len(stages)) if bar else None

        def step(stage: str) -> None:
            if bar is not None:
                bar.update(
                    task,
                    description=t(f"snapshot.stage.{stage}"),
                    completed=stages.index(stage),
                )

        info = take_snapshot(db, args.label, progress=step)
    if args.json:
        sys.stdout.write(to_json(info.as_json()) + "\n")
        return 0
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


def run_snapshots(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.export.words import figure_text
    from abcd_tui.snapshots import HEADLINE, list_snapshots

    found = list_snapshots(_db(db_path))
    if args.json:
        sys.stdout.write(to_json([s.as_json() for s in found]) + "\n")
        return 0
    if not found:
        err.print(t("snapshot.none"))
        return 0
    shown = ("residents", "ties", "not_yet_connected", "connected_share")
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


def run_compare(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.export.words import change_text, community_sentences, figure_text
    from abcd_tui.snapshots import compare_snapshots

    db = _db(db_path)
    result = compare_snapshots(db, args.a, args.b)
    if args.json:
        sys.stdout.write(to_json(result.as_json()) + "\n")
        return 0

    def name(info: dict) -> str:
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


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.export import export, parse_formats

    formats = parse_formats(args.format)
    k = int(args.k) if args.k.isascii() and args.k.isdigit() and int(args.k) >= 1 else None
    if k is None:
        raise UserError("kanon.bad_k", value=args.k)
    out_dir = paths.exports_folder(args.out)
    db = _db(db_path)
    with progress_bar(err) as bar:
        task = bar.add_task("", total=None) if bar else None

        def step(stage: str, done: int, total: int) -> None:
            if bar is not None:
                label = t(f"export.stage.{stage}") if stage in ("read", "layout", "done") else stage
                bar.update(task, description=label, completed=done, total=total)

        result = export(
            db,
            formats,
            out_dir=out_dir,
            snapshot=args.snapshot,
            with_names=args.with_names,
            force=args.force,
            delimiter=args.delimiter,
            progress=step,
            k=k,
        )
    if args.json:
        sys.stdout.write(
            to_json(
                {
                    "files": [str(p) for p in result.paths],
                    "snapshot": result.snapshot.as_json() if result.snapshot else None,
                    "pseudonymised": result.pseudonymised,
                    "residents": result.residents,
                    "named": result.named,
                    "k": result.k,
                }
            )
            + "\n"
        )
        return 0
    if result.snapshot:
        s = result.snapshot
        err.print(
            literal(
                t(
                    "export.of_snapshot",
                    id=short_id(s.id),
                    created=s.created.replace("T", " ")[:16],
                    label=f", {s.label}" if s.label else "",
                )
            )
        )
    else:
        err.print(t("export.of_now"))
    if result.pseudonymised:
        err.print(t("export.pseudonymised"))
    else:
        err.print(t("export.named", named=result.named, residents=result.residents))
    err.print(t("kanon.cli" if result.k > 1 else "kanon.cli_off", k=result.k))
    for path in result.paths:
        out.print(literal(t("export.written", path=path)))
    return 0


def run_forget(args: argparse.Namespace, db_path: Path) -> int:
    from abcd_tui.store.forget import find_resident, forget

    db = _db(db_path)
    _id, name = find_resident(db, args.key)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("forget.needs_yes")
        err.print(literal(t("forget.confirm", name=name, key=args.key)), end=" ")
        answer = input().strip().casefold()
        if answer not in {t("forget.yes_word"), "yes", "ja", "y", "j"}:
            err.print(t("forget.cancelled"))
            return 1
    done = forget(db, db_path, args.key)
    notes = done.notes(db_path)
    if args.json:
        sys.stdout.write(to_json(done.as_json()) + "\n")
    else:
        code, params = notes[0]
        out.print(literal(t(code, **params)))
    for code, params in notes[1:]:
        err.print(literal(t(code, **params)))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "snapshot": run_snapshot,
    "snapshots": run_snapshots,
    "compare": run_compare,
    "export": run_export,
    "forget": run_forget,
}
