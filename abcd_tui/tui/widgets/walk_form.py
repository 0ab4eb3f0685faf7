"""The walk form: one resident met, in the order of a visit, gifts first.

Name and address, then "what can you do yourself?" (head, hands, heart), what they can do
for someone else (aanbod), what they need (vraag), whom they know here (each tie with its
kind), consent, whether they welcome an introduction, how they are, and the neighbourhood
(the walk's area unless changed). One line per field so it fits 80x24; a problem shows
under its field, never in a toast over the form.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Static

from abcd_tui.domain.records import Openness, Problem, Resident, Strength, TieKind
from abcd_tui.domain.text import match_key, split_items
from abcd_tui.domain.ties import default_tie_kind, walk_tie_kinds
from abcd_tui.i18n import t
from abcd_tui.tui.walk_names import Names
from abcd_tui.tui.widgets.walk_choice import WalkChoice
from abcd_tui.tui.widgets.walk_complete import WalkComplete, WalkInput
from abcd_tui.tui.widgets.walk_ties import TieDraft, TieList

# The phrase lists of a visit, in the form's order (Resident field names).
PHRASE_INPUTS = ("head", "hands", "heart", "offers", "needs")
OPENNESS_ORDER = (Openness.UNKNOWN, Openness.YES, Openness.NOT_NOW, Openness.NO)
# Consent is yes or not asked yet: a "no" is not stored at all (Resident.problems).
CONSENT_CHOICES = (("unknown", "walk.consent_unknown"), ("yes", "walk.consent_yes"))


class WalkForm(VerticalScroll):
    """The fields of one visit. `resident()` reads them, `fill()` and `clear()` set them."""

    def __init__(
        self,
        suggest_gifts: Callable[[str], list[str]],
        names: Names,
        area: Callable[[], str] = str,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.suggest_gifts = suggest_gifts
        self.names = names
        self.area = area  # the walk's area: what a new resident's neighbourhood starts as
        self.filled: dict[str, str] = {}  # field -> what the last `fill` put there
        self.known: dict[str, list[str]] = {}  # field -> the items the last fill put in

    def _row(self, label: str, widget) -> Horizontal:
        return Horizontal(Label(label, classes="field-label"), widget, classes="row")

    def compose(self) -> ComposeResult:
        yield self._row(t("walk.name"), WalkInput(id="name", compact=True))
        yield Static("", id="problem-name", classes="problem", markup=False)
        yield self._row(t("walk.address"), WalkInput(id="address", compact=True))
        yield Label(t("walk.yourself"), classes="question")
        for field in PHRASE_INPUTS:
            yield self._row(
                t(f"walk.{field}"),
                WalkInput(id=field, compact=True, placeholder=t("walk.gifts_hint")),
            )
        yield self._row(
            t("walk.ties"), WalkInput(id="ties", compact=True, placeholder=t("walk.ties_hint"))
        )
        yield Static("", id="problem-ties", classes="problem", markup=False)
        yield TieList(id="tie-list")
        consent = [(value, t(code)) for value, code in CONSENT_CHOICES]
        yield self._row(t("walk.consent"), WalkChoice(consent, arrows=False, id="consent"))
        yield Static("", id="problem-consent", classes="problem", markup=False)
        openness = [(o.value, t(f"open.{o.value}")) for o in OPENNESS_ORDER]
        yield self._row(t("walk.open"), WalkChoice(openness, id="open"))
        yield self._row(t("walk.notes"), WalkInput(id="notes", compact=True))
        yield self._row(t("walk.neighbourhood"), WalkInput(id="neighbourhood", compact=True))
        yield Static("", id="problem-form", classes="problem", markup=False)
        with Horizontal(id="form-buttons"):
            yield Button(t("walk.save_button"), id="save", compact=True, variant="primary")
            yield Button(t("walk.clear_button"), id="clear", compact=True)
        yield Static("", id="status", markup=False)

    def on_mount(self) -> None:
        self.trap_focus()  # Tab and Shift+Tab go round the form, never out to the screen
        self.query_one("#ties", WalkInput).on_down = self.enter_tie_lines
        for button in self.query(Button):
            button.can_focus = False  # for the mouse; the keys are ctrl+s and ctrl+l
        self.query_one("#tie-list").display = False
        for field in PHRASE_INPUTS:
            box = self.query_one(f"#{field}", Input)
            self.mount(WalkComplete(box, self.suggest_gifts, whole_words_stay=True))
        self.mount(WalkComplete(self.query_one("#ties", Input), self.names.records))
        address = self.query_one("#address", Input)
        self.mount(WalkComplete(address, self.names.streets_like, several=False,
                                tab_moves_on=False))  # fmt: skip
        name = self.query_one("#name", Input)
        # A first name typed whole stays at Tab: "Bram" is a new neighbour, not "Bram
        # Mansour" (whose record a Tab opened); "Bram M" or ↓ still takes his.
        self.mount(WalkComplete(name, self.names.residents, several=False,
                                whole_words_stay=True, whole_of=self.names.name_of,
                                id="name-complete"))  # fmt: skip

    def _text(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    @property
    def typed_name(self) -> str:
        return self._text("name").strip()

    @property
    def tie_names(self) -> list[str]:
        return split_items(self._text("ties"))

    # The ties named, each with its kind

    @on(Input.Changed, "#ties, #address")
    @on(WalkComplete.Chosen)
    def ties_changed(self) -> None:
        self.show_ties()

    def show_ties(self) -> None:
        """A line per name the register knows, with the kind the domain proposes."""
        drafts, address = [], self._text("address")
        for label in self.tie_names:
            found, _ = self.names.resolve([label])
            if not found:
                continue
            other_id, other_type = found[0]
            kind = default_tie_kind(
                other_type,
                address=address,
                other_address=self.names.addresses.get(other_id, ""),
                group_kind=self.names.group_kinds.get(other_id),
            )
            drafts.append(TieDraft(label, other_id, other_type, walk_tie_kinds(other_type), kind))
        self.query_one(TieList).show(drafts)

    def ties(self) -> tuple[list[tuple[str, TieKind, Strength | None]], list[str]]:
        """The ties to make (other id, kind, strength) and the names the register lacks."""
        self.show_ties()  # the field as it is now (a completion posts no Changed)
        drafts = self.query_one(TieList).drafts
        # The names the register lacks, asked of it (a line kept from before, labelled
        # "Floor Westra", made "Floor Westra · Zonnedauw" one it lacked, though tied).
        _, unknown = self.names.resolve(self.tie_names)
        return [(d.other_id, d.kind, d.strength) for d in drafts], unknown

    @on(TieList.Left)
    def tie_lines_left(self, event: TieList.Left) -> None:
        event.stop()
        target = "#consent" if event.direction > 0 else "#ties"
        self.query_one(target).focus()

    def enter_tie_lines(self) -> bool:
        """↓ in the tie field enters the tie lines (they are off the Tab path)."""
        lines = self.query_one(TieList).query("TieLine")
        if lines:
            lines.first().focus()
        return bool(lines)

    # Reading and setting the fields

    def resident(self, base: Resident | None, walk_date: str) -> Resident:
        """The resident as shown: a new one, or `base` with the form's values. A yes to
        consent is dated by the walk (or keeps the date it had)."""
        values: dict = {field: split_items(self._text(field)) for field in PHRASE_INPUTS}
        consent = self.query_one("#consent", WalkChoice).value == "yes"
        had = base.consent_date if base and base.consent else None
        values.update(
            name=self.typed_name,
            address=self._text("address").strip(),
            neighbourhood=self._text("neighbourhood").strip(),
            notes=self._text("notes").strip(),
            open_to_introductions=Openness(self.query_one("#open", WalkChoice).value),
            consent=True if consent else None,
            consent_date=(had or walk_date) if consent else None,
        )
        if base is None:
            return Resident(**values)
        return dataclasses.replace(base, **values)

    def fill(self, resident: Resident) -> None:
        """Put what we knew in the fields, so saving keeps it unless it is changed. What
        was typed meanwhile (the record comes from a worker, the builder types on) is
        never overwritten: a phrase field gets what we knew, then what was typed besides;
        a line or a choice typed in keeps what was typed. A field as a fill left it takes
        the next fill (another name chosen)."""
        for field in PHRASE_INPUTS:
            box = self.query_one(f"#{field}", Input)
            before = {match_key(item) for item in self.known.get(field, [])}
            typed = [item for item in split_items(box.value) if match_key(item) not in before]
            seen = {match_key(item) for item in typed}
            known = [item for item in getattr(resident, field) if match_key(item) not in seen]
            # What we knew; in the field being typed in, ready for another ("koken, "),
            # as Tab into it would have left it (`WalkInput`).
            ready = ", " if known and not typed and box.has_focus else ""
            self._fill(field, ", ".join([*known, *typed]) + ready)
            self.known[field] = known  # another name chosen next: these go, the typed stay
        for field, known_text in (("address", resident.address), ("notes", resident.notes)):
            if self._as_filled(field) or not self._text(field).strip():
                self._fill(field, known_text)
        if self._as_filled("neighbourhood") or self._text("neighbourhood") == self.area():
            self._fill("neighbourhood", resident.neighbourhood or self.area())
        consent = self.query_one("#consent", WalkChoice)
        if consent.value == "unknown" or self.filled.get("consent") == consent.value:
            consent.value = "yes" if resident.consent else "unknown"
            self.filled["consent"] = consent.value
        choice = self.query_one("#open", WalkChoice)
        if choice.value == Openness.UNKNOWN.value or self.filled.get("open") == choice.value:
            choice.value = resident.open_to_introductions.value
            self.filled["open"] = choice.value

    def _fill(self, field: str, value: str) -> None:
        box = self.query_one(f"#{field}", Input)
        box.value = value
        if box.has_focus:  # typing on goes after what we knew and what was typed
            box.cursor_position = len(value)  # (a value set keeps the cursor's index)
        self.filled[field] = value

    def _as_filled(self, field: str) -> bool:
        """Whether `field` holds what the last fill put there (nothing typed since)."""
        return field in self.filled and self.filled[field] == self._text(field)

    def clear(self) -> None:
        """Ready for the next person: every field empty, the cursor in the name."""
        self.filled.clear()
        self.known.clear()
        for field in self.query(Input):
            field.value = ""
        self.query_one("#neighbourhood", Input).value = self.area()
        self.query_one("#consent", WalkChoice).value = "unknown"
        self.query_one("#open", WalkChoice).value = Openness.UNKNOWN.value
        self.query_one(TieList).show([])
        self.show_problems([])
        self.query_one("#name", Input).focus()

    @property
    def has_typed(self) -> bool:
        """Whether anything was typed or chosen that a save would store."""
        typed = any(
            field.value.strip() for field in self.query(Input) if field.id != "neighbourhood"
        )
        chosen = self.query_one("#consent", WalkChoice).value != "unknown" or (
            self.query_one("#open", WalkChoice).value != Openness.UNKNOWN.value
        )
        return typed or chosen or self._text("neighbourhood").strip() != self.area()

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field (name, consent) or under the form; the first
        wrong field gets the focus."""
        messages: dict[str, list[str]] = {}
        for problem in problems:
            where = problem.field if problem.field in ("name", "ties", "consent") else "form"
            messages.setdefault(where, []).append(t(f"problem.{problem.code}", **problem.params))
        for where in ("name", "ties", "consent", "form"):
            static = self.query_one(f"#problem-{where}", Static)
            static.update("; ".join(messages.get(where, [])))
            static.display = where in messages
        if messages:
            self.say("")  # the last save's news is not news about this person
        for field in ("name", "ties"):
            if field in messages:
                self.query_one(f"#{field}", Input).focus()
                break

    @on(Input.Changed, "#name, #ties")
    def name_changed(self, event: Input.Changed) -> None:
        if self.query_one(f"#problem-{event.input.id}").display:
            self.show_problems([])

    def unsure_ties(self) -> list[tuple[str, list[str]]]:
        """The names typed in "Kent hier" that match no record, or several, while the
        register has records like them (a name Tabbed past before its dropdown came,
        "Bra"; two of that name): each with the first few it has. A save would make no
        tie for them."""
        _, unknown = self.names.resolve(self.tie_names)
        found = [(name, self.names.records(name)[:3]) for name in unknown]
        return [(name, like) for name, like in found if like]

    def say(self, text: str) -> None:
        """What the last save did, on the form's own status line (not a toast)."""
        self.query_one("#status", Static).update(text)
