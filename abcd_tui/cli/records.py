"""`abcd demo | stats | list | forget`: the records of the register. A demo village to
try things on, the counts, people, groups and ties as a Rich table or a JSON array for
scripts, and erasing a resident with every trace of them."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from abcd_tui.cli.output import WIDE_TERMINAL, Call, Handler, literal, to_json
from abcd_tui.domain.errors import UserError
from abcd_tui.domain.text import match_key
from abcd_tui.i18n import number, t

if TYPE_CHECKING:
    from abcd_tui.store import Database

TABLE_LIMIT = 200  # rows a table shows unless --limit says otherwise
JSON_IN_MEMORY = 32 * 1024 * 1024  # characters held in memory; a larger list spills


def _count(text: str) -> int:
    """A whole number from 0 up, for --limit and --top."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("give 0 or more")
    return min(value, sys.maxsize)


# What a person may call what they list: the app's words for them, in either language.
LIST_WORDS = {"residents": "people", "bewoners": "people", "groepen": "groups", "banden": "ties"}


def _list_what(text: str) -> str:
    """`abcd list residents` (or `bewoners`) lists people, as the app calls them."""
    word = text.strip().lower()
    return LIST_WORDS.get(word, word)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `demo`, `stats` and `list` to the `abcd` parser."""
    p = commands.add_parser("demo", help=t("cli.demo"))
    p.add_argument("--size", type=int, default=150, help=t("cli.demo_size"))
    p.add_argument("--seed", type=int, default=1, help=t("cli.demo_seed"))

    p = commands.add_parser("stats", help=t("cli.stats"))
    p.add_argument("--json", action="store_true", help=t("cli.json_object"))

    p = commands.add_parser("list", help=t("cli.list"))
    p.add_argument(
        "what", type=_list_what, choices=("people", "groups", "ties"), help=t("cli.list_what")
    )
    p.add_argument("--json", action="store_true", help=t("cli.list_json"))
    p.add_argument(
        "--limit",
        type=_count,
        help=t("cli.list_limit"),
    )
    p.add_argument("--neighbourhood", help=t("cli.list_neighbourhood"))
    p.add_argument("--kind", help=t("cli.list_kind"))


def add_forget(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `forget` to the `abcd` parser (listed after the exports it also erases from)."""
    p = commands.add_parser("forget", help=t("cli.forget"))
    p.add_argument("key", metavar=t("cli.meta_key"), help=t("cli.forget_key"))
    p.add_argument("--yes", action="store_true", help=t("cli.forget_yes"))
    p.add_argument("--json", action="store_true", help=t("cli.forget_json"))


def run_demo(call: Call) -> int:
    from abcd_tui.demo import make_demo
    from abcd_tui.store import reads

    args = call.args
    if not 10 <= args.size <= 1_000_000:
        raise UserError("demo.bad_size")
    register = call.opened(create=True)
    existing = register.read(reads.stats).residents
    if existing:
        raise UserError("demo.not_empty", path=call.db_path, residents=existing)
    started = time.perf_counter()
    summary = register.look(make_demo, size=args.size, seed=args.seed)
    s = register.read(reads.stats)
    call.err.print(
        literal(
            t(
                "demo.made",
                path=call.db_path,
                residents=s.residents,
                villages=summary.villages,
                neighbourhoods=s.neighbourhoods,
                groups=sum(s.groups.values()),
                ties=s.tied_pairs,  # pairs, as `abcd stats` and the snapshots count them
                seconds=f"{time.perf_counter() - started:.1f}",
            )
        )
    )
    return 0


def run_stats(call: Call) -> int:
    from abcd_tui.store import reads

    # On plain sqlite3 when the register is ready (no sqlite-utils to load), else opened
    # as every command opens it (an upgrade announced, a damaged file said so).
    counted = call.register.counted(reads.stats)
    s = counted[0] if counted is not None else call.opened().read(reads.stats)
    if call.args.json:
        call.out.print(to_json(s.as_json()), markup=False, soft_wrap=True)
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
    table.add_row(t("stats.ties"), number(s.tied_pairs))
    table.add_row(t("stats.ties_by_kind"), number(sum(s.ties.values())))
    for kind, count in s.ties.items():
        table.add_row(f"  {t('tie.' + kind)}", number(count))
    table.add_row(t("stats.without_ties"), number(s.residents_without_ties))
    table.add_row(t("stats.one_tie"), number(s.residents_with_one_tie))
    table.add_row(t("stats.walks"), number(s.walks))
    table.add_row(t("stats.vocabulary"), number(s.vocabulary))
    call.out.print(table)
    # The two tie figures differ (a friend who is also a neighbour): say what each counts.
    for code, note in (
        ("stats.ties", "figure.note.ties"),
        ("stats.ties_by_kind", "figure.note.ties_by_kind"),
    ):
        call.out.print(f"{t(code)}: {t(note)}", markup=False)
    return 0


def _kind(args: argparse.Namespace) -> str | None:
    """--kind in any accepted word ('plek', 'buren', 'place'), or a clear error."""
    from abcd_tui.store.importer import columns as cols

    if args.kind is None:
        return None
    if args.what == "people":
        raise UserError("list.kind_for_people")
    words = cols.GROUP_KIND_WORDS if args.what == "groups" else cols.TIE_KIND_WORDS
    kind = words.get(cols.word_key(args.kind))
    if kind is None:
        choices: dict[str, object] = dict(words)
        raise UserError("import.unknown_value", value=args.kind, **cols.allowed(choices))
    return str(kind)


def _records(db: Database, args: argparse.Namespace, kind: str | None) -> Iterator[dict[str, Any]]:
    """The records asked for, as the JSON of scripts, one at a time."""
    from abcd_tui.store import reads

    if args.what == "people":
        keys = reads.walk_keys(db)
        people: Iterable[Any] = reads.residents(db)
        if args.neighbourhood:
            wanted = match_key(args.neighbourhood)
            people = (r for r in people if match_key(r.neighbourhood) == wanted)
        return (r.as_json(keys) for r in people)
    keys = reads.id_to_key(db)
    if args.what == "groups":
        return (g.as_json(keys) for g in reads.groups(db, kind=kind))
    types = reads.record_types(db)
    return (x.as_json(keys, types) for x in reads.ties(db, kind=kind))


def _print_json_array(
    db: Database, args: argparse.Namespace, kind: str | None, out: IO[str]
) -> None:
    """A JSON array, one record at a time, printed only once every record was read: a
    damaged page halfway must not leave half an array (or a lone `[`) for a script.

    Up to JSON_IN_MEMORY in memory (some 50,000 people), beyond that in a temporary file
    that has no name on disk and is readable by its owner only (`tempfile`).
    """
    with tempfile.SpooledTemporaryFile(
        max_size=JSON_IN_MEMORY, mode="w+", encoding="utf-8", newline=""
    ) as buffer:
        write = buffer.write
        write("[")
        for position, item in enumerate(islice(_records(db, args, kind), args.limit or None)):
            write(",\n" if position else "\n")
            write(to_json(item))
        write("\n]\n")
        buffer.seek(0)
        shutil.copyfileobj(buffer, out)
    out.flush()


def _first(db: Database, args: argparse.Namespace, kind: str | None, n: int | None) -> list[Any]:
    return list(islice(_records(db, args, kind), n))


def run_list(call: Call) -> int:
    args = call.args
    register = call.opened()
    kind = _kind(args)
    if args.json:
        register.look(_print_json_array, args, kind, call.out.file)
        return 0
    limit = TABLE_LIMIT if args.limit is None else args.limit or None
    shown = register.look(_first, args, kind, None if limit is None else limit + 1)
    more = limit is not None and len(shown) > limit
    shown = shown[:limit]
    table = Table(show_lines=False)
    # On a laptop's 80 columns the key goes under the name and the wijk (a group's
    # tags) is left out, so the rest keep their words whole (`output.keep_words`);
    # --json has everything.
    wide = call.out.width >= WIDE_TERMINAL

    def add_columns(columns: tuple[str, ...], wide_only: str) -> None:
        for column in columns:
            if wide:
                table.add_column(t(f"col.{column}"), overflow="fold")
            elif column == "name":
                table.add_column(f"{t('col.name')}\n{t('col.key')}", overflow="fold")
            elif column not in ("key", wide_only):
                table.add_column(t(f"col.{column}"), overflow="fold")

    def named(record: dict[str, Any]) -> list[Text]:
        name = literal(record["name"], "bold")
        if wide:
            return [literal(record["key"]), name]
        return [Text.assemble(name, "\n", literal(record["key"], "dim"))]

    if args.what == "people":
        add_columns(("key", "name", "address", "neighbourhood", "gifts", "open"), "neighbourhood")
        for p in shown:
            gifts = ", ".join(p["head"] + p["hands"] + p["heart"])
            table.add_row(
                *named(p),
                literal(p["address"]),
                *([literal(p["neighbourhood"])] if wide else []),
                literal(gifts),
                t(f"open.{p['open_to_introductions']}"),
            )
    elif args.what == "groups":
        add_columns(("key", "name", "kind", "address", "tags"), "tags")
        for g in shown:
            table.add_row(
                *named(g),
                t(f"kind.{g['kind']}"),
                literal(g["address"]),
                *([literal(", ".join(g["tags"]))] if wide else []),
            )
    else:
        for column in ("from", "to", "kind", "strength"):
            table.add_column(t(f"col.{column}"), overflow="fold")
        for x in shown:
            table.add_row(
                literal(x["from"]),
                literal(x["to"]),
                t(f"tie.{x['kind']}"),
                t(f"strength.{x['strength']}") if x["strength"] else "",
            )
    call.out.print(table)
    if more:
        call.err.print(t("cli.shown", shown=len(shown)))
    return 0


def run_forget(call: Call) -> int:
    from abcd_tui.store.forget import find_resident, forget

    args = call.args
    register = call.opened()
    _id, name = register.look(find_resident, args.key)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("forget.needs_yes")
        call.err.print(literal(t("forget.confirm", name=name, key=args.key)), end=" ")
        answer = input().strip().casefold()
        if answer not in {t("forget.yes_word"), "yes", "ja", "y", "j"}:
            call.err.print(t("forget.cancelled"))
            return 1
    done = register.look(forget, call.db_path, args.key)
    notes = done.notes(call.db_path)
    if args.json:
        call.json(done.as_json())
    else:
        code, params = notes[0]
        call.out.print(literal(t(code, **params)))
    for code, params in notes[1:]:
        call.err.print(literal(t(code, **params)))
    return 0


COMMANDS: dict[str, Handler] = {
    "demo": run_demo,
    "stats": run_stats,
    "list": run_list,
    "forget": run_forget,
}
