"""Keys typed into a field stay in the field (issue 12, point 4), on every screen and
in every dialog: the alphabet, digits, space, `?` and `/` are typed into each text field
and the screen, the modal stack and the field's text are checked afterwards. Shift+Tab
goes back a field and never leaves a dialog; closing a dialog puts the focus back.
"""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox, Input, TextArea

from abcd_tui.tui.app import make_app
from abcd_tui.tui.keys import is_typed_key
from abcd_tui.tui.widgets.walk_choice import WalkChoice
from tests.tui.pilot import settle, type_text, until

# Every letter (both cases: the residents screen binds "F"), digits, space, ? and /.
TYPED = "abcdefghijklmnopqrstuvwxyz PIETF 0123456789?/"


def text_of(widget) -> str:
    return widget.text if isinstance(widget, TextArea) else widget.value


async def type_into(pilot, widget) -> None:
    """Type TYPED into `widget` from empty, then check nothing but the field changed."""
    app = pilot.app
    widget.focus()
    await pilot.pause()
    if isinstance(widget, TextArea):
        widget.text = ""
    else:
        widget.value = ""
    screen, stack, mode = app.screen, len(app.screen_stack), app.current_mode
    await type_text(pilot, TYPED)
    where = f"{type(screen).__name__} #{widget.id}"
    assert app.current_mode == mode, where
    assert app.screen is screen, where
    assert len(app.screen_stack) == stack, where
    assert app.focused is widget, where
    assert text_of(widget) == TYPED, where


def shown(widget) -> bool:
    """Whether the widget and everything around it is displayed (a hidden part of a
    screen, such as the walk's start form once a walk runs, is not)."""
    return all(node.display for node in widget.ancestors_with_self if hasattr(node, "display"))


async def type_into_every_field(pilot) -> int:
    """Type into each visible text field of the top screen; how many there were."""
    fields = [
        w
        for w in pilot.app.screen.query("Input, TextArea")
        if isinstance(w, Input | TextArea) and shown(w)
    ]
    for widget in fields:
        await type_into(pilot, widget)
    return len(fields)


async def focus_stays_in(pilot, rounds: int = 3) -> None:
    """Shift+Tab and Tab go round the top dialog and never out of it."""
    dialog = pilot.app.screen
    assert dialog.is_modal
    for key in ["shift+tab"] * rounds + ["tab"] * rounds:
        await pilot.press(key)
        focused = pilot.app.focused
        assert pilot.app.screen is dialog, key
        assert focused is not None and focused.screen is dialog, (type(dialog).__name__, key)


async def open_mode(pilot, mode: str) -> None:
    await pilot.app.switch_mode(mode)
    await settle(pilot)


@pytest.mark.parametrize("mode", ["residents", "groups", "help"])
async def test_search_boxes_keep_what_is_typed(village, mode):
    async with make_app(village).run_test(size=(100, 30)) as pilot:
        await open_mode(pilot, mode)
        assert await type_into_every_field(pilot) == 1


async def test_walk_start_and_capture_fields_keep_what_is_typed(village):
    async with make_app(village).run_test(size=(100, 30)) as pilot:
        await open_mode(pilot, "walk")
        assert await type_into_every_field(pilot) == 3  # area, date, builder
        screen = pilot.app.screen
        screen.query_one("#date", Input).value = "2026-12-01"
        screen.query_one("#area", Input).value = "Het Veld"
        screen.query_one("#area", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#capture").display
        # name, address, head, hands, heart, aanbod, vraag, ties, notes, neighbourhood
        assert await type_into_every_field(pilot) == 10


@pytest.mark.parametrize("mode", ["residents", "groups"])
async def test_record_forms_keep_what_is_typed(village, mode):
    """The forms of a new record (n), an edit (e) and a tie (t)."""
    async with make_app(village).run_test(size=(100, 40)) as pilot:
        app = pilot.app
        await open_mode(pilot, mode)
        for key in ["n", "e", "t"]:
            await pilot.press(key)
            await pilot.pause()
            assert app.screen.is_modal, key
            assert await type_into_every_field(pilot) >= 1, key
            await pilot.press("escape")
            await pilot.pause()
            if key in "ne":  # a record form typed in asks before it drops what was typed
                assert type(app.screen).__name__ == "KeepTypingDialog", key
                await pilot.press("tab", "enter")
                await pilot.pause()
            assert not app.screen.is_modal, key


async def test_dialogs_keep_what_is_typed(village):
    """The network's tie dialog, a new snapshot and the export dialog."""
    async with make_app(village).run_test(size=(100, 40)) as pilot:
        app = pilot.app
        await open_mode(pilot, "network")
        await pilot.press("t")
        assert await until(pilot, lambda: app.screen.is_modal)
        assert await type_into_every_field(pilot) >= 1
        await focus_stays_in(pilot)
        await pilot.press("escape")
        await open_mode(pilot, "snapshots")
        await pilot.press("n")
        await pilot.pause()
        assert await type_into_every_field(pilot) == 1
        await focus_stays_in(pilot)
        await pilot.press("escape")
        await pilot.pause()
        app.action_export_now()
        await pilot.pause()
        assert await type_into_every_field(pilot) == 1
        await focus_stays_in(pilot)


async def test_more_dialogs_keep_what_is_typed(village):
    """The forget and yes/no dialogs, and the command palette."""
    async with make_app(village).run_test(size=(100, 40)) as pilot:
        app = pilot.app
        await open_mode(pilot, "residents")
        await pilot.press("F")
        await pilot.pause()
        assert await type_into_every_field(pilot) == 1
        await focus_stays_in(pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")  # the yes/no question before a delete
        await pilot.pause()
        await focus_stays_in(pilot, rounds=2)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+p")  # the command palette
        assert await until(pilot, lambda: app.screen.is_modal)
        assert await type_into_every_field(pilot) == 1


async def test_shift_tab_goes_back_a_field_and_stays_in_the_form(village):
    async with make_app(village).run_test(size=(100, 40)) as pilot:
        app = pilot.app
        await open_mode(pilot, "residents")
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        first = app.focused
        assert first is not None and first.id == "field-name"
        await pilot.press("tab")
        second = app.focused
        assert second is not first
        await pilot.press("shift+tab")
        assert app.focused is first
        # Round the whole form backwards and forwards: never out of the dialog.
        seen = set()
        for key in ["shift+tab"] * 8 + ["tab"] * 8:
            await pilot.press(key)
            assert app.screen is form
            assert app.focused is not None and app.focused.screen is form
            seen.add(app.focused.id)
        assert "field-name" in seen and "save" in seen and "cancel" in seen


async def test_closing_a_dialog_puts_the_focus_back(village):
    async with make_app(village).run_test(size=(100, 40)) as pilot:
        app = pilot.app
        await open_mode(pilot, "residents")
        records = app.screen.query_one("#records")
        assert app.focused is records
        for key in ["n", "e", "t", "d"]:
            await pilot.press(key)
            await pilot.pause()
            assert app.screen.is_modal, key
            await pilot.press("escape")
            await pilot.pause()
            assert not app.screen.is_modal, key
            assert app.focused is records, key


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("a", True),
        ("F", True),
        ("7", True),
        ("space", True),
        ("question_mark", True),
        ("slash", True),
        ("full_stop", True),
        ("ctrl+s", False),
        ("ctrl+p", False),
        ("shift+tab", False),
        ("tab", False),
        ("escape", False),
        ("enter", False),
        ("f1", False),
        ("up", False),
        ("delete", False),
    ],
)
def test_which_keys_type_a_character(key, typed):
    assert is_typed_key(key) is typed


async def test_letters_never_leave_walk_mode_whatever_has_the_focus(village):
    """The issue's walk: Shift+Tab out of the name, then "Piet Pietersen" went to the
    network picture, the snapshots and the export dialog. Even with the focus on the
    list beside the form, letters are not commands in walk mode."""
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await open_mode(pilot, "walk")
        screen = app.screen
        await type_text(pilot, "Het Veld")
        await pilot.press("enter")
        await settle(pilot)
        screen.query_one("#met").focus()
        await pilot.pause()
        await type_text(pilot, "Piet Pietersen" + TYPED)
        assert app.current_mode == "walk"
        assert app.screen is screen and len(app.screen_stack) == 1


async def test_ctrl_and_function_keys_still_work_in_a_field(village):
    async with make_app(village).run_test(size=(100, 30)) as pilot:
        app = pilot.app
        await open_mode(pilot, "residents")
        search = app.screen.query_one("#search", Input)
        search.focus()
        await type_text(pilot, "ann")
        await pilot.press("f1")  # the keys of this screen, from inside the field
        assert app.screen.query("KeysPanel")
        await pilot.press("f1")
        await pilot.press("ctrl+p")  # the palette
        assert await until(pilot, lambda: app.screen.is_modal)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is search and search.value == "ann"
        await pilot.press("escape")  # out of the field, onto the list
        assert app.focused is app.screen.query_one("#records")
        await pilot.press("g")  # and there a letter is a command again
        await settle(pilot)
        assert app.current_mode == "groups"


async def test_the_field_with_the_focus_shows_it(village):
    """A compact field has no border to light up: it is tinted while it has the focus."""
    async with make_app(village).run_test(size=(100, 30)) as pilot:
        app = pilot.app
        await open_mode(pilot, "residents")
        search = app.screen.query_one("#search", Input)
        assert app.focused is not search
        blurred = search.styles.background_tint.a
        search.focus()
        await pilot.pause()
        assert search.styles.background_tint.a >= blurred + 0.2


async def test_on_a_form_a_widget_keeps_its_own_keys(village):
    """Walk mode refuses single letters as commands, but space still ticks a box and
    steps a choice: the focused widget's own keys are not commands of the screen."""
    async with make_app(village).run_test(size=(100, 30)) as pilot:
        app = pilot.app
        await open_mode(pilot, "walk")
        await type_text(pilot, "Het Veld")
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        widgets = [*screen.query(Checkbox), *screen.query(WalkChoice)]
        assert widgets
        for widget in widgets:
            widget.focus()
            await pilot.pause()
            before = widget.value
            await pilot.press("space")
            assert widget.value != before, widget.id
            assert app.screen is screen
