"""Who can help? Type a need and see the residents and groups whose aanbod or gifts fit.

Results follow the typing: each key press restarts a short timer (DEBOUNCE), and only
when typing pauses does a thread worker ask `analysis.who_can_help`. The worker is
exclusive, so a slower earlier answer never overwrites a newer one. The analysis itself
is cached per graph revision: the first look-up builds it (shown with a loading
indicator, started as soon as the screen opens), later ones only match phrases.
"""

from __future__ import annotations

from collections import Counter

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from abcd_tui.analysis.helping import HelperView, helpers_for
from abcd_tui.domain.records import RecordType
from abcd_tui.i18n import t
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, say
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.loading import Loading
from abcd_tui.tui.work import Shows

DEBOUNCE = 0.25  # seconds of quiet after a key press before looking up


def kind_shown(kind: str) -> str:
    """ "  vereniging" after a group's name; nothing after a resident's."""
    return "" if kind == RecordType.RESIDENT else "  " + t(f"kind.{kind}")


def helper_detail(h: HelperView) -> Content:
    """The detail pane: who, what kind of group (if one), their street, and why they
    fit."""
    lines = [
        Content.assemble(literal(h.name, "bold"), (kind_shown(h.kind), "dim")),
        *([literal(h.address or h.street, "dim")] if h.address or h.street else []),
        Content(""),
        Content.styled(t("help.why_fits"), "bold $accent"),
        *(Content.assemble("• ", literal(reason)) for reason in h.reasons),
    ]
    if h.consent_first:
        lines += [Content(""), Content.styled("! " + t("analysis.consent_first"), "$warning")]
    return Content("\n").join(lines)


class WhoCanHelpScreen(Shows, Screen):
    """Wie kan helpen? A need typed at the top; who fits, and why, below."""

    CSS_PATH = "who_can_help.tcss"
    AUTO_FOCUS = "#need"
    BINDINGS = [
        Binding("slash", "type_need", t("help.key_need")),
        Binding("escape", "back", t("record.key_back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.helpers: list[HelperView] = []
        self.need = ""
        self.timer: Timer | None = None
        self.selected_key: str | None = None  # the helper highlighted, kept across look-ups

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=t("help.need_placeholder"), id="need", compact=True)
        with Horizontal(id="views"):
            with Vertical(id="list-pane"):
                yield Static(Content(t("help.type_a_need")), id="status")
                yield Loading(id="loading")
                yield OptionList(id="helpers")
            with VerticalScroll(id="detail-pane"):
                yield Static(Content(t("help.help_hint")), id="detail")
        yield KeyFooter()

    def on_screen_resume(self) -> None:
        # Also the first time it is shown (Textual resumes a screen then): loading in
        # `on_mount` too ran the same read twice side by side.
        self.reload()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.query_one("#loading", Loading).begin()
        self.look_up(self.need)

    @on(Input.Changed, "#need")
    def typed(self, event: Input.Changed) -> None:
        """Restart the quiet-time timer: look up once typing pauses, not per key."""
        if self.timer is not None:
            self.timer.stop()
        self.need = event.value
        self.timer = self.set_timer(DEBOUNCE, lambda: self.look_up(self.need))

    @on(Input.Submitted, "#need")
    def submitted(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        self.look_up(self.need)
        self.query_one("#helpers").focus()

    def look_up(self, need: str) -> None:
        """Ask the analysis who fits `need`, off the UI thread (a newer look-up wins)."""
        self.fetch(
            "views-help",
            lambda: self.register.read(helpers_for, need),
            lambda found: self.show_helpers(need, found),
        )

    def show_helpers(self, need: str, found: list[HelperView]) -> None:
        if need != self.need:  # typed on meanwhile: a newer look-up is coming
            return
        self.helpers = found
        self.query_one("#loading", Loading).end()
        if not need.strip():
            status = t("help.type_a_need")
        elif found:
            status = t("help.found_helpers", count=len(found))
        else:
            status = say("help.no_helpers", need=need.strip())
        self.query_one("#status", Static).update(Content(status))
        options = self.query_one("#helpers", OptionList)
        options.clear_options()
        # A name found twice or more (four "Pluktuin" places) shows where each is.
        shared = Counter(h.name for h in found)
        options.add_options(
            [
                Option(
                    Content.assemble(
                        literal(h.name, "bold"),
                        (kind_shown(h.kind), "dim"),
                        literal(f" · {where}" if shared[h.name] > 1 and where else "", "dim"),
                    ),
                    id=h.key,
                )
                for h in found
                for where in [h.address or h.street]
            ]
        )
        # The one highlighted stays so when still found (the register changed under
        # the screen, or a word was added); else the best fit.
        keys = [h.key for h in found]
        index = keys.index(self.selected_key) if self.selected_key in keys else 0
        if found:
            options.highlighted = index
        self.show_detail(keys[index] if found else None)

    @on(OptionList.OptionHighlighted, "#helpers")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_detail(event.option_id)

    def show_detail(self, key: str | None) -> None:
        """The detail of the helper `key` (the one highlighted), or the hint."""
        self.selected_key = key
        chosen = next((h for h in self.helpers if h.key == key), None)
        hint = Content(t("help.help_hint"))
        self.query_one("#detail", Static).update(helper_detail(chosen) if chosen else hint)

    def action_type_need(self) -> None:
        self.query_one("#need").focus()

    def action_back(self) -> None:
        if self.focused is not self.query_one("#need") and self.helpers:
            self.query_one("#need").focus()
        else:
            self.abcd.switch_mode("overview")
