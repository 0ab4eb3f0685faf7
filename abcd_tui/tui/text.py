"""The one way the app shows what people typed: literally and harmlessly.

A name, note, gift or group name is never parsed as markup (`Kim [/]` stays text,
`[@click=app.quit]` is no action) and every control character in it is shown as a
visible stand-in (`domain.text.visible`), so nothing a resident's name holds can move
the cursor, clear the screen, set the window title, write the clipboard or reorder the
line. Use these for every widget, title, notification, palette hit, tooltip and table
cell that shows user data:

- `literal(text, style)`: record text as Content (`lines=True` keeps line breaks);
- `template("Naam: [b]$name[/b]", name=text)`: our markup with user values in it;
- `say(code, **params)`: a catalogue message with user values made visible, as a plain
  string for `notify(..., markup=False)`, titles and labels (`markup=False`);
- `message(code, **params)`: the same as Content;
- `LiteralInput`: an Input that edits the value as stored but shows its control
  characters as one-cell pictures ("␛", "␇"), so a name's hidden bytes can be seen.

Behind them, `TerminalSafe` (the app's line filter) drops whatever control character
is still in a line about to be drawn: the one place that also covers what shows typed
values as they are (inputs, text areas, suggestions, third-party widgets).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len, get_character_cell_size
from rich.segment import Segment
from rich.text import Text
from textual.color import Color
from textual.content import Content
from textual.filter import LineFilter
from textual.widgets import Input

from abcd_tui.domain.text import UNSAFE, visible, visible_in_place
from abcd_tui.i18n import number, t

if TYPE_CHECKING:
    from abcd_tui.snapshots import SnapshotInfo

__all__ = [
    "LiteralInput",
    "TerminalSafe",
    "circles_count",
    "community_size",
    "described",
    "literal",
    "message",
    "say",
    "template",
    "visible",
    "when",
]


def _shown(value: Any) -> Any:
    """A message parameter as it may be shown: strings made visible, numbers as they are."""
    return visible(value) if isinstance(value, str) else value


def literal(text: str | None, style: str = "", *, lines: bool = False) -> Content:
    """Record text as typed: no markup, and control characters shown as stand-ins."""
    content = Content(visible(text or "", lines=lines))
    return content.stylize(style) if style else content


def template(markup: str, **values: Any) -> Content:
    """Our markup (`[b]$name[/b]`) with user values in it: the values are text, never
    markup, and visible (`Content.from_markup` substitutes `$name` literally)."""
    return Content.from_markup(markup, **{k: _shown(v) for k, v in values.items()})


def say(code: str, **params: Any) -> str:
    """A catalogue message whose user values (string parameters) are made visible: for
    `notify(..., markup=False)`, titles, and labels with `markup=False`."""
    return t(code, **{k: _shown(v) for k, v in params.items()})


def message(code: str, **params: Any) -> Content:
    """A catalogue message with user values as Content: shown as is, never markup."""
    return Content(say(code, **params))


def _dropped(match: re.Match[str]) -> str:
    # Every unsafe character is zero cells wide, except a lone surrogate (one cell):
    # dropping them keeps the line exactly as wide as it was laid out.
    return "\ufffd" if "\ud800" <= match.group() <= "\udfff" else ""


class TerminalSafe(LineFilter):
    """The last guard before the terminal: every line the app draws loses the control
    and reordering characters still in it (`domain.text.UNSAFE`). What we show comes
    through `literal` and friends with visible stand-ins; this catches what widgets draw
    from typed values as they are (an Input editing a name, a TextArea with notes), where
    a stand-in would change the value's width under the cursor."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """The segments with control characters dropped from their text."""
        if all(text.isascii() and text.isprintable() for text, _, _ in segments):
            return segments  # the common line, untouched
        return [
            Segment(UNSAFE.sub(_dropped, text), style, control)
            if control is None and UNSAFE.search(text)
            else Segment(text, style, control)
            for text, style, control in segments
        ]


class LiteralInput(Input):
    """An Input whose value is the text as stored (nothing stripped when it is saved),
    shown with each control character as a one-cell picture (`visible_in_place`): the
    same number of characters, so the cursor, selection and clicks stay in place."""

    @property
    def _value(self) -> Text:
        if self.password:
            return super()._value
        text = Text(visible_in_place(self.value), no_wrap=True, overflow="ignore", end="")
        return self.highlighter(text) if self.highlighter is not None else text

    def _position_to_cell(self, position: int) -> int:
        return cell_len(visible_in_place(self.value[:position]).expandtabs(4))

    def _cell_offset_to_index(self, offset: int) -> int:
        scroll_x, _ = self.scroll_offset
        offset += scroll_x
        cell = 0
        for index, char in enumerate(visible_in_place(self.value)):
            width = get_character_cell_size(char)
            if cell <= offset < cell + width:
                return index
            cell += width
        return max(0, min(offset, len(self.value)))


# Words several screens say the same way (so screens need not import each other).


def when(info: SnapshotInfo | dict[str, Any]) -> str:
    """A snapshot's moment, '2026-03-14 10:12', as the command line shows it."""
    created = info["created"] if isinstance(info, dict) else info.created
    return str(created).replace("T", " ")[:16]


def described(info: SnapshotInfo) -> str:
    """'2026-03-14 10:12 · voor de zomer' (record text: show it literally)."""
    return f"{when(info)} · {info.label}" if info.label else when(info)


def counted(code: str, count: int) -> str:
    """`circles.{code}.one` for 1, `.zero` (when there is one) for 0, else `.other`."""
    form = "one" if count == 1 else "zero" if count == 0 and code == "groups" else "other"
    return t(f"community.{code}.{form}", count=number(count))


def circles_count(circles: int, alone: int) -> str:
    """What the circles screen and the picture say: "6 kringen; 8 nog zonder band"."""
    shown = counted("count", circles)
    return t("community.count_alone", circles=shown, alone=number(alone)) if alone else shown


def community_size(residents: int, groups: int) -> str:
    """ "12 bewoners, 1 groep": a circle's size, in the singular where it is one."""
    return t(
        "community.size",
        residents=counted("residents", residents),
        groups=counted("groups", groups),
    )
