"""What Pilot tests of the app share."""

from textual import events
from textual.keys import _character_to_key
from textual.widgets import OptionList


async def type_text(pilot, text: str) -> None:
    """Type `text` into the focused field as a quick typist does: every key sent at once,
    then one pause until the app has dealt with them all. `pilot.press(*text)` waits for
    the whole screen after each key (about 13 ms CPU and 60 ms per key); the app sees
    the same keys in the same order either way."""
    driver = pilot.app._driver
    for char in text:
        event = events.Key(_character_to_key(char), char)
        event.set_sender(pilot.app)
        driver.send_message(event)
    await pilot.pause()


async def settle(pilot) -> None:
    """Wait until no worker runs and their results are drawn. Loops, because a worker
    may start another (the register's worker starts the analysis' worker)."""
    await pilot.pause()
    while any(not w.is_finished for w in pilot.app.workers):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.pause()


def text_of(option_list) -> str:
    """Every option of an OptionList as shown, one per line."""
    return "\n".join(
        str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)
    )


async def until(pilot, condition, tries: int = 100) -> bool:
    """Pause until `condition()` holds (at most `tries` pauses of 20 ms): for what the
    app draws on a timer rather than in a worker, such as a dropdown's options."""
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.02)
    return condition()


def dropdown_open(app) -> bool:
    """Whether a walk-mode dropdown shows options (textual-autocomplete)."""
    from textual_autocomplete import AutoComplete

    return any(a.display and a.option_list.option_count for a in app.screen.query(AutoComplete))


async def pick(pilot, key: str, option_id: str) -> None:
    """Press `key` (f: filter, O: sort) and choose `option_id` in its dialog."""
    await pilot.press(key)
    await pilot.pause()
    options = pilot.app.screen.query_one(OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    options.highlighted = ids.index(option_id)
    await pilot.press("enter")
    await pilot.pause()
