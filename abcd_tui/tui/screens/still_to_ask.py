"""Still to ask (nog te vragen): whom to talk with again on a next walk, and about what.

What makes a resident listed is the store's (`store.still_to_ask`); this screen shows
the list, sorted by street because a walk goes street by street.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from abcd_tui import paths
from abcd_tui.export.still_to_ask import ListWritten, write_still_to_ask
from abcd_tui.i18n import t
from abcd_tui.store.still_to_ask import StillToAsk, still_to_ask
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.work import Shows


class StillToAskScreen(Shows, Screen[None]):
    """A table to plan the next walk from: name, street, last talked, what to ask."""

    CSS_PATH = "still_to_ask.tcss"
    BINDINGS = [
        Binding("e", "write_list('html')", t("ask.key_html")),
        Binding("E", "write_list('csv')", t("ask.key_csv")),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="intro", classes="title")
        yield DataTable(id="still", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#still", DataTable)
        # Fixed widths for names and streets (the table would size columns to their
        # headers); what to ask gets the rest.
        for code, width in (("name", 20), ("street", 14), ("last_met", 10), ("ask", None)):
            table.add_column(t(f"ask.{code}"), key=code, width=width)
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.fetch("still", lambda: self.register.read(still_to_ask), self.show)

    def show(self, found: list[StillToAsk]) -> None:
        intro = t("ask.intro", count=len(found)) if found else t("ask.none")
        self.query_one("#intro", Static).update(Content(intro))
        table = self.query_one("#still", DataTable)
        row = table.cursor_row  # read again (another program wrote): stay where you were
        table.clear()
        for item in found:
            ask = ", ".join(t(f"ask.{code}") for code in item.ask)
            table.add_row(literal(item.name), literal(item.street), item.last_met, ask)
        if found:
            table.move_cursor(row=min(row, len(found) - 1), animate=False)

    # The list for the next walk, on paper: written owner-only into exports/, under a
    # name of its own (an earlier list is never replaced), and the place is told.

    def action_write_list(self, fmt: str) -> None:
        out_dir = paths.exports_folder()
        self.fetch(
            "still-list",
            lambda: self.register.look(write_still_to_ask, fmt, out_dir=out_dir, fresh=True),
            self.written,
        )

    def written(self, done: ListWritten) -> None:
        message = t(
            "ask.written", path=done.path.resolve(), people=done.people, streets=done.streets
        )
        self.notify(message, markup=False, timeout=10)
