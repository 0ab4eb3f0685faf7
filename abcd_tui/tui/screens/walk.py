"""Walk mode (wijkwandeling): start a walk, then record each resident met in one form.

Every confirm is written at once (nothing typed is lost if the laptop dies) as one
undoable change: the resident with the ties typed for them. A name already in the
register offers that record, so a revisit updates it instead of adding a duplicate;
`residents.walk_id` then points at this walk, where we met them last.
"""

from __future__ import annotations

from datetime import date

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Static

from abcd_tui.domain.records import DomainError, RecordType, Resident, TieKind, Walk
from abcd_tui.domain.text import slugify, unique_key
from abcd_tui.i18n import t
from abcd_tui.store import actions, open_database, reads, write_transaction, writes
from abcd_tui.store.history import Change
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, message, say
from abcd_tui.tui.widgets import walk_data
from abcd_tui.tui.widgets.walk_complete import WalkComplete
from abcd_tui.tui.widgets.walk_form import WalkForm

# What "knows here" means for each kind of record: the weakest tie that is still true.
TIE_TO = {RecordType.RESIDENT: TieKind.ACQUAINTANCE, RecordType.GROUP: TieKind.MEMBER}
# "Who do you know here?": one goes to a place or a shop, one is a member of a club.
GROUP_TIE = {
    "association": TieKind.MEMBER,
    "institution": TieKind.VISITOR,
    "place": TieKind.VISITOR,
    "business": TieKind.VISITOR,
}


class WalkScreen(Screen):
    """Start a walk, then capture each resident met; the people met stay in view."""

    CSS_PATH = "walk.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", t("walk.save")),
        Binding("ctrl+l", "clear", t("walk.clear")),
        Binding("ctrl+n", "new_walk", t("walk.new_walk")),
    ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.walk: Walk | None = None
        self.revisit: Resident | None = None
        self.names = walk_data.Names()
        self._lookup = None  # a connection of the UI thread, for gift suggestions only

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="start"):
            yield Static(t("walk.start_title"), classes="title")
            yield Label(t("walk.area"))
            yield Input(id="area", compact=True)
            yield Label(t("walk.date"))
            yield Input(date.today().isoformat(), id="date", compact=True)
            yield Label(t("walk.builder"))
            yield Input(writes.recorder(), id="builder", compact=True)
            yield Button(t("walk.start"), id="start-walk", compact=True)
        with Horizontal(id="capture"):
            yield WalkForm(self.suggest_gifts, self.names.records, self.names.residents)
            with Vertical(id="side"):
                yield Static(id="heading", classes="title")
                yield Static(id="revisit")
                yield Static(id="met-title", classes="title")
                yield OptionList(id="met")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#capture").display = False
        self.query_one("#revisit").display = False
        self.query_one("#area", Input).focus()
        self.load_names()

    def on_unmount(self) -> None:
        if self._lookup is not None:
            self._lookup.close()

    def suggest_gifts(self, typed: str) -> list[str]:
        """Gift phrases for the dropdown. A look-up of a few milliseconds on a small
        table, asked for on every key press, so it runs here rather than in a worker."""
        if self._lookup is None:
            self._lookup = open_database(self.app.db_path, create=False)
        return reads.gift_suggestions(self._lookup, typed)

    # Starting a walk

    @on(Button.Pressed, "#start-walk")
    @on(Input.Submitted, "#start Input")
    def start_walk(self) -> None:
        area = self.query_one("#area", Input).value.strip()
        day = self.query_one("#date", Input).value.strip()
        builder = self.query_one("#builder", Input).value.strip()
        try:
            date.fromisoformat(day)
        except ValueError:
            self.notify(say("walk.date_invalid", value=day), severity="error", markup=False)
            self.query_one("#date", Input).focus()
            return
        db = open_database(self.app.db_path, create=False)
        try:
            taken = set(reads.walk_keys(db).values())
            walk = Walk(key=unique_key(slugify(f"{day} {area}"), taken), date=day, area=area,
                        builders=[builder] if builder else [])  # fmt: skip
            self.walk = writes.save_walk(db, walk)
        except Exception as error:
            self.app.show_error(error)
            return
        finally:
            db.close()
        self.notify(say("walk.started", area=area, date=day), markup=False)
        self.show_walk()
        self.post_message(RegisterChanged())

    def show_walk(self) -> None:
        assert self.walk is not None
        walk = self.walk
        heading = say(
            "walk.heading", area=walk.area, date=walk.date, builders=", ".join(walk.builders)
        )
        self.query_one("#heading", Static).update(Content(heading))
        self.query_one("#start").display = False
        self.query_one("#capture").display = True
        self.query_one(WalkForm).clear()

    def action_new_walk(self) -> None:
        self.walk = None
        self.query_one("#capture").display = False
        self.query_one("#start").display = True
        self.query_one("#area", Input).focus()

    # Recording a resident

    @on(Input.Submitted, "WalkForm Input")
    def action_save(self) -> None:
        """Write the resident and their ties now, as one undoable change; then the next."""
        form = self.query_one(WalkForm)
        if self.walk is None or not self.query_one("#capture").display:
            return
        if not form.typed_name:
            self.notify(t("walk.name_needed"), severity="warning", markup=False)
            form.query_one("#name", Input).focus()
            return
        base = self.revisit if self.revisit and self.revisit.name == form.typed_name else None
        resident = form.resident(base)
        resident.walk_id = self.walk.id
        ties, unknown = self.names.resolve(form.tie_names)
        changes: list[Change] = []
        db = open_database(self.app.db_path, create=False)
        try:
            with write_transaction(db):  # the person, the meeting and the ties: one action
                if base is None:
                    taken = {key for (key,) in db.execute("SELECT key FROM residents")}
                    resident.key = unique_key(slugify(resident.name), taken)
                changes.append(actions.save_resident(db, resident))
                changes.append(actions.met_on_walk(db, resident.id, self.walk.id))
                for other_id, other_type in ties:
                    if other_id != resident.id:
                        kind = TIE_TO[other_type]
                        if other_type == RecordType.GROUP:
                            (group_kind,) = db.execute(
                                "SELECT kind FROM groups WHERE id = ?", [other_id]
                            ).fetchone()
                            kind = GROUP_TIE[group_kind]
                        changes.append(actions.add_tie(db, resident.id, other_id, kind))
        except DomainError as error:
            problems = "; ".join(say(f"problem.{p.code}", **p.params) for p in error.problems)
            self.notify(problems, severity="error", markup=False)
            return
        except Exception as error:
            self.app.show_error(error)
            return
        finally:
            db.close()
        # Only what was committed goes on the undo stack (a failed save rolled back whole);
        # one ctrl+z takes back the person with the ties typed for them.
        self.app.history.add(Change.merged(changes))
        gifts = len(resident.head) + len(resident.hands) + len(resident.heart)
        self.notify(
            say("walk.saved", name=resident.name, gifts=gifts, ties=len(changes) - 2), markup=False
        )
        if unknown:
            self.notify(
                say("walk.unknown_names", names=", ".join(unknown)), markup=False, timeout=8
            )
        self.action_clear()
        self.post_message(RegisterChanged())

    def action_clear(self) -> None:
        self.revisit = None
        self.query_one("#revisit").display = False
        self.query_one(WalkForm).clear()

    # A name already in the register

    @on(WalkComplete.Chosen, "#name-complete")
    def name_chosen(self, event: WalkComplete.Chosen) -> None:
        resident_id = self.names.resident_ids.get(event.value)
        if resident_id:
            self.query_one(WalkForm).query_one("#name", Input).value = self.names.names[resident_id]
            self.load_revisit(resident_id)

    @work(thread=True, exclusive=True, group="revisit")
    def load_revisit(self, resident_id: str) -> None:
        try:
            found = walk_data.load_revisit(self.app.db_path, resident_id)
        except Exception as error:
            self.app.call_from_thread(self.app.show_error, error)
            return
        self.app.call_from_thread(self.show_revisit, found)

    def show_revisit(self, found: walk_data.Revisit) -> None:
        self.revisit = found.resident
        self.query_one(WalkForm).fill(found.resident)
        panel = self.query_one("#revisit", Static)
        panel.update(walk_data.revisit_text(found))
        panel.display = True

    # What the side shows

    @on(RegisterChanged)
    def reload(self) -> None:
        self.load_names()

    def on_screen_resume(self) -> None:
        self.load_names()

    @work(thread=True, exclusive=True, group="names")
    def load_names(self) -> None:
        walk_id = self.walk.id if self.walk else None
        try:
            names, met = walk_data.load_names(self.app.db_path, walk_id)
        except Exception as error:
            self.app.call_from_thread(self.app.show_error, error)
            return
        self.app.call_from_thread(self.show_names, names, met)

    def show_names(self, names: walk_data.Names, met: list[tuple[str, bool]]) -> None:
        self.names.replace(names)
        self.query_one("#met-title", Static).update(Content(t("walk.met", count=len(met))))
        options = self.query_one("#met", OptionList)
        options.clear_options()
        for name, again in met:
            options.add_option(message("walk.met_again", name=name) if again else literal(name))
        if not met:
            options.add_option(Content(t("walk.met_none")))
