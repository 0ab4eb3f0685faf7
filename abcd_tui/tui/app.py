"""The abcd app. Small on purpose: screens live in screens/, one file each.

Keys are declared here for what works everywhere (undo, redo, palette, quit); each screen
declares its own. Descriptions are looked up when this module is first imported, after
the CLI has chosen the language.
"""

from __future__ import annotations

import gc
import logging
import traceback
from collections.abc import Callable, Iterator
from contextlib import suppress
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual._context import NoActiveAppError
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.driver import Driver
from textual.filter import LineFilter
from textual.screen import Screen

from abcd_tui import paths, settings
from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import DomainError, Problem
from abcd_tui.i18n import t
from abcd_tui.store import Database, Register
from abcd_tui.store.backup import daily_backup
from abcd_tui.store.edits import EditRefused
from abcd_tui.store.history import Change, History
from abcd_tui.store.reads import forgets
from abcd_tui.tui.commands import NothingFound, app_commands
from abcd_tui.tui.escape_keys import with_escape_then_key
from abcd_tui.tui.key_order import KeysInOrder
from abcd_tui.tui.keys import FOCUS_CSS, is_typed_key, keys_are_text, own_binding
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.screens.overview import OverviewScreen
from abcd_tui.tui.text import TerminalSafe, literal, say, visible
from abcd_tui.tui.watch import WatchesRegister
from abcd_tui.tui.widgets.keys_panel import KEYS_LAYER_CSS, KeysPanel, key_groups, open_panel

if TYPE_CHECKING:
    from abcd_tui.store.records import Records  # loads sqlite-utils: not before the paint

log = logging.getLogger("abcd_tui")
TERMINAL_SAFE = TerminalSafe()  # one instance: strips cache what it filtered


def styled_now(screen: Screen[Any]) -> Screen[Any]:
    """`screen`, marked as styled by the app's stylesheet as it is now.

    Textual restyles a screen it switches to whose mark is behind the app's
    (`App.refresh_css`: every source parsed again, every node of the screen styled
    again), and marks it only if it was mounted by then. A mode's new screen is not
    (it mounts after the switch), so its first return paid that refresh, and its first
    open two more (one on the screen it left): 107 ms of UI thread for walk mode on
    coming back, on 300 residents. A screen made now is styled when it mounts, from the
    stylesheet as it is now, so it starts marked; a new theme still moves the app's
    mark and restyles it on its next switch."""
    with suppress(NoActiveAppError):  # made outside a running app: Textual's check stands
        screen._css_update_count = screen.app._css_update_count
    return screen


# Python's garbage collector, tuned for an app that holds a register of 5,000 residents.
# With its default (a young collection every 700 new objects), what Textual draws with
# (strips, each with seven small caches) lived just long enough to be promoted, and a
# full collection, which walks every object the app holds (400,000-600,000, 150-400 ms
# of a held GIL), ran some 25 times in benchmarks/bench_app.py's drive, most of them on
# the UI thread while a screen opened. With 10,000, most of those die young: 1 to 3 full
# collections in the same drive, young ones of ~1-2 ms, the same peak memory.
YOUNG_COLLECTION = 10_000
_startup_kept = False  # once per process: see `keep_startup_objects`


def tune_garbage_collector() -> None:
    """A young collection every YOUNG_COLLECTION new objects (the other two thresholds
    as they are)."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION, middle, old)


def keep_startup_objects() -> None:
    """After the first paint: what exists now (modules, classes, Textual's and our
    stylesheets, the overview) lives as long as the process, so no full collection
    walks it again (`gc.freeze`, ~65,000 objects, ~40 ms of each full collection).
    Once per process and never again: freezing after each load kept Textual's finished
    workers and the data they held for good (130 MB over three reloads). Only the
    garbage left from the start is kept with it, once: a collection first would cost
    those 40 ms now."""
    global _startup_kept
    if not _startup_kept:
        _startup_kept = True
        gc.freeze()


def screen_of(module: str, name: str) -> Callable[[], Screen[Any]]:
    """A mode's screen, made by class `name` of `tui/screens/<module>.py`, imported when
    the mode is first opened."""

    def make() -> Screen[Any]:
        screen: type[Screen[Any]] = getattr(import_module(f"{SCREENS}.{module}"), name)
        return styled_now(screen())

    make.__qualname__ = name  # what Textual and a traceback call it
    return make


def overview() -> Screen[Any]:
    return styled_now(OverviewScreen())


SCREENS = "abcd_tui.tui.screens"
# Every screen's CSS, read when the app starts (`AbcdApp.read_screen_css`). Each file
# scopes its rules to its screen, so loading them all styles nothing else; residents
# before groups, whose rules refine them.
SCREEN_CSS = [
    Path(__file__).parent / "screens" / f"{name}.tcss"
    for name in (
        "overview", "residents", "groups", "walk", "walks", "still_to_ask",
        "not_yet_connected", "connectors", "communities", "network", "who_can_help",
        "snapshots", "compare", "settings",
    )
]  # fmt: skip


class AbcdApp(KeysInOrder, WatchesRegister, App[None]):
    """The asset map of a neighbourhood."""

    COMMANDS = App.COMMANDS | {NothingFound}
    CSS = FOCUS_CSS + KEYS_LAYER_CSS
    # Every screen but the overview is imported when it is first opened: together they
    # import the analysis and the exports (networkx, jinja2), some 0.4 s before the
    # overview could paint. (Importing them all in the first seconds after the paint,
    # in a worker or on the UI thread, made the app lose keys typed meanwhile under load:
    # tests/tui/test_hostile_screens.py.)
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {
        "overview": overview,
        "residents": screen_of("residents", "ResidentsScreen"),
        "groups": screen_of("groups", "GroupsScreen"),
        "not-yet-connected": screen_of("not_yet_connected", "NotYetConnectedScreen"),
        "network": screen_of("network", "NetworkScreen"),
        "connectors": screen_of("connectors", "ConnectorsScreen"),
        "communities": screen_of("communities", "CommunitiesScreen"),
        "help": screen_of("who_can_help", "WhoCanHelpScreen"),
        "walk": screen_of("walk", "WalkScreen"),
        "walks": screen_of("walks", "WalksScreen"),
        "still": screen_of("still_to_ask", "StillToAskScreen"),
        "settings": screen_of("settings", "SettingsScreen"),
        "snapshots": screen_of("snapshots", "SnapshotsScreen"),
    }
    DEFAULT_MODE = "overview"
    BINDINGS = [
        Binding("ctrl+z", "undo", t("key.undo")),
        Binding("ctrl+y", "redo", t("key.redo")),
        Binding("o", "switch_mode('overview')", t("key.overview"), show=False),
        Binding("b", "switch_mode('residents')", t("key.residents"), show=False),
        Binding("g", "switch_mode('groups')", t("key.groups"), show=False),
        Binding("n", "switch_mode('not-yet-connected')", t("key.not_yet_connected"), show=False),
        Binding("p", "switch_mode('network')", t("picture.key_picture"), show=False),
        Binding("c", "switch_mode('connectors')", t("key.connectors"), show=False),
        Binding("k", "switch_mode('communities')", t("key.communities"), show=False),
        Binding("h", "switch_mode('help')", t("key.who_can_help"), show=False),
        Binding("w", "switch_mode('walk')", t("key.walk"), show=False),
        Binding("v", "switch_mode('still')", t("key.still"), show=False),
        Binding("s", "switch_mode('snapshots')", t("snapshot.key"), show=False),
        Binding("question_mark,f1", "toggle_keys", t("key.keys")),
        Binding("f2", "switch_mode('settings')", t("key.settings"), show=False),
        # Our own palette binding, so the footer speaks the user's language.
        Binding("ctrl+p", "command_palette", t("key.palette"), show=False, priority=True),
        Binding("ctrl+q", "quit", t("app.quit"), priority=True),
        Binding("q", "quit", t("app.quit")),
    ]

    def __init__(self, db_path: Path, created: bool = False):
        super().__init__()
        self.db_path = db_path
        self.register = Register(db_path)  # every read and write goes through it
        self.created = created
        # The register as the residents and groups screens last read it, shared by both
        # (`store.records.current_records`); None until one has read it.
        self.records: Records | None = None
        self.history = History()
        # `changes.forgets` when the history was begun: a forget since (here or by
        # `abcd forget`) makes its rows unsafe to write back (see `history_is_safe`).
        self.forgets: int | None = None
        self.quit_asked = False  # the question before quitting is on screen

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal, reading Escape and a key typed right
        behind it as two keys, not as one Alt key (`tui.escape_keys`)."""
        return with_escape_then_key(super().get_driver_class())

    def on_mount(self) -> None:
        tune_garbage_collector()
        self.call_after_refresh(keep_startup_objects)
        self.register.create()  # a register to show, even a new empty one
        try:
            self.forgets = self.register.read(forgets)
        except UserError as error:  # a full disk must not keep the register closed
            log_error(error)
        # One a day, when the app opens (store.backup), off the UI thread: copying a
        # 25,000-resident register takes seconds, and the overview paints meanwhile.
        self.run_worker(self.make_daily_backup, thread=True, group="backup", exit_on_error=False)
        self.start_watching()  # another program's writes show without reopening
        self.read_screen_css()
        saved_theme = settings.load().theme
        if saved_theme in self.available_themes:
            self.theme = saved_theme
        self.title = t("app.title")
        self.sub_title = visible(str(self.db_path))
        if self.created:
            self.notify(say("app.created", path=str(self.db_path)), markup=False, timeout=8)

    def read_screen_css(self) -> None:
        """Read every screen's CSS now, parsed once with what is read already. A
        screen's CSS_PATH read when it first opens made Textual parse every source again
        (a new stylesheet, no cache) and restyle the screen it left: 30-50 ms of UI
        thread on each first open. Read here, after the app's own CSS, the sources keep
        the order they had when each screen added its own."""
        for path in SCREEN_CSS:
            if not self.stylesheet.has_source(str(path), ""):
                self.stylesheet.read(path)

    def unsaved_typing(self) -> str | None:
        """Who or what something was typed for and not saved, on any screen of any mode
        (a walk left for the list of walks keeps its form), or None. A screen that can
        hold such typing says so by an `unsaved()` method (the walk, the record form)."""
        # Textual's (private, 8.2) stacks of every mode: `screen_stack` is only this one's.
        for stack in self._screen_stacks.values():
            for screen in stack:
                unsaved = getattr(screen, "unsaved", None)
                if callable(unsaved) and (name := unsaved()) is not None:
                    return str(name)
        return None

    async def action_quit(self) -> None:
        """Quit; asked first when something typed is not saved (a resident met on a walk,
        a form). Asked, a second ctrl+q quits."""
        name = None if self.quit_asked else self.unsaved_typing()
        if name is None:
            self.exit()
            return
        from abcd_tui.tui.dialogs.confirm import KeepTypingDialog  # buttons: not before the paint

        self.quit_asked = True

        def answered(leave: bool | None) -> None:
            self.quit_asked = False
            if leave:
                self.exit()

        self.push_screen(KeepTypingDialog(literal(t("app.quit_question", name=name))), answered)

    def make_daily_backup(self) -> None:
        """Today's backup if there is none yet (it keeps its own transactions). A
        refusal (a full disk) is logged and must not keep the register closed; anything else is
        told as every error in a worker is."""
        try:
            self.register.look(daily_backup, self.db_path)
        except UserError as error:
            log_error(error)
        except Exception as error:
            self.call_from_thread(self.show_error, error)

    async def _check_bindings(self, key: str, priority: bool = False) -> bool:
        if priority:
            # While the keys panel is open, its keys (arrows, page keys, escape) are its own.
            if (panel := open_panel(self.screen)) is not None and panel.take_key(key):
                return True
            # A dialog hides the app's keys; f1 and `?` (unless typed) still show the dialog's.
            typed = key == "question_mark" and keys_are_text(self.screen, self.focused)
            if key in ("f1", "question_mark") and not typed and self.screen.is_modal:
                self.action_toggle_keys()
                return True
        # Keys typed into a field stay in the field (tui/keys.py): while typing, a
        # single-letter key runs no binding of the app, a screen or a dialog; only the
        # focused widget's own (space ticks a checkbox on a form).
        if is_typed_key(key) and keys_are_text(self.screen, self.focused):
            return await own_binding(self, self.focused, key, priority)
        return await super()._check_bindings(key, priority)

    def apply(
        self,
        action: Callable[[Database], Change],
        announce: bool = True,
        refused: Callable[[Exception], None] | None = None,
        problems: Callable[[list[Problem]], None] | None = None,
    ) -> Change | None:
        """Run one store action on a short-lived connection of the UI thread, make it
        undoable and (with `announce`) name it; None if it failed, and the person was
        told why (and `refused`, if given, is handed the error: a form shows it).
        `problems`: where problems with what was typed are shown instead of a toast
        (the walk form says them under its fields)."""
        try:
            self.history_is_safe(undoing=False)  # older changes go after a forget
            change = self.register.write(action)  # one user action, one transaction
            self.written_here()
        except DomainError as error:
            if problems is None:
                self.show_error(error)
            else:
                log_error(error)
                problems(error.problems)
            if refused is not None:
                refused(error)
            return None
        except Exception as error:
            self.show_error(error)
            if refused is not None:
                refused(error)
            return None
        self.history.add(change)
        if announce:
            self.notify(say(change.code, **change.params), markup=False)
        return change

    def show_error(self, error: Exception) -> None:
        """A problem in a worker: a message for the person, never a traceback; the
        details go to the log file (see paths.log_file)."""
        if isinstance(error, UserError):
            message = say(error.code, **error.params)
        elif isinstance(error, DomainError):
            message = "; ".join(say(f"problem.{p.code}", **p.params) for p in error.problems)
        else:
            message = say(
                "error.unexpected_app",
                error=f"{type(error).__name__}: {error}",
                log=paths.log_file(),
            )
        log_error(error)
        self.notify(message, severity="error", markup=False, timeout=10)

    def action_toggle_keys(self) -> None:
        """Show or hide every key that works here (this screen's first, grouped by what
        they do, then the app's and Textual's), in the user's language."""
        screen = self.screen
        panel = open_panel(screen)
        if panel is not None:
            panel.remove()
        else:
            groups = key_groups(screen.active_bindings.values(), self.get_key_display)
            # First among the screen's children: placed after them, it would change the
            # drawing order of every widget, and Textual would repaint the whole screen.
            screen.mount(KeysPanel(groups), before=0)

    def get_line_filters(self) -> list[LineFilter]:
        """Textual's filters and ours: no control character from a name is ever drawn."""
        return [*super().get_line_filters(), TERMINAL_SAFE]

    def get_system_commands(self, screen: Screen[Any]) -> Iterator[SystemCommand]:
        return app_commands(self, screen)

    def action_command_palette(self) -> None:
        # `is_open` is typed for App[object]; App's type parameter is invariant.
        if not CommandPalette.is_open(cast("App[object]", self)):
            self.push_screen(CommandPalette(placeholder=t("app.palette_placeholder")))

    # What a figure of the overview opens: (mode, filter, search); ARG is the part after ':'.
    VIEWS = {
        "groups": ("groups", "kind:{arg}", ""),
        "ties": ("residents", "connected", ""),
        "connector": ("residents", "", "{arg}"),
    }

    def open_view(self, view: str) -> None:
        """Open the view a figure stands for ('residents', 'groups:place', 'connector:NAME')."""
        name, _, arg = view.partition(":")
        mode, filter_value, search = self.VIEWS.get(name, (name, "", ""))
        if mode not in self.MODES:
            if view:
                self.notify(t("app.view_coming"), markup=False)
            return
        self.run_worker(
            self._open(mode, filter_value.format(arg=arg), search.format(arg=arg)),
            group="open-view",
        )

    async def _open(self, mode: str, filter_value: str, search: str) -> None:
        await self.switch_mode(mode)  # the screen is mounted once this returns
        open_with = getattr(self.screen, "open_with", None)  # the records screens have it
        if open_with is not None and (filter_value or search):
            open_with(filter_value, search)

    def compare(self, a: str, b: str) -> None:
        """Show what changed between snapshots `a` and `b` (ids), over the current screen."""
        from abcd_tui.tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(a, b))

    def _changed(self, code: str, change: Change | None) -> None:
        if change is None:
            self.notify(t("change.nothing_to_" + code.split(".")[1][:-2]), markup=False)
            return
        self.notify(say(code, what=say(change.code, **change.params)), markup=False)
        self.screen.post_message(RegisterChanged())

    def action_undo(self) -> None:
        self._step("change.undone", self.history.undo)

    def action_redo(self) -> None:
        self._step("change.redone", self.history.redo)

    def _step(self, code: str, step: Callable[[Database], Change | None]) -> None:
        """Undo or redo; whatever goes wrong ends in `show_error`, never a traceback. A
        step refused because the register changed meanwhile (`edits.UndoRefused`) makes
        the screen read it again, so it shows what is stored now."""
        try:
            if not self.history_is_safe():
                return
            change = self.register.look(step)  # the history keeps its own transactions
            self.written_here()
        except Exception as error:
            self.show_error(error)
            if isinstance(error, EditRefused):
                self.screen.post_message(RegisterChanged())
            return
        self._changed(code, change)

    # Forgetting a resident (store.forget) and the undo history --------------------------
    def history_is_safe(self, *, undoing: bool = True) -> bool:
        """Whether undo and redo may write the history's rows back: not once someone
        was forgotten since it was begun (by `abcd forget`, say), as those rows may
        hold them. Then the history is dropped, the person told calmly, and False."""
        now = self.register.read(forgets)
        if now == self.forgets:
            return True
        had_changes = bool(self.history.done or self.history.undone)
        self.clear_history(now)
        if not had_changes:
            return True
        code = "forget.history_dropped" if undoing else "forget.history_dropped_before"
        self.notify(t(code), markup=False, timeout=10)
        return False

    def clear_history(self, forgets: int) -> None:
        """Drop everything undo and redo could write back; begin again at `forgets`."""
        self.history.done.clear()
        self.history.undone.clear()
        self.forgets = forgets

    def action_export_now(self) -> None:
        """Export the register as it is now (the palette's "Exporteren")."""
        from abcd_tui.tui.dialogs.export import ExportDialog

        self.push_screen(ExportDialog(None))


def log_error(error: BaseException) -> None:
    """Log what went wrong as message codes, record ids and where in the code: never
    the message itself, which can hold a name, a key made of a name, notes or an
    address that must go when the person is forgotten."""
    if isinstance(error, UserError):  # told to the person; no fault of ours
        ids = {k: v for k, v in error.params.items() if k == "id" or k.endswith("_id")}
        log.info("%s %s", error.code, ids or "")
    elif isinstance(error, DomainError):
        log.info("%s", " ".join(f"problem.{p.code}" for p in error.problems))
    else:
        where = "".join(  # the frames without their source lines: code, never data
            f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
            for f in traceback.extract_tb(error.__traceback__)
        )
        kind = type(error).__name__
        log.error(
            "error.unexpected %s\nTraceback (most recent call last):\n%s%s", kind, where, kind
        )


def make_app(db_path: Path, created: bool = False) -> AbcdApp:
    """Build the app the same way for a real run and for the tests."""
    return AbcdApp(db_path, created)


def run_app(db_path: Path) -> int:
    """Open the app on the register at `db_path` (created empty if missing)."""
    # Made if missing, and errors (newer schema, not a database) told before the screen.
    created = Register(db_path).create()
    logging.basicConfig(
        filename=paths.log_file(),
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    make_app(db_path, created).run()
    return 0
