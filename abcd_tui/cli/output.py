"""What `abcd` prints: record text shown literally in a terminal table, JSON for scripts,
progress on a terminal, and the two streams one call of `abcd` prints to.

A name is shown as typed: Rich markup stays text, and control characters (ANSI escapes,
carriage returns, bidirectional overrides) are shown as visible escapes instead of
styling or moving the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
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


def results_console(file: TextIO | None = None, *, width: int | None = None) -> Console:
    """The console for results (stdout unless `file`): tables keep their layout."""
    return Console(file=file, highlight=False, soft_wrap=False, width=width)


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
        from abcd_tui.store import reads

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
