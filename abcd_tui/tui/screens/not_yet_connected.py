"""Not yet connected (nog niet verbonden): each resident whose ties are few, thin or only
professional, why, and the introductions worth making, acted on in place.

Marking an introduction as made ties the two (an acquaintance, a member of a club, a
visitor of a place); declining hides it for that resident. Both are undoable (ctrl+z).
The analysis runs in a thread worker with its own connection; after a change the list
stays on screen and usable while the new answer is computed.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from abcd_tui.analysis import Introduction
from abcd_tui.analysis.revision import Revision, graph_revision
from abcd_tui.analysis.waiting import Waiting, waiting_residents
from abcd_tui.domain.records import GroupKind, RecordType, TieKind
from abcd_tui.i18n import number, reason_text, t
from abcd_tui.store import Database, actions
from abcd_tui.store.history import Change
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, message, say
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.loading import Loading
from abcd_tui.tui.work import Shows

# The tie an introduction makes: a new acquaintance, a member of a club, a visitor of a place.
TIE_FOR: dict[str, TieKind] = {
    RecordType.RESIDENT: TieKind.ACQUAINTANCE,
    GroupKind.ASSOCIATION: TieKind.MEMBER,
    GroupKind.PLACE: TieKind.VISITOR,
}


# Residents added to the list at a time: an option list measures every option as it is
# added (the 563 of 5,000 residents, three lines each, were a third of the first open).
PAGE = 100
MORE = "more"  # the id of the line that brings the next page


def kind_text(kind: str) -> str:
    return t("analysis.kind.resident") if kind == RecordType.RESIDENT else t(f"kind.{kind}")


class NotYetConnectedScreen(Shows, Screen):
    """Residents not yet connected left; the chosen one's reasons and introductions right."""

    CSS_PATH = "not_yet_connected.tcss"
    BINDINGS = [
        Binding("m", "made", t("not_yet_connected.key_made")),
        Binding("x", "decline", t("not_yet_connected.key_decline")),
        Binding("n", "toggle_not_now", t("not_yet_connected.key_not_now")),
        Binding("escape", "back", t("record.key_back")),
    ]
    AUTO_FOCUS = "#waiting"

    not_now: reactive[bool] = reactive(False, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[Waiting] = []
        self.prompts: list[Content] = []  # each one's line in the list, made in the worker
        self.listed = 0  # how many of `waiting` are in the list so far
        self.selected: str | None = None  # node id of the chosen resident
        self.loaded = False
        self.revision: Revision | None = None  # of the graph the list was read from

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="connect"):
            with Vertical(id="waiting-pane"):
                yield Static(Content(t("not_yet_connected.computing")), id="count")
                yield Loading(id="thinking")
                yield OptionList(id="waiting")
            with Vertical(id="intro-pane"):
                yield Static(Content(t("not_yet_connected.nothing_selected")), id="about")
                yield Static(
                    Content(t("not_yet_connected.suggestions")), id="suggestions", classes="title"
                )
                yield OptionList(id="introductions")
        yield KeyFooter()

    def on_screen_resume(self) -> None:
        # Also the first time it is shown (Textual resumes a screen then): loading in
        # `on_mount` too ran the same read twice side by side.
        if not self.loaded:
            self.reload()
            return
        # Back on this screen: read again only if the graph changed meanwhile (here,
        # on another screen, or by another program: the graph's revision sees all three).
        # The read costs about a second at 5,000 residents; the check one row and a scan.
        self.reload_if_changed_since(self.revision, graph_revision, self.reload)

    # Loading --------------------------------------------------------------------------
    @on(RegisterChanged)
    def reload(self) -> None:
        """Recompute in a worker; what is on screen stays usable meanwhile."""
        self.query_one("#thinking", Loading).begin()
        if self.loaded:
            self.query_one("#count", Static).update(Content(t("not_yet_connected.recomputing")))

        def read() -> tuple[Revision, list[Waiting], list[Content]]:
            # The list and the revision it belongs to, in one read transaction.
            revision, found = self.register.read(
                lambda db: (graph_revision(db), waiting_residents(db))
            )
            return revision, found, [self.prompt(w) for w in found]  # text off the UI thread

        self.fetch("not-yet-connected", read, self.show_waiting)

    def show_waiting(self, result: tuple[Revision, list[Waiting], list[Content]]) -> None:
        self.revision, found, prompts = result
        unchanged = self.loaded and found == self.waiting
        self.waiting = found
        self.loaded = True
        self.query_one("#thinking", Loading).end()
        count = len(found)
        if count == 0:
            text = t("not_yet_connected.none")
        elif count == 1:
            text = t("not_yet_connected.count_one")
        else:
            text = t("not_yet_connected.count", count=number(count))
        self.query_one("#count", Static).update(Content(text))
        if unchanged:  # read again on coming back: the list stays as it is, cursor and all
            return
        options = self.query_one("#waiting", OptionList)
        index = next((i for i, w in enumerate(found) if w.entry.node == self.selected), None)
        if index is None and found:
            # The chosen resident is connected now: stay at the same height.
            index = min(options.highlighted or 0, len(found) - 1)
        self.prompts = prompts
        options.clear_options()
        self.listed = 0
        self.list_more(upto=(index or 0) + 1)
        options.highlighted = index
        self.selected = found[index].entry.node if index is not None else None
        self.show_introductions()

    def list_more(self, upto: int = 0) -> None:
        """Add the next page of residents to the list (or up to `upto`); the last line
        says how many follow, and moving onto it brings them."""
        options = self.query_one("#waiting", OptionList)
        if self.listed and options.option_count:
            options.remove_option_at_index(options.option_count - 1)  # the "more" line
        end = max(self.listed + PAGE, upto)
        page = zip(self.waiting[self.listed : end], self.prompts[self.listed : end], strict=True)
        options.add_options([Option(prompt, id=w.entry.node) for w, prompt in page])
        self.listed = min(end, len(self.waiting))
        if self.listed < len(self.waiting):
            more = t("not_yet_connected.more", count=number(len(self.waiting) - self.listed))
            options.add_option(Option(Content.styled(more, "dim italic"), id=MORE))

    @staticmethod
    def prompt(waiting: Waiting) -> Content:
        """Name, then the first reason: the ties, never the person (made in a worker)."""
        entry = waiting.entry
        lines = [
            literal(entry.name).stylize("bold"),
            literal(reason_text(entry.reasons[0]), "dim"),
        ]
        if entry.open in ("no", "not_now"):
            mark = t("not_yet_connected.open_mark", open=t(f"open.{entry.open}"))
            lines.append(Content.styled(mark, "dim italic"))
        return Content("\n").join(lines)

    # The chosen resident --------------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#waiting")
    def chosen(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_id == MORE:
            self.list_more()
            # The "more" line gave way to the next resident: the cursor stays on that line.
            self.query_one("#waiting", OptionList).highlighted = event.option_index
            self.selected = self.waiting[event.option_index].entry.node
            self.show_introductions()
        elif event.option_id != self.selected:
            self.selected = event.option_id
            self.show_introductions()

    def current(self) -> Waiting | None:
        return next((w for w in self.waiting if w.entry.node == self.selected), None)

    def shown_introductions(self, waiting: Waiting) -> list[Introduction]:
        """None for a "no"; for "not now", and putting forward those who said "not now",
        only on request."""
        if waiting.entry.open == "no" or (waiting.entry.open == "not_now" and not self.not_now):
            return []
        return waiting.with_not_now if self.not_now else waiting.introductions

    def show_introductions(self) -> None:
        waiting = self.current()
        about = self.query_one("#about", Static)
        options = self.query_one("#introductions", OptionList)
        options.clear_options()
        if waiting is None:
            about.update(Content(t("not_yet_connected.nothing_selected")))
            return
        entry = waiting.entry
        lines = [literal(entry.name).stylize("bold")]
        lines += [literal("· " + reason_text(r)) for r in entry.reasons]
        if waiting.gifts:
            lines.append(message("not_yet_connected.can_give", gifts=", ".join(waiting.gifts)))
        about.update(Content("\n").join(lines))
        intros = self.shown_introductions(waiting)
        if entry.open == "no":
            note = say("not_yet_connected.open_no", name=entry.name)
        elif entry.open == "not_now" and not self.not_now:
            note = say("not_yet_connected.open_not_now", name=entry.name)
        elif not intros:
            note = t("not_yet_connected.no_suggestions")
        else:
            note = ""
        if note:
            options.add_option(Option(Content.styled(note, "dim italic"), disabled=True))
            return
        for n, intro in enumerate(intros):
            if n:
                options.add_option(None)  # a rule between introductions
            options.add_option(Option(self.introduction_prompt(intro), id=intro.meet))
        options.highlighted = 0

    @staticmethod
    def introduction_prompt(intro: Introduction) -> Content:
        lines = [
            Content.assemble(
                literal(intro.meet_name).stylize("bold"), "  ", (kind_text(intro.meet_kind), "dim")
            )
        ]
        lines += [literal("  · " + reason_text(r)) for r in intro.reasons]
        if intro.consent_first:
            lines.append(Content.styled("  ! " + t("analysis.consent_first"), "italic $warning"))
        return Content("\n").join(lines)

    def current_introduction(self) -> Introduction | None:
        waiting = self.current()
        options = self.query_one("#introductions", OptionList)
        index = options.highlighted
        if waiting is None or index is None or index >= options.option_count:
            return None
        meet = options.get_option_at_index(index).id
        return next((i for i in self.shown_introductions(waiting) if i.meet == meet), None)

    # Keys -----------------------------------------------------------------------------
    def action_made(self) -> None:
        """The two have met: tie them (undoable)."""
        intro = self.current_introduction()
        if intro is None:
            self.notify(t("not_yet_connected.no_introduction"), markup=False)
            return
        kind = TIE_FOR[intro.meet_kind]
        self.write(intro, lambda db: actions.add_tie(db, intro.for_, intro.meet, kind))

    def action_decline(self) -> None:
        """Not this one for this resident: hidden from now on (undoable)."""
        intro = self.current_introduction()
        if intro is None:
            self.notify(t("not_yet_connected.no_introduction"), markup=False)
            return
        self.write(intro, lambda db: actions.decline_introduction(db, intro.for_, intro.meet))

    def action_toggle_not_now(self) -> None:
        self.not_now = not self.not_now

    def watch_not_now(self, shown: bool) -> None:
        self.notify(
            t("not_yet_connected.showing_not_now" if shown else "not_yet_connected.hiding_not_now")
        )
        self.show_introductions()

    def action_back(self) -> None:
        if self.focused is self.query_one("#introductions"):
            self.query_one("#waiting").focus()
        else:
            self.abcd.switch_mode("overview")

    def write(self, intro: Introduction, action: Callable[[Database], Change]) -> None:
        """Run one store action on a short-lived connection, make it undoable, recompute."""
        if self.abcd.apply(action) is None:
            return
        # Gone from the list at once; the new reasons follow from the worker.
        waiting = self.current()
        if waiting is not None:
            waiting.introductions = [i for i in waiting.introductions if i is not intro]
            self.show_introductions()
        self.post_message(RegisterChanged())
