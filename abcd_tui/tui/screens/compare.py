"""What changed between two snapshots: the finger on the pulse.

The headline figures side by side with the change, then ties added and lost (both
names), residents who became connected or lost their connection (name and key),
connectors gained and lost, and communities that merged or split, each with a count.
The comparison itself is `snapshots.compare_snapshots`, the same as `abcd compare`;
it reads two documents, so it runs in a thread worker. Names are shown as typed.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from abcd_tui.export.words import change_text, community_sentences, figure_text
from abcd_tui.i18n import number, t
from abcd_tui.snapshots import Comparison, compare_snapshots
from abcd_tui.snapshots.compare import Person, TieChange
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, visible, when
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.loading import Loading
from abcd_tui.tui.work import Shows

SHOWN = 200  # lines per part before "… and N more": the JSON of `abcd compare` has all


def name_of(info: dict[str, Any]) -> str:
    """'voor de zomer (2026-03-14 10:12)', or the date alone."""
    return f"{info['label']} ({when(info)})" if info.get("label") else when(info)


def column_name(info: dict[str, Any], width: int = 16) -> str:
    """A snapshot as a column heading: its label (two made the same minute differ by
    it), cut to `width`; the date when it has none."""
    label = info.get("label") or ""
    if not label:
        return when(info)
    return label if len(label) <= width else label[: width - 1] + "…"


def figures_table(result: Comparison) -> Table:
    """The headline figures of both snapshots and the change, one row each."""
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold", expand=False)
    table.add_column(t("compare.col.figure"), overflow="fold")
    for info in (result.a, result.b):
        table.add_column(Text(visible(column_name(info)), justify="right"), justify="right")
    table.add_column(t("compare.col.change"), justify="right", no_wrap=True)
    for code, a, b in result.figures:
        change = round(b - a, 1)
        table.add_row(
            t(f"figure.{code}"),
            figure_text(code, a),
            figure_text(code, b),
            Text(change_text(code, change), style="bold" if change else "dim"),
        )
    return table


def figure_meanings(result: Comparison) -> Text:
    """What each figure of the table counts, in the words the overview, the snapshots
    screen, the report and `abcd stats` use (`figure.note.*`)."""
    return Text(
        "\n".join(
            f"{t(f'figure.{code}')}: {t(f'figure.note.{code}')}" for code, _, _ in result.figures
        ),
        style="dim",
    )


def changes_parts(result: Comparison) -> list[tuple[str, list[Content]]]:
    """The parts of the comparison: (heading with its count, lines); names literal."""

    def tie(c: TieChange) -> Content:
        kinds = ", ".join(t(f"tie.{k}") for k in c.kinds)
        return Content.assemble(
            literal(c.a.name).stylize("bold"),
            " – ",
            literal(c.b.name).stylize("bold"),
            (f"  {kinds}", "dim"),
        )

    def person(p: Person) -> Content:
        return Content.assemble(literal(p.name).stylize("bold"), (f"  {p.key}", "dim"))

    sentences = community_sentences(result)
    parts = [
        ("ties_added", [tie(c) for c in result.ties_added]),
        ("ties_lost", [tie(c) for c in result.ties_lost]),
        ("became_connected", [person(p) for p in result.became_connected]),
        ("lost_connection", [person(p) for p in result.lost_connection]),
        ("connectors_gained", [person(p) for p in result.connectors_gained]),
        ("connectors_lost", [person(p) for p in result.connectors_lost]),
        # Group names and streets in the sentences: shown literally.
        *((code, [literal(line) for line in lines]) for code, lines in sentences.items()),
    ]
    return [(t(f"compare.{code}", count=number(len(lines))), lines) for code, lines in parts]


def part_lines(lines: list[Content]) -> Content:
    """A part's lines, the first SHOWN of them, or 'none'."""
    if not lines:
        return Content.styled(t("compare.nothing"), "dim")
    shown = lines[:SHOWN]
    if len(lines) > SHOWN:
        more = t("compare.more", count=number(len(lines) - SHOWN))
        shown.append(Content.styled(more, "dim"))
    return Content("\n").join(shown)


class CompareScreen(Shows, Screen):
    """Two snapshots compared; escape goes back to the list."""

    CSS_PATH = "compare.tcss"
    AUTO_FOCUS = "#compare-page"
    BINDINGS = [Binding("escape", "back", t("record.key_back"))]

    def __init__(self, a: str, b: str) -> None:
        super().__init__()
        self.a, self.b = a, b
        self.result: Comparison | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="compare-page"):
            yield Static(Content(t("compare.loading")), id="title")
            yield Loading(id="loading")
            yield Static("", id="figures")
            yield Static("", id="meanings")
            yield Vertical(id="changes")
            yield Static(Content(""), id="moved")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        """Compare again: a forget elsewhere takes a person out of both snapshots."""
        self.fetch(
            "compare",
            lambda: self.register.read(compare_snapshots, self.a, self.b),
            self.show_comparison,
        )

    def show_comparison(self, result: Comparison) -> None:
        self.result = result
        self.query_one("#loading", Loading).end()
        title = t("compare.title", a=name_of(result.a), b=name_of(result.b))
        self.query_one("#title", Static).update(literal(title))
        self.query_one("#figures", Static).update(figures_table(result))
        self.query_one("#meanings", Static).update(figure_meanings(result))
        changes = self.query_one("#changes", Vertical)
        changes.remove_children()
        for heading, lines in changes_parts(result):
            changes.mount(Static(Content.styled(heading, "bold $accent"), classes="part-title"))
            changes.mount(Static(part_lines(lines), classes="part-lines"))
        if result.residents_added or result.residents_gone:
            moved = t(
                "compare.residents_moved",
                added=number(result.residents_added),
                gone=number(result.residents_gone),
            )
            self.query_one("#moved", Static).update(Content.styled(moved, "dim"))

    def action_back(self) -> None:
        self.abcd.pop_screen()
