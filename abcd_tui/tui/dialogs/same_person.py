"""'Bedoel je Dien van der Berg, Kerkstraat 2, laatst ontmoet 3 maart?' before a new
record is made for a name the register probably has already.

Answers the chosen resident's id (a revisit), "" for a new person anyway, or None when
the builder wants back to the form (Escape): nothing is saved until they have said.
"""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from abcd_tui.domain.records import Resident
from abcd_tui.i18n import t
from abcd_tui.store import Register
from abcd_tui.store.lookups import Candidate, likely_same

NEW_PERSON = "new-person"


def known_like(register: Register, resident: Resident) -> list[Candidate]:
    """The register's residents this new one probably is (a short read of the UI
    thread: a few milliseconds at 5,000 residents)."""
    same = register.read(likely_same, resident.name, resident.address)
    return [c for c in same if c.id != resident.id]


def spoken_date(iso: str | None, today: date | None = None) -> str:
    """'2026-03-03' -> '3 maart' (this year) or '3 maart 2025'; '' when unknown."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    month = t("walk.months").split()[day.month - 1]
    this_year = (today or date.today()).year == day.year
    return f"{day.day} {month}" if this_year else f"{day.day} {month} {day.year}"


def candidate_text(c: Candidate) -> str:
    """Name, address and when we met them last: what tells two namesakes apart."""
    parts = [c.name, c.address] if c.address else [c.name]
    met = spoken_date(c.last_met)
    parts.append(t("walk.last_met", date=met) if met else t("walk.not_met_yet"))
    return ", ".join(parts)


class SamePersonDialog(ModalScreen[str | None]):
    """Offer the likely records first; the first is highlighted, Enter takes it."""

    DEFAULT_CSS = """
    SamePersonDialog { align: center middle; }
    SamePersonDialog > Vertical {
        width: 70; max-width: 100%; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    SamePersonDialog OptionList { height: auto; max-height: 12; }
    SamePersonDialog .hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "back", t("walk.same_back"))]

    def __init__(self, typed: str, candidates: list[Candidate]) -> None:
        super().__init__()
        self.typed = typed
        self.candidates = candidates

    def compose(self) -> ComposeResult:
        first = self.candidates[0]
        with Vertical():
            question = Content(t("walk.same_question", who=candidate_text(first)))
            yield Static(question, id="question")
            options = [
                Option(Content(t("walk.same_take", who=candidate_text(c))), id=c.id)
                for c in self.candidates
            ]
            options.append(Option(Content(t("walk.same_new", name=self.typed)), id=NEW_PERSON))
            yield OptionList(*options, id="choices")
            yield Static(t("walk.same_hint"), classes="hint", markup=False)

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = 0
        choices.focus()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss("" if event.option_id == NEW_PERSON else event.option_id)

    def action_back(self) -> None:
        self.dismiss(None)
