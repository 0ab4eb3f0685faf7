"""What `abcd` prints: record text shown literally in a terminal table, JSON for scripts,
progress on a terminal, and the two streams one call of `abcd` prints to.

A name is shown as typed: Rich markup stays text, and control characters (ANSI escapes,
carriage returns, bidirectional overrides) are shown as visible escapes instead of
styling or moving the terminal. Tables on a narrow terminal wrap between words, never
inside one ("kennismakin g"): see `keep_words`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from abcd_tui import paths
from abcd_tui.domain.text import UNSAFE_BUT_LINES, visible
from abcd_tui.i18n import t

if TYPE_CHECKING:  # the store (sqlite-utils) loads when a command opens the register
    from abcd_tui.store import Register


def literal(text: str | None, style: str = "") -> Text:
    """A Rich Text of record text: never parsed as markup, never a control sequence."""
    return Text(visible(text or ""), style=style)


def to_json(value: Any) -> str:
    """JSON for scripts: UTF-8 as is, but characters that steer a terminal escaped."""
    raw = json.dumps(value, ensure_ascii=False, indent=2)
    # JSON escapes C0 controls itself; DEL, C1 controls, bidi overrides and lone
    # surrogates are legal raw in JSON strings, so escape them too (outside strings
    # there are only the indent's line breaks and spaces, which the pattern leaves).
    return UNSAFE_BUT_LINES.sub(lambda m: f"\\u{ord(m.group()):04x}", raw)


_SPACE = re.compile(r"\s+")
WIDE_TERMINAL = 120  # columns from which a table shows the columns a laptop leaves out
KEY_FLOOR = 12  # the narrowest an identifier column (keys, file names) is made


def _plain(console: Console, cell: RenderableType) -> str:
    if isinstance(cell, Text):
        return cell.plain
    return console.render_str(cell).plain if isinstance(cell, str) else ""


def keep_words(console: Console, table: Table) -> None:
    """Give each column of `table` a width at which no word (a name, "kennismaking")
    is cut in two on this console, when the table needs wrapping at all.

    Rich wraps cells between words, but to fit a narrow terminal it shrinks the widest
    columns regardless of the words in them, and a column's `overflow="fold"` then cuts
    a word across lines. Here every column first gets its longest word, then the room
    left is shared: those that lack little get their full width, the rest share. When
    even the longest words do not fit side by side, the columns with the longest words
    give up room first (a key, a file name: one long word each), folded as a last
    resort, and the words of the others stay whole. Call it after the rows are added."""
    if not table.columns:
        return
    room = console.width - table._extra_width
    room -= sum(table._get_padding_width(i) for i in range(len(table.columns)))
    full, word, single = [], [], []
    for column in table.columns:
        texts = [_plain(console, c) for c in column._cells]
        lines = [
            line
            for c in [_plain(console, column.header), *texts]
            for line in c.splitlines() or [""]
        ]
        full.append(max(cell_len(line) for line in lines))
        words = [w for line in lines for w in _SPACE.split(line)]
        word.append(full[-1] if column.no_wrap else max(cell_len(w) for w in words))
        single.append(all(not _SPACE.search(text.strip()) for text in texts))
    if sum(full) <= room:
        return
    if sum(word) > room:
        # Identifiers first (keys, file names: one word per cell), down to KEY_FLOOR;
        # then the widest of all.
        fixed = sum(w for w, one in zip(word, single, strict=True) if not one)
        keys = _lowered([w for w, one in zip(word, single, strict=True) if one], room - fixed)
        lowered = iter(keys)
        widths = [
            max(next(lowered), min(w, KEY_FLOOR)) if one else w
            for w, one in zip(word, single, strict=True)
        ]
        if sum(widths) > room:
            widths = _lowered(widths, room)
    else:
        widths = _shared(word, full, [c.ratio is not None for c in table.columns], room)
    for column, width in zip(table.columns, widths, strict=True):
        column.width, column.min_width, column.max_width, column.ratio = width, None, None, None


def _shared(least: list[int], full: list[int], flexible: list[bool], room: int) -> list[int]:
    """Widths from `least` up to `full`, sharing `room` fairly: the columns that lack
    little (a name) get their full width, the long ones share the rest; the flexible
    ones (a `ratio`: the reasons) are served last, as their table asked."""
    widths = list(least)
    spare = room - sum(least)
    for served in (False, True):
        group = [i for i in range(len(least)) if flexible[i] is served]
        group.sort(key=lambda i: full[i] - least[i])
        for left, i in zip(range(len(group), 0, -1), group, strict=True):
            given = min(full[i] - least[i], spare // left)
            widths[i] += given
            spare -= given
    return widths


def _lowered(widths: list[int], room: int) -> list[int]:
    """`widths` with the widest cut down to one level, the highest level that fits
    `room` (each column keeps at least 4)."""
    level = max(widths, default=0)
    while level > 4 and sum(min(w, level) for w in widths) > room:
        level -= 1
    return [min(w, level) for w in widths]


class ResultsConsole(Console):
    """The console results are printed on: each table keeps its words whole."""

    def print(self, *objects: Any, **options: Any) -> None:
        for shown in objects:
            if isinstance(shown, Table):
                keep_words(self, shown)
        super().print(*objects, **options)


def results_console(file: TextIO | None = None, *, width: int | None = None) -> Console:
    """The console for results (stdout unless `file`): tables keep their layout, and
    their words whole (`keep_words`)."""
    return ResultsConsole(file=file, highlight=False, soft_wrap=False, width=width)


def messages_console(file: TextIO | None = None, *, width: int | None = None) -> Console:
    """The console for messages and progress (stderr unless `file`). Messages are
    sentences: never hard-wrapped, so file paths stay whole."""
    return Console(file=file, stderr=file is None, highlight=False, soft_wrap=True, width=width)


def progress_bar(console: Console) -> AbstractContextManager[Progress | None]:
    """A progress bar on a terminal; silence (None) when the stream is a file or a pipe."""
    if not console.is_terminal:
        return contextlib.nullcontext(None)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    )


@dataclass
class Call:
    """One call of `abcd`: its options, the register it works on and its two streams
    (results on `out`, messages and progress on `err`). Made by `main()` and passed to
    every command, so nothing of one call is left behind for the next."""

    args: argparse.Namespace
    register: Register
    out: Console
    err: Console

    @property
    def db_path(self) -> Path:
        return self.register.path

    def opened(self, *, create: bool = False) -> Register:
        """The register, brought up to date; an upgrade is announced on stderr, since the
        old version is kept beside it with everyone in it. `create` makes the file (in
        an owner-only default folder) when there is none."""
        from abcd_tui.store import load_sqlite_utils, reads

        load_sqlite_utils()  # without numpy, also after `stats` found it must open it
        path = self.register.path
        if create:
            paths.secure_default_folder(path)
            if not path.exists():
                self.register.create()
        upgraded = self.register.look(reads.upgraded_from)
        if upgraded:
            version, backup = upgraded
            self.err.print(literal(t("store.upgraded", path=path, version=version, backup=backup)))
        return self.register

    def json(self, value: Any) -> int:
        """Print `value` as JSON on stdout, for scripts; 0, the exit code of success."""
        self.line(to_json(value))
        return 0

    def line(self, text: str) -> None:
        """One line on stdout as is: never wrapped, never styled (a path for scripts)."""
        self.out.file.write(text + "\n")
        self.out.file.flush()


Handler = Callable[[Call], int]
"""A command: runs one call of `abcd` and gives its exit code."""
