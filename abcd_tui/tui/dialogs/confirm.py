"""Small modal questions: yes or no before a delete, and a choice from a short list.

Modal screens closed with `dismiss(...)` (frogmouth's way), so the caller gets the
answer in a callback and nothing is written until the person has said so.
"""

from __future__ import annotations

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList
from textual.widgets.option_list import Option

from abcd_tui.i18n import t
from abcd_tui.tui.text import literal

DIALOG_CSS = """
ConfirmDialog, ChoiceDialog {
    align: center middle;
}
ConfirmDialog > Vertical, ChoiceDialog > Vertical {
    width: 64;
    max-width: 100%;
    height: auto;
    max-height: 90%;
    border: thick $accent;
    background: $surface;
    padding: 1 2;
}
ConfirmDialog #question {
    width: 100%;
}
ConfirmDialog #hint {
    width: 100%;
    color: $text-muted;
    margin-top: 1;
}
ConfirmDialog Horizontal {
    height: auto;
    align-horizontal: right;
    margin-top: 1;
}
ConfirmDialog Button {
    margin-left: 2;
}
ChoiceDialog OptionList {
    height: auto;
    max-height: 16;
}
"""


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question; 'no' is focused, so a stray enter deletes nothing."""

    DEFAULT_CSS = DIALOG_CSS
    BINDINGS = [
        Binding("j,y", "answer(True)", t("record.yes")),
        Binding("n,escape", "answer(False)", t("record.no")),
    ]

    def __init__(self, question: Content) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question, id="question")
            with Horizontal():
                yield Button(t("record.yes"), id="yes", variant="error")
                yield Button(t("record.no"), id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class KeepTypingDialog(ConfirmDialog, inherit_bindings=False):
    """A yes/no question before what was typed is dropped (leaving a walk, quitting),
    asked while the person types: so no letter answers it. A key typed on (they had
    not seen it come, or pressed escape for a dropdown that had closed) says no and goes
    back to the field it was typed for; with j for yes, "bijles" left the walk and lost
    the resident. Yes is the button: Tab (or an arrow) to it, then enter (or a click)."""

    BINDINGS = [
        Binding("escape", "answer(False)", t("record.no")),
        Binding("tab,right", "move(1)", show=False),  # a screen's own, not the j, n
        Binding("shift+tab,left", "move(-1)", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question, id="question")
            yield Label(t("record.keep_typing_hint"), id="hint", markup=False)
            with Horizontal():
                yield Button(t("record.yes"), id="yes", variant="error")
                yield Button(t("record.no"), id="no", variant="primary")

    def __init__(self, question: Content) -> None:
        super().__init__(question)
        self.typed_on: list[tuple[str, str | None]] = []  # keys to hand back, in order

    def action_move(self, by: int) -> None:
        if by > 0:
            self.focus_next()
        else:
            self.focus_previous()

    def on_key(self, event: events.Key) -> None:
        # The first key typed on answers no; it and every key behind it (a burst reaches
        # the question before it has gone) go back to the field, in order.
        if event.is_printable or self.typed_on:
            event.stop()
            event.prevent_default()
            if not self.typed_on:
                self.dismiss(False)
                self.app.call_after_refresh(type_on, self.app, self.typed_on)
            self.typed_on.append((event.key, event.character))


def type_on(app: App[object], keys: list[tuple[str, str | None]]) -> None:
    """Hand keys to the widget focused now, as if they had been typed there."""
    if app.focused is not None:
        for key, character in keys:
            app.focused.post_message(events.Key(key, character))


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of a few options (by id); escape picks nothing."""

    DEFAULT_CSS = DIALOG_CSS
    BINDINGS = [Binding("escape", "dismiss_none", t("record.cancel"))]

    def __init__(self, title: str, options: list[tuple[str, Content]]) -> None:
        super().__init__()
        self.title_text = title
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(literal(self.title_text))
            yield OptionList(*(Option(prompt, id=key) for key, prompt in self.options))

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
