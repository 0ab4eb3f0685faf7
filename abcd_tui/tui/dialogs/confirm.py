"""Small modal questions: yes or no before a delete, and a choice from a short list.

Modal screens closed with `dismiss(...)` (frogmouth's way), so the caller gets the
answer in a callback and nothing is written until the person has said so.
"""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList, TextArea
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

    def __init__(self, question: Content, hint: str = "") -> None:
        super().__init__()
        self.question = question
        self.hint = hint  # a line under the question: how to answer

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question, id="question")
            if self.hint:
                yield Label(self.hint, id="hint", markup=False)
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


EDIT_KEYS = ("backspace", "delete")  # typing on too: a correction of what was typed


class KeepTypingDialog(ConfirmDialog, inherit_bindings=False):
    """A yes/no question before what was typed is dropped (leaving a walk, quitting),
    asked while the person types: so no letter answers it. A key typed on (they had
    not seen it come, or pressed escape for a dropdown that had closed) says no; in a
    field, it and the keys behind it go back to that field, in order (with j for yes,
    "bijles" left the walk and lost the resident). Over a list they are dropped: there
    a letter is a screen's key ("n": another screen). Yes is the button: Tab (or an
    arrow) to it, then enter (or a click)."""

    BINDINGS = [
        Binding("escape", "answer(False)", t("record.no")),
        Binding("tab,right", "move(1)", show=False),  # a screen's own, not the j, n
        Binding("shift+tab,left", "move(-1)", show=False),
    ]

    def __init__(self, question: Content) -> None:
        super().__init__(question, hint=t("record.keep_typing_hint"))
        self.answered = False
        self.field: Widget | None = None  # the field typed in under the question

    def on_mount(self) -> None:
        super().on_mount()
        below = self.app.screen_stack[-2].focused if len(self.app.screen_stack) > 1 else None
        self.field = below if isinstance(below, Input | TextArea) else None

    def action_move(self, by: int) -> None:
        if by > 0:
            self.focus_next()
        else:
            self.focus_previous()

    def on_key(self, event: events.Key) -> None:
        # The first key typed on answers no; it and every key behind it (a burst reaches
        # the question before it has gone) go straight to the field, so none can pass
        # another that reaches the field after the question has gone.
        if not (event.is_printable or event.key in EDIT_KEYS or self.answered):
            return
        event.stop()
        event.prevent_default()
        if not self.answered:
            self.answered = True
            self.dismiss(False)
        if self.field is not None:
            self.field.post_message(events.Key(event.key, event.character))


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
