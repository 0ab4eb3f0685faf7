"""Forgetting a resident for good, from the app: the question, and what to tell after.

Deleting (d) can be undone; forgetting (`store.forget`, the AVG/GDPR right to be
forgotten) cannot: it erases the person from the register, the snapshots and the
database file. So the dialog names the person and what goes, and the button that does
it stays off until the first name is typed: an erase cannot happen by a stray key.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from abcd_tui.domain.text import match_key
from abcd_tui.i18n import number, t
from abcd_tui.store.forget import Forgotten
from abcd_tui.tui.text import visible


def first_name(name: str) -> str:
    """The word the person types to confirm: the name's first word (or all of it)."""
    words = name.split()
    return words[0] if words else name


def confirms(typed: str, name: str) -> bool:
    """Whether `typed` is the first name, however it is capitalised or accented."""
    return bool(typed.strip()) and match_key(typed) == match_key(first_name(name))


def forgotten_message(done: Forgotten, db_path: Path) -> str:
    """What was erased, and what the database could not reach (as `abcd forget` says)."""
    lines = [t(code, **params) for code, params in done.notes(db_path)]
    return "\n".join(visible(line) for line in lines)  # names in them: never steering


class ForgetDialog(ModalScreen[bool]):
    """Forget NAME for good? Confirmed by typing the first name and pressing the button
    (or enter in the box once the name is right); escape or Cancel erases nothing."""

    DEFAULT_CSS = """
    ForgetDialog {
        align: center middle;
    }
    ForgetDialog > Vertical {
        width: 70;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $error;
        background: $surface;
        padding: 1 2;
    }
    ForgetDialog #forget-title {
        text-style: bold;
        margin-bottom: 1;
    }
    ForgetDialog #forget-final {
        text-style: bold;
        margin: 1 0;
    }
    ForgetDialog Horizontal {
        height: auto;
        align-horizontal: right;
        margin-top: 1;
    }
    ForgetDialog Button {
        margin-left: 2;
    }
    """
    BINDINGS = [Binding("escape", "cancel", t("record.cancel"))]

    def __init__(self, name: str, key: str, ties: int) -> None:
        super().__init__()
        self.person = name
        self.key = key
        self.ties = ties

    def compose(self) -> ComposeResult:
        name = visible(self.person)
        with Vertical():
            yield Label(
                Content.from_markup(t("forget.title", name="$name"), name=name),
                id="forget-title",
            )
            yield Static(
                Content.from_markup(
                    t("forget.what", name="$name", key="$key", ties="$ties"),
                    name=name,
                    key=visible(self.key),
                    ties=number(self.ties),
                ),
                id="forget-what",
            )
            yield Static(Content(t("forget.final")), id="forget-final")
            yield Label(
                Content.from_markup(
                    t("forget.type", first="$first"),
                    first=visible(first_name(self.person)),
                )
            )
            yield Input(id="first-name")
            with Horizontal():
                yield Button(t("record.cancel"), id="cancel", variant="primary")
                yield Button(t("forget.go"), id="forget", variant="error", disabled=True)

    def on_mount(self) -> None:
        self.query_one("#first-name", Input).focus()

    @on(Input.Changed, "#first-name")
    def typed(self, event: Input.Changed) -> None:
        self.query_one("#forget", Button).disabled = not confirms(event.value, self.person)

    @on(Input.Submitted, "#first-name")
    def submitted(self, event: Input.Submitted) -> None:
        if confirms(event.value, self.person):
            self.dismiss(True)

    @on(Button.Pressed, "#forget")
    def forget(self) -> None:
        if confirms(self.query_one("#first-name", Input).value, self.person):
            self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)
