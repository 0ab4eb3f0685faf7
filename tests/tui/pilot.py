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
