"""Connectors (verbinders): who holds the neighbourhood together, and who depends on them.

A ranked list left (residents, or groups with one key), the chosen one's detail right:
why they connect, their groups, the parts of the neighbourhood they link, and who would
be cut off or much farther away without them. Every figure comes from the analysis
package, read in a thread worker with a connection of its own; the analysis is cached
per graph revision, so coming back to this screen after no change costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, LoadingIndicator, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from abcd_tui.i18n import number, reason_text, t
from abcd_tui.store import open_database
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.screens.communities import community_label
from abcd_tui.tui.text import literal, message

TOP = 50  # connectors with reasons: each costs a cut and brokerage look-up
RESIDENT, GROUP = "resident", "group"


@dataclass
class ConnectorView:
    """One connector as the screen shows it: the analysis' entry with names resolved."""

    key: str
    name: str
    kind: str
    score: float
    reasons: list[str]
    groups: list[str] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    neighbourhoods: list[str] = field(default_factory=list)
    communities: list[str] = field(default_factory=list)  # "2. Esweg": the ones they reach
    depends: list[str] = field(default_factory=list)  # names: cut off without them
    farther: list[str] = field(default_factory=list)  # names: much farther without them


@dataclass
class Ranking:
    """Both lists, loaded together so switching between them needs no worker."""

    residents: list[ConnectorView]
    groups: list[ConnectorView]


def load_ranking(db_path, top: int = TOP) -> Ranking:
    """The connectors of the register at `db_path`, from the analysis, names resolved.

    Runs in a worker thread, so it opens (and closes) a connection of its own. The
    groups, streets, neighbourhoods and communities around a connector are read off
    the graph's neighbours; every measure (score, reasons, who depends) is the analysis' own.
    """
    from abcd_tui.analysis import analysis_of, connectors

    db = open_database(db_path, create=False)
    try:
        analysis = analysis_of(db)
        graph = analysis.graph
        nodes = graph.nodes
        reached = analysis.community_of
        labels = {
            c.number: f"{c.number}. {community_label(analysis, c)}" for c in analysis.communities
        }
        name_of_key = {data["key"]: data["name"] for _, data in graph.nodes(data=True)}

        def names(keys: list[str]) -> list[str]:
            return sorted((name_of_key.get(k, k) for k in keys), key=str.casefold)

        def view(entry) -> ConnectorView:
            v = entry.node
            around = [nodes[u] for u in graph.adj[v]]
            residents = [d for d in around if d["type"] == RESIDENT]
            return ConnectorView(
                key=entry.key,
                name=entry.name,
                kind=entry.kind,
                score=entry.score,
                reasons=[reason_text(r) for r in entry.reasons],
                groups=sorted((d["name"] for d in around if d["type"] == GROUP), key=str.casefold),
                streets=sorted({d["street"] for d in around if d["street"]}, key=str.casefold),
                neighbourhoods=sorted(
                    {d["neighbourhood"] for d in residents if d["neighbourhood"]},
                    key=str.casefold,
                ),
                communities=[labels[i] for i in sorted({reached[u] for u in graph.adj[v]})],
                depends=names(entry.depends),
                farther=names(entry.farther),
            )

        return Ranking(
            [view(c) for c in connectors(analysis, of=RESIDENT, top=top)],
            [view(c) for c in connectors(analysis, of=GROUP, top=top)],
        )
    finally:
        db.close()


def connector_detail(c: ConnectorView) -> Content:
    """The detail pane: why, their groups, what they link, who depends on them.

    Built from literal Content pieces, so a name with [markup] in it shows as typed."""
    lines: list[Content] = [
        Content.assemble(
            literal(c.name, "bold"), "  ", (t("views.score", score=f"{c.score:.0f}"), "dim")
        ),
        Content(""),
        Content.styled(t("views.why"), "bold $accent"),
        *(Content.assemble("• ", literal(reason)) for reason in c.reasons),
    ]

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.extend([Content(""), Content.styled(title, "bold $accent")])
            lines.append(literal(", ".join(items)))

    section(t("views.their_groups", count=number(len(c.groups))), c.groups)
    section(t("views.links_communities"), c.communities)
    section(t("views.links_streets"), c.streets)
    section(t("views.links_neighbourhoods"), c.neighbourhoods)
    lines.extend([Content(""), Content.styled(t("views.depends_title"), "bold $accent")])
    if c.depends:
        lines.append(message("views.depends", name=c.name, names=", ".join(c.depends)))
    if c.farther:
        lines.append(message("views.farther", name=c.name, names=", ".join(c.farther)))
    if not c.depends and not c.farther:
        lines.append(message("views.depends_none", name=c.name).stylize("dim"))
    return Content("\n").join(lines)


class ConnectorsScreen(Screen):
    """Verbinders: ranked residents or groups, with the detail of the one chosen."""

    CSS_PATH = "connectors.tcss"
    AUTO_FOCUS = "#ranked"
    BINDINGS = [
        Binding("t", "toggle_kind", t("views.key_toggle")),
        Binding("escape", "back", t("screens.key_back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.ranking = Ranking([], [])
        self.showing = RESIDENT
        self.selected_key: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="views"):
            with Vertical(id="list-pane"):
                yield Static("", id="title")
                yield LoadingIndicator(id="loading")
                yield OptionList(id="ranked")
            with VerticalScroll(id="detail-pane"):
                yield Static(Content(t("views.choose_connector")), id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.show_title()
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        """Load again (the analysis recomputes only if the graph changed); the old list
        stays usable under the loading indicator meanwhile."""
        self.query_one("#loading").display = True
        self.load()

    @work(thread=True, exclusive=True, group="views-connectors")
    def load(self) -> None:
        try:
            ranking = load_ranking(self.app.db_path)
        except Exception as error:  # shown to the person, not raised into the app
            self.app.call_from_thread(self.app.show_error, error)
            return
        if not get_current_worker().is_cancelled:  # a newer load is on its way
            self.app.call_from_thread(self.show_ranking, ranking)

    def shown(self) -> list[ConnectorView]:
        return self.ranking.residents if self.showing == RESIDENT else self.ranking.groups

    def show_title(self) -> None:
        kind = "residents" if self.showing == RESIDENT else "groups"
        self.query_one("#title", Static).update(Content(t(f"views.connectors_{kind}")))

    def show_ranking(self, ranking: Ranking) -> None:
        self.ranking = ranking
        self.query_one("#loading").display = False
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
            ranked.add_option(Option(Content(t("views.no_connectors")), disabled=True))
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
        detail.update(connector_detail(chosen) if chosen else Content(t("views.choose_connector")))

    @on(OptionList.OptionSelected, "#ranked")
    def open_resident(self, event: OptionList.OptionSelected) -> None:
        """Enter on a resident opens them in the residents screen, to add a tie there."""
        chosen = next((c for c in self.shown() if c.key == event.option_id), None)
        if chosen and self.showing == RESIDENT and hasattr(self.app, "open_view"):
            self.app.open_view("connector:" + chosen.name)

    def action_toggle_kind(self) -> None:
        """Residents or groups: each ranked against its own kind, so two lists."""
        self.showing = GROUP if self.showing == RESIDENT else RESIDENT
        self.selected_key = None
        self.show_title()
        self.refill()

    def action_back(self) -> None:
        self.app.switch_mode("overview")
