"""The ties named in "Who do you know here?", one line each: kind and strength.

Each name the register knows gets a line ("◀ buren ▶  gewoon  Eric · Kerkstraat") with
the kind the domain proposes (`domain.ties.default_tie_kind`). The lines are off the
Tab path, so a builder who accepts the proposal spends no key on them: ↓ from the field
enters them, ←/→ changes the kind (only kinds that fit the pair), space the strength.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from abcd_tui.domain.records import RecordType, Strength, TieKind
from abcd_tui.i18n import t

STRENGTHS: tuple[Strength | None, ...] = (None, Strength.WEAK, Strength.STRONG)


def strength_text(strength: Strength | None) -> str:
    return t(f"strength.{strength.value}") if strength else t("walk.strength_usual")


@dataclass
class TieDraft:
    """A tie as the form will save it."""

    label: str
    other_id: str
    other_type: RecordType
    kinds: tuple[TieKind, ...]
    kind: TieKind
    strength: Strength | None = None
    by_hand: bool = False  # the builder chose the kind: a new address does not change it


class TieLine(Static, can_focus=True):
    """One tie: ←/→ the kind, space the strength; ↑/↓ between lines, Tab on."""

    BINDINGS = [
        Binding("right", "kind(1)", show=False),
        Binding("left", "kind(-1)", show=False),
        Binding("space", "strength", show=False),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("tab", "leave(1)", show=False),
        Binding("shift+tab", "leave(-1)", show=False),
    ]
    DEFAULT_CSS = """
    TieLine { height: 1; padding: 0 1; color: $text-muted; }
    TieLine:focus { background: $accent 30%; color: $text; }
    """
    version: reactive[int] = reactive(0)

    def __init__(self, draft: TieDraft, **kwargs):
        super().__init__(**kwargs)
        self.draft = draft

    def watch_version(self) -> None:
        """Kind and strength first, then who: on a narrow screen a long name is cut at
        its end, never what ←/→ and space change (at 80 columns they were cut off)."""
        d = self.draft
        width = max(len(strength_text(s)) for s in STRENGTHS)
        self.update(
            Content.assemble(
                (f"◀ {t('tie.' + d.kind.value)} ▶", "bold"),
                f"  {strength_text(d.strength):<{width}}  ",
                d.label,
            )
        )

    def on_key(self, event) -> None:
        """A letter picks the kind it starts (b: buren, k: kennis); letters never reach
        the screen's single-letter keys from here."""
        if event.is_printable and event.character != " ":
            event.stop()
            event.prevent_default()
            d, wanted = self.draft, event.character.casefold()
            n = len(d.kinds)
            start = d.kinds.index(d.kind)
            for step in range(1, n + 1):
                kind = d.kinds[(start + step) % n]
                if t(f"tie.{kind.value}").casefold().startswith(wanted):
                    d.kind, d.by_hand = kind, True
                    self.version += 1
                    return

    def action_kind(self, by: int) -> None:
        d = self.draft
        d.kind = d.kinds[(d.kinds.index(d.kind) + by) % len(d.kinds)]
        d.by_hand = True
        self.version += 1

    def action_strength(self) -> None:
        d = self.draft
        d.strength = STRENGTHS[(STRENGTHS.index(d.strength) + 1) % len(STRENGTHS)]
        self.version += 1

    def action_move(self, by: int) -> None:
        lines = list(self.parent.query(TieLine)) if self.parent else [self]
        at = lines.index(self) + by
        if 0 <= at < len(lines):
            lines[at].focus()
        elif at < 0:
            self.post_message(TieList.Left(-1))

    def action_leave(self, by: int) -> None:
        self.post_message(TieList.Left(by))


class TieList(Vertical):
    """The tie lines of the form; not on the Tab path (see the module's docstring)."""

    DEFAULT_CSS = """
    TieList { height: auto; }
    TieList .hint { color: $text-muted; padding-left: 3; }
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._drafts: list[TieDraft] = []

    class Left(Message):
        """Focus leaves the lines: forward (1) or back to the field (-1)."""

        def __init__(self, direction: int) -> None:
            super().__init__()
            self.direction = direction

    def allow_focus_children(self) -> bool:
        return False

    @property
    def drafts(self) -> list[TieDraft]:
        """The ties as shown (the lines hold these same drafts)."""
        return list(self._drafts)

    def show(self, drafts: list[TieDraft]) -> None:
        """Show these ties, keeping a kind or strength already chosen for the same one."""
        old = {d.other_id: d for d in self._drafts}
        kept = []
        for draft in drafts:
            known = old.get(draft.other_id)
            if known and not known.by_hand:
                known.kind = draft.kind  # a new address may make them neighbours
            kept.append(known or draft)
        if [d.other_id for d in kept] == [d.other_id for d in self._drafts]:
            for line in self.query(TieLine):  # the same ties: the lines stay (and the focus)
                line.version += 1
            return
        self._drafts = kept
        self.remove_children()
        if kept:
            hint = Static(t("walk.ties_lines_hint"), classes="hint", markup=False)
            self.mount(*(TieLine(d) for d in kept), hint)
        self.display = bool(kept)
