"""A burst of keys from the terminal lands where the same keys typed slowly land
(`tui.key_order`): after a Tab, a Shift+Tab, a key that opens a form or another screen.

The keys are posted to the app as its driver posts what it reads from a terminal, with a
few turns of the event loop between them (`gap`), so the widgets answer some of them
while the app reads the rest: the race a real terminal and `tmux send-keys` run. Before
the keys were kept in order, each of these lost or misplaced text at some gap.
"""

from __future__ import annotations

import asyncio

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input, Static

from abcd_tui.tui.app import make_app
from abcd_tui.tui.key_order import KEY_WAIT, KeysInOrder
from tests.tui.pilot import settle, until
from tests.tui.test_walk_capture import typing_for_ineke
from tests.tui.test_walk_capture import village as walk_village  # noqa: F401  (a fixture)

GAPS = [0, 1, 2, 3, 5, 8]
CHARACTERS = {"tab": "\t", "enter": "\r", "space": " ", "ctrl+u": "\x15"}


def keys_of(*parts: str | list[str]) -> list[str]:
    """Text as its letters, lists as key names: keys_of("Bra", ["tab"]) -> B, r, a, tab."""
    keys: list[str] = []
    for part in parts:
        keys.extend(part if isinstance(part, list) else list(part))
    return keys


async def from_the_terminal(app, keys: list[str], gap: int) -> None:
    """Post `keys` to the app as its driver does, `gap` loop turns apart."""
    for key in keys:
        character = CHARACTERS.get(key, key if len(key) == 1 else None)
        name = {" ": "space"}.get(key, key)
        event = events.Key(name, character)
        event.set_sender(app)
        app.post_message(event)
        for _ in range(gap):
            await asyncio.sleep(0)


@pytest.mark.parametrize("gap", GAPS)
async def test_walk_shift_tab_back_and_retype_a_name(db_path, walk_village, gap):  # noqa: F811
    """From a walk-through in tmux: back to the name with Shift+Tab twice, ctrl+u, a
    new name, and on to the gifts of the head. The name ended empty, or a neighbour's
    record (Dien's) opened in its place."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await typing_for_ineke(app, pilot, "head", "tuinieren")
        await settle(pilot)
        keys = keys_of(["shift+tab", "shift+tab", "ctrl+u"], "Bram", ["tab", "tab"], "zingen")
        await from_the_terminal(app, keys, gap)
        await settle(pilot)
        form = app.screen
        assert form.query_one("#name", Input).value == "Bram"
        assert form.query_one("#address", Input).value == ""
        assert form.query_one("#head", Input).value.startswith("tuinieren, zingen")


@pytest.mark.parametrize("gap", GAPS)
async def test_a_new_resident_typed_right_after_the_key_that_opens_the_form(village, gap):
    """The key "n" opens the form of a new resident; what is typed behind it goes into its
    fields, not to the list below (where letters are keys) or lost while it opened."""
    app = make_app(village)
    async with app.run_test(size=(100, 40)) as pilot:
        await app.switch_mode("residents")
        await settle(pilot)
        keys = keys_of(["n"], "Piet Bos", ["tab"], "Zwembadweg 3", ["tab"], "Het Veld")
        await from_the_terminal(app, keys, gap)
        await settle(pilot)
        form = app.screen
        assert form.is_modal
        assert form.query_one("#field-name", Input).value == "Piet Bos"
        assert form.query_one("#field-address", Input).value == "Zwembadweg 3"
        assert form.query_one("#field-neighbourhood", Input).value == "Het Veld"


@pytest.mark.parametrize("gap", GAPS)
async def test_an_area_typed_right_after_the_key_that_opens_walk_mode(village, gap):
    """The key "w" on the overview opens walk mode for the first time (its screen is made
    then); the area typed behind it is the walk's area."""
    app = make_app(village)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await from_the_terminal(app, keys_of(["w"], "Het Veld"), gap)
        await settle(pilot)
        assert app.current_mode == "walk"
        assert app.screen.query_one("#area", Input).value == "Het Veld"


@pytest.mark.parametrize("gap", GAPS)
async def test_a_paste_keeps_its_place_among_the_keys(db_path, walk_village, gap):  # noqa: F811
    """Back to the name, emptied, a name pasted, Tab, an address pasted."""

    async def paste(text: str) -> None:
        event = events.Paste(text)
        event.set_sender(app)
        app.post_message(event)
        for _ in range(gap):
            await asyncio.sleep(0)

    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await typing_for_ineke(app, pilot, "address", "")
        await settle(pilot)
        await from_the_terminal(app, ["shift+tab", "ctrl+u"], gap)
        await paste("Ineke de Wit")
        await from_the_terminal(app, ["tab"], gap)
        await paste("Dorpsweg 4")
        await settle(pilot)
        form = app.screen
        assert form.query_one("#name", Input).value == "Ineke de Wit"
        assert form.query_one("#address", Input).value == "Dorpsweg 4"


class Sleepy(Static, can_focus=True):
    """A widget that hands the focus on at its first key and then answers nothing for
    a long while (a handler stuck on a slow disk)."""

    async def on_key(self, event: events.Key) -> None:
        event.stop()
        self.screen.query_one(Input).focus()
        await asyncio.sleep(KEY_WAIT * 6)


class StuckApp(KeysInOrder, App[None]):
    def compose(self) -> ComposeResult:
        yield Sleepy("sleepy")
        yield Input()

    def on_mount(self) -> None:
        self.query_one(Sleepy).focus()


async def test_a_key_that_is_never_answered_holds_the_others_only_a_moment():
    app = StuckApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        await from_the_terminal(app, keys_of(["x"], "ok"), 0)
        field = app.query_one(Input)
        # Within the wait (and well before the stuck widget wakes), in their order.
        assert await until(pilot, lambda: field.value == "ok", tries=int(KEY_WAIT * 4 / 0.02))


@pytest.mark.parametrize("gap", GAPS)
async def test_the_first_person_typed_right_after_enter_starts_the_walk(db_path, walk_village, gap):  # noqa: F811
    """From tmux: the area, Enter, and at once the first name. The walk starts from the
    field's Submitted message, after the Enter itself is answered; the name's first
    word went into the area field being hidden."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("walk")
        await settle(pilot)
        app.screen.query_one("#date", Input).value = "2026-03-14"
        await from_the_terminal(app, keys_of("Dorp", ["enter"], "Burst Persoon"), gap)
        await settle(pilot)
        walk = app.screen
        assert walk.walk is not None and walk.walk.area == "Dorp"
        assert walk.query_one("#name", Input).value == "Burst Persoon"


@pytest.mark.parametrize("gap", GAPS)
async def test_the_name_typed_right_after_answering_bedoel_je(db_path, walk_village, gap):  # noqa: F811
    """From tmux: ctrl+s on a name the register has, Enter on 'Bedoel je …?' (a new
    person), and at once the next name: its first letter went to the closing dialog."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await typing_for_ineke(app, pilot, "head", "tuinieren")
        await settle(pilot)
        walk = app.screen
        walk.query_one("#name", Input).value = "Dien van der Berg"
        await from_the_terminal(app, keys_of(["ctrl+s", "enter"], "Dirk Vier"), gap)
        await settle(pilot)
        assert app.screen is walk
        assert walk.query_one("#name", Input).value == "Dirk Vier"
