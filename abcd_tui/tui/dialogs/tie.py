"""The tie dialog: with whom, and what kind of tie, for the residents and groups screens
(`t`) and the network picture (`t`).

Type a name (a grey suggestion completes it: Tab takes it, as in walk mode; the arrows
pick from the matches below), and the kinds that fit the pair show in a list inside the
dialog, the likely one chosen (`domain.records.kinds_for`: neighbours on one street,
member of an association ...). Enter or ctrl+s saves; a problem shows under its field
and goes away as soon as it is put right.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from abcd_tui.domain.records import GroupKind, Problem, RecordType, TieKind, kinds_for, tie_problem
from abcd_tui.domain.text import match_key, street_of
from abcd_tui.i18n import t
from abcd_tui.store.records import Records
from abcd_tui.tui.text import literal

MATCHES = 5  # names shown under the field at a time


@dataclass(frozen=True)
class Candidate:
    """A resident or group one can be tied to, with what the default kind depends on."""

    id: str
    name: str
    type: RecordType
    street: str = ""
    group_kind: GroupKind | None = None

    def describe(self) -> Content:
        """The name as typed, then its street or 'group' in grey."""
        where = self.street if self.type == RecordType.RESIDENT else t("record.tie_group")
        return Content.assemble(literal(self.name), (f" · {where}" if where else "", "dim"))


@dataclass(frozen=True)
class TieChoice:
    """What the dialog answers: tie the centre to `other_id` with this kind."""

    other_id: str
    kind: TieKind


def candidates_of(records: Records) -> dict[str, Candidate]:
    """Every resident and group of the register, by id, residents first."""
    found = {
        r.id: Candidate(r.id, r.name, RecordType.RESIDENT, street_of(r.address))
        for r in records.residents.values()
    }
    found.update(
        (g.id, Candidate(g.id, g.name, RecordType.GROUP, group_kind=g.kind))
        for g in records.groups.values()
    )
    return found


def fitting_kinds(centre: Candidate, other: Candidate) -> tuple[TieKind, ...]:
    """The kinds that fit this pair, the likely one first."""
    groups = [c for c in (centre, other) if c.type == RecordType.GROUP]
    same_street = bool(centre.street) and match_key(centre.street) == match_key(other.street)
    return kinds_for(
        centre.type,
        other.type,
        same_street=same_street,
        group_kind=groups[-1].group_kind if groups else None,
    )


class TieDialog(ModalScreen[TieChoice | None]):
    """Tie `centre` to one of `others`: a name, then a kind that fits."""

    DEFAULT_CSS = """
    TieDialog { align: center middle; }
    TieDialog > Vertical {
        width: 64; max-width: 100%; height: auto; max-height: 100%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    TieDialog .field-label { text-style: bold; margin-top: 1; }
    TieDialog .hint { color: $text-muted; }
    TieDialog #who { background: $boost; }
    TieDialog #matches { height: auto; max-height: 5; background: $surface; }
    TieDialog #kinds { height: auto; max-height: 6; background: $boost; }
    TieDialog .problem { color: $error; display: none; }
    TieDialog .problem.shown { display: block; }
    TieDialog #buttons { height: auto; align-horizontal: right; margin-top: 1; }
    TieDialog Button { margin-left: 2; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("record.key_save")),
        Binding("escape", "cancel", t("record.key_cancel")),
    ]

    def __init__(self, centre: Candidate, others: dict[str, Candidate]) -> None:
        super().__init__()
        self.centre = centre
        # Whom one can tie to, in name order (also the order the grey suggestion follows).
        self.others = sorted(
            (c for c in others.values() if c.id != centre.id),
            key=lambda c: (c.type != RecordType.RESIDENT, c.name.casefold(), c.id),
        )
        # Folded once, not on every key press (5,000 residents: a few ms a press).
        self.folded = [(match_key(c.name), c.name.casefold(), c) for c in self.others]
        self.by_key: dict[str, Candidate] = {}
        for candidate in reversed(self.others):  # the first of two same names wins
            self.by_key[match_key(candidate.name)] = candidate
        self.by_key.setdefault(match_key(centre.name), centre)
        self.other: Candidate | None = None
        self.kinds: tuple[TieKind, ...] = ()
        self.shown: set[str] = set()  # fields whose problem is on screen

    def compose(self) -> ComposeResult:
        names = [c.name for c in self.others]
        with Vertical() as box:
            box.border_title = t("record.new_tie", name=self.centre.name)
            yield Static(t("record.tie_hint"), classes="hint", markup=False)
            yield Label(t("record.tie_other"), classes="field-label", markup=False)
            yield Input(
                placeholder=t("picture.tie_dialog_placeholder"),
                id="who",
                compact=True,
                suggester=SuggestFromList(names, case_sensitive=False) if names else None,
            )
            matches = OptionList(id="matches", compact=True)
            matches.can_focus = False  # the arrows in the name field move through it
            yield matches
            yield Static("", id="problem-who", classes="problem", markup=False)
            yield Label(t("record.tie_kind"), classes="field-label", markup=False)
            yield OptionList(id="kinds", compact=True)
            yield Static("", id="problem-kind", classes="problem", markup=False)
            with Horizontal(id="buttons"):
                yield Button(t("record.save"), id="save", variant="primary", compact=True)
                yield Button(t("record.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.show_matches("")
        self.show_kinds()
        self.query_one("#who", Input).focus()

    # With whom --------------------------------------------------------------------------
    def completion(self, typed: str) -> str | None:
        """The grey suggestion for what is typed: the first name that starts with it."""
        folded = typed.casefold()
        if not folded:
            return None
        return next((c.name for _, name, c in self.folded if name.startswith(folded)), None)

    def show_matches(self, typed: str) -> None:
        wanted = match_key(typed).split()
        found = []
        for key, _, candidate in self.folded:
            if all(w in key for w in wanted):
                found.append(candidate)
                if len(found) == MATCHES:
                    break
        matches = self.query_one("#matches", OptionList)
        matches.clear_options()
        matches.add_options([Option(c.describe(), id=c.id) for c in found])
        matches.display = bool(found) and typed.strip() != "" and self.other is None
        if found:
            matches.highlighted = 0

    @on(Input.Changed, "#who")
    def typed(self, event: Input.Changed) -> None:
        found = self.by_key.get(match_key(event.value)) if event.value.strip() else None
        if found != self.other:
            self.other = found
            self.show_kinds()
        self.show_matches(event.value)
        self.recheck()

    def take(self, name: str) -> None:
        """Put this name in the field, and its kinds in the list at once (not only
        when the field's change message arrives: an enter may save before it)."""
        who = self.query_one("#who", Input)
        who.value = name
        who.cursor_position = len(name)
        found = self.by_key.get(match_key(name))
        if found != self.other:
            self.other = found
            self.show_kinds()

    def on_key(self, event: events.Key) -> None:
        """In the name field: Tab takes the grey suggestion, the arrows the matches."""
        who = self.query_one("#who", Input)
        if self.focused is not who:
            return
        matches = self.query_one("#matches", OptionList)
        if event.key == "tab":
            suggestion = self.completion(who.value)
            if suggestion and suggestion != who.value:
                self.take(suggestion)
                event.stop()
                event.prevent_default()
        elif event.key in ("down", "up") and matches.display and matches.option_count:
            step = 1 if event.key == "down" else -1
            matches.highlighted = ((matches.highlighted or 0) + step) % matches.option_count
            event.stop()
            event.prevent_default()

    @on(OptionList.OptionSelected, "#matches")
    def match_chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = next(c for c in self.others if c.id == event.option_id)
        self.take(chosen.name)
        self.query_one("#kinds").focus()

    @on(Input.Submitted, "#who")
    def who_submitted(self) -> None:
        """Enter takes the highlighted match if the name is not complete, then saves."""
        matches = self.query_one("#matches", OptionList)
        if self.other is None and matches.display and matches.highlighted is not None:
            chosen = matches.get_option_at_index(matches.highlighted).id
            self.take(next(c.name for c in self.others if c.id == chosen))
        self.action_save()

    # What kind ------------------------------------------------------------------------
    def show_kinds(self) -> None:
        """Only the kinds that fit this pair; the one chosen stays if it still fits."""
        options = self.query_one("#kinds", OptionList)
        before = self.kind
        self.kinds = fitting_kinds(self.centre, self.other) if self.other else ()
        options.clear_options()
        if not self.kinds:
            hint = Content.styled(t("record.tie_kind_after_other"), "dim")
            options.add_option(Option(hint, disabled=True))
            return
        options.add_options([Option(t(f"tie.{k.value}"), id=k.value) for k in self.kinds])
        options.highlighted = self.kinds.index(before) if before in self.kinds else 0

    @property
    def kind(self) -> TieKind | None:
        options = self.query_one("#kinds", OptionList)
        if not self.kinds or options.highlighted is None:
            return None
        return self.kinds[options.highlighted]

    @on(OptionList.OptionHighlighted, "#kinds")
    def kind_moved(self) -> None:
        self.recheck()

    @on(OptionList.OptionSelected, "#kinds")
    def kind_chosen(self) -> None:
        self.action_save()

    # Saving -----------------------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """What stops the tie, by field ('who', 'kind'), in the domain's words."""
        typed = self.query_one("#who", Input).value
        other = self.other
        if not typed.strip():
            return [Problem("who", "other_blank")]
        if other is None:
            return [Problem("who", "other_unknown", {"name": typed.strip()})]
        if other.id == self.centre.id:
            return [Problem("who", "record.tie_self", {"name": self.centre.name})]
        kind = self.kind
        if kind is None:
            return [Problem("kind", "tie_kind_blank")]
        if tie_problem(kind, self.centre.type, other.type, same=False):
            return [Problem("kind", "tie_kind_mismatch", {"kind": t(f"tie.{kind.value}")})]
        return []

    def show_problems(self, problems: list[Problem]) -> None:
        messages = {p.field: self.message(p) for p in problems}
        for field in ("who", "kind"):
            static = self.query_one(f"#problem-{field}", Static)
            static.update(messages.get(field, ""))
            static.set_class(field in messages, "shown")
        self.shown = set(messages)

    @staticmethod
    def message(problem: Problem) -> str:
        code = problem.code if "." in problem.code else f"problem.{problem.code}"
        return t(code, **problem.params)

    def recheck(self) -> None:
        """Once a problem shows, it goes as soon as the field is put right."""
        if self.shown:
            self.show_problems([p for p in self.problems() if p.field in self.shown])

    def action_save(self) -> None:
        problems = self.problems()
        if problems:
            self.show_problems(problems)
            self.query_one("#who" if problems[0].field == "who" else "#kinds").focus()
            return
        assert self.other is not None and self.kind is not None
        self.dismiss(TieChoice(self.other.id, self.kind))

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def cancel_pressed(self) -> None:
        self.action_cancel()
