"""Communities: the parts of the neighbourhood more tied among themselves than outside.

Each community in the list with its size; the chosen one's detail leads with the gifts
its residents share, then its main groups and streets, then the residents who connect
it to the other communities (`analysis.communities.bridges_between`). Loaded in a thread
worker with its own connection; the analysis is cached per graph revision.
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

from abcd_tui.i18n import number, t
from abcd_tui.store import open_database
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal

BRIDGES_SHOWN = 12


@dataclass
class CommunityView:
    """One community as the screen shows it, names resolved."""

    number: int
    residents: int
    groups: int
    label: str  # its main street or neighbourhood, to tell communities apart
    gifts: list[tuple[str, int]] = field(default_factory=list)
    main_groups: list[tuple[str, int]] = field(default_factory=list)
    streets: list[tuple[str, int]] = field(default_factory=list)
    neighbourhoods: list[tuple[str, int]] = field(default_factory=list)
    bridges: list[tuple[str, list[int]]] = field(default_factory=list)  # name, communities
    more_bridges: int = 0


def community_label(analysis, community) -> str:
    """A community's name for people: what tells it apart (`name_circles`), unique."""
    return community.name or analysis.name(community.members[0])


def counted(code: str, count: int) -> str:
    """`circles.{code}.one` for 1, `.zero` (when there is one) for 0, else `.other`."""
    form = "one" if count == 1 else "zero" if count == 0 and code == "groups" else "other"
    return t(f"circles.{code}.{form}", count=number(count))


def circles_count(circles: int, alone: int) -> str:
    """What the circles screen and the picture say: "6 kringen; 8 nog zonder band"."""
    shown = counted("count", circles)
    return t("circles.count_alone", circles=shown, alone=number(alone)) if alone else shown


def community_size(residents: int, groups: int) -> str:
    """ "12 bewoners, 1 groep": a circle's size, in the singular where it is one."""
    return t(
        "circles.size", residents=counted("residents", residents), groups=counted("groups", groups)
    )


def load_communities(db_path) -> list[CommunityView]:
    """The communities of the register at `db_path`, from the analysis, names resolved.

    Runs in a worker thread, so it opens (and closes) a connection of its own."""
    from abcd_tui.analysis import analysis_of
    from abcd_tui.analysis.communities import bridges_between

    db = open_database(db_path, create=False)
    try:
        analysis = analysis_of(db)
        found = []
        for c in analysis.communities:
            bridges = bridges_between(analysis, c)
            label = community_label(analysis, c)
            found.append(
                CommunityView(
                    number=c.number,
                    residents=c.residents,
                    groups=len(c.members) - c.residents,
                    label=label,
                    gifts=c.gifts,
                    main_groups=[(analysis.name(g), n) for g, n in c.groups],
                    streets=c.streets,
                    neighbourhoods=c.neighbourhoods,
                    bridges=[(b.name, [n for n, _ in b.reaches]) for b in bridges[:BRIDGES_SHOWN]],
                    more_bridges=max(0, len(bridges) - BRIDGES_SHOWN),
                )
            )
        return found
    finally:
        db.close()


def community_detail(c: CommunityView, labels: dict[int, str]) -> Content:
    """The detail pane, gifts first. Literal Content throughout: names show as typed."""
    size = community_size(c.residents, c.groups)
    lines: list[Content] = [
        Content.assemble(
            (t("views.community", number=c.number), "bold"), "  ", literal(c.label, "bold")
        ),
        Content.styled(size, "dim"),
    ]

    def section(title: str, items: list[tuple[str, int]]) -> None:
        lines.extend([Content(""), Content.styled(title, "bold $accent")])
        if not items:
            lines.append(Content.styled(t("views.none_yet"), "dim"))
        for name, count in items:
            lines.append(Content.assemble("• ", literal(name), (f"  {number(count)}", "dim")))

    section(t("views.shared_gifts"), c.gifts)
    section(t("views.main_groups"), c.main_groups)
    section(t("views.streets"), c.streets or c.neighbourhoods)
    lines.extend([Content(""), Content.styled(t("views.bridges_title"), "bold $accent")])
    if not c.bridges:
        lines.append(Content.styled(t("views.no_bridges"), "dim"))
    for name, reaches in c.bridges:
        others = ", ".join(labels.get(n, str(n)) for n in reaches)
        lines.append(Content.assemble("• ", literal(name, "bold"), "  → ", literal(others)))
    if c.more_bridges:
        lines.append(Content.styled(t("views.more", count=number(c.more_bridges)), "dim"))
    return Content("\n").join(lines)


class CommunitiesScreen(Screen):
    """Kringen (communities): each with its size, and the chosen one's gifts, groups and bridges."""

    CSS_PATH = "communities.tcss"
    AUTO_FOCUS = "#communities"
    BINDINGS = [Binding("escape", "back", t("screens.key_back"))]

    def __init__(self) -> None:
        super().__init__()
        self.communities: list[CommunityView] = []
        self.selected: int | None = None  # community number

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="views"):
            with Vertical(id="list-pane"):
                yield Static(Content(t("views.communities_title")), id="title")
                yield Static(Content(""), id="count")
                yield LoadingIndicator(id="loading")
                yield OptionList(id="communities")
            with VerticalScroll(id="detail-pane"):
                yield Static(Content(""), id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#count", Static).tooltip = t("circles.numbers_note")
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.query_one("#loading").display = True
        self.load()

    @work(thread=True, exclusive=True, group="views-communities")
    def load(self) -> None:
        try:
            found = load_communities(self.app.db_path)
        except Exception as error:  # shown to the person, not raised into the app
            self.app.call_from_thread(self.app.show_error, error)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_communities, found)

    def labels(self) -> dict[int, str]:
        return {c.number: f"{c.number}. {c.label}" for c in self.communities}

    def show_communities(self, found: list[CommunityView]) -> None:
        self.communities = found
        self.query_one("#loading").display = False
        options = self.query_one("#communities", OptionList)
        options.clear_options()
        # A community of one is a resident (or group) with no ties yet: counted, not listed.
        shown = [c for c in found if c.residents + c.groups > 1]
        alone = len(found) - len(shown)
        self.query_one("#count", Static).update(Content(circles_count(len(shown), alone)))
        # Number and size first, so a long name cut at 80 columns keeps both.
        width = max((len(number(c.residents)) for c in shown), default=1)
        options.add_options(
            [
                Option(
                    Content.assemble(
                        f"{c.number:>2}. ",
                        (number(c.residents).rjust(width), "dim"),
                        "  ",
                        literal(c.label, "bold"),
                    ),
                    id=str(c.number),
                )
                for c in shown
            ]
        )
        if not shown:
            options.add_option(Option(Content(t("views.no_communities")), disabled=True))
            self.query_one("#detail", Static).update(Content(""))
            return
        numbers = [c.number for c in shown]
        options.highlighted = numbers.index(self.selected) if self.selected in numbers else 0
        self.show_detail()

    @on(OptionList.OptionHighlighted, "#communities")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.selected = int(event.option_id or 0)
        self.show_detail()

    def show_detail(self) -> None:
        chosen = next((c for c in self.communities if c.number == self.selected), None)
        detail = self.query_one("#detail", Static)
        detail.update(community_detail(chosen, self.labels()) if chosen else Content(""))

    def action_back(self) -> None:
        self.app.switch_mode("overview")
