"""The walk form: one resident met, in the order of a visit, gifts first.

Name and address, then "what can you do yourself?" (head, hands, heart), what they can do
for someone else (aanbod), what they need (vraag), whom they know here, consent, whether
they welcome an introduction, and how they are. One line per field so it fits 80x24.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Checkbox, Input, Label

from abcd_tui.domain.records import Openness, Resident
from abcd_tui.i18n import t
from abcd_tui.tui.widgets.walk_choice import WalkChoice
from abcd_tui.tui.widgets.walk_complete import WalkComplete, items_of

# Form field -> Resident field, for the comma-separated phrase lists.
PHRASE_INPUTS = {"head": "head", "hands": "hands", "heart": "heart", "offers": "offers",
                 "needs": "needs"}  # fmt: skip
OPENNESS_ORDER = (Openness.UNKNOWN, Openness.YES, Openness.NOT_NOW, Openness.NO)


class WalkForm(Vertical):
    """The fields of one visit. `resident()` reads them, `fill()` and `clear()` set them."""

    def __init__(
        self,
        suggest_gifts: Callable[[str], list[str]],
        suggest_records: Callable[[str], list[str]],
        suggest_residents: Callable[[str], list[str]],
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.suggest_gifts = suggest_gifts
        self.suggest_records = suggest_records
        self.suggest_residents = suggest_residents

    def compose(self) -> ComposeResult:
        with Grid(id="fields"):
            yield Label(t("walk.name"))
            yield Input(id="name", compact=True)
            yield Label(t("walk.address"))
            yield Input(id="address", compact=True)
            yield Label(t("walk.yourself"), classes="question")
            for field in ("head", "hands", "heart", "offers", "needs"):
                yield Label(t(f"walk.{field}"))
                yield Input(id=field, compact=True, placeholder=t("walk.gifts_hint"))
            yield Label(t("walk.ties"))
            yield Input(id="ties", compact=True, placeholder=t("walk.ties_hint"))
            yield Label(t("walk.consent"))
            yield Checkbox(t("open.yes"), id="consent", compact=True)
            yield Label(t("walk.open"))
            yield WalkChoice([(o.value, t(f"open.{o.value}")) for o in OPENNESS_ORDER], id="open")
            yield Label(t("walk.notes"))
            yield Input(id="notes", compact=True)

    def on_mount(self) -> None:
        for field in PHRASE_INPUTS:
            self.mount(WalkComplete(self.query_one(f"#{field}", Input), self.suggest_gifts))
        self.mount(WalkComplete(self.query_one("#ties", Input), self.suggest_records))
        name = self.query_one("#name", Input)
        self.mount(WalkComplete(name, self.suggest_residents, several=False, id="name-complete"))

    def _text(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    @property
    def typed_name(self) -> str:
        return self._text("name").strip()

    @property
    def tie_names(self) -> list[str]:
        return items_of(self._text("ties"))

    def resident(self, base: Resident | None) -> Resident:
        """The resident as typed: a new one, or `base` with the form's values."""
        values = {field: items_of(self._text(field)) for field in PHRASE_INPUTS}
        consent = self.query_one("#consent", Checkbox).value
        values.update(
            name=self.typed_name,
            address=self._text("address").strip(),
            notes=self._text("notes").strip(),
            open_to_introductions=Openness(self.query_one("#open", WalkChoice).value),
            # Unticked keeps what we knew: a tick records a yes, never a silent no.
            consent=True if consent else (base.consent if base else None),
        )
        if base is None:
            return Resident(**values)
        return dataclasses.replace(base, **values)

    def fill(self, resident: Resident) -> None:
        """Put what we knew in the fields, so saving keeps it unless it is changed."""
        for field, attribute in PHRASE_INPUTS.items():
            self.query_one(f"#{field}", Input).value = ", ".join(getattr(resident, attribute))
        self.query_one("#address", Input).value = resident.address
        self.query_one("#notes", Input).value = resident.notes
        self.query_one("#consent", Checkbox).value = bool(resident.consent)
        self.query_one("#open", WalkChoice).value = resident.open_to_introductions.value

    def clear(self) -> None:
        """Ready for the next person: every field empty, the cursor in the name."""
        for field in self.query(Input):
            field.value = ""
        self.query_one("#consent", Checkbox).value = False
        self.query_one("#open", WalkChoice).value = Openness.UNKNOWN.value
        self.query_one("#name", Input).focus()
