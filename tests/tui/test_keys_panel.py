"""The keys panel (`?`, f1): the screen's own keys first, in Dutch, grouped by what they
do; Textual's keys after them, translated; it scrolls with the keyboard at 80x24, works
in walk mode from inside a field, and leaves the screen under it as it was."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from textual.app import App
from textual.binding import Binding
from textual.containers import ScrollableContainer
from textual.screen import Screen
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Input,
    OptionList,
    Select,
    SelectionList,
    TextArea,
)
from textual.widgets._select import SelectOverlay
from textual_autocomplete import AutoComplete

import abcd_tui.tui
from abcd_tui.i18n import speaking
from abcd_tui.tui.app import make_app
from abcd_tui.tui.widgets.keys_panel import (
    ACTION_GROUPS,
    TEXTUAL_WORDS,
    KeysPanel,
    KeysText,
    action_name,
    key_groups,
)
from tests.tui.pilot import settle, type_text

ENGLISH = ("Scroll Left", "Focus Next", "Copy selected text", "Cursor up", "Page Down")


def panel_text(app) -> str:
    text = app.screen.query_one(KeysText)
    return "\n".join(line.plain for line in text.lines(text.size.width))


async def open_keys(pilot, mode: str, key: str = "question_mark") -> KeysPanel:
    await pilot.app.switch_mode(mode)
    await settle(pilot)
    await pilot.press(key)
    await pilot.pause()
    return pilot.app.screen.query_one(KeysPanel)


async def test_the_screen_s_own_keys_come_first_in_dutch_grouped(village):
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        panel = await open_keys(pilot, "residents")
        titles = [group.title for group in panel.groups]
        assert titles == ["Bekijken", "Bewerken", "Naar", "Algemeen", "In lijsten en velden"]
        view, edit, go = ([line.description for line in g.lines] for g in panel.groups[:3])
        assert view == ["Zoeken", "Filter", "Sorteren"]
        # the screen's keys before the app's in their group: edit first, undo after
        assert edit[:3] == ["Nieuw", "Wijzigen", "Verwijderen"] and edit[-2:] == [
            "Ongedaan maken",
            "Opnieuw",
        ]
        assert go.index("Terug") < go.index("Bewoners")  # the screen's own first
        text = panel_text(pilot.app)
        assert " d del Verwijderen" in text  # two keys, one line
        assert text.index("Zoeken") < text.index("Omhoog")  # Textual's keys after ours
        assert not any(words in text for words in ENGLISH)


async def test_the_panel_scrolls_with_the_keyboard_at_80x24(village):
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        panel = await open_keys(pilot, "residents")
        records = pilot.app.screen.query_one("#records")
        highlighted = records.highlighted
        assert panel.max_scroll_y > 0  # it does not fit: only scrolling shows it all
        await pilot.press("pagedown")
        assert panel.scroll_y > 0
        await pilot.press("end")
        assert panel.scroll_y == panel.max_scroll_y
        await pilot.press("up", "home")
        assert panel.scroll_y == 0
        assert records.highlighted == highlighted  # the keys went to the panel
        await pilot.press("escape")  # closes the panel, not the screen
        await pilot.pause()
        assert not pilot.app.screen.query(KeysPanel)
        assert pilot.app.current_mode == "residents" and pilot.app.focused is records


def layout_of(screen: Screen) -> dict[int, tuple]:
    """Where every widget of a screen is and how big its content is."""
    return {
        id(widget): (widget.region, widget.virtual_size)
        for widget in screen.walk_children()
        if widget.display
    }


async def test_keys_twice_leave_the_overview_as_it_was(village):
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = layout_of(pilot.app.screen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert pilot.app.screen.query(KeysPanel)
        assert layout_of(pilot.app.screen).items() >= before.items()  # nothing moved under it
        await pilot.press("question_mark")
        await pilot.pause()
        assert not pilot.app.screen.query(KeysPanel)
        assert layout_of(pilot.app.screen) == before


async def test_f1_opens_and_closes_it_from_inside_a_walk_field(village):
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        await pilot.app.switch_mode("walk")
        await settle(pilot)
        await type_text(pilot, "Het Veld")
        await pilot.press("enter")  # a walk begun: its keys are there
        await settle(pilot)
        field = pilot.app.screen.query(Input).first()
        field.focus()
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        panel = pilot.app.screen.query_one(KeysPanel)
        assert panel.groups[0].title == "Bewerken"  # walk mode's own: save, clear, ...
        assert "Opslaan, volgende" in panel_text(pilot.app)
        assert pilot.app.focused is field  # the panel never takes the focus
        await pilot.press("question_mark")  # text in a field, not a command
        assert pilot.app.screen.query(KeysPanel) and field.value.endswith("?")
        await pilot.press("f1")
        await pilot.pause()
        assert not pilot.app.screen.query(KeysPanel) and pilot.app.current_mode == "walk"


def test_group_titles_follow_the_language():
    with speaking("en"):
        groups = key_groups([], str)
        assert groups == []
        from abcd_tui.i18n import t

        assert [t(c) for c in ("key.group_view", "key.group_go")] == ["View", "Go to"]


def _our_classes() -> list[type]:
    """Every class of the app's own (screens, dialogs, widgets, the app)."""
    found = []
    for module in pkgutil.walk_packages(abcd_tui.tui.__path__, "abcd_tui.tui."):
        names = vars(importlib.import_module(module.name)).values()
        found += [c for c in names if isinstance(c, type) and c.__module__ == module.name]
    return found


def test_every_key_of_ours_with_a_description_has_a_group():
    """A new action gets its place in ACTION_GROUPS (else it lands under Algemeen)."""
    classes = _our_classes()
    assert len(classes) > 30
    unplaced = {
        action_name(binding.action)
        for cls in classes
        for binding in cls.__dict__.get("BINDINGS", ())
        if isinstance(binding, Binding) and binding.description
    } - set(ACTION_GROUPS)
    assert not unplaced


def test_every_textual_key_the_app_shows_is_in_our_words():
    """The widgets the app uses: each described key of theirs has our words."""
    widgets = (App, Screen, ScrollableContainer, OptionList, DataTable, Input, TextArea)
    widgets += (Select, SelectOverlay, SelectionList, Button, Checkbox, AutoComplete)
    described = {
        binding.description
        for widget in widgets
        for bindings in widget._merge_bindings().key_to_bindings.values()
        for binding in bindings
        if binding.description and not binding.system
    }
    assert described - set(TEXTUAL_WORDS) == set()


# -- Snapshots: the panel over the overview and a list, small and large terminals ----------


def keys_opened(mode: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.app.switch_mode(mode)
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("mode", ["overview", "residents"])
def test_keys_panel_snapshot(snap_compare, demo_here, mode, size):
    app = make_app(demo_here)
    assert snap_compare(app, terminal_size=size, run_before=keys_opened(mode))


async def test_f1_shows_a_dialog_s_keys_too(village):
    """A dialog hides the app's keys from Textual; f1 still opens the panel over it."""
    async with make_app(village).run_test(size=(80, 24)) as pilot:
        await pilot.app.switch_mode("residents")
        await settle(pilot)
        await pilot.press("t")  # the tie dialog, its name field focused
        await settle(pilot)
        dialog = pilot.app.screen
        assert dialog.is_modal
        await pilot.press("f1")
        await pilot.pause()
        panel = dialog.query_one(KeysPanel)
        assert [line.description for line in panel.groups[0].lines] == ["Bewaren"]
        await pilot.press("escape")  # the panel first, then the dialog
        await pilot.pause()
        assert pilot.app.screen is dialog and not dialog.query(KeysPanel)
