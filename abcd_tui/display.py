"""Showing record text literally, in a terminal table or as JSON.

A name is shown as typed: Rich markup stays text, and control characters (ANSI escapes,
carriage returns, bidirectional overrides) are shown as visible escapes instead of
styling or moving the terminal.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from rich.console import Console
from rich.text import Text

# The command line's two streams: results on stdout, messages and progress on stderr.
# Messages are sentences: never hard-wrapped, so file paths stay whole.
out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

# C0 and C1 controls, DEL, and the format characters that reorder or hide text.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str) -> str:
    """Text with every character that could steer a terminal shown as an escape."""
    return _UNSAFE.sub(_escape, unicodedata.normalize("NFC", text))


def literal(text: str | None, style: str = "") -> Text:
    """A Rich Text of record text: never parsed as markup, never a control sequence."""
    return Text(safe(text or ""), style=style)


def to_json(value: Any) -> str:
    """JSON for scripts: UTF-8 as is, but characters that steer a terminal escaped."""
    raw = json.dumps(value, ensure_ascii=False, indent=2)
    # JSON escapes C0 controls itself; C1 controls and bidi overrides are legal raw in
    # JSON strings, so escape them too (they only ever occur inside strings).
    return re.sub(
        "[\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]",
        lambda m: f"\\u{ord(m.group()):04x}",
        raw,
    )


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
