"""Still to ask (nog te vragen): whom to talk with again on a next walk, and about what.

A resident is listed when we never heard what they can do (gifts), what they offer or
what they need, when their consent is missing, or when nobody talked with them for over
a year. Sorted by street, because a walk goes street by street.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from abcd_tui.display import literal
from abcd_tui.domain.text import street_of
from abcd_tui.i18n import t
from abcd_tui.store import open_database
from abcd_tui.tui.messages import RegisterChanged


@dataclass(frozen=True)
class StillToAsk:
    """One resident and what to ask them next time (codes: gifts, offers, needs, ...)."""

    name: str
    street: str
    last_met: str  # date of the walk where we met, else when they were recorded
    ask: tuple[str, ...]


def still_to_ask(db_path: Path, today: date | None = None) -> list[StillToAsk]:
    """Residents with something still to ask, by street and name."""
    year_ago = ((today or date.today()) - timedelta(days=365)).isoformat()
    db = open_database(db_path, create=False)
    try:
        rows = db.execute(
            """
            SELECT r.name, r.address, coalesce(w.date, substr(r.created_at, 1, 10)),
                r.head = '[]' AND r.hands = '[]' AND r.heart = '[]',
                r.offers = '[]', r.needs = '[]', r.consent IS NULL
            FROM residents r LEFT JOIN walks w ON w.id = r.walk_id
            """
        ).fetchall()
    finally:
        db.close()
    found = []
    for name, address, met, *missing in rows:
        flags = [*missing, met < year_ago]
        ask = tuple(
            c
            for c, f in zip(("gifts", "offers", "needs", "consent", "stale"), flags, strict=True)
            if f
        )
        if ask:
            found.append(StillToAsk(name, street_of(address), met, ask))
    found.sort(key=lambda s: (s.street.casefold(), s.name.casefold()))
    return found


class StillToAskScreen(Screen):
    """A table to plan the next walk from: name, street, last talked, what to ask."""

    CSS_PATH = "still_to_ask.tcss"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="intro", classes="title")
        yield DataTable(id="still", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#still", DataTable)
        # Fixed widths for names and streets (the table would size columns to their
        # headers); what to ask gets the rest.
        for code, width in (("name", 20), ("street", 14), ("last_met", 10), ("ask", None)):
            table.add_column(t(f"still.{code}"), key=code, width=width)
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="still")
    def load(self) -> None:
        try:
            found = still_to_ask(self.app.db_path)
        except Exception as error:
            self.app.call_from_thread(self.app.show_error, error)
            return
        self.app.call_from_thread(self.show, found)

    def show(self, found: list[StillToAsk]) -> None:
        intro = t("still.intro", count=len(found)) if found else t("still.none")
        self.query_one("#intro", Static).update(Content(intro))
        table = self.query_one("#still", DataTable)
        table.clear()
        for item in found:
            ask = ", ".join(t(f"still.{code}") for code in item.ask)
            table.add_row(literal(item.name), literal(item.street), item.last_met, ask)
