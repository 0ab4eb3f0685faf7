"""`abcd list people|groups|ties`: a Rich table for people, a JSON array for scripts."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from itertools import islice

from rich.console import Console
from rich.table import Table
from sqlite_utils import Database

from abcd_tui.display import literal, to_json
from abcd_tui.domain.errors import UserError
from abcd_tui.domain.text import match_key
from abcd_tui.i18n import t
from abcd_tui.store import reads
from abcd_tui.store.importer import columns as cols

TABLE_LIMIT = 200  # rows a table shows unless --limit says otherwise


def _kind(args: argparse.Namespace) -> str | None:
    """--kind in any accepted word ('plek', 'buren', 'place'), or a clear error."""
    if args.kind is None:
        return None
    if args.what == "people":
        raise UserError("list.kind_for_people")
    words = cols.GROUP_KIND_WORDS if args.what == "groups" else cols.TIE_KIND_WORDS
    kind = words.get(cols.word_key(args.kind))
    if kind is None:
        raise UserError("import.unknown_value", value=args.kind, **cols.allowed(words))
    return str(kind)


def _records(args: argparse.Namespace, db: Database):
    kind = _kind(args)
    if args.what == "people":
        keys = reads.walk_keys(db)
        people = reads.residents(db)
        if args.neighbourhood:
            wanted = match_key(args.neighbourhood)
            people = (r for r in people if match_key(r.neighbourhood) == wanted)
        return (reads.person_json(r, keys) for r in people)
    keys = reads.id_to_key(db)
    if args.what == "groups":
        return (reads.group_json(g, keys) for g in reads.groups(db, kind=kind))
    types = reads.record_types(db)
    return (reads.tie_json(x, keys, types) for x in reads.ties(db, kind=kind))


JSON_IN_MEMORY = 32 * 1024 * 1024  # characters held in memory; a larger list spills


def _json_array(items) -> None:
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
        for number, item in enumerate(items):
            write(",\n" if number else "\n")
            write(to_json(item))
        write("\n]\n")
        buffer.seek(0)
        shutil.copyfileobj(buffer, sys.stdout)
    sys.stdout.flush()


def run_list(args: argparse.Namespace, db: Database, out: Console, err: Console) -> int:
    records = _records(args, db)
    if args.json:
        _json_array(islice(records, args.limit or None))
        return 0
    limit = TABLE_LIMIT if args.limit is None else args.limit or None
    shown = list(islice(records, None if limit is None else limit + 1))
    more = limit is not None and len(shown) > limit
    shown = shown[:limit]
    table = Table(show_lines=False)
    if args.what == "people":
        for column in ("key", "name", "address", "neighbourhood", "gifts", "open"):
            table.add_column(t(f"col.{column}"), overflow="fold")
        for p in shown:
            gifts = ", ".join(p["head"] + p["hands"] + p["heart"])
            table.add_row(
                literal(p["key"]),
                literal(p["name"], "bold"),
                literal(p["address"]),
                literal(p["neighbourhood"]),
                literal(gifts),
                t(f"open.{p['open_to_introductions']}"),
            )
    elif args.what == "groups":
        for column in ("key", "name", "kind", "address", "tags"):
            table.add_column(t(f"col.{column}"), overflow="fold")
        for g in shown:
            table.add_row(
                literal(g["key"]),
                literal(g["name"], "bold"),
                t(f"kind.{g['kind']}"),
                literal(g["address"]),
                literal(", ".join(g["tags"])),
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
    out.print(table)
    if more:
        err.print(t("cli.shown", shown=len(shown)))
    return 0
