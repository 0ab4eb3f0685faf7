"""Walks (wandelingen): every walk with what it brought, the latest first; the walk under
the cursor in full below (who we met, who is still to ask what)."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from abcd_tui.i18n import number, t
from abcd_tui.store import walks as walk_store
from abcd_tui.store.walks import WalkSummary
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.walk_summary import summary_text
from abcd_tui.tui.work import Shows

COLUMNS = (("date", 10), ("area", 16), ("met", 9), ("new", 5), ("revisited", 7), ("still", 9))


class WalksScreen(Shows, Screen[None]):
    """A table of past walks and the summary of the one under the cursor."""

    CSS_PATH = "walks.tcss"
    BINDINGS = [Binding("ctrl+w", "app.switch_mode('walk')", t("key.walk"))]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.found: list[WalkSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="walks-intro", classes="title")
        yield DataTable(id="walks", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="walk-detail"):
            yield Static(id="walk-summary")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#walks", DataTable)
        for code, width in COLUMNS:
            table.add_column(t(f"walk.col.{code}"), key=code, width=width)

    def on_screen_resume(self) -> None:
        # Also the first time it is shown (Textual resumes a screen then): loading in
        # `on_mount` too ran the same read twice side by side.
        self.load()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.load()

    def load(self) -> None:
        self.fetch("walks", lambda: self.register.read(walk_store.walks), self.show)

    def show(self, found: list[WalkSummary]) -> None:
        if found == self.found and self.query_one("#walks", DataTable).row_count:
            return  # read again on coming back, unchanged: the table stays, cursor and all
        self.found = found
        intro = t("walk.list_title", count=number(len(found))) if found else t("walk.none")
        self.query_one("#walks-intro", Static).update(Content(intro))
        table = self.query_one("#walks", DataTable)
        row = table.cursor_row
        table.clear()
        for s in found:
            table.add_row(
                s.walk.date,
                literal(s.walk.area),
                number(s.met),
                number(s.new),
                number(s.revisited),
                number(len(s.still_to_ask)),
            )
        if found:
            table.move_cursor(row=min(row, len(found) - 1))
            self.show_detail(table.cursor_row)
        else:
            self.query_one("#walk-summary", Static).update("")

    @on(DataTable.RowHighlighted, "#walks")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail(event.cursor_row)

    def show_detail(self, row: int) -> None:
        if 0 <= row < len(self.found):
            self.query_one("#walk-summary", Static).update(summary_text(self.found[row]))
