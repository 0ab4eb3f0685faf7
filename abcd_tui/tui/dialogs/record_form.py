"""A form for one record (resident, group, tie) that says which field is wrong.

The screen describes the fields and passes a `check` that turns the typed values into
domain problems (`Resident.problems()` and friends); the form shows each problem under
its field and only closes, with the values, once there are none. So the rules stay in
the domain and every form reports them the same way.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Select, Static, TextArea
from textual.widgets.select import InvalidSelectValueError

from abcd_tui.domain.records import Problem
from abcd_tui.i18n import t
from abcd_tui.store import lookups
from abcd_tui.tui.dialogs.confirm import KeepTypingDialog
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import LiteralInput, literal, say
from abcd_tui.tui.work import Shows

Values = dict[str, Any]


@dataclass
class FormField:
    """One field: an Input, a Select when `choices` are given, a TextArea when multiline."""

    name: str
    label: str
    value: Any = ""
    choices: list[tuple[str, Any]] | None = None
    multiline: bool = False
    suggestions: list[str] | None = None


class RecordForm(Shows, ModalScreen[Values | None]):
    """Edit values; ctrl+s (or enter in a line) saves when `check` finds no problem.

    With `record_id` (an edit), the form closes itself when another program deletes or
    forgets that record meanwhile (`RegisterChanged`): a forgotten neighbour's name and
    gifts do not stay on screen, and nothing typed for them can be saved anyway.
    """

    DEFAULT_CSS = """
    RecordForm {
        align: center middle;
    }
    RecordForm > Vertical {
        width: 80;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    RecordForm #fields {
        height: auto;
        max-height: 1fr;
    }
    RecordForm .hint {
        color: $text-muted;
    }
    RecordForm .field-row {
        height: auto;
        margin-bottom: 0;
    }
    RecordForm .field-label {
        width: 24;
        text-style: bold;
    }
    RecordForm Input, RecordForm Select, RecordForm TextArea {
        width: 1fr;
        background: $boost;
    }
    RecordForm .problem {
        color: $error;
        padding-left: 24;
        display: none;
    }
    RecordForm .problem.shown {
        display: block;
    }
    RecordForm TextArea {
        height: 3;
    }
    RecordForm #buttons {
        height: auto;
        align-horizontal: right;
        margin-top: 1;
    }
    RecordForm Button {
        margin-left: 2;
    }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("record.key_save")),
        Binding("escape", "cancel", t("record.key_cancel")),
        Binding("ctrl+r", "take_stored", t("edits.key_take_stored"), show=False),
    ]

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        check: Callable[[Values], list[Problem]],
        hint: str = "",
        save: Callable[[Values], bool] | None = None,
        record_id: str | None = None,
    ) -> None:
        super().__init__()
        self.record_id = record_id
        self.hint = hint
        self.form_title = title
        self.fields = fields
        self.check = check
        # Stores the values and says whether that worked; refused (the record changed
        # meanwhile, say), the form stays open with what was typed.
        self.save = save
        self.stored: list[FormField] = []  # what is stored now, once a save was refused

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(self.form_title)  # a name in it is text, not markup
            with VerticalScroll(id="fields"):
                if self.hint:
                    yield Static(literal(self.hint, lines=True), classes="hint")
                for field in self.fields:
                    with Horizontal(classes="field-row"):
                        yield Label(field.label, classes="field-label", markup=False)
                        yield self._widget(field)
                    yield Static("", id=f"problem-{field.name}", classes="problem", markup=False)
            yield Static("", id="problem-form", classes="problem", markup=False)
            with Horizontal(id="buttons"):
                yield Button(t("record.save"), id="save", variant="primary", compact=True)
                yield Button(t("record.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one(f"#field-{self.fields[0].name}").focus()

    @on(RegisterChanged)
    def check_still_there(self) -> None:
        """Another program changed the register: is the record edited here still in it?"""
        record_id = self.record_id
        if record_id is not None:
            self.fetch(
                "still-there",
                lambda: self.register.read(lookups.record_exists, record_id),
                self.close_if_gone,
            )

    def close_if_gone(self, there: bool) -> None:
        """Deleted or forgotten elsewhere: the form closes (and a question over it),
        nothing saved, and the notice names nobody."""
        if there or self not in self.app.screen_stack:
            return
        while self.app.screen is not self:
            self.app.pop_screen()  # a question about this form, over it
        self.dismiss(None)
        self.notify(t("record.gone_elsewhere"), severity="warning", markup=False, timeout=10)

    def _widget(self, field: FormField):
        widget_id = f"field-{field.name}"
        if field.choices is not None:
            return Select(
                [(label, value) for label, value in field.choices],
                value=field.value if field.value is not None else Select.NULL,
                allow_blank=field.value is None,
                prompt=t("record.choose"),
                id=widget_id,
                compact=True,
            )
        if field.multiline:
            return TextArea(str(field.value or ""), id=widget_id, soft_wrap=True, compact=True)
        suggester = SuggestFromList(field.suggestions) if field.suggestions else None
        # Not selected on focus: a letter typed into a form opened by a stray key adds to
        # the name, never replaces it.
        return LiteralInput(
            str(field.value or ""),
            id=widget_id,
            suggester=suggester,
            compact=True,
            select_on_focus=False,
        )

    def values(self) -> Values:
        """What is typed now, by field name (a blank Select gives None)."""
        found: Values = {}
        for field in self.fields:
            widget = self.query_one(f"#field-{field.name}")
            if isinstance(widget, Select):
                found[field.name] = None if widget.value is Select.NULL else widget.value
            elif isinstance(widget, TextArea):
                found[field.name] = widget.text
            else:
                found[field.name] = cast(Input, widget).value
        return found

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field; the first wrong field gets the focus."""
        names = {field.name for field in self.fields}
        messages: dict[str, list[str]] = {}
        for problem in problems:
            where = problem.field if problem.field in names else "form"
            messages.setdefault(where, []).append(say(f"problem.{problem.code}", **problem.params))
        for static in self.query(".problem").results(Static):
            where = (static.id or "").removeprefix("problem-")
            static.update("; ".join(messages.get(where, [])))
            static.set_class(where in messages, "shown")
        first = next((f.name for f in self.fields if f.name in messages), None)
        if first:
            self.query_one(f"#field-{first}").focus()

    def action_save(self) -> None:
        values = self.values()
        problems = self.check(values)
        if problems:
            self.show_problems(problems)
            self.notify(t("record.form_has_problems"), severity="warning", markup=False)
            return
        if self.save is not None and not self.save(values):
            return  # refused: the typing stays, and the screen said why
        self.dismiss(values)

    def show_stored(self, stored: list[FormField], message: str) -> None:
        """Beside what is typed, what is stored now, under each field where the two
        differ (a save refused because the record changed meanwhile). The typing stays."""
        self.stored = stored
        typed = self.values()
        now = {field.name: field.value for field in stored}
        differing = []
        for field in self.fields:
            static = self.query_one(f"#problem-{field.name}", Static)
            same = field.name not in now or _same(typed[field.name], now[field.name])
            if not same:
                differing.append(field.name)
                static.update(
                    t(
                        "edits.field_both",
                        yours=_shown(field, typed[field.name]),
                        stored=_shown(field, now[field.name]),
                    )
                )
            static.set_class(not same, "shown")
        form = self.query_one("#problem-form", Static)
        form.update(message)
        form.set_class(True, "shown")
        if differing:
            self.query_one(f"#field-{differing[0]}").focus()

    def action_take_stored(self) -> None:
        """Merge: put what is stored now into every field you did not change (ctrl+r,
        once a save was refused); what you typed yourself stays."""
        if not self.stored:
            return
        typed = self.values()
        stored = {field.name: field.value for field in self.stored}
        for field in self.fields:
            if field.name not in stored:
                continue
            now = stored[field.name]
            if _same(typed[field.name], field.value) and not _same(field.value, now):
                self._put(field, now)
            field.value = now  # the form now starts from what is stored
        self.show_stored(self.stored, t("edits.form_merged"))

    def _put(self, field: FormField, value: Any) -> None:
        widget = self.query_one(f"#field-{field.name}")
        if isinstance(widget, Select):
            # A choice the list cannot leave blank: keep what is shown.
            with contextlib.suppress(InvalidSelectValueError):
                widget.value = Select.NULL if value is None else value
        elif isinstance(widget, TextArea):
            widget.text = str(value or "")
        else:
            cast(Input, widget).value = str(value or "")

    def action_cancel(self) -> None:
        """Escape or Cancel: closed, asked first when something typed differs from what
        the form opened with (a form opened by a stray key lost nothing, a changed one
        was dropped without a word)."""
        name = self.unsaved()
        if name is None:
            self.dismiss(None)
            return

        def answered(close: bool | None) -> None:
            if close:
                self.dismiss(None)

        question = literal(t("record.cancel_question", name=name))
        self.app.push_screen(KeepTypingDialog(question), answered)

    def unsaved(self) -> str | None:
        """Who or what was typed for, when a field differs from what the form opened
        with (the app asks before quitting then: `AbcdApp.action_quit`); else None."""
        values = self.values()
        if all(_same(values[field.name], field.value) for field in self.fields):
            return None
        return str(values.get("name") or "").strip() or t("record.this_form")

    @on(Input.Submitted)
    def submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#save")
    def save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def cancel_pressed(self) -> None:
        self.action_cancel()


def _same(typed: Any, stored: Any) -> bool:
    def plain(value: Any) -> str:
        return "" if value is None else str(value).strip()

    return plain(typed) == plain(stored)


def _shown(field: FormField, value: Any) -> str:
    """A value as the form shows it: a choice by its label, nothing as '(leeg)'."""
    if field.choices is not None:
        value = next((label for label, choice in field.choices if choice == value), value)
    text = "" if value is None else str(value).strip()
    return text or t("edits.empty")
