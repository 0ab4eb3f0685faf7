"""The start screen: what the neighbourhood has, who connects it, who is not yet
connected. Figures come in two steps, both off the UI thread: the register's counts at
once, the analysis when it is ready (cached in the register, so at once after the first
time; while it is computed, a line under the spinner says which step it is at). The
figure under the cursor says what it counts in
the line below the lists (and in its list's tooltip), in the words the snapshots, the
report and `abcd stats` use (`figure.note.*`); a new register says how to start."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, LoadingIndicator, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from abcd_tui.analysis.overview import (
    Connections,
    Counts,
    overview_connections,
    overview_counts,
)
from abcd_tui.i18n import number, t
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import described, literal
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.work import Shows


def _line(label: str, value: str, width: int = 28) -> Content:
    """A figure: label left, value right; a name in it is shown literally."""
    return Content.assemble(label.ljust(width), value.rjust(8))


# What each figure counts, by option id: the headline's words (`figure.note.*`).
MEANINGS = {
    "residents": "residents",
    "groups": "groups",
    "ties": "ties",
    "not-yet-connected": "not_yet_connected",
    "connected-share": "connected_share",
}


# What each step of computing the analysis (`cached.STEPS`) is called while it runs.
STEP_TEXT = {
    "graph": "overview.step_graph",
    "connectors_resident": "overview.step_connectors_resident",
    "connectors_group": "overview.step_connectors_group",
    "not_yet_connected": "overview.step_not_yet_connected",
    "communities": "overview.step_communities",
    "introductions": "overview.step_introductions",
    "save": "overview.step_save",
}


def progress_text(step: str, number: int, steps: int) -> str:
    """'verbinders zoeken… 2/6': the step the analysis is at, and how far along."""
    return t("overview.progress", step=t(STEP_TEXT[step]), number=number, steps=steps)


def meaning(option_id: str | None) -> str:
    """What the figure `option_id` counts ('' for a line that is no figure)."""
    code = MEANINGS.get((option_id or "").split(":", 1)[0])
    return t(f"figure.note.{code}") if code else ""


class OverviewScreen(Shows, Screen):
    """Residents, groups, ties, the share connected, the top connectors."""

    # The way in for a builder on a walk and for the views asked most, in the footer
    # (the app's keys, shown under `?` only): a tester found no `w` on the overview.
    BINDINGS = [
        Binding("w", "app.switch_mode('walk')", t("key.walk")),
        Binding("b", "app.switch_mode('residents')", t("key.residents")),
        Binding("n", "app.switch_mode('not-yet-connected')", t("key.not_yet_connected")),
    ]

    CSS_PATH = "overview.tcss"

    @dataclass
    class Progress(Message):
        """The analysis of load `load` begins step `number` of `steps` (from its worker)."""

        load: int
        step: str
        number: int
        steps: int

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Content(t("overview.start")), id="start")
        with Horizontal(id="panes"):
            with Vertical(id="register"):
                yield Static(t("overview.register"), classes="title")
                yield OptionList(id="figures")
            with Vertical(id="connections"):
                yield Static(t("overview.connectors"), classes="title")
                yield LoadingIndicator(id="thinking")
                yield Static(Content(""), id="progress")
                yield OptionList(id="connectors")
        yield Static(Content(""), id="meaning")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.connector_names: dict[str, str] = {}
        # Connections asked for so far, and the newest shown: progress of a load older
        # than that is old news. An older load's progress still counts until then: a
        # newer load waits for its computation (`cached`) and only reads the result.
        self.loads = self.shown_load = 0
        self.query_one("#connectors").display = False
        self.query_one("#progress").display = False
        self.query_one("#start").display = False
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        # The counts first, then the analysis: at 100,000 residents both at once made
        # the counts (cheap SQL) wait twice as long for the disk and the GIL.
        self.connections_due = True
        self.load_counts()

    def load_counts(self) -> None:
        self.fetch("counts", lambda: self.register.read(overview_counts), self.show_counts)

    def load_connections(self) -> None:
        self.loads += 1
        load = self.loads

        def tell(step: str, number: int, steps: int) -> None:  # on the worker's thread
            self.post_message(self.Progress(load, step, number, steps))

        def read() -> tuple[Connections, str]:
            found = self.register.look(overview_connections, progress=tell)
            # The exports' words load networkx: imported here, off the UI thread.
            from abcd_tui.export.words import figure_text

            # Rounded as the snapshots round it, so both show the same figure.
            return found, figure_text("connected_share", round(100 * found.connected_share, 1))

        self.fetch("connections", read, self.show_connections)

    def on_overview_screen_progress(self, event: Progress) -> None:
        if event.load <= self.shown_load:
            return
        progress = self.query_one("#progress", Static)
        progress.update(Content.styled(progress_text(event.step, event.number, event.steps), "dim"))
        progress.display = True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name == "connections" and event.state in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            self.query_one("#progress").display = False
        super().on_worker_state_changed(event)

    def show_counts(self, counts: Counts) -> None:
        s = counts.stats
        snapshot = described(counts.newest_snapshot) if counts.newest_snapshot else None
        figures = self.query_one("#figures", OptionList)
        highlighted = figures.highlighted
        figures.clear_options()
        figures.add_options(
            [
                Option(_line(t("stats.residents"), number(s.residents)), id="residents"),
                Option(_line(t("stats.groups"), number(sum(s.groups.values()))), id="groups"),
                *(
                    Option(_line(f"  {t('kind.' + kind)}", number(n)), id=f"groups:{kind}")
                    for kind, n in s.groups.items()
                ),
                Option(_line(t("stats.ties"), number(s.tied_pairs)), id="ties"),
                Option(
                    _line(t("overview.last_walk"), ""), id="walk", disabled=not counts.last_walk
                ),
                Option(
                    Content("  ") + literal(counts.last_walk or t("overview.no_walk")),
                    disabled=True,
                ),
                Option(_line(t("snapshot.overview_last"), ""), id="snapshots"),
                Option(
                    Content("  ") + literal(snapshot)
                    if snapshot
                    else Content("  " + t("snapshot.overview_none")),
                    disabled=True,
                ),
            ]
        )
        # The first figure under the cursor at first, so the line below says what it counts.
        figures.highlighted = (
            0 if highlighted is None else min(highlighted, figures.option_count - 1)
        )
        # A new register: where to begin, above the (empty) figures.
        self.query_one("#start").display = s.residents == 0
        self.explain(figures)
        if self.connections_due:
            self.connections_due = False
            self.load_connections()

    def show_connections(self, shown: tuple[Connections, str]) -> None:
        found, share = shown
        self.shown_load = self.loads
        # Option ids must be unique (keys are); the residents screen searches by name.
        self.connector_names = {key: name for key, name, _ in found.top}
        self.query_one("#thinking").display = False
        self.query_one("#progress").display = False
        options = self.query_one("#connectors", OptionList)
        options.display = True
        options.clear_options()
        highlighted = options.highlighted
        options.add_options(
            [
                Option(
                    _line(t("overview.not_yet_connected"), number(found.not_yet_connected)),
                    id="not-yet-connected",
                ),
                Option(_line(t("overview.connected_share"), share), id="connected-share"),
                None,
                *(
                    Option(
                        Content.assemble(f"{n}. ", literal(name, "bold"), f"  {score:.0f}"),
                        id=f"connector:{key}",
                    )
                    for n, (key, name, score) in enumerate(found.top, start=1)
                ),
            ]
        )
        if not found.top:
            options.add_option(Option(Content(t("overview.no_connectors")), disabled=True))
        # The views behind these figures, one enter away (also keys c, k, p, h).
        options.add_options(
            [
                None,
                *(
                    Option(Content.styled(f"→ {t(code)}", "dim"), id=view)
                    for view, code in (
                        ("connectors", "overview.all_connectors"),
                        ("communities", "key.communities"),
                        ("network", "picture.key_picture"),
                        ("help", "key.who_can_help"),
                    )
                ),
            ]
        )
        if highlighted is not None:
            options.highlighted = min(highlighted, options.option_count - 1)
        self.explain(options)

    @on(OptionList.OptionHighlighted)
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.explain(event.option_list)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, OptionList):
            self.explain(event.widget)

    def explain(self, options: OptionList) -> None:
        """What the figure under the cursor counts: below the lists (for the list that
        has the focus, or the figures) and as the list's tooltip."""
        index = options.highlighted
        option = options.get_option_at_index(index) if index is not None else None
        text = meaning(option.id if option else None)
        options.tooltip = text or None
        focused = self.focused if isinstance(self.focused, OptionList) else None
        if focused is None or focused is options:
            self.query_one("#meaning", Static).update(Content.styled(text, "dim"))

    @on(OptionList.OptionSelected)
    def jump(self, event: OptionList.OptionSelected) -> None:
        """Each figure opens its view (views arrive with the app's screens)."""
        view = event.option_id or ""
        if view == "connected-share":  # the share's other side: who is not yet connected
            view = "not-yet-connected"
        if view.startswith("connector:"):
            view = "connector:" + self.connector_names.get(view.split(":", 1)[1], "")
        self.abcd.open_view(view)
