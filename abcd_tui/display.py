"""Record text shown literally in the app: what is left of the CLI's old output module
(now `abcd_tui.cli.output`) until the app's screens import `tui/text.py` instead.

A name is shown as typed: Rich markup stays text, and control characters are shown as
visible escapes instead of styling or moving the terminal.
"""

from __future__ import annotations

from rich.text import Text

from abcd_tui.domain.text import visible

# One sanitiser for the CLI and the app (domain.text.visible); `safe` is its old name here.
safe = visible


def literal(text: str | None, style: str = "") -> Text:
    """A Rich Text of record text: never parsed as markup, never a control sequence."""
    return Text(safe(text or ""), style=style)
