"""The list for the next walk: who is still to ask what, street by street, as a CSV for
a spreadsheet or a plain HTML page to print and put in a pocket.

It names people with their address (it is the builder's own list, not something to
share), so every file is created readable by its owner only (0600, whatever the umask)
and written beside its place, then moved in: never half a file, and never over an
existing one unless asked (`force`). The app asks for a fresh name instead (`fresh`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from pathlib import Path

from abcd_tui import i18n
from abcd_tui.domain.errors import UserError
from abcd_tui.domain.text import match_key, slugify
from abcd_tui.export.formats import spreadsheet_safe
from abcd_tui.export.report import templates
from abcd_tui.i18n import t
from abcd_tui.store import Database
from abcd_tui.store.still_to_ask import StillToAsk, still_to_ask, streets

LIST_FORMATS = ("csv", "html")


@dataclass(frozen=True)
class ListWritten:
    path: Path
    people: int
    streets: int


def ask_words(item: StillToAsk) -> str:
    """What to ask, in words of the current language ("gaven, vraag, toestemming")."""
    return ", ".join(t(f"ask.{code}") for code in item.ask)


def street_name(item: StillToAsk) -> str:
    return item.street or t("ask.no_street")


def per_street(items: list[StillToAsk]) -> list[tuple[str, list[StillToAsk]]]:
    """The items grouped by street, in the list's order (streets already sorted)."""
    return [
        (street_name(group[0]), group)
        for group in (list(g) for _k, g in groupby(items, key=lambda s: match_key(s.street)))
    ]


def file_name(fmt: str, street: str | None = None) -> str:
    """'still-to-ask.html', or 'still-to-ask-kerkstraat.html' for one street."""
    part = re.sub(r"[^\w-]", "", slugify(street)) if street else ""
    return f"still-to-ask{'-' + part if part else ''}.{fmt}"


def render_csv(items: list[StillToAsk]) -> str:
    """UTF-8 for Excel (the caller writes a BOM), one row per resident; every text cell
    through `spreadsheet_safe`, so a name can never run as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([t(f"ask.col.{c}") for c in ("street", "name", "address", "last_met", "ask")])
    for item in items:
        writer.writerow(
            spreadsheet_safe(value)
            for value in (
                street_name(item),
                item.name,
                item.address,
                item.last_met,
                ask_words(item),
            )
        )
    return buffer.getvalue()


def render_html(items: list[StillToAsk], *, street: str | None = None) -> str:
    """A plain page to print: a heading, then per street a table of name, address, when
    we last talked and what to ask, with room to tick. Autoescaped: names stay text."""
    groups = per_street(items)
    return (
        templates()
        .get_template("still_to_ask.html.j2")
        .render(
            language=i18n.language(),
            street=street,
            groups=groups,
            people=len(items),
            made=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
            ask_words=ask_words,
        )
    )


def _free_name(path: Path) -> Path:
    """`path`, else the first of `name-2.ext`, `name-3.ext` ... not taken."""
    number = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def write_private(text: str, path: Path, *, force: bool = False, encoding: str = "utf-8") -> None:
    """Write `text` to `path`, owner-only (0600); refuse to replace a file unless
    `force`. Written beside its place and moved in, so a reader never sees half."""
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise UserError("export.not_a_folder", path=folder)
    if path.is_dir():
        raise UserError("ask.is_folder", path=path)
    if path.exists() and not force:
        raise UserError("ask.exists", path=path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # mkstemp makes the file 0600 whatever the umask; fchmod makes it certain.
        fd, temporary = tempfile.mkstemp(prefix=".abcd-list-", dir=folder)
    except OSError as exc:
        raise UserError("export.cannot_write", path=folder, reason=exc.strerror) from exc
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            os.fchmod(out.fileno(), 0o600)
            out.write(text)
        if force:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)  # fails if someone made the file meanwhile: no overwrite
    except FileExistsError:
        raise UserError("ask.exists", path=path) from None
    except OSError as exc:
        raise UserError("export.cannot_write", path=path, reason=exc.strerror) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def known_street(db: Database, street: str) -> str:
    """The street as the register writes it, or a UserError that lists the streets."""
    known = streets(db)
    for name in known:
        if match_key(name) == match_key(street):
            return name
    shown = ", ".join(known[:12]) + (" …" if len(known) > 12 else "")
    raise UserError("ask.unknown_street", street=street, streets=shown or "-")


def write_still_to_ask(
    db: Database,
    fmt: str,
    *,
    out_dir: Path,
    street: str | None = None,
    force: bool = False,
    fresh: bool = False,
    today: date | None = None,
) -> ListWritten:
    """Write the list (of one street, if given) as `fmt` ('csv' or 'html') into
    `out_dir`; `fresh` picks a free file name rather than refusing an existing one."""
    if fmt not in LIST_FORMATS:
        raise UserError("export.bad_format", format=fmt, known=", ".join(LIST_FORMATS))
    if street is not None:
        street = known_street(db, street)
    items = still_to_ask(db, today=today, street=street)
    path = out_dir / file_name(fmt, street)
    if fresh and not force:
        path = _free_name(path)
    if fmt == "csv":
        write_private(render_csv(items), path, force=force, encoding="utf-8-sig")
    else:
        write_private(render_html(items, street=street), path, force=force)
    return ListWritten(path, len(items), len(per_street(items)))
