"""Exporting from the app: a snapshot, or the register as it is now, as files to share.

The same `export.export` as `abcd export`: choose the formats (all by default), the
folder (`exports`), names or pseudonyms (pseudonyms unless asked: only residents who
gave consent can be named), the CSV delimiter (; in Dutch, as Dutch Excel expects) and
how many residents must share what an unnamed one shows (k, as `abcd export --k`).
Files already there are named and the person is asked before they are overwritten.
The export runs in a thread worker while the dialog shows its stages; it closes with a
notification naming the folder and the files.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    ProgressBar,
    Select,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection
from textual.worker import Worker, WorkerState

from abcd_tui.export import FILES, FORMATS, ExportResult, export, would_overwrite
from abcd_tui.export.kanon import DEFAULT_K
from abcd_tui.i18n import language, t
from abcd_tui.snapshots import SnapshotInfo
from abcd_tui.tui.dialogs.confirm import ConfirmDialog
from abcd_tui.tui.text import described, literal, say, template
from abcd_tui.tui.work import Shows

DEFAULT_FOLDER = "exports"
STAGE_NAMES = ("read", "layout", "done")  # the other stages are the formats
K_CHOICES = (1, 2, 3, 5, 10)  # the CLI takes any k; these are the ones a team picks


def k_choice(k: int) -> str:
    """A choice of k as the dialog lists it."""
    if k <= 2:
        text = t("export.k_none") if k == 1 else t("export.k_choice_one")
    else:
        text = t("export.k_choice", k=k, others=k - 1)
    return t("export.k_default", choice=text) if k == DEFAULT_K else text


def file_names(fmt: str) -> str:
    """The files a format writes, as the list of formats names them."""
    return ", ".join(FILES[fmt])


class ExportDialog(Shows, ModalScreen[list[Path] | None]):
    """Choose what to write where; then write it (module doc). Dismissed with the
    files written, or None."""

    DEFAULT_CSS = """
    ExportDialog {
        align: center middle;
    }
    ExportDialog > Vertical {
        width: 76;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $accent;
        background: $surface;
        padding: 0 2;
    }
    ExportDialog #export-title {
        text-style: bold;
        color: $accent;
    }
    ExportDialog #export-what {
        margin-bottom: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ExportDialog SelectionList {
        height: auto;
        margin-bottom: 1;
    }
    ExportDialog .field {
        height: 1;
        margin-bottom: 1;
    }
    ExportDialog .field Label {
        width: 8;
    }
    ExportDialog .field Input, ExportDialog .field Select {
        width: 1fr;
    }
    ExportDialog #names-help {
        color: $text-muted;
        padding-left: 4;
    }
    ExportDialog #export-busy {
        height: 1;
        margin-top: 1;
    }
    ExportDialog #export-progress {
        width: auto;
        margin-right: 2;
    }
    ExportDialog #export-buttons {
        height: auto;
        align-horizontal: right;
        margin-top: 1;
    }
    ExportDialog Button {
        margin-left: 2;
    }
    """
    BINDINGS = [Binding("escape", "cancel", t("record.cancel"))]

    def __init__(self, snapshot: SnapshotInfo | None = None) -> None:
        super().__init__()
        self.snapshot = snapshot  # None: the register as it is now
        self.running = False

    def compose(self) -> ComposeResult:
        if self.snapshot is None:
            what = Content(t("export.of_now_dialog"))
        else:
            what = literal(t("export.of", which=described(self.snapshot)))
        with Vertical():
            yield Label(t("export.dialog_title"), id="export-title", markup=False)
            yield Static(what, id="export-what")
            yield SelectionList[str](
                *(
                    Selection(
                        Content.assemble(t(f"export.format.{f}"), (f"  {file_names(f)}", "dim")),
                        f,
                        True,
                    )
                    for f in FORMATS
                ),
                id="formats",
                compact=True,
            )
            with Horizontal(classes="field"):
                yield Label(t("export.folder"), markup=False)
                yield Input(DEFAULT_FOLDER, id="folder", compact=True)
            with Horizontal(classes="field"):
                yield Label(t("export.delimiter"), markup=False)
                yield Select(
                    [
                        (t("export.delimiter_semicolon"), ";"),
                        (t("export.delimiter_comma"), ","),
                    ],
                    value=";" if language() == "nl" else ",",
                    allow_blank=False,
                    id="delimiter",
                    compact=True,
                )
            with Horizontal(classes="field"):
                yield Label(t("export.k"), markup=False)
                yield Select(
                    [(k_choice(k), k) for k in K_CHOICES],
                    value=DEFAULT_K,
                    allow_blank=False,
                    id="k",
                    compact=True,
                )
            yield Checkbox(t("export.with_names"), id="names", compact=True)
            yield Static(Content(t("export.pseudonyms_help")), id="names-help")
            with Horizontal(id="export-busy"):
                yield ProgressBar(show_eta=False, id="export-progress")
                yield Static("", id="export-stage", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button(t("record.cancel"), id="cancel")
                yield Button(t("export.go"), id="go", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#export-busy").display = False
        self.query_one("#go", Button).focus()

    @on(Checkbox.Changed, "#names")
    def names_changed(self, event: Checkbox.Changed) -> None:
        code = "export.names_help" if event.value else "export.pseudonyms_help"
        self.query_one("#names-help", Static).update(Content(t(code)))

    # Choosing -------------------------------------------------------------------------
    def formats(self) -> list[str]:
        chosen = set(self.query_one("#formats", SelectionList).selected)
        return [f for f in FORMATS if f in chosen]  # in the documented order

    def folder(self) -> Path:
        return Path(self.query_one("#folder", Input).value.strip()).expanduser()

    @on(Button.Pressed, "#go")
    @on(Input.Submitted, "#folder")
    def go(self) -> None:
        """Check the choice, ask before overwriting, then export."""
        if self.running:
            return
        formats = self.formats()
        if not formats:
            self.notify(t("export.no_format"), severity="warning", markup=False)
            return
        if not self.query_one("#folder", Input).value.strip():
            self.notify(t("export.no_folder"), severity="warning", markup=False)
            self.query_one("#folder").focus()
            return
        folder = self.folder()
        there = would_overwrite(formats, folder)
        if not there:
            self.start(formats, folder, force=False)
            return
        question = template(
            t("export.overwrite", folder="$folder", files="$files"),
            folder=str(folder),
            files=", ".join(p.name for p in there),
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.start(formats, folder, force=True)

        self.abcd.push_screen(ConfirmDialog(question), answered)

    # Exporting ------------------------------------------------------------------------
    def start(self, formats: list[str], folder: Path, force: bool) -> None:
        self.set_running(True)
        self.show_stage("read", 0, len(formats) + 2)
        self.export(
            formats,
            folder,
            force=force,
            with_names=self.query_one("#names", Checkbox).value,
            delimiter=str(self.query_one("#delimiter", Select).value),
            k=int(str(self.query_one("#k", Select).value)),
        )

    def set_running(self, running: bool) -> None:
        self.running = running
        self.query_one("#export-busy").display = running
        for widget in self.query("SelectionList, Input, Select, Checkbox, Button"):
            widget.disabled = running

    def show_stage(self, stage: str, done: int, total: int) -> None:
        # A stage of the export, or a format's name as the list above shows it.
        name = t(f"export.stage.{stage}") if stage in STAGE_NAMES else t(f"export.format.{stage}")
        self.query_one("#export-progress", ProgressBar).update(progress=done, total=total)
        self.query_one("#export-stage", Static).update(t("export.working", stage=name))

    def export(
        self,
        formats: list[str],
        folder: Path,
        *,
        force: bool,
        with_names: bool,
        delimiter: str,
        k: int,
    ) -> None:
        def step(stage: str, done: int, total: int) -> None:
            self.abcd.call_from_thread(self.show_stage, stage, done, total)

        snapshot = self.snapshot.id if self.snapshot else None
        self.fetch(
            "export",
            # `export` reads on its own terms (a snapshot, or the register now): `look`.
            lambda: self.register.look(
                export,
                formats,
                out_dir=folder,
                snapshot=snapshot,
                with_names=with_names,
                force=force,
                delimiter=delimiter,
                progress=step,
                k=k,
            ),
            lambda result: self.exported(folder, result),
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # A failed export is told by `Shows` (the app's one error path); the dialog
        # stays to try again, most often with another folder.
        super().on_worker_state_changed(event)
        if event.worker.group == "export" and event.state == WorkerState.ERROR:
            self.set_running(False)
            self.query_one("#folder").focus()

    def exported(self, folder: Path, result: ExportResult) -> None:
        files = ", ".join(p.name for p in result.paths)
        message = say("export.exported", folder=str(folder.resolve()), files=files)
        if result.pseudonymised:
            message += "\n" + t("export.exported_pseudonymised")
        else:
            message += "\n" + t("export.named", named=result.named, residents=result.residents)
        self.abcd.notify(message, markup=False, timeout=12)
        self.dismiss(result.paths)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if not self.running:  # a running export finishes; it cannot be stopped halfway
            self.dismiss(None)
