"""Communities: the parts of the neighbourhood more tied among themselves than outside.

Each community in the list with its size; the chosen one's detail leads with the gifts
its residents share, then its main groups and streets, then the residents who connect
it to the other communities. What is listed is `analysis.circles`' (read in a worker);
the analysis is cached per graph revision.
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

from abcd_tui.analysis.circles import CommunityView, circles
from abcd_tui.i18n import number, t
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import circles_count, community_size, literal
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.loading import Loading
from abcd_tui.tui.work import Shows


def community_detail(c: CommunityView, labels: dict[int, str]) -> Content:
    """The detail pane, gifts first. Literal Content throughout: names show as typed."""
    size = community_size(c.residents, c.groups)
    lines: list[Content] = [
        Content.assemble(
            (t("community.number", number=c.number), "bold"), "  ", literal(c.label, "bold")
        ),
        Content.styled(size, "dim"),
    ]

    def section(title: str, items: list[tuple[str, int]]) -> None:
        lines.extend([Content(""), Content.styled(title, "bold $accent")])
        if not items:
            lines.append(Content.styled(t("community.none_yet"), "dim"))
        for name, count in items:
            lines.append(Content.assemble("• ", literal(name), (f"  {number(count)}", "dim")))

    section(t("community.shared_gifts"), c.gifts)
    section(t("community.main_groups"), c.main_groups)
    section(t("community.streets"), c.streets or c.neighbourhoods)
    lines.extend([Content(""), Content.styled(t("community.bridges_title"), "bold $accent")])
    if not c.bridges:
        lines.append(Content.styled(t("community.no_bridges"), "dim"))
    for name, reaches in c.bridges:
        others = ", ".join(labels.get(n, str(n)) for n in reaches)
        lines.append(Content.assemble("• ", literal(name, "bold"), "  → ", literal(others)))
    if c.more_bridges:
        lines.append(Content.styled(t("community.more", count=number(c.more_bridges)), "dim"))
    return Content("\n").join(lines)


class CommunitiesScreen(Shows, Screen):
    """Kringen (communities): each with its size, and the chosen one's gifts, groups and bridges."""

    CSS_PATH = "communities.tcss"
    AUTO_FOCUS = "#communities"
    BINDINGS = [Binding("escape", "back", t("record.key_back"))]

    def __init__(self) -> None:
        super().__init__()
        self.communities: list[CommunityView] = []
        self.selected: int | None = None  # community number

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="views"):
            with Vertical(id="list-pane"):
                yield Static(Content(t("community.title")), id="title")
                yield Static(Content(""), id="count")
                yield Loading(id="loading")
                yield OptionList(id="communities")
            with VerticalScroll(id="detail-pane"):
                yield Static(Content(""), id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#count", Static).tooltip = t("community.numbers_note")
        # Each line: the circle's number, how many residents, its name.
        self.query_one("#communities", OptionList).tooltip = t("community.line_note")

    def on_screen_resume(self) -> None:
        # Also the first time it is shown (Textual resumes a screen then): loading in
        # `on_mount` too ran the same read twice side by side.
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.query_one("#loading", Loading).begin()
        self.fetch("views-communities", lambda: self.register.read(circles), self.show_communities)

    def labels(self) -> dict[int, str]:
        return {c.number: f"{c.number}. {c.label}" for c in self.communities}

    def show_communities(self, found: list[CommunityView]) -> None:
        self.communities = found
        self.query_one("#loading", Loading).end()
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
            options.add_option(Option(Content(t("community.no_communities")), disabled=True))
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
        self.abcd.switch_mode("overview")
