"""What the residents and groups screens share: the register loaded once, a list that
filters and sorts in memory, a detail pane, and the add/edit/delete/tie keys that write
through `store.actions` into the undo history.

The register is read in a thread worker (`store.records.all_records` through the
Register) and kept as plain records; the same worker builds the list's entries (a row's
text, its search words, its facets) and sorts them, so a screen of 5,000 residents
opens without holding up the keys. Every key press in the search box filters those
entries (no query per key), which is what keeps the list instant at 5,000 residents.
Filters (`f`) are facets of the entries, one per dimension (connected, wijk, street...),
combined; the sort (`O`) orders the entries once, and a search keeps that order, with
the names that match first. Subclasses say what a row, a detail, a filter, a sort and a
form look like.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from abcd_tui.domain.records import Record
from abcd_tui.domain.text import match_key, searched_words
from abcd_tui.i18n import number, t
from abcd_tui.store import Database, actions
from abcd_tui.store.database import revision
from abcd_tui.store.edits import ChangedMeanwhile, EditRefused, GoneMeanwhile, stored_record
from abcd_tui.store.history import Change
from abcd_tui.store.records import Records, current_records
from abcd_tui.tui.dialogs.confirm import ChoiceDialog, ConfirmDialog
from abcd_tui.tui.dialogs.record_form import FormField, RecordForm
from abcd_tui.tui.dialogs.tie import TieChoice, TieDialog, candidates_of
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, message, template
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.loading import Loading
from abcd_tui.tui.work import Shows

# Options added to the list at a time: each is measured as it is added, on every key
# press in the search box (100 fill two screens; 300 were ~20 ms more per list).
PAGE = 100
MORE = "more"  # the id of the line that brings the next page


def _same_content(a: Any, b: Content) -> bool:
    """The same text with the same styles (Content's `==` compares the text only)."""
    return isinstance(a, Content) and a.plain == b.plain and a.spans == b.spans


# How a record's detail is written, on the residents and the groups screen alike.
def heading(text: str) -> Content:
    """A section heading of a record's detail ("Gaven", "Banden")."""
    return Content.styled(text, "bold $accent")


def labelled(label: str, value: Content | str) -> Content:
    """'Label: value', the value shown literally (record text) unless it is Content."""
    value = value if isinstance(value, Content) else literal(value)
    return Content.assemble((f"{label}: ", "bold"), value)


def phrases(items: list[str]) -> Content:
    """Gifts and the like, each literally, joined by commas (or 'not recorded yet')."""
    if not items:
        return Content.styled(t("record.none_yet"), "dim")
    return Content(", ").join(literal(item) for item in items)


@dataclass(frozen=True)
class Entry:
    """One row of the list: its prompt, the folded name and the folded text search
    matches, and facets (e.g. 'connected', 'wijk:Het Veld', 'kind:place') the filter
    selects on. A query per key press would cost a round trip to SQLite; matching 5,000
    folded strings in Python takes ~3 ms, so every key press filters these entries."""

    id: str
    prompt: Content
    title: str
    haystack: str
    facets: frozenset[str]


@dataclass(frozen=True)
class Arranged:
    """What a worker built for the list: the register it read (or the one on screen),
    its entries in order, the filters it offers, and which request it answers."""

    request: int
    read: bool  # the register was read afresh (so its analysis is due)
    records: Records
    entries: list[Entry]
    choices: list[tuple[str, str]]


def dimension(facet: str) -> str:
    """What a facet filters on: 'wijk' for 'wijk:Het Veld'; 'ties' for 'connected'."""
    return facet.partition(":")[0] if ":" in facet else "ties"


class Matches(NamedTuple):
    """The entries a search and the filter found, in order, and how many of the first
    are there by their name (the rest by a gift, a street, a group)."""

    entries: list[Entry]
    named: int


def matching(entries: list[Entry], query: str, facets: frozenset[str]) -> Matches:
    """Entries with every word of `query` in them (a short word where a word begins:
    WORD_START_BELOW) and every facet. Whose name has the query as typed (from where a
    word begins: "de v" in "Aaltje de Vries") come first, then whose name has its words
    ("Derk van der Meulen"), then the rest (a gift, a street): someone searched for by
    name is at the top. Each part keeps the order of `entries`."""
    words = searched_words(query)
    found = [e for e in entries if facets <= e.facets and all(w.search(e.haystack) for w in words)]
    if not words:
        return Matches(found, 0)
    as_typed = re.compile(r"(?<!\w)" + re.escape(" ".join(match_key(query).split())))

    def part(entry: Entry) -> int:
        if as_typed.search(entry.title):
            return 0
        return 1 if all(w.search(entry.title) for w in words) else 2

    parts = {e.id: part(e) for e in found}
    return Matches(sorted(found, key=lambda e: parts[e.id]), sum(p < 2 for p in parts.values()))


class RecordBrowser(Shows, Screen[None]):
    """A searchable list left, the chosen record's detail right."""

    BINDINGS = [
        Binding("slash", "search", t("record.key_search")),
        Binding("f", "choose_filter", t("record.key_filter")),
        # "O": "o" is the overview on every screen.
        Binding("O", "choose_order", t("record.key_order")),
        Binding("p", "picture", t("picture.key_picture"), show=False),
        Binding("n", "new", t("record.key_new")),
        Binding("e", "edit", t("record.key_edit")),
        Binding("d,delete", "delete", t("record.key_delete")),
        Binding("t", "add_tie", t("record.key_add_tie")),
        Binding("x", "remove_tie", t("record.key_remove_tie")),
        Binding("escape", "back", t("record.key_back")),
    ]
    AUTO_FOCUS = "#records"
    SEARCH_PLACEHOLDER = ""
    NOTHING_SELECTED = ""
    CHOOSE_FIRST = "record.choose_resident_first"  # what `t` says with nothing chosen

    def __init__(self) -> None:
        super().__init__()
        self.records = Records()  # the register as last read, filtered in memory
        self.entries: list[Entry] = []
        self.shown: list[Entry] = []
        self.selected_id: str | None = None
        self.loaded = 0  # how many of `shown` are in the list so far
        self.listed_total = 0  # len(shown) when the list's "more" line was written
        self.detail_shown: tuple[Any, ...] = ()  # what #detail was made from
        self.facets: dict[str, str] = {}  # dimension -> the facet chosen in it
        self.order = "name"
        self.choices: list[tuple[str, str]] = []  # (facet, label) for the register shown
        self.request = 0  # the latest list asked of a worker; older answers are dropped
        self.read_due = True  # the register must be read (again) before it is shown

    # What a subclass says -------------------------------------------------------------
    ALL_CHOICE = "record.filter_all"  # the label of "no filter"

    def filter_choices(self, records: Records) -> list[tuple[str, str]]:
        """(facet, label) of every filter the register offers, in the dialog's order
        (called in a worker: it reads only its argument)."""
        raise NotImplementedError

    def order_choices(self) -> list[str]:
        """The sorts offered (codes of `record.order_*`), the default first."""
        raise NotImplementedError

    def entries_of(self, records: Records, order: str, analysis: Any) -> list[Entry]:
        """The list's entries sorted by `order`, `analysis` being what `analysis_now`
        gave. Called in a worker while the screen goes on: it reads only its arguments
        (the order or the analysis on screen may change meanwhile)."""
        raise NotImplementedError

    def analysis_now(self) -> Any:
        """The slower figures the entries are built with (None until a subclass has
        them): read on the UI thread when a list is asked for."""
        return None

    def detail_of(self, record_id: str) -> Content:
        raise NotImplementedError

    def edit_record(self, record_id: str | None) -> None:
        raise NotImplementedError

    def delete_change(self, db: Database, record_id: str) -> Change:
        raise NotImplementedError

    # Layout and loading ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="browser"):
            with Vertical(id="list-pane"):
                yield Input(placeholder=self.SEARCH_PLACEHOLDER, id="search", compact=True)
                yield Static("", id="view")
                yield Static("", id="count", markup=False)
                yield Loading(id="loading")
                yield OptionList(id="records")
            with VerticalScroll(id="detail-pane"):
                yield Static(Content(self.NOTHING_SELECTED), id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        """Back on this screen: read again if the register changed meanwhile (walk
        mode, another screen, another program)."""
        self.reload_if_changed()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.load()

    def reload_if_changed(self) -> None:
        loaded = self.records.revision
        if loaded == -1:  # the first read is still on its way (on_mount)
            return
        self.reload_if_changed_since(loaded, revision, self.load)  # one row: cheap

    def load_analysis(self) -> None:
        """Start slower figures (a subclass' worker) that refine the list when ready.

        Started once the register is shown, so its answer always applies to the
        register on screen (run side by side, an old answer could reorder a new list)."""

    def load(self) -> None:
        self.read_due = True
        self.build_list()

    def build_list(self) -> None:
        """Build the list in a worker with the order and analysis chosen now, reading
        the register first when a read is due. One list at a time: a newer request (a
        sort chosen while the register loads) replaces the older one, reading too if
        that one was to read, and an older answer is never shown."""
        self.request += 1
        request, read, order = self.request, self.read_due, self.order
        analysis, records, shared = self.analysis_now(), self.records, self.abcd.records

        def build() -> Arranged:
            # One copy for the residents and the groups screen while the register is
            # unchanged (`current_records`).
            got = self.register.read(current_records, shared) if read else records
            entries = self.entries_of(got, order, analysis)
            return Arranged(request, read, got, entries, self.filter_choices(got))

        self.fetch("register", build, self.show_register)

    def show_register(self, arranged: Arranged) -> None:
        if arranged.request != self.request:  # a newer list is on its way
            return
        self.read_due = False
        self.records = arranged.records
        if arranged.read:
            self.abcd.records = arranged.records
        self.choices = arranged.choices
        self.entries = arranged.entries
        self.query_one("#loading", Loading).end()
        self.refilter()
        if arranged.read:
            self.load_analysis()

    # Filtering and sorting ------------------------------------------------------------
    @on(Input.Changed, "#search")
    def searched(self) -> None:
        """Typed: the first one whose name matches is the one chosen (the one looked
        for), so Escape and `e` act on them; else the selection stays if it matches."""
        found = matching(self.entries, self.query_one("#search", Input).value, self.chosen())
        if found.named:  # found by name: the first of those (`matching` puts them first)
            self.selected_id = found.entries[0].id
        self.refilter(found)

    def chosen(self) -> frozenset[str]:
        return frozenset(self.facets.values())

    def refilter(self, found: Matches | None = None) -> None:
        """Show the entries that match what is typed and chosen (`found`, when the
        search has just matched them), keeping the selection."""
        if self.records.revision == -1:  # still loading: the list shows what was typed then
            return
        if found is None:
            found = matching(self.entries, self.query_one("#search", Input).value, self.chosen())
        self.shown = found.entries
        self.query_one("#view", Static).update(self.view_line())
        self.query_one("#count", Static).update(self.count_line(found.named))
        index = next((i for i, e in enumerate(self.shown) if e.id == self.selected_id), None)
        records = self.query_one("#records", OptionList)
        if index is None and self.shown:
            # The chosen record is gone (deleted, filtered out): stay at the same height.
            index = min(records.highlighted or 0, len(self.shown) - 1)
            self.selected_id = self.shown[index].id
        if not self.same_page(upto=(index or 0) + 1):
            records.clear_options()
            self.loaded = 0
            self.show_more(upto=(index or 0) + 1)
        records.highlighted = index
        self.show_detail()

    def count_line(self, named: int) -> str:
        """How many are shown of how many; when a search finds some by name (`named`)
        and others by what else they hold, how many by name ("Zoë": 17 of 525)."""
        shown, total = number(len(self.shown)), number(len(self.entries))
        if named in (0, len(self.shown)):
            return t("record.shown", shown=shown, total=total)
        return t("record.shown_named", shown=shown, total=total, named=number(named))

    def same_page(self, upto: int) -> bool:
        """Whether the list already shows the rows `show_more(upto)` would add, line for
        line (the same ids and text, the same "more" line). The analysis arriving on a
        list of 5,000 changes only the entries' facets, not what a row says: laying the
        page out again would cost the UI thread 20-40 ms for the same picture."""
        records = self.query_one("#records", OptionList)
        end = min(max(PAGE, upto), len(self.shown))
        wanted = end + (end < len(self.shown))  # and the "more" line
        if not self.loaded or self.loaded != end or records.option_count != wanted:
            return False
        if end < len(self.shown) and self.listed_total != len(self.shown):
            return False
        for n, entry in enumerate(self.shown[:end]):
            option = records.get_option_at_index(n)
            if option.id != entry.id or not _same_content(option.prompt, entry.prompt):
                return False
        return True

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
        self.listed_total = len(self.shown)
        if self.loaded < len(self.shown):
            more = t("record.more", count=number(len(self.shown) - self.loaded))
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
        """The selected record's detail, made again only when the record, the register
        read or the analysis changed: each update lays the screen out again (10-20 ms
        at 120x40), and a list shown or refreshed asks for it two or three times."""
        known = self.selected_id in self.records.residents or (
            self.selected_id in self.records.groups
        )
        if self.selected_id and known and any(e.id == self.selected_id for e in self.shown):
            made_from: tuple[Any, ...] = (self.selected_id, self.records, self.analysis_now())
        else:
            made_from = (None,)
        # By identity: a register read again is a new Records, an analysis a new answer.
        before = self.detail_shown
        if len(made_from) == len(before) and all(map(operator.is_, made_from, before)):
            return
        self.detail_shown = made_from
        detail = self.query_one("#detail", Static)
        if made_from[0] is None:
            detail.update(Content(self.NOTHING_SELECTED))
        else:
            detail.update(self.detail_of(made_from[0]))

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
        if filter_value:
            self.facets = {dimension(filter_value): filter_value}
            self.refilter()
        if search:
            self.query_one("#search", Input).value = search

    def view_line(self) -> Content:
        """What the list shows, above it: 'Buurt: Het Veld · gesorteerd op naam'."""
        labels = dict(self.choices)
        chosen = [literal(labels.get(facet, facet)) for facet in self.facets.values()] or [
            Content(t(self.ALL_CHOICE))
        ]
        order = message("record.sorted_by", order=t(f"record.order_{self.order}"))
        return Content(" · ").join([*chosen, order.stylize("dim")])

    def choose_filter(self, facet: str | None) -> None:
        """A filter chosen in the dialog: 'all' clears every one; another replaces the
        one of its dimension (a wijk for a wijk), so filters of two dimensions combine."""
        if facet is None:
            return
        if facet == "all":
            self.facets = {}
        else:
            self.facets[dimension(facet)] = facet
        self.refilter()

    def choose_order(self, order: str | None) -> None:
        if order is None or order == self.order:
            return
        self.order = order
        self.query_one("#loading", Loading).begin()
        self.build_list()

    # Keys -----------------------------------------------------------------------------
    def action_search(self) -> None:
        self.query_one("#search").focus()

    def action_choose_filter(self) -> None:
        """Pick a filter (connected, a wijk, a street, consent, ...) in a small dialog:
        those someone on the list has, the ones in use ticked."""
        in_use = set(self.facets.values())
        present = in_use.union(*(e.facets for e in self.entries))
        options = [("all", Content(("  " if in_use else "✓ ") + t(self.ALL_CHOICE)))]
        for facet, label in (choice for choice in self.choices if choice[0] in present):
            tick = "✓ " if facet in in_use else "  "
            options.append((facet, Content.assemble(tick, literal(label))))
        self.app.push_screen(ChoiceDialog(t("record.choose_filter"), options), self.choose_filter)

    def action_choose_order(self) -> None:
        """Pick how the list is sorted (name, wijk, street, last met, ...)."""
        options = [
            (order, Content(("✓ " if order == self.order else "  ") + t(f"record.order_{order}")))
            for order in self.order_choices()
        ]
        self.app.push_screen(ChoiceDialog(t("record.choose_order"), options), self.choose_order)

    async def action_picture(self) -> None:
        """The network picture of the one selected (not of whoever was drawn last)."""
        record_id = self.current_id()
        await self.app.switch_mode("network")
        centre_on = getattr(self.app.screen, "centre_on", None)  # screens never import each other
        if record_id and centre_on is not None:
            centre_on(record_id)

    def action_back(self) -> None:
        if self.focused is self.query_one("#search"):
            self.query_one("#records").focus()
        else:
            self.app.switch_mode("overview")

    def action_new(self) -> None:
        self.edit_record(None)

    def action_edit(self) -> None:
        record_id = self.current_id()
        if record_id and self.still_stored(record_id):
            self.edit_record(record_id)

    def still_stored(self, record_id: str) -> bool:
        """Before a form opens: whether the record is still there, and the form opens on
        it as stored now (another program may have changed it since the list was read).
        Gone (deleted, forgotten), it is said and the list drops it."""
        table = "residents" if record_id in self.records.residents else "groups"
        try:
            now = self.register.read(stored_record, table, record_id)
        except Exception as error:
            self.abcd.show_error(error)
            return False
        known: dict[str, Record] = getattr(self.records, table)
        if now is None:
            self.notify(t(f"edits.gone_{table[:-1]}"), severity="warning", markup=False)
            self.post_message(RegisterChanged())
            return False
        if known.get(record_id) != now:
            known[record_id] = now  # the form starts from what is stored now
            self.post_message(RegisterChanged())
        return True

    def action_delete(self) -> None:
        record_id = self.current_id()
        if not record_id:
            return
        name = self.records.name(record_id)
        question = template(t("record.confirm_delete", name="$name"), name=name)

        def answered(yes: bool | None) -> None:
            if yes:
                self.write(lambda db: self.delete_change(db, record_id))

        self.app.push_screen(ConfirmDialog(question), answered)

    def action_add_tie(self) -> None:
        record_id = self.current_id()
        if not record_id:
            self.notify(t(self.CHOOSE_FIRST), markup=False)
            return
        candidates = candidates_of(self.records)

        def done(choice: TieChoice | None) -> None:
            if choice:
                self.write(lambda db: actions.add_tie(db, record_id, choice.other_id, choice.kind))

        self.app.push_screen(TieDialog(candidates[record_id], candidates), done)

    def action_remove_tie(self) -> None:
        record_id = self.current_id()
        ends = self.records.ties_of(record_id)
        if not ends:
            self.notify(t("record.no_ties"), markup=False)
            return
        options = [
            (
                end.tie_id,
                Content.assemble(
                    literal(self.records.told_apart(end.other_id)),
                    "  ",
                    (t(f"tie.{end.kind.value}"), "dim"),
                ),
            )
            for end in ends
        ]

        def chosen(tie_id: str | None) -> None:
            if tie_id:
                self.write(lambda db: actions.remove_tie(db, tie_id))

        self.app.push_screen(ChoiceDialog(t("record.choose_tie"), options), chosen)

    def form_fields(self, record: Any) -> list[FormField]:
        raise NotImplementedError

    def save_from_form(
        self,
        form: RecordForm,
        action: Callable[[Database], Change],
        rebase: Callable[[Record], None],
    ) -> bool:
        """Save what a form holds; True when it may close. Changed meanwhile elsewhere
        (`edits.ChangedMeanwhile`), the form stays open with the typing, shows what is
        stored now under each field, and the next save starts from that (`rebase`).
        Gone meanwhile (deleted, forgotten), it closes and the list drops the record."""
        refusals: list[Exception] = []
        if self.abcd.apply(action, refused=refusals.append) is not None:
            self.post_message(RegisterChanged())
            return True
        error = refusals[0] if refusals else None
        if isinstance(error, EditRefused):
            self.post_message(RegisterChanged())  # read the register as it is now
        if isinstance(error, GoneMeanwhile):
            return True
        if isinstance(error, ChangedMeanwhile):
            rebase(error.stored)
            shown = {field.name for field in form.fields}
            visible = any(_form_name(d.field) in shown for d in error.differences)
            code = "edits.form_changed" if visible else "edits.form_changed_hidden"
            form.show_stored(self.form_fields(error.stored), t(code))
        return False

    def write(self, action: Callable[[Database], Change]) -> None:
        """Run one store action on a short-lived connection, make it undoable, reload
        (also when it was refused because the register changed meanwhile)."""
        refusals: list[Exception] = []
        done = self.abcd.apply(action, refused=refusals.append) is not None
        if done or any(isinstance(error, EditRefused) for error in refusals):
            self.post_message(RegisterChanged())


# Where a form names a field differently from the record.
_FORM_NAMES = {"open_to_introductions": "open", "contact_id": "contact"}


def _form_name(field: str) -> str:
    return _FORM_NAMES.get(field, field)
