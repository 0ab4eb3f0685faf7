"""Keys in the order they were typed: each one goes to the widget focused once the key
before it has been answered.

Textual hands a key from the terminal to the widget focused when the app reads it, and
the widget answers it later, from its own queue. In a burst (a paste, a fast typist,
`tmux send-keys`) the app reads the next keys before the first is answered: the letters
after a Tab reached the field Tab was leaving, and a key that moved the focus raced the
keys behind it ("<shift+tab><shift+tab><ctrl+u>Bra" on a walk ended with an empty name,
or opened a neighbour's record). Here the app keeps the keys it reads in a line and hands
on the next only when the one before has been answered: by the focused widget and by
every widget it bubbled up to, the app's own bindings included; after a key that opened
another screen (a mode, a dialog), once that screen has taken the focus. So a burst lands
where the same keys typed slowly land. Text typed into a field (letters, space, a
paste) moves no focus, so the keys behind it follow at once: a field takes a burst of
letters in one go and paints once.

A key whose answer never comes back (its widget removed while the key waited in its
queue) holds the line for at most `KEY_WAIT` seconds after its last step (a hop up to a
parent, a new screen's paint: an old laptop under load can take most of a second for
one); then the next goes on, as Textual would have sent it.
"""

from __future__ import annotations

import asyncio
from collections import deque

from textual import events
from textual.app import App
from textual.message_pump import MessagePump

from abcd_tui.tui.keys import is_text_field

KEY_WAIT = 1.0  # seconds a key may take for a step before the next goes on regardless
SCREEN_PAINTS = 3  # paints a new screen may take to give the focus (some give none)


def _types_text(event: events.Key | events.Paste) -> bool:
    """Text typed or pasted, which a text field takes as it is (letters, digits, space)."""
    return isinstance(event, events.Paste) or event.is_printable


class KeysInOrder(App[None]):
    """Mixin for the app: keys and pastes from the terminal, one answered at a time."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._keys_waiting: deque[events.Key | events.Paste] = deque()
        self._key_answering = 0  # the number of the key being answered; 0 while none is
        self._keys_handed = 0
        self._key_wait: asyncio.TimerHandle | None = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._keys_waiting.append(event)
            if not self._key_answering:
                await self._hand_on_keys()
            return
        await super().on_event(event)

    async def _hand_on_keys(self) -> None:
        """Hand on the keys waiting, each as Textual would (priority bindings first, then
        the focused widget), until one is on its way to a widget."""
        while self._keys_waiting and not self._key_answering:
            if self._exit or not self.screen_stack:
                self._keys_waiting.clear()  # closing: no screen is left to answer them
                return
            event = self._keys_waiting.popleft()
            screen = self.screen
            await super().on_event(event)
            if not event.is_forwarded:
                continue  # a priority binding of the app took it (ctrl+q, ctrl+p)
            # Textual sent it to the focused widget, or to the screen when none is.
            target = self.focused or screen
            if is_text_field(target) and _types_text(event):
                continue  # typed into a field: it moves no focus, the next may follow
            self._keys_handed += 1
            self._key_answering = number = self._keys_handed
            self._follow(event, target, number, screen, target)

    def _follow(
        self,
        event: events.Event,
        node: MessagePump,
        number: int,
        screen: MessagePump,
        target: MessagePump,
    ) -> None:
        """Be told once `node` has answered the key (a callback behind it in its queue)."""
        if node.call_later(self._answered_at, event, node, number, screen, target):
            self._wait_for(number)
        else:
            self._settle(number, screen, self._chain(target))  # gone: no answer will come

    def _wait_for(self, number: int) -> None:
        """(Again) give the key `KEY_WAIT` to take its next step: a key that moves on
        (bubbles up, opens a screen that then paints) is slow, not stuck."""
        if self._key_wait is not None:
            self._key_wait.cancel()
        self._key_wait = asyncio.get_running_loop().call_later(KEY_WAIT, self._key_waited, number)

    def _answered_at(
        self,
        event: events.Event,
        node: MessagePump,
        number: int,
        screen: MessagePump,
        target: MessagePump,
    ) -> None:
        """`node` answered the key; it is done unless it bubbled on to the parent (the
        rule of Textual's `MessagePump._on_message`)."""
        if number != self._key_answering:
            return  # waited too long and the line went on
        parent = node._parent
        # Textual stops a key once it reaches its sender's child (the screen, for the
        # app's keys) and still hands it up to the sender: the app's bindings run there.
        # (A key a handler stopped there is followed to the app for nothing: harmless.)
        bubbled = (
            event.bubble
            and (not event._stop_propagation or event._sender is parent)
            and parent is not None
            and getattr(node, "is_parent_active", False)
            and getattr(node, "is_attached", False)
        )
        if bubbled and parent is not None:
            self._follow(event, parent, number, screen, target)
        else:
            self._settle(number, screen, self._chain(target))

    def _chain(self, node: MessagePump) -> list[MessagePump]:
        """The widget a key went to and every node above it, the app last."""
        chain = [node]
        while (parent := chain[-1]._parent) is not None:
            chain.append(parent)
        if chain[-1] is not self:
            chain.append(self)
        return chain

    def _settle(self, number: int, screen: MessagePump, chain: list[MessagePump]) -> None:
        """The key is answered; what its answer posted is answered too. A binding that
        posts a message (Enter in a field posts Submitted, a list posts OptionSelected)
        has that message bubble up from the widget to the screen, whose handler may move
        the focus (start a walk and put the cursor in its first field) or close a
        dialog: a callback behind it in each queue up the chain, the app's last (where
        a `focus()` lands), runs once all of that is done."""
        if number != self._key_answering:
            return
        while chain:
            node = chain.pop(0)
            if node.call_later(self._settle, number, screen, chain):
                self._wait_for(number)
                return
        self._key_answered(number, screen)

    def _key_answered(self, number: int, screen: MessagePump) -> None:
        if number != self._key_answering:
            return
        # Another screen came up (a mode, a dialog): the next key once it has painted
        # and given the focus (its mount can move it: a form's first field, after
        # Textual's first focusable widget, its scroll container).
        new = self.screen if self.screen_stack else screen
        if new is not screen and new.call_after_refresh(
            self._screen_ready, number, new, SCREEN_PAINTS
        ):
            self._wait_for(number)
            return
        self._line_goes_on()

    def _screen_ready(self, number: int, screen: MessagePump, paints: int) -> None:
        if number != self._key_answering:
            return
        waiting = self.screen_stack and self.screen is screen and self.focused is None
        if (
            waiting
            and paints
            and screen.call_after_refresh(self._screen_ready, number, screen, paints - 1)
        ):
            self._wait_for(number)
            return
        self._line_goes_on()

    def _line_goes_on(self) -> None:
        if self._key_wait is not None:
            self._key_wait.cancel()
            self._key_wait = None
        self._key_answering = 0
        self.call_later(self._hand_on_keys)

    def _key_waited(self, number: int) -> None:
        # Through the app's queue: while the app itself answers the key (its binding
        # opens a screen, seconds on a laptop under load) its answer comes first.
        self.call_later(self._waited_out, number)

    def _waited_out(self, number: int) -> None:
        if number == self._key_answering:
            self._key_wait = None
            self._key_answering = 0
            self.call_later(self._hand_on_keys)
