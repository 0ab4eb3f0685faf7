"""The network picture (netwerkplaat): who someone knows, drawn in the terminal.

The ego network of a resident or group (one or two steps), with the connectors and the
not-yet-connected marked; the arrow keys go to whoever is drawn nearest that way, Tab
visits everyone, enter puts the selected one in the middle (or opens a circle summarised
as "+ 14 via Dorpskoor"), and ties are added (t, the kind asked) and removed (x, after a
yes) right there, undoable with ctrl+z.
A second view (n) shows the whole neighbourhood as communities, sized by members, and
the connectors between them: readable at 2,000 residents.

The scenes are built from the analysis in a worker; drawing is `network_draw`'s.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Static

from abcd_tui.analysis.picture import Picture
from abcd_tui.analysis.pictures import picture_to_show
from abcd_tui.domain.records import RecordType, TieKind
from abcd_tui.i18n import t
from abcd_tui.store import Database, actions, reads
from abcd_tui.store.history import Change
from abcd_tui.store.records import current_records
from abcd_tui.tui.dialogs.confirm import ConfirmDialog
from abcd_tui.tui.dialogs.tie import Candidate, TieChoice, TieDialog, candidates_of
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import circles_count, community_size, literal, message, say, visible
from abcd_tui.tui.widgets.footer import KeyFooter
from abcd_tui.tui.widgets.network_draw import GLYPHS
from abcd_tui.tui.widgets.network_view import NetworkView
from abcd_tui.tui.work import Shows


class NetworkScreen(Shows, Screen):
    """The network picture of one resident or group, or of the whole neighbourhood."""

    CSS_PATH = "network.tcss"
    BINDINGS = [
        Binding("s", "toggle_steps", t("picture.key_steps")),
        Binding("n", "toggle_view", t("picture.key_neighbourhood")),
        Binding("t", "add_tie", t("picture.key_add_tie")),
        Binding("x", "remove_tie", t("picture.key_remove_tie")),
        Binding("escape", "app.switch_mode('overview')", t("key.overview"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.centre: str | None = None
        self.steps = 1
        self.view = "ego"
        self.picture: Picture | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("picture.loading"), id="picture-title")
        yield NetworkView(id="picture")
        yield Static(id="picture-legend")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(NetworkView).focus()

    def on_screen_resume(self) -> None:
        # Also the first time it is shown (Textual resumes a screen then): loading in
        # `on_mount` too ran the same read twice side by side.
        self.load()

    def centre_on(self, record_id: str) -> None:
        """Put this resident or group in the middle (what the app calls from elsewhere)."""
        self.centre, self.view = record_id, "ego"
        self.load()

    @on(RegisterChanged)
    def reload(self) -> None:
        self.load()

    def load(self) -> None:
        """Read the picture of the centre (or the neighbourhood) off the UI thread."""
        centre, steps, view = self.centre, self.steps, self.view
        self.fetch(
            "picture", lambda: self.register.read(picture_to_show, centre, steps, view), self.show
        )

    def show(self, picture: Picture) -> None:
        """Draw what was read; the selection stays on the same person if they are still
        there (a reload after a change, here or by another program)."""
        view = self.query_one(NetworkView)
        keep = view.selected
        self.picture = picture
        if picture.centre is not None:
            self.centre = picture.centre
        view.show(picture.scene, keep)
        self.update_texts()

    @on(NetworkView.Selected)
    def update_texts(self) -> None:
        picture = self.picture
        if picture is None:
            return
        title = self.query_one("#picture-title", Static)
        if picture.scene.kind == "neighbourhood":
            title.update(
                t(
                    "community.picture_title",
                    circles=circles_count(picture.communities, picture.alone),
                    people=picture.people,
                )
            )
        elif picture.centre is None:
            title.update(t("picture.empty"))
        else:
            steps = t("picture.one_step" if self.steps == 1 else "picture.two_steps")
            name = visible(picture.names[picture.centre])
            title.update(literal(t("picture.title_ego", name=name, steps=steps)))
        self.query_one("#picture-legend", Static).update(self.legend())

    def legend(self) -> Text:
        """The glyphs drawn and what they mean (as many as fit on one line), then who is
        selected, how they are tied, and how many are not drawn."""
        picture = self.picture
        if picture is None:  # nothing read yet
            return Text()
        view = self.query_one(NetworkView)
        view.draw_now()
        drawn = {m.role for m in view.drawn_scene.marks} if view.drawn_scene else set()
        roles = [
            role
            for role in (
                "centre",
                "community",
                "summary",
                "connector",
                "waiting",
                RecordType.RESIDENT,
                RecordType.GROUP,
            )
            if role in drawn
        ]
        items = [(GLYPHS[role], t(f"picture.legend_{role}")) for role in roles]
        items.append(("⠒⠒", t("picture.legend_tie")))
        room = max(self.size.width - 2, 20)  # the legend's padding
        line = Text(no_wrap=True, overflow="ellipsis")
        for glyph, meaning in items:
            if line.cell_len + len(glyph) + len(meaning) + 1 > room:
                break
            if line:
                line.append("  ")
            line.append(glyph, "bold" if glyph != "⠒⠒" else "grey50")
            line.append(f" {meaning}")
        info = Text(no_wrap=True, overflow="ellipsis")
        mark = view.mark(view.here())
        if mark is not None:
            info.append(f"{t('picture.selected', name=visible(mark.label))}", "bold")
            kinds = picture.kinds.get(mark.id, ())
            if kinds:
                info.append(" · " + ", ".join(t(f"tie.{k}") for k in kinds))
            elif mark.id == picture.centre:
                info.append(" · " + t("picture.ties", count=len(picture.kinds)))
            if mark.role == "community" and mark.id in picture.sizes:
                info.append(" · " + community_size(*picture.sizes[mark.id]))
            if mark.role == "summary":
                info.append(" · " + t("picture.open_circle"))
        hidden = picture.hidden + view.left_out()
        if hidden:
            info.append(f"  {t('picture.hidden', count=hidden)}", "italic")
        legend = Text("\n").join([line, info])
        legend.no_wrap, legend.overflow = True, "ellipsis"
        return legend

    @on(NetworkView.Recentre)
    def recentre(self, event: NetworkView.Recentre) -> None:
        node = event.node
        if self.picture is not None and node in self.picture.hubs:
            node = self.picture.hubs[node]
        if node == self.centre and self.view == "ego":
            return
        self.centre_on(node)

    def action_toggle_steps(self) -> None:
        self.steps = 2 if self.steps == 1 else 1
        if self.view == "ego":
            self.load()

    def action_toggle_view(self) -> None:
        self.view = "neighbourhood" if self.view == "ego" else "ego"
        self.load()

    def action_add_tie(self) -> None:
        """Ask whom to tie the centre to, then tie them (undoable)."""
        if self.view != "ego" or self.centre is None:
            return
        self.choose_partner(self.centre)

    def choose_partner(self, centre: str) -> None:
        shared = self.abcd.records  # what the residents and groups screens read, if current
        self.fetch(
            "picture-choices",
            lambda: candidates_of(self.register.read(current_records, shared)),
            lambda candidates: self.ask_partner(centre, candidates),
        )

    def ask_partner(self, centre: str, candidates: dict[str, Candidate]) -> None:
        if centre not in candidates:  # gone meanwhile (an undo, another window)
            return
        dialog = TieDialog(candidates[centre], candidates)
        self.abcd.push_screen(dialog, lambda chosen: self.tie(centre, chosen))

    def tie(self, centre: str, chosen: TieChoice | None) -> None:
        if chosen is None:
            return
        change = self.abcd.apply(
            lambda db: actions.add_tie(db, centre, chosen.other_id, chosen.kind), announce=False
        )
        if change is None:
            return
        kind = TieKind(change.params["kind"])
        self.notify(
            say(
                "picture.tie_added",
                a=change.params["a"],
                b=change.params["b"],
                kind=t(f"tie.{kind.value}"),
            ),
            markup=False,
        )
        self.post_message(RegisterChanged())

    def action_remove_tie(self) -> None:
        """Ask first, then remove every tie between the centre and the selected neighbour
        (one undo)."""
        selected = self.query_one(NetworkView).here()
        picture = self.picture
        centre = self.centre
        if (
            self.view != "ego"
            or picture is None
            or centre is None
            or selected is None
            or selected not in picture.kinds
        ):
            self.notify(t("picture.no_neighbour"), markup=False)
            return
        question = message(
            "picture.remove_question",
            a=picture.names[centre],
            b=picture.names[selected],
            kinds=", ".join(t(f"tie.{k}") for k in picture.kinds[selected]),
        )
        self.abcd.push_screen(
            ConfirmDialog(question), lambda yes: self.remove_tie(centre, selected) if yes else None
        )

    def remove_tie(self, centre: str, selected: str) -> None:
        """Remove the ties between `centre` and `selected`, as the register has them now."""

        def remove(db: Database) -> Change:
            ids = reads.ties_between(db, centre, selected)
            if not ids:  # removed meanwhile (another window, an undo): nothing to do
                return Change("change.tie_removed")
            return Change.merged([actions.remove_tie(db, tie_id) for tie_id in ids])

        change = self.abcd.apply(remove, announce=False)
        if change is None or change.empty:
            return
        self.notify(
            say("picture.tie_removed", a=change.params["a"], b=change.params["b"]), markup=False
        )
        self.query_one(NetworkView).selected = self.centre
        self.post_message(RegisterChanged())
