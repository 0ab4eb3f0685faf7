"""The abcd app. Small on purpose: screens live in screens/, one file each."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from abcd_tui.i18n import t
from abcd_tui.store import open_database, reads
from abcd_tui.tui.screens.register import RegisterScreen


class AbcdApp(App[None]):
    """The asset map of a neighbourhood."""

    # Built when the app module is first imported, after the CLI chose the language.
    BINDINGS = [Binding("q", "quit", t("app.quit"))]

    def __init__(self, db_path: Path, created: bool = False):
        super().__init__()
        self.db_path = db_path
        self.created = created

    def on_mount(self) -> None:
        self.title = t("app.title")
        db = open_database(self.db_path)
        try:
            stats = reads.stats(db)
        finally:
            db.close()
        self.push_screen(RegisterScreen(stats, str(self.db_path)))
        if self.created:
            self.notify(t("app.created", path=self.db_path), markup=False, timeout=8)


def make_app(db_path: Path, created: bool = False) -> AbcdApp:
    """Build the app the same way for a real run and for the tests."""
    return AbcdApp(db_path, created)


def run_app(db_path: Path) -> int:
    """Open the app on the register at `db_path` (created empty if missing)."""
    created = not db_path.exists()
    open_database(db_path).close()  # errors (newer schema, not a database) before the screen
    make_app(db_path, created).run()
    return 0
