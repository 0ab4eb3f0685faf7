"""Walk mode (wijkwandeling): start a walk, then record each resident met in one form.

Every confirm is written at once (nothing typed is lost if the laptop dies) as one
undoable change: the resident with the ties typed for them. A name already in the
register offers that record, so a revisit updates it instead of adding a duplicate;
`residents.walk_id` then points at this walk, where we met them last.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Header, Input, Label, OptionList, Static

from abcd_tui.domain.names import revisit_of
from abcd_tui.domain.records import Problem, Resident, Walk
from abcd_tui.i18n import t
from abcd_tui.store import actions, lookups, reads, walks, writes
from abcd_tui.store.walks import OpenWalk, Revisit
from abcd_tui.tui import walk_names
from abcd_tui.tui.dialogs.confirm import KeepTypingDialog
from abcd_tui.tui.dialogs.same_person import SamePersonDialog
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, message, say
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.walk_complete import WalkComplete
from abcd_tui.tui.widgets.walk_form import WalkForm
from abcd_tui.tui.widgets.walk_summary import summary_text
from abcd_tui.tui.work import Shows


class WalkScreen(Shows, Screen[None]):
    """Start a walk, then capture each resident met; the people met stay in view."""

    CSS_PATH = "walk.tcss"
    TYPED_KEYS_ARE_TEXT = True  # a form all over: letters never switch screens (tui/keys.py)
    # In the order the footer shows them: the keys of a walk first (tui/widgets/footer.py).
    BINDINGS = [
        Binding("ctrl+s", "save", t("walk.save")),
        Binding("ctrl+f", "end_walk", t("walk.end")),
        Binding("ctrl+n", "new_walk", t("walk.new_walk")),
        Binding("ctrl+l", "clear", t("walk.clear")),
        Binding("ctrl+o", "app.switch_mode('walks')", t("walk.list")),
        Binding("escape", "leave", t("walk.leave")),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.walk: Walk | None = None
        self.revisit: Resident | None = None
        self.revisit_asked: str | None = None  # the known record chosen, on its way
        self.ties_told: tuple[str, ...] = ()  # tie names asked about at the last save
        self.names = walk_names.Names()
        self.open_walks: list[OpenWalk] = []

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
            yield Static(id="open-title", classes="title")
            yield OptionList(id="open-walks")
        # The WalkForm goes first in #capture, when a walk starts (`show_walk`).
        with Horizontal(id="capture"), Vertical(id="side"):
            yield Static(id="heading", classes="title")
            yield Static(id="revisit")
            yield Static(id="met-title", classes="title")
            yield OptionList(id="met")
        with VerticalScroll(id="summary-panel"):
            yield Static(id="summary")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#capture").display = False
        self.query_one("#summary-panel").display = False
        self.query_one("#revisit").display = False
        self.query_one("#area", Input).focus()
        self.load_names()
        self.load_open_walks()

    # Keys that mean something only while a walk is captured (`check_action`), and the
    # one that needs a walk captured or just ended; the footer and `?` show them then.
    CAPTURE_ACTIONS = frozenset({"save", "end_walk", "clear"})

    @property
    def capturing(self) -> bool:
        """Whether a walk is begun and its form shows (not the start, not the summary)."""
        return self.walk is not None and bool(self.query_one("#capture").display)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Before a walk has started, its keys are not shown (and do nothing)."""
        if action in self.CAPTURE_ACTIONS:
            return self.capturing
        if action == "new_walk":
            return self.capturing or bool(self.query_one("#summary-panel").display)
        return True

    def walk_form(self) -> WalkForm | None:
        """The walk form, mounted when the first walk starts (`show_walk`): some 80
        widgets that opening walk mode need not style and lay out (half its first open
        at 5,000 residents)."""
        return next(iter(self.query(WalkForm)), None)

    def _area(self) -> str:
        return self.walk.area if self.walk else ""

    def suggest_gifts(self, typed: str) -> list[str]:
        """Gift phrases for the dropdown, asked for on every key press, so it runs here
        rather than in a worker: at 5,000 residents a look-up on its own connection
        takes ~0.4 ms (0.1 ms of it the query), far under a frame, so no connection is
        kept open between key presses (nothing to close before a forget)."""
        return self.register.read(reads.gift_suggestions, typed)

    # Starting a walk

    @on(Button.Pressed, "#start-walk")
    @on(Input.Submitted, "#start Input")
    async def start_walk(self) -> None:
        area = self.query_one("#area", Input).value.strip()
        day = self.query_one("#date", Input).value.strip()
        builder = self.query_one("#builder", Input).value.strip()
        if not area:  # "Wandeling begonnen: , 2026-12-03", "(Laatst ontmoet … ())"
            self.notify(t("walk.area_needed"), severity="error", markup=False)
            self.query_one("#area", Input).focus()
            return
        try:
            date.fromisoformat(day)
        except ValueError:
            self.notify(say("walk.date_invalid", value=day), severity="error", markup=False)
            self.query_one("#date", Input).focus()
            return
        try:  # the walk already there for this day, area and builder, else a new one
            started = self.register.look(walks.start_or_continue_walk, area, builder, day)
            met = self.register.read(walks.met_count, started.walk.id)
        except Exception as error:
            self.abcd.show_error(error)
            return
        self.walk = started.walk
        if started.reopened:
            note = say("walk.reopened", area=area, date=day, met=met)
        elif started.continued:
            note = say("walk.continued", area=area, date=day, met=met)
        else:
            note = say("walk.started", area=area, date=day)
        self.notify(note, markup=False)
        await self.show_walk()
        self.post_message(RegisterChanged())

    async def show_walk(self) -> None:
        assert self.walk is not None
        walk = self.walk
        form = self.walk_form()
        if form is None:  # the first walk: the form is mounted (whole) before it shows
            form = WalkForm(self.suggest_gifts, self.names, area=self._area)
            await self.query_one("#capture").mount(form, before="#side")
        heading = say(
            "walk.heading", area=walk.area, date=walk.date, builders=", ".join(walk.builders)
        )
        self.query_one("#heading", Static).update(Content(heading))
        self.query_one("#start").display = False
        self.query_one("#summary-panel").display = False
        self.query_one("#capture").display = True
        self.action_clear()
        self.refresh_bindings()

    def action_new_walk(self) -> None:
        self.walk = None
        self.query_one("#capture").display = False
        self.query_one("#summary-panel").display = False
        self.query_one("#start").display = True
        self.query_one("#area", Input).focus()
        self.load_open_walks()
        self.refresh_bindings()

    # Walks that last: continuing today's open walk, ending one

    def load_open_walks(self) -> None:
        today = date.today().isoformat()
        self.fetch(
            "open-walks",
            lambda: self.register.read(walks.open_walks_met, today),
            self.show_open_walks,
        )

    def show_open_walks(self, found: list[OpenWalk]) -> None:
        """Offer today's walks not ended yet; the builder's latest fills in the area, so
        enter continues it (starting it again would find the same walk anyway)."""
        self.open_walks = found
        options = self.query_one("#open-walks", OptionList)
        options.clear_options()
        for item in found:
            w = item.walk
            options.add_option(
                Content(
                    t("walk.open_item", area=w.area or "-",
                      builders=", ".join(w.builders) or "-", met=item.met)
                )
            )  # fmt: skip
        title = self.query_one("#open-title", Static)
        title.update(Content(t("walk.open_today")) if found else "")
        title.display = options.display = bool(found)
        if found:
            options.highlighted = 0
        area = self.query_one("#area", Input)
        builder = self.query_one("#builder", Input).value
        mine = walk_names.latest_of(found, builder)
        if mine is not None and not area.value and self.walk is None:
            area.value = mine.area
            area.select_all()

    @on(OptionList.OptionSelected, "#open-walks")
    async def continue_open_walk(self, event: OptionList.OptionSelected) -> None:
        walk = self.open_walks[event.option_index].walk
        self.query_one("#area", Input).value = walk.area
        self.query_one("#date", Input).value = walk.date
        self.query_one("#builder", Input).value = ", ".join(walk.builders)
        await self.start_walk()

    def action_end_walk(self) -> None:
        """End the walk and show what it brought (the walk can be continued later today:
        starting it again opens the same record)."""
        if self.walk is None or not self.capturing:
            self.notify(t("walk.no_walk"), severity="warning", markup=False)
            return
        form = self.query_one(WalkForm)
        if form.typed_name:
            self.notify(t("walk.not_saved"), severity="warning", markup=False, timeout=8)
            return
        try:
            summary = self.register.look(walks.end_walk, self.walk.id)  # its own transaction
        except Exception as error:
            self.abcd.show_error(error)
            return
        self.walk = None
        self.revisit = None
        self.query_one("#capture").display = False
        self.query_one("#summary", Static).update(
            summary_text(summary, hint=t("walk.summary_next"))
        )
        self.query_one("#summary-panel").display = True
        self.query_one("#summary-panel").focus()
        self.refresh_bindings()
        w = summary.walk
        self.notify(t("walk.ended_note", area=w.area, date=w.date), markup=False)
        self.post_message(RegisterChanged())

    # Recording a resident

    @on(Input.Submitted, "WalkForm Input")
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Write the resident and their ties now, as one undoable change; then the next.
        A name the register probably has already is asked about first."""
        if self.walk is None or not self.capturing:
            return
        form = self.query_one(WalkForm)
        if not form.typed_name:
            form.show_problems([Problem("name", "name_blank")])
            return
        base = self.revisit if self.revisit and self.revisit.name == form.typed_name else None
        resident = form.resident(base, self.walk.date)
        resident.walk_id = self.walk.id
        problems = resident.problems()
        if problems:
            form.show_problems(problems)
            return
        if self.ties_unsure(form):
            return
        if base is not None:
            self.store(resident, again=True)
            return
        try:
            same = self.register.read(lookups.likely_same, resident.name, resident.address)
        except Exception as error:
            self.abcd.show_error(error)
            return
        if not same:
            self.store(resident, again=False)
            return

        def answered(chosen: str | None) -> None:
            if chosen is None:  # back to the form, nothing saved
                form.query_one("#name", Input).focus()
            elif chosen == "":
                self.store(resident, again=False)
            else:
                self.store_revisit(chosen, resident)

        for dropdown in form.query(WalkComplete):
            dropdown.action_hide()  # not left showing over the form behind the question
        self.app.push_screen(SamePersonDialog(resident.name, same), answered)

    def ties_unsure(self, form: WalkForm) -> bool:
        """A name in "Kent hier" the register has something like, but not as typed: the
        save waits, once, and says which records it has (the tie would not be made).
        The same names saved again are saved without those ties, as the builder chose."""
        unsure = form.unsure_ties()
        told = tuple(name for name, _ in unsure)
        if not unsure or told == self.ties_told:
            return False
        self.ties_told = told
        names = ", ".join(f"'{name}'" for name, _ in unsure)
        like = " / ".join(label for _, labels in unsure for label in labels)
        form.show_problems([Problem("ties", "tie_name_unsure", {"names": names, "like": like})])
        return True

    def store_revisit(self, resident_id: str, typed: Resident) -> None:
        """The builder said it is someone we know: what was typed joins their record."""
        try:
            found = self.register.read(walks.revisit, resident_id)
        except Exception as error:
            self.abcd.show_error(error)
            return
        self.store(revisit_of(found.resident, typed), again=True)

    def store(self, resident: Resident, again: bool) -> None:
        """Record the visit (`actions.record_visit`: the person, the meeting and the
        ties, one transaction) and put it on the undo stack as one change: one ctrl+z
        takes back the person with the ties typed for them. Problems with what was
        typed go under the form's fields."""
        assert self.walk is not None
        walk_id = self.walk.id
        form = self.query_one(WalkForm)
        ties, unknown = form.ties()

        change = self.abcd.apply(
            lambda db: actions.record_visit(db, walk_id, resident, ties, again=again),
            announce=False,  # the form says what was saved, under the fields
            problems=form.show_problems,
        )
        if change is None:  # nothing saved (a failed save rolled back whole)
            return
        gifts = len(resident.head) + len(resident.hands) + len(resident.heart)
        made = len(actions.visit_ties(resident, ties))
        said = "walk.saved_again" if again else "walk.saved"
        lines = [say(said, name=resident.name, gifts=gifts, ties=made)]
        if unknown:
            lines.append(say("walk.unknown_names", names=", ".join(unknown)))
        self.action_clear()
        form.say("\n".join(lines))
        self.post_message(RegisterChanged())

    @on(Button.Pressed, "#clear")
    def action_clear(self) -> None:
        self.revisit = None
        self.ties_told = ()
        self.revisit_asked = None
        self.query_one("#revisit").display = False
        if (form := self.walk_form()) is not None:
            form.clear()

    def action_leave(self) -> None:
        """Escape: back to the overview; asked first when something typed is not saved,
        and a half record is never saved."""
        form = self.walk_form()

        def answered(leave: bool | None) -> None:
            if leave:
                self.action_clear()
                if form is not None:
                    form.say("")
                self.app.switch_mode("overview")

        if (name := self.unsaved()) is not None:
            question = literal(t("walk.leave_question", name=name))
            self.app.push_screen(KeepTypingDialog(question), answered)
        else:
            answered(True)

    def unsaved(self) -> str | None:
        """Who was typed for and not saved yet, while a walk is captured (the app asks
        before quitting then: `AbcdApp.action_quit`); else None."""
        form = self.walk_form()
        if self.capturing and form is not None and form.has_typed:
            return form.typed_name or t("walk.someone_typed")
        return None

    # A name already in the register

    @on(WalkComplete.Chosen, "#name-complete")
    def name_chosen(self, event: WalkComplete.Chosen) -> None:
        resident_id = self.names.resident_ids.get(event.value)
        if resident_id:
            self.query_one(WalkForm).query_one("#name", Input).value = self.names.names[resident_id]
            self.load_revisit(resident_id)

    def load_revisit(self, resident_id: str) -> None:
        self.revisit_asked = resident_id
        self.fetch(
            "revisit", lambda: self.register.read(walks.revisit, resident_id), self.show_revisit
        )

    def show_revisit(self, found: Revisit) -> None:
        """The known record, read in a worker, into the form: only while its name is
        still the one typed (a clear, a save or another name meanwhile: the builder has
        moved on, and the next person must not get this one's address and gifts)."""
        form = self.query_one(WalkForm)
        wanted = found.resident.id == self.revisit_asked
        if not wanted or not self.capturing or form.typed_name != found.resident.name.strip():
            return
        self.revisit = found.resident
        form.fill(found.resident)
        panel = self.query_one("#revisit", Static)
        panel.update(walk_names.revisit_text(found))
        panel.display = True

    # What the side shows

    @property
    def known_id(self) -> str | None:
        """The known record in the form: shown, or chosen and on its way."""
        return self.revisit.id if self.revisit is not None else self.revisit_asked

    @on(RegisterChanged)
    def reload(self) -> None:
        self.load_names()
        known = self.known_id
        if known is not None:
            self.fetch(
                "revisit-there",
                lambda: (known, self.register.read(lookups.record_exists, known)),
                self.clear_if_gone,
            )

    def clear_if_gone(self, found: tuple[str, bool]) -> None:
        """The known record in the form was forgotten (or deleted) by another program:
        its name, address and gifts leave the screen, nothing is saved, and the note
        under the form names nobody."""
        known, there = found
        if there or known != self.known_id:
            return
        self.action_clear()
        if (form := self.walk_form()) is not None:
            form.say(t("walk.revisit_gone"))

    def on_screen_resume(self) -> None:
        """Back in walk mode: a walk that was ended (its summary read, then left) makes
        room for the next, so what is typed now is the next walk's area; otherwise the
        focus goes back where it was, if that still shows."""
        if self.walk is None and self.query_one("#summary-panel").display:
            self.action_new_walk()
        self.focus_what_shows()
        self.load_names()

    def focus_what_shows(self) -> None:
        """The focus in the part on screen (the start, the form or the summary): leaving
        a walk clears its form, which puts the cursor in the name, hidden once the walk
        is ended or a new one is being started; keys typed then went into it unseen."""
        start, summary = self.query_one("#start"), self.query_one("#summary-panel")
        first: Widget
        if start.display:
            part, first = start, self.query_one("#area", Input)
        elif summary.display:
            part, first = summary, summary
        elif (form := self.walk_form()) is not None:
            part, first = self.query_one("#capture"), form.query_one("#name", Input)
        else:
            return
        node: DOMNode | None = self.focused
        while node is not None and node is not part and node.display:
            node = node.parent  # up to the part, each shown on the way
        if node is not part:  # no focus, another part's, or a hidden widget's
            self.set_focus(first)

    def load_names(self) -> None:
        walk_id = self.walk.id if self.walk else None

        def read() -> tuple[walk_names.Names, list[tuple[str, bool]]]:
            found = self.register.read(walks.walk_names, walk_id)
            return walk_names.names_of(found), found.met  # labels made off the UI thread too

        self.fetch("names", read, self.show_names)

    def show_names(self, loaded: tuple[walk_names.Names, list[tuple[str, bool]]]) -> None:
        names, met = loaded
        self.names.replace(names)
        self.query_one("#met-title", Static).update(Content(t("walk.met", count=len(met))))
        options = self.query_one("#met", OptionList)
        options.clear_options()
        for name, again in met:
            options.add_option(message("walk.met_again", name=name) if again else literal(name))
        if not met:
            options.add_option(Content(t("walk.met_none")))
