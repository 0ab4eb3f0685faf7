"""What Pilot tests of the app share."""


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
