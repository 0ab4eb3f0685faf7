"""The first screen: what the register holds, at a glance."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from abcd_tui.display import literal
from abcd_tui.i18n import number, t
from abcd_tui.store.reads import Stats


class RegisterScreen(Screen):
    """Counts of residents, groups and ties, and where the database is."""

    CSS_PATH = "register.tcss"

    def __init__(self, stats: Stats, db_label: str):
        super().__init__()
        self.stats = stats
        self.db_label = db_label

    def compose(self) -> ComposeResult:
        s = self.stats
        yield Header(show_clock=False)
        with Vertical(id="summary"):
            yield Static(literal(t("app.database", path=self.db_label)), id="database")
            rows = [
                (t("stats.residents"), s.residents),
                (t("stats.groups"), sum(s.groups.values())),
                *((f"  {t('kind.' + kind)}", n) for kind, n in s.groups.items()),
                (t("stats.ties"), sum(s.ties.values())),
                (t("stats.without_ties"), s.residents_without_ties),
                (t("stats.one_tie"), s.residents_with_one_tie),
            ]
            yield Static(
                "\n".join(f"{label:<32}{number(count):>9}" for label, count in rows),
                id="counts",
                markup=False,
            )
            yield Static(t("app.welcome"), id="welcome", markup=False)
        yield Footer()
