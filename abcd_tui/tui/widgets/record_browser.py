"""What the residents and groups screens share: the register loaded once, a list that
filters in memory, a detail pane, and the add/edit/delete/tie keys that write through
`store.actions` into the undo history.

The register is read in a thread worker with its own connection and kept as plain
records; every key press in the search box filters that copy (no query per key), which
is what keeps the list instant at 5,000 residents. Subclasses say what a row, a detail
and a form look like.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, LoadingIndicator, OptionList, Select, Static
from textual.widgets.option_list import Option

from abcd_tui.domain.records import Problem, TieKind, tie_problem
from abcd_tui.i18n import number, t
from abcd_tui.store import actions
from abcd_tui.store.history import Change
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import template
from abcd_tui.tui.widgets.dialogs import ChoiceDialog, ConfirmDialog
from abcd_tui.tui.widgets.record_data import (
    Entry,
    Register,
    literal,
    load_register,
    matching,
    register_revision,
)
from abcd_tui.tui.widgets.record_form import FormField, RecordForm, Values

PAGE = 300  # options added to the list at a time
MORE = "more"  # the id of the line that brings the next page


class RecordBrowser(Screen):
    """A searchable list left, the chosen record's detail right."""

    BINDINGS = [
        Binding("slash", "search", t("screens.key_search")),
        Binding("f", "next_filter", t("screens.key_filter")),
        Binding("n", "new", t("screens.key_new")),
        Binding("e", "edit", t("screens.key_edit")),
        Binding("d,delete", "delete", t("screens.key_delete")),
        Binding("t", "add_tie", t("screens.key_add_tie")),
        Binding("x", "remove_tie", t("screens.key_remove_tie")),
        Binding("escape", "back", t("screens.key_back")),
    ]
    AUTO_FOCUS = "#records"
    SEARCH_PLACEHOLDER = ""
    NOTHING_SELECTED = ""

    def __init__(self) -> None:
        super().__init__()
        self.register = Register()
        self.entries: list[Entry] = []
        self.shown: list[Entry] = []
        self.selected_id: str | None = None
        self.loaded = 0  # how many of `shown` are in the list so far

    # What a subclass says -------------------------------------------------------------
    def filter_choices(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def entries_of(self, register: Register) -> list[Entry]:
        raise NotImplementedError

    def detail_of(self, record_id: str) -> Content:
        raise NotImplementedError

    def edit_record(self, record_id: str | None) -> None:
        raise NotImplementedError

    def delete_change(self, db, record_id: str) -> Change:
        raise NotImplementedError

    # Layout and loading ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="browser"):
            with Vertical(id="list-pane"):
                yield Input(placeholder=self.SEARCH_PLACEHOLDER, id="search", compact=True)
                yield Select(self.filter_choices(), allow_blank=False, id="filter", compact=True)
                yield Static("", id="count", markup=False)
                yield LoadingIndicator(id="loading")
                yield OptionList(id="records")
            with VerticalScroll(id="detail-pane"):
                yield Static(Content(self.NOTHING_SELECTED), id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        """Back on this screen: read again if the register changed meanwhile (walk
        mode, another screen, another program)."""
        self.reload_if_changed()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="register-check")
    def reload_if_changed(self) -> None:
        loaded = self.register.revision
        if loaded == -1:  # the first read is still on its way (on_mount)
            return
        try:
            changed = register_revision(self.app.db_path) != loaded
        except Exception:  # the next action will say what is wrong
            return
        if changed:
            self.app.call_from_thread(self.load)

    def load_analysis(self) -> None:
        """Start slower figures (a subclass' worker) that refine the list when ready.

        Started once the register is shown, so its answer always applies to the
        register on screen (run side by side, an old answer could reorder a new list)."""

    @work(thread=True, exclusive=True, group="register")
    def load(self) -> None:
        try:
            register = load_register(self.app.db_path)
        except Exception as error:  # shown to the person, not raised into the app
            self.app.call_from_thread(self.app.show_error, error)
            return
        self.app.call_from_thread(self.show_register, register)

    def show_register(self, register: Register) -> None:
        self.register = register
        self.entries = self.entries_of(register)
        self.query_one("#loading").display = False
        self.refilter()
        self.load_analysis()

    # Filtering ------------------------------------------------------------------------
    @on(Input.Changed, "#search")
    @on(Select.Changed, "#filter")
    def refilter(self) -> None:
        """Show the entries that match what is typed and chosen, keeping the selection."""
        facet = self.query_one("#filter", Select).value
        query = self.query_one("#search", Input).value
        self.shown = matching(self.entries, query, None if facet == "all" else str(facet))
        self.query_one("#count", Static).update(
            t("screens.shown", shown=number(len(self.shown)), total=number(len(self.entries)))
        )
        index = next((i for i, e in enumerate(self.shown) if e.id == self.selected_id), None)
        records = self.query_one("#records", OptionList)
        if index is None and self.shown:
            # The chosen record is gone (deleted, filtered out): stay at the same height.
            index = min(records.highlighted or 0, len(self.shown) - 1)
            self.selected_id = self.shown[index].id
        records.clear_options()
        self.loaded = 0
        self.show_more(upto=(index or 0) + 1)
        records.highlighted = index
        self.show_detail()

    def show_more(self, upto: int = 0) -> None:
        """Add the next page of matches to the list (or up to `upto`).

        Options are laid out one by one as they are added, so adding all 5,000 on each
        key press takes ~0.2 s; a page of them takes a few milliseconds, and scrolling
        onto the last line brings the next page."""
        records = self.query_one("#records", OptionList)
        if self.loaded and records.option_count:
            records.remove_option_at_index(records.option_count - 1)  # the "more" line
        end = max(self.loaded + PAGE, upto)
        records.add_options([Option(e.prompt, id=e.id) for e in self.shown[self.loaded : end]])
        self.loaded = min(end, len(self.shown))
        if self.loaded < len(self.shown):
            more = t("screens.more", count=number(len(self.shown) - self.loaded))
            records.add_option(Option(Content.styled(more, "dim italic"), id=MORE))

    @on(OptionList.OptionHighlighted, "#records")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_id == MORE:
            self.show_more()
            # Removing the "more" line moved the cursor up a line: put it on the first new one.
            self.query_one("#records", OptionList).highlighted = event.option_index
            self.selected_id = self.shown[event.option_index].id
        else:
            self.selected_id = event.option_id
        self.show_detail()

    def show_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        known = self.selected_id in self.register.residents or (
            self.selected_id in self.register.groups
        )
        if self.selected_id and known and any(e.id == self.selected_id for e in self.shown):
            detail.update(self.detail_of(self.selected_id))
        else:
            detail.update(Content(self.NOTHING_SELECTED))

    @on(Input.Submitted, "#search")
    def search_done(self) -> None:
        self.query_one("#records").focus()

    def current_id(self) -> str | None:
        """The record under the list's cursor, read from the list itself: a key can
        arrive before the highlight message that would have updated `selected_id`."""
        records = self.query_one("#records", OptionList)
        if records.highlighted is None or records.highlighted >= records.option_count:
            return None
        option_id = records.get_option_at_index(records.highlighted).id
        if option_id == MORE:
            return None
        self.selected_id = option_id
        return option_id

    def open_with(self, filter_value: str = "", search: str = "") -> None:
        """Open on a filter ('not_yet_connected', 'kind:place') or a search (a name)."""
        if filter_value in [value for _, value in self.filter_choices()]:
            self.query_one("#filter", Select).value = filter_value
        if search:
            self.query_one("#search", Input).value = search

    # Keys -----------------------------------------------------------------------------
    def action_search(self) -> None:
        self.query_one("#search").focus()

    def action_next_filter(self) -> None:
        """The next choice of the filter (everyone, connected, not yet connected, ...)."""
        choices = [value for _, value in self.filter_choices()]
        select = self.query_one("#filter", Select)
        select.value = choices[(choices.index(select.value) + 1) % len(choices)]

    def action_back(self) -> None:
        if self.focused is self.query_one("#search"):
            self.query_one("#records").focus()
        else:
            self.app.switch_mode("overview")

    def action_new(self) -> None:
        self.edit_record(None)

    def action_edit(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.edit_record(record_id)

    def action_delete(self) -> None:
        record_id = self.current_id()
        if not record_id:
            return
        name = self.register.name(record_id)
        question = template(t("screens.confirm_delete", name="$name"), name=name)

        def answered(yes: bool | None) -> None:
            if yes:
                self.write(lambda db: self.delete_change(db, record_id))

        self.app.push_screen(ConfirmDialog(question), answered)

    def action_add_tie(self) -> None:
        record_id = self.current_id()
        if not record_id:
            return
        names = sorted({r.name for r in (*self.register.residents.values(),)})
        names += sorted({g.name for g in self.register.groups.values()})
        fields = [
            FormField("other", t("screens.tie_other"), "", suggestions=names),
            FormField(
                "kind",
                t("screens.tie_kind"),
                None,
                choices=[(t(f"tie.{k.value}"), k.value) for k in TieKind],
            ),
        ]

        def check(values: Values) -> list[Problem]:
            problems = []
            other_id = self.register.find(values["other"])
            if not values["other"].strip():
                problems.append(Problem("other", "other_blank"))
            elif other_id is None:
                problems.append(Problem("other", "other_unknown", {"name": values["other"]}))
            if not values["kind"]:
                problems.append(Problem("kind", "tie_kind_blank"))
            elif other_id is not None:
                kind = TieKind(values["kind"])
                found = tie_problem(
                    kind,
                    self.register.type_of(record_id),
                    self.register.type_of(other_id),
                    other_id == record_id,
                )
                if found:
                    problems.append(
                        Problem("kind", "tie_kind_mismatch", {"kind": t(f"tie.{kind.value}")})
                    )
            return problems

        def done(values: Values | None) -> None:
            if values:
                other_id = self.register.find(values["other"])
                kind = TieKind(values["kind"])
                self.write(lambda db: actions.add_tie(db, record_id, other_id, kind))

        title = t("screens.new_tie", name=self.register.name(record_id))
        self.app.push_screen(RecordForm(title, fields, check), done)

    def action_remove_tie(self) -> None:
        record_id = self.current_id()
        ends = self.register.ties.get(record_id or "", [])
        if not ends:
            self.notify(t("screens.no_ties"), markup=False)
            return
        options = [
            (
                end.tie_id,
                Content.assemble(
                    literal(self.register.name(end.other_id)),
                    "  ",
                    (t(f"tie.{end.kind.value}"), "dim"),
                ),
            )
            for end in ends
        ]

        def chosen(tie_id: str | None) -> None:
            if tie_id:
                self.write(lambda db: actions.remove_tie(db, tie_id))

        self.app.push_screen(ChoiceDialog(t("screens.choose_tie"), options), chosen)

    def write(self, action: Callable[..., Change]) -> None:
        """Run one store action on a short-lived connection, make it undoable, reload."""
        if self.app.apply(action) is not None:
            self.post_message(RegisterChanged())
