"""Still to ask (nog te vragen): whom to talk with again on a next walk, and about what.

What makes a resident listed is the store's (`store.still_to_ask`); this screen shows
the list, sorted by street because a walk goes street by street.

At 5,000 residents some 3,000 are listed: a table measures every cell it is given, so
it is given a page at a time (PAGE rows, then a last row that brings the next page when
the cursor reaches it), and the rows' text is made in the worker that reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static
from textual.widgets.data_table import RowKey

from abcd_tui import paths
from abcd_tui.i18n import number, t
from abcd_tui.store.still_to_ask import StillToAsk, still_to_ask
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.work import Shows

if TYPE_CHECKING:
    from abcd_tui.export.still_to_ask import ListWritten

PAGE = 200  # rows added to the table at a time
MORE = "more"  # the key of the row that brings the next page
Row = tuple[Content, Content, str, str]  # name, street, last met, what to ask


def rows_of(found: list[StillToAsk]) -> list[Row]:
    """The table's rows (names and streets literally), made in the worker."""
    return [
        (
            literal(item.name),
            literal(item.street),
            item.last_met,
            ", ".join(t(f"ask.{code}") for code in item.ask),
        )
        for item in found
    ]


class StillToAskScreen(Shows, Screen[None]):
    """A table to plan the next walk from: name, street, last talked, what to ask."""

    CSS_PATH = "still_to_ask.tcss"
    BINDINGS = [
        Binding("e", "write_list('html')", t("ask.key_html")),
        Binding("E", "write_list('csv')", t("ask.key_csv")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.found: list[StillToAsk] | None = None  # as last shown
        self.rows: list[Row] = []
        self.loaded = 0  # how many of `rows` are in the table so far

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

    def on_screen_resume(self) -> None:
        # Also the first time it is shown (Textual resumes a screen then): loading in
        # `on_mount` too ran the same read twice side by side.
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        def read() -> tuple[list[StillToAsk], list[Row]]:
            found = self.register.read(still_to_ask)
            return found, rows_of(found)

        self.fetch("still", read, self.show)

    def show(self, result: tuple[list[StillToAsk], list[Row]]) -> None:
        found, rows = result
        table = self.query_one("#still", DataTable)
        if found == self.found:
            return  # read again and unchanged: the table stays as it is, cursor and all
        self.found, self.rows, self.loaded = found, rows, 0
        intro = t("ask.intro", count=len(found)) if found else t("ask.none")
        self.query_one("#intro", Static).update(Content(intro))
        row = table.cursor_row  # read again (another program wrote): stay where you were
        table.clear()
        self.show_more(upto=row + 1)
        if found:
            table.move_cursor(row=min(row, len(found) - 1), animate=False)

    def show_more(self, upto: int = 0) -> None:
        """Add the next page of rows (or up to `upto`), then a "more" row if any are left."""
        table = self.query_one("#still", DataTable)
        if RowKey(MORE) in table.rows:
            table.remove_row(MORE)
        end = max(self.loaded + PAGE, upto)
        for row in self.rows[self.loaded : end]:
            table.add_row(*row)
        self.loaded = min(end, len(self.rows))
        if self.loaded < len(self.rows):
            more = t("ask.more", count=number(len(self.rows) - self.loaded))
            table.add_row(Content.styled(more, "dim italic"), "", "", "", key=MORE)

    @on(DataTable.RowHighlighted, "#still")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key == RowKey(MORE):
            row = event.cursor_row
            self.show_more()
            event.data_table.move_cursor(row=row, animate=False)

    # The list for the next walk, on paper: written owner-only into exports/, under a
    # name of its own (an earlier list is never replaced), and the place is told.

    def action_write_list(self, fmt: str) -> None:
        out_dir = paths.exports_folder()

        def write() -> ListWritten:
            # Imported here, in the worker, when a list is first written: the export's
            # templates (jinja2) were a third of the screen's first open on the UI thread.
            from abcd_tui.export.still_to_ask import write_still_to_ask

            return self.register.look(write_still_to_ask, fmt, out_dir=out_dir, fresh=True)

        self.fetch("still-list", write, self.written)

    def written(self, done: ListWritten) -> None:
        message = t(
            "ask.written", path=done.path.resolve(), people=done.people, streets=done.streets
        )
        self.notify(message, markup=False, timeout=10)
