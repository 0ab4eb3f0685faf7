"""Connectors (verbinders): who holds the neighbourhood together, and who depends on them.

A ranked list left (residents, or groups with one key), the chosen one's detail right:
why they connect, their groups, the parts of the neighbourhood they link, and who would
be cut off or much farther away without them. Every figure comes from the analysis
(`analysis.ranking`), read in a worker; the analysis is cached per graph revision, so
coming back to this screen after no change costs nothing.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from abcd_tui.analysis.ranking import ConnectorView, Ranking, connector_ranking
from abcd_tui.domain.records import RecordType
from abcd_tui.i18n import number, t
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, message
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.loading import Loading
from abcd_tui.tui.work import Shows


def connector_detail(c: ConnectorView) -> Content:
    """The detail pane: why, their groups, what they link, who depends on them.

    Built from literal Content pieces, so a name with [markup] in it shows as typed."""
    lines: list[Content] = [
        Content.assemble(
            literal(c.name, "bold"), "  ", (t("connector.score", score=f"{c.score:.0f}"), "dim")
        ),
        Content(""),
        Content.styled(t("connector.why"), "bold $accent"),
        *(Content.assemble("• ", literal(reason)) for reason in c.reasons),
    ]

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.extend([Content(""), Content.styled(title, "bold $accent")])
            lines.append(literal(", ".join(items)))

    section(t("connector.their_groups", count=number(len(c.groups))), c.groups)
    section(t("connector.links_communities"), c.communities)
    section(t("connector.links_streets"), c.streets)
    section(t("connector.links_neighbourhoods"), c.neighbourhoods)
    lines.extend([Content(""), Content.styled(t("connector.depends_title"), "bold $accent")])
    if c.depends:
        lines.append(message("connector.depends", name=c.name, names=", ".join(c.depends)))
    if c.farther:
        lines.append(message("connector.depends_farther", name=c.name, names=", ".join(c.farther)))
    if not c.depends and not c.farther:
        lines.append(message("connector.depends_none", name=c.name).stylize("dim"))
    return Content("\n").join(lines)


class ConnectorsScreen(Shows, Screen):
    """Verbinders: ranked residents or groups, with the detail of the one chosen."""

    CSS_PATH = "connectors.tcss"
    AUTO_FOCUS = "#ranked"
    BINDINGS = [
        Binding("t", "toggle_kind", t("connector.key_toggle")),
        Binding("escape", "back", t("record.key_back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.ranking = Ranking([], [])
        self.showing: RecordType = RecordType.RESIDENT
        self.selected_key: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="views"):
            with Vertical(id="list-pane"):
                yield Static("", id="title")
                yield Loading(id="loading")
                yield OptionList(id="ranked")
            with VerticalScroll(id="detail-pane"):
                yield Static(Content(t("connector.choose_connector")), id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.show_title()

    def on_screen_resume(self) -> None:
        # Also the first time it is shown (Textual resumes a screen then): loading in
        # `on_mount` too ran the same read twice side by side.
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        """Load again (the analysis recomputes only if the graph changed); the old list
        stays usable under the loading indicator meanwhile."""
        self.query_one("#loading", Loading).begin()
        self.fetch(
            "views-connectors", lambda: self.register.read(connector_ranking), self.show_ranking
        )

    def shown(self) -> list[ConnectorView]:
        return (
            self.ranking.residents if self.showing == RecordType.RESIDENT else self.ranking.groups
        )

    def show_title(self) -> None:
        kind = "residents" if self.showing == RecordType.RESIDENT else "groups"
        self.query_one("#title", Static).update(Content(t(f"connector.title_{kind}")))

    def show_ranking(self, ranking: Ranking) -> None:
        self.ranking = ranking
        self.query_one("#loading", Loading).end()
        self.refill()

    def refill(self) -> None:
        """Fill the list, keeping the chosen connector chosen if still on it."""
        entries = self.shown()
        ranked = self.query_one("#ranked", OptionList)
        ranked.clear_options()
        ranked.add_options(
            [
                Option(
                    # The score first: a long name is cut at the edge, the score never.
                    Content.assemble((f"{c.score:>3.0f}  ", "dim"), literal(c.name, "bold")),
                    id=c.key,
                )
                for c in entries
            ]
        )
        if not entries:
            ranked.add_option(Option(Content(t("connector.no_connectors")), disabled=True))
            self.query_one("#detail", Static).update(Content(""))
            return
        keys = [c.key for c in entries]
        ranked.highlighted = keys.index(self.selected_key) if self.selected_key in keys else 0
        self.show_detail()

    @on(OptionList.OptionHighlighted, "#ranked")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.selected_key = event.option_id
        self.show_detail()

    def show_detail(self) -> None:
        chosen = next((c for c in self.shown() if c.key == self.selected_key), None)
        detail = self.query_one("#detail", Static)
        detail.update(
            connector_detail(chosen) if chosen else Content(t("connector.choose_connector"))
        )

    @on(OptionList.OptionSelected, "#ranked")
    def open_resident(self, event: OptionList.OptionSelected) -> None:
        """Enter on a resident opens them in the residents screen, to add a tie there."""
        chosen = next((c for c in self.shown() if c.key == event.option_id), None)
        if chosen and self.showing == RecordType.RESIDENT:
            self.abcd.open_view("connector:" + chosen.name)

    def action_toggle_kind(self) -> None:
        """Residents or groups: each ranked against its own kind, so two lists."""
        self.showing = (
            RecordType.GROUP if self.showing == RecordType.RESIDENT else RecordType.RESIDENT
        )
        self.selected_key = None
        self.show_title()
        self.refill()

    def action_back(self) -> None:
        self.abcd.switch_mode("overview")
