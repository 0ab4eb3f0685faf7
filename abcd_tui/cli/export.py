"""`abcd export`: the network written for Gephi, spreadsheets or a report to read,
pseudonymised unless asked (and only with consent) to name. Thin: parse, call the
export, print what was written."""

from __future__ import annotations

import argparse
from pathlib import Path

from abcd_tui import paths
from abcd_tui.cli.output import Call, Handler, literal, progress_bar
from abcd_tui.cli.snapshots import short_id
from abcd_tui.domain.errors import UserError
from abcd_tui.i18n import t


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `export` to the `abcd` parser."""
    p = commands.add_parser("export", help=t("cli.export"))
    p.add_argument(
        "--format",
        default="all",
        help=t("cli.export_format"),
    )
    p.add_argument("--snapshot", metavar="ID", help=t("cli.export_snapshot"))
    p.add_argument("--out", type=Path, metavar=t("cli.meta_dir"), help=t("cli.out"))
    p.add_argument(
        "--with-names",
        action="store_true",
        help=t("cli.export_with_names"),
    )
    p.add_argument("--force", action="store_true", help=t("cli.export_force"))
    p.add_argument(
        "--k",
        default="3",
        metavar="N",
        help=t("cli.export_k"),
    )
    p.add_argument("--delimiter", default=",", help=t("cli.export_delimiter"))
    p.add_argument("--json", action="store_true", help=t("cli.export_json"))


def run_export(call: Call) -> int:
    from abcd_tui.export import export, parse_formats

    args, out, err = call.args, call.out, call.err
    formats = parse_formats(args.format)
    k = int(args.k) if args.k.isascii() and args.k.isdigit() and int(args.k) >= 1 else None
    if k is None:
        raise UserError("kanon.bad_k", value=args.k)
    out_dir = paths.exports_folder(args.out)
    register = call.opened()
    with progress_bar(err) as bar:
        task = bar.add_task("", total=None) if bar else None

        def step(stage: str, done: int, total: int) -> None:
            if bar is not None and task is not None:
                label = t(f"export.stage.{stage}") if stage in ("read", "layout", "done") else stage
                bar.update(task, description=label, completed=done, total=total)

        result = register.look(
            export,
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
        return call.json(
            {
                "files": [str(p) for p in result.paths],
                "snapshot": result.snapshot.as_json() if result.snapshot else None,
                "pseudonymised": result.pseudonymised,
                "residents": result.residents,
                "named": result.named,
                "k": result.k,
            }
        )
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


COMMANDS: dict[str, Handler] = {"export": run_export}
