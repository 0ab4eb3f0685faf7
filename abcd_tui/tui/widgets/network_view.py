"""The network picture as a widget: draws a `Scene` to its size and moves a selection
along the ties with the keys. What the keys mean for the register (re-centre, add or
remove a tie) is the screen's business: this widget only says what was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from abcd_tui.analysis.picture import Scene
from abcd_tui.i18n import t
from abcd_tui.tui.widgets.network_draw import Drawing, draw, pick_in_direction


class NetworkView(Widget, can_focus=True):
    """A network picture with a selection that follows the ties."""

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
        Binding("enter", "recentre", t("picture.key_centre")),
    ]

    scene: reactive[Scene | None] = reactive(None)
    selected: reactive[str | None] = reactive(None)

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
        self._trail: list[str] = []  # where the selection came from, for cycling back

    def show(self, scene: Scene, selected: str | None = None) -> None:
        """Draw `scene`, with `selected` (else its centre) selected."""
        self.scene = scene
        self._trail = []
        ids = {m.id for m in scene.marks}
        first = scene.marks[0].id if scene.marks else None
        self.selected = selected if selected in ids else (scene.centre or first)

    def watch_selected(self, node: str | None) -> None:
        self.post_message(self.Selected(self, node))

    def render(self):
        return self.draw_now().text

    def draw_now(self) -> Drawing:
        """The drawing at the current size, drawn again only when something changed."""
        key = (id(self.scene), self.size.width, self.size.height, self.selected)
        if self.drawing is None or key != self._drawn:
            if self.scene is None:
                from rich.text import Text

                self.drawing = Drawing(Text(), {})
            else:
                self.drawing = draw(self.scene, self.size.width, self.size.height, self.selected)
            self._drawn = key
        return self.drawing

    def _along_ties(self) -> list[str]:
        if self.scene is None or self.selected is None:
            return []
        return self.scene.neighbours(self.selected)

    def action_move(self, dx: int, dy: int) -> None:
        """Select the neighbour (along a tie) lying most in direction (dx, dy)."""
        if self.scene is None or self.selected is None:
            return
        found = pick_in_direction(
            self.draw_now().positions, self.selected, self._along_ties(), dx, dy
        )
        if found is not None:
            self._trail.append(self.selected)
            self.selected = found

    def action_cycle(self, step: int) -> None:
        """Select the next (or previous) neighbour of the mark we came from."""
        if self.scene is None or self.selected is None:
            return
        hub = self._trail[-1] if self._trail else self.selected
        around = self.scene.neighbours(hub)
        if not around:
            return
        if self.selected in around:
            self.selected = around[(around.index(self.selected) + step) % len(around)]
        else:
            self._trail.append(self.selected)
            self.selected = around[0 if step > 0 else -1]

    def action_recentre(self) -> None:
        if self.selected is not None:
            self.post_message(self.Recentre(self, self.selected))
