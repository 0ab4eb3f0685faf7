"""Momentopnamen: the neighbourhood frozen at moments, and its figures over time.

The list (newest first) with a few key figures per snapshot; under it the headline
figures of all snapshots as a chart over time (`widgets.chart`). Keys: n freezes the
register now (`snapshots.take_snapshot`, in a thread worker, with its stages shown),
enter compares the chosen snapshot with the one before it, or with the one marked with
space, and e exports it. Snapshots are listed from their stored summaries, so the list
never reads the documents themselves.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, ProgressBar, Static
from textual.worker import Worker, WorkerState

from abcd_tui.export.words import SHARES, figure_text
from abcd_tui.i18n import number, t
from abcd_tui.snapshots import HEADLINE, SnapshotInfo, list_snapshots, take_snapshot
from abcd_tui.tui.dialogs.export import ExportDialog
from abcd_tui.tui.dialogs.new_snapshot import NewSnapshotDialog
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import say, visible, when
from abcd_tui.tui.widgets.chart import FigureChart, Series
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.work import Shows

STAGES = ("graph", "analysis", "introductions", "document")
LABEL_WIDTH = (8, 40)  # least and most; a long label is cut, the comparison shows it whole
MARK = "◆"


def columns_shown(width: int) -> tuple[str, ...]:
    """The figures the list shows: what fits beside the date and the label."""
    if width >= 110:
        return ("residents", "ties", "not_yet_connected", "connected_share", "key_figures")
    return ("ties", "not_yet_connected", "connected_share")


def meanings(codes: tuple[str, ...]) -> str:
    """What each figure counts, one line each, in the words of the overview, the
    comparison, the report and `abcd stats` (`figure.note.*`)."""
    return "\n".join(f"{t(f'figure.short.{code}')}: {t(f'figure.note.{code}')}" for code in codes)


def chart_series(found: list[SnapshotInfo]) -> tuple[Series, ...]:
    """The headline figures of `found` (oldest first), one series each."""
    return tuple(
        Series(
            t(f"figure.short.{code}"),
            tuple(float(s.summary.get(code, 0)) for s in found),
            tuple(figure_text(code, s.summary.get(code, 0)) for s in found),
            100.0 if code in SHARES else None,  # a share is drawn out of 100%
        )
        for code in HEADLINE
        if any(code in s.summary for s in found)
    )


class SnapshotsScreen(Shows, Screen):
    """The snapshots, newest first, and the headline figures over time."""

    CSS_PATH = "snapshots.tcss"
    AUTO_FOCUS = "#snapshots"
    BINDINGS = [
        Binding("n", "new", t("snapshot.key_new")),
        Binding("c", "compare", t("snapshot.key_compare")),
        Binding("space", "mark", t("snapshot.key_mark")),
        Binding("e", "export", t("snapshot.key_export")),
        Binding("escape", "back", t("record.key_back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.snapshots: list[SnapshotInfo] = []  # oldest first
        self.selected_id: str | None = None
        self.marked_id: str | None = None
        self.shown_columns: tuple[str, ...] = ()
        self.filled_width = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="snapshots-page"):
            yield Static("", id="title", markup=False)
            yield Static(Content(t("snapshot.empty")), id="empty")
            yield DataTable(id="snapshots", cursor_type="row", zebra_stripes=False)
            yield Static("", id="hint", markup=False)
            yield Static("", id="meaning", markup=False)
            with Horizontal(id="busy"):
                yield ProgressBar(
                    total=len(STAGES), show_eta=False, show_percentage=False, id="progress"
                )
                yield Static("", id="stage", markup=False)
            yield FigureChart(id="chart")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#busy").display = False
        self.query_one("#empty").display = False
        chart = self.query_one(FigureChart)
        chart.title = t("snapshot.chart_title_zero", title=t("snapshot.chart_title"))
        chart.scale_note = t("snapshot.chart_scale_zero")
        chart.tooltip = meanings(HEADLINE)
        # Ties are pairs here, and of each kind in `abcd stats`: said under the list.
        meaning = Text(meanings(("ties",)), style="dim")
        self.query_one("#meaning", Static).update(meaning)

    def on_screen_resume(self) -> None:
        # Also the first time it is shown (Textual resumes a screen then): loading in
        # `on_mount` too ran the same read twice side by side.
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.fetch(
            "snapshots-list", lambda: self.register.read(list_snapshots), self.show_snapshots
        )

    # Showing --------------------------------------------------------------------------
    def show_snapshots(self, found: list[SnapshotInfo]) -> None:
        self.snapshots = found
        ids = [s.id for s in found]
        if self.marked_id not in ids:
            self.marked_id = None
        self.query_one("#title", Static).update(t("snapshot.list_title", count=number(len(found))))
        self.query_one("#empty").display = not found
        self.query_one("#snapshots").display = bool(found)
        self.query_one("#chart").display = bool(found)
        self.query_one("#meaning").display = bool(found)
        self.fill_table()
        chart = self.query_one(FigureChart)
        chart.dates = tuple(when(s) for s in found)
        chart.series = chart_series(found)
        self.show_selected()

    def label_width(self) -> int:
        """What is left of the width for the label, beside the date and the figures
        (each column has a cell of padding either side, and a scrollbar may come)."""
        figures = sum(max(len(t(f"figure.short.{c}")), 7) + 2 for c in self.shown_columns)
        rest = self.size.width - 2 - 2 - (1 + 2) - (16 + 2) - figures - 2
        least, most = LABEL_WIDTH
        return max(least, min(most, rest))

    def fill_table(self) -> None:
        table = self.query_one("#snapshots", DataTable)
        self.shown_columns = columns_shown(self.size.width)
        self.filled_width = self.size.width
        width = self.label_width()
        table.clear(columns=True)
        table.tooltip = meanings(self.shown_columns)
        table.add_column("", key="mark", width=1)
        table.add_column(t("snapshot.col.created"), key="created")
        table.add_column(t("snapshot.col.label"), key="label")
        for code in self.shown_columns:
            table.add_column(Text(t(f"figure.short.{code}"), justify="right"), key=code)
        for s in reversed(self.snapshots):  # newest first: the latest state on top
            label = Text(visible(s.label))  # record text: never markup
            label.truncate(width, overflow="ellipsis")
            table.add_row(
                MARK if s.id == self.marked_id else "",
                when(s),
                label,
                *(
                    Text(figure_text(code, s.summary.get(code, 0)), justify="right")
                    for code in self.shown_columns
                ),
                key=s.id,
            )
        ids = [s.id for s in reversed(self.snapshots)]
        if self.selected_id in ids:
            table.move_cursor(row=ids.index(self.selected_id), animate=False)
        elif ids:
            self.selected_id = ids[0]
            table.move_cursor(row=0, animate=False)

    def on_resize(self) -> None:
        if self.snapshots and self.size.width != self.filled_width:
            self.fill_table()  # more or fewer figures, a longer or shorter label

    @on(DataTable.RowHighlighted, "#snapshots")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.selected_id = event.row_key.value
        self.show_selected()

    def show_selected(self) -> None:
        """The chart marks the chosen snapshot; the hint says what enter will compare."""
        ids = [s.id for s in self.snapshots]
        chart = self.query_one(FigureChart)
        chart.highlighted = ids.index(self.selected_id) if self.selected_id in ids else None
        marked = self.find(self.marked_id)
        if marked is not None:
            hint = t("snapshot.hint_marked", which=when(marked))
        elif len(self.snapshots) == 1:
            hint = t("snapshot.hint_one")
        elif self.snapshots:
            hint = t("snapshot.hint")
        else:
            hint = ""
        self.query_one("#hint", Static).update(Text(visible(hint)))

    def find(self, snapshot_id: str | None) -> SnapshotInfo | None:
        return next((s for s in self.snapshots if s.id == snapshot_id), None)

    # Keys -----------------------------------------------------------------------------
    def action_new(self) -> None:
        if self.query_one("#busy").display:
            return  # one at a time

        def answered(label: str | None) -> None:
            if label is not None:
                self.show_stage("graph")
                self.take(label)

        self.abcd.push_screen(NewSnapshotDialog(), answered)

    def show_stage(self, stage: str) -> None:
        self.query_one("#hint").display = False
        self.query_one("#busy").display = True
        self.query_one("#progress", ProgressBar).update(progress=STAGES.index(stage))
        text = t("snapshot.taking", stage=t(f"snapshot.stage.{stage}"))
        self.query_one("#stage", Static).update(text)

    def take(self, label: str) -> None:
        """Freeze the register now: about a second at 5,000 residents."""

        def step(stage: str) -> None:
            self.abcd.call_from_thread(self.show_stage, stage)

        # take_snapshot keeps its own transactions (it freezes, then saves): `look`.
        self.fetch(
            "snapshots-take",
            lambda: self.register.look(take_snapshot, label, progress=step),
            self.taken,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # A failed freeze is told by `Shows` (the app's one error path); the stages
        # shown while it ran go away as after a snapshot made.
        super().on_worker_state_changed(event)
        if event.worker.group == "snapshots-take" and event.state == WorkerState.ERROR:
            self.taken(None)

    def taken(self, info: SnapshotInfo | None) -> None:
        self.query_one("#busy").display = False
        self.query_one("#hint").display = True
        if info is None:
            return
        self.abcd.written_here()  # this screen reads again below: the watch need not
        s = info.summary
        self.notify(
            say(
                "snapshot.taken",
                label=f" '{info.label}'" if info.label else "",
                residents=number(s["residents"]),
                ties=number(s["ties"]),
                waiting=number(s["not_yet_connected"]),
            ),
            markup=False,
        )
        self.selected_id = info.id
        self.reload()

    def action_mark(self) -> None:
        """Mark the chosen snapshot to compare others with (again: unmark)."""
        if self.selected_id:
            self.set_mark(None if self.marked_id == self.selected_id else self.selected_id)

    def set_mark(self, snapshot_id: str | None) -> None:
        self.marked_id = snapshot_id
        table = self.query_one("#snapshots", DataTable)
        for s in self.snapshots:
            table.update_cell(s.id, "mark", MARK if s.id == snapshot_id else "")
        self.show_selected()

    @on(DataTable.RowSelected, "#snapshots")
    def action_compare(self) -> None:
        """The chosen snapshot against the marked one, or else the one before it."""
        chosen = self.find(self.selected_id)
        if chosen is None:
            return
        if len(self.snapshots) < 2:
            self.notify(t("snapshot.need_two"), markup=False)
            return
        if self.marked_id is not None:
            if self.marked_id == chosen.id:
                self.notify(t("snapshot.marked_same"), markup=False)
                return
            other = self.marked_id
        else:
            index = self.snapshots.index(chosen)
            if index == 0:
                self.notify(t("snapshot.first"), markup=False)
                return
            other = self.snapshots[index - 1].id
        self.abcd.compare(other, chosen.id)

    def action_export(self) -> None:
        """Export the chosen snapshot (with none yet: the register as it is now)."""
        self.abcd.push_screen(ExportDialog(self.find(self.selected_id)))

    def action_back(self) -> None:
        if self.marked_id is not None:
            self.set_mark(None)
        else:
            self.abcd.switch_mode("overview")
