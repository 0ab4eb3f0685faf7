"""The network picture as a widget: draws a `Scene` to its size and moves a selection
over everyone drawn with the keys. What the keys mean for the register (re-centre, add
or remove a tie) is the screen's business: this widget only says what was chosen.

Where a two-step picture does not fit, its second ring is drawn summarised by circle
("+ 14 via Dorpskoor"); enter on such a summary draws that circle's members instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from abcd_tui.analysis.picture import SUMMARY, Mark, Scene
from abcd_tui.i18n import t
from abcd_tui.tui.text import say
from abcd_tui.tui.widgets.network_draw import Drawing, draw_fitted, pick_in_direction

DRAWINGS_KEPT = 100  # a two-step picture holds about as many marks


def summary_label(circle: str, count: int) -> str:
    """What a summary mark says: "+ 14 via Dorpskoor"."""
    return say("picture.via", count=count, name=circle)


class NetworkView(Widget, can_focus=True):
    """A network picture with a selection that reaches everyone drawn."""

    DEFAULT_CSS = """
    NetworkView {
        width: 1fr;
        height: 1fr;
    }
    """
    BINDINGS = [
        Binding("up", "move(0, -1)", t("picture.key_move"), show=False),
        Binding("down", "move(0, 1)", t("picture.key_move"), show=False),
        Binding("left", "move(-1, 0)", t("picture.key_move"), show=False),
        Binding("right", "move(1, 0)", t("picture.key_move"), show=False),
        Binding("tab", "cycle(1)", t("picture.key_next"), show=False),
        Binding("shift+tab", "cycle(-1)", t("picture.key_previous"), show=False),
        Binding("enter", "choose", t("picture.key_centre")),
    ]

    scene: reactive[Scene | None] = reactive(None)
    selected: reactive[str | None] = reactive(None)
    expanded: reactive[frozenset[str]] = reactive(frozenset())

    @dataclass
    class Selected(Message):
        """The selection moved to `node`."""

        view: NetworkView
        node: str | None

    @dataclass
    class Recentre(Message):
        """The person asked to put `node` in the middle."""

        view: NetworkView
        node: str

    def __init__(self, *, id: str | None = None):
        super().__init__(id=id)
        self._drawn: tuple[object, ...] | None = None
        self.drawing: Drawing | None = None
        self.drawn_scene: Scene | None = None  # the scene as drawn: summarised or not
        self.folded: dict[str, str] = {}  # record → the summary mark it went into
        self._drawings: dict[tuple[object, ...], tuple[Drawing, Scene, dict[str, str]]] = {}
        self._drawn_for: tuple[object, ...] = ()  # the scene and size those are of

    def show(self, scene: Scene, selected: str | None = None) -> None:
        """Draw `scene`, with `selected` (else its centre) selected. The circles opened
        stay open while the centre and the steps stay the same (a reload, say)."""
        before = self.scene
        if before is None or (before.centre, len(before.rings)) != (
            scene.centre,
            len(scene.rings),
        ):
            self.expanded = frozenset()
        self.scene = scene
        first = scene.marks[0].id if scene.marks else None
        self.selected = selected if selected in scene.ids() else (scene.centre or first)

    def watch_selected(self, node: str | None) -> None:
        self.post_message(self.Selected(self, node))

    def on_resize(self) -> None:
        """Another size may draw the second ring otherwise (by name or summarised): the
        legend that says what is drawn is told as if the selection moved."""
        self.post_message(self.Selected(self, self.selected))

    def render(self) -> Text:
        return self.draw_now().text

    def draw_now(self) -> Drawing:
        """The drawing at the current size, drawn again only when something changed.

        The drawings of this scene are kept by selection (up to DRAWINGS_KEPT): walking
        back and forth, or along a whole ring, draws each selection once."""
        key = (id(self.scene), self.size.width, self.size.height, self.selected, self.expanded)
        if self.drawing is None or key != self._drawn:
            if key[:3] != self._drawn_for:
                self._drawings.clear()
                self._drawn_for = key[:3]
            if self.scene is None:
                self.drawing, self.drawn_scene, self.folded = Drawing(Text(), {}), None, {}
            else:
                if key not in self._drawings:
                    if len(self._drawings) >= DRAWINGS_KEPT:
                        self._drawings.pop(next(iter(self._drawings)))
                    self._drawings[key] = draw_fitted(
                        self.scene,
                        self.size.width,
                        self.size.height,
                        self.selected,
                        self.expanded,
                        summary_label,
                    )
                self.drawing, self.drawn_scene, self.folded = self._drawings[key]
            self._drawn = key
        return self.drawing

    def here(self) -> str | None:
        """The selection as drawn: a record folded into a summary is its summary."""
        positions = self.draw_now().positions
        if self.selected in positions:
            return self.selected
        folded = self.folded.get(self.selected or "")
        if folded in positions:
            return folded
        return next(iter(positions), None)

    def mark(self, node: str | None) -> Mark | None:
        """The mark of `node` in the scene as drawn (a summary too), if drawn."""
        scene = self.drawn_scene
        if scene is None or node is None:
            return None
        return next((m for m in scene.marks if m.id == node), None)

    def left_out(self) -> int:
        """Records of the scene neither drawn nor counted in a summary drawn (the second
        ring beyond its best-tied, when it is drawn by name)."""
        scene, drawn = self.scene, self.drawn_scene
        if scene is None or drawn is None:
            return 0
        ids = {m.id for m in drawn.marks}
        return sum(1 for m in scene.marks if m.id not in ids and m.id not in self.folded)

    def order(self) -> list[str]:
        """Everyone drawn in Tab's order: the centre, then ring by ring, clockwise from
        the top (the scene's order); in the neighbourhood the circles, then connectors."""
        positions = self.draw_now().positions
        scene = self.drawn_scene
        return [m.id for m in scene.marks if m.id in positions] if scene else []

    def action_move(self, dx: int, dy: int) -> None:
        """Select the mark drawn nearest in direction (dx, dy)."""
        origin = self.here()
        if origin is None:
            return
        found = pick_in_direction(self.draw_now().positions, origin, dx, dy)
        if found is not None:
            self.selected = found

    def action_cycle(self, step: int) -> None:
        """Select the next (or previous) mark drawn, in `order`."""
        order = self.order()
        origin = self.here()
        if not order or origin is None:
            return
        self.selected = order[(order.index(origin) + step) % len(order)]

    def action_choose(self) -> None:
        """Enter: a summary opens its circle; anyone else goes in the middle."""
        node = self.here()
        mark = self.mark(node)
        if node is None or mark is None:
            return
        if mark.role == "summary":
            self.expanded = self.expanded | {node.removeprefix(SUMMARY)}
            inside = [n for n, into in self.folded.items() if into == node]
            self.draw_now()
            self.selected = inside[0] if inside else node
            return
        self.post_message(self.Recentre(self, node))
