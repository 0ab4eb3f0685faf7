"""Taking a snapshot: ask for an optional label before the register is frozen."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from abcd_tui.i18n import t
from abcd_tui.store.snapshots import LABEL_MOST


class NewSnapshotDialog(ModalScreen[str | None]):
    """Ask for an optional label; the answer is the label ('' for none), or None."""

    DEFAULT_CSS = """
    NewSnapshotDialog {
        align: center middle;
    }
    NewSnapshotDialog > Vertical {
        width: 64;
        max-width: 100%;
        height: auto;
        border: thick $accent;
        background: $surface;
        padding: 1 2;
    }
    NewSnapshotDialog #new-title {
        text-style: bold;
    }
    NewSnapshotDialog #new-help {
        color: $text-muted;
        margin-bottom: 1;
    }
    NewSnapshotDialog Horizontal {
        height: auto;
        align-horizontal: right;
        margin-top: 1;
    }
    NewSnapshotDialog Button {
        margin-left: 2;
    }
    """
    BINDINGS = [Binding("escape", "cancel", t("record.cancel"))]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(t("snapshot.new_title"), id="new-title", markup=False)
            yield Static(Content(t("snapshot.new_help")), id="new-help")
            yield Input(
                placeholder=t("snapshot.label_placeholder"), id="label", max_length=LABEL_MOST
            )
            with Horizontal():
                yield Button(t("record.cancel"), id="cancel")
                yield Button(t("snapshot.take"), id="take", variant="primary")

    @on(Button.Pressed, "#take")
    @on(Input.Submitted, "#label")
    def take(self) -> None:
        self.dismiss(self.query_one("#label", Input).value.strip())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
