"""Showing record text literally, in a terminal table or as JSON.

A name is shown as typed: Rich markup stays text, and control characters (ANSI escapes,
carriage returns, bidirectional overrides) are shown as visible escapes instead of
styling or moving the terminal.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.text import Text

from abcd_tui.domain.text import UNSAFE_BUT_LINES, visible

# The command line's two streams: results on stdout, messages and progress on stderr.
# Messages are sentences: never hard-wrapped, so file paths stay whole.
out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

# One sanitiser for the CLI and the app (domain.text.visible); `safe` is its old name here.
safe = visible


def literal(text: str | None, style: str = "") -> Text:
    """A Rich Text of record text: never parsed as markup, never a control sequence."""
    return Text(safe(text or ""), style=style)


def to_json(value: Any) -> str:
    """JSON for scripts: UTF-8 as is, but characters that steer a terminal escaped."""
    raw = json.dumps(value, ensure_ascii=False, indent=2)
    # JSON escapes C0 controls itself; DEL, C1 controls, bidi overrides and lone
    # surrogates are legal raw in JSON strings, so escape them too (outside strings
    # there are only the indent's line breaks and spaces, which the pattern leaves).
    return UNSAFE_BUT_LINES.sub(lambda m: f"\\u{ord(m.group()):04x}", raw)


def progress_bar(console: Console):
    """A progress bar on a terminal; silence (None) when the stream is a file or a pipe."""
    import contextlib

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    if not console.is_terminal:
        return contextlib.nullcontext(None)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    )
