"""The app's log holds message codes and record ids, never a name, a key made of a
name, notes or an address: those must go when the person is forgotten (issue 11, 5)."""

from __future__ import annotations

import logging

from abcd_tui import paths
from abcd_tui.cli import main
from abcd_tui.domain.records import Resident
from abcd_tui.store import writes
from abcd_tui.tui.app import make_app
from tests.tui.pilot import settle

NAME = "Zwaantje Quispelhof"
KEY = "zwaantje-quispelhof"
ADDRESS = "Kerkpad 19"
NOTES = "houdt van kantklossen"


async def test_errors_about_a_forgotten_person_leave_no_name_or_key_in_the_log(db_path, db):
    her = writes.save_resident(db, Resident(name=NAME, key=KEY, address=ADDRESS, notes=NOTES))
    writes.save_resident(db, Resident(name="Eric Mulder", key="eric"))
    log_path = paths.log_file()
    handler = logging.FileHandler(log_path, encoding="utf-8")  # as run_app sets it up
    logger = logging.getLogger("abcd_tui")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        app = make_app(db_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await app.switch_mode("residents")
            await settle(pilot)
            assert main(["--db", str(db_path), "forget", KEY, "--yes"]) == 0
            # The list still showed her: forgetting her again is refused, with her key.
            app.screen.forget(KEY)
            await settle(pilot)
            assert any(KEY in n.message for n in app._notifications)  # told on screen
            # A fault of ours whose message carries her data (a KeyError of her key).
            app.apply(lambda _db: {}[KEY])
            app.show_error(RuntimeError(f"{NAME}, {ADDRESS}: {NOTES}"))
            await settle(pilot)
    finally:
        logger.removeHandler(handler)
        handler.close()
    logged = log_path.read_text(encoding="utf-8")
    assert "forget.unknown" in logged and "error.unexpected KeyError" in logged
    for trace in (NAME, KEY, ADDRESS, NOTES, "Quispelhof", "zwaantje"):
        assert trace.lower() not in logged.lower(), trace
    assert her.id  # ids may be logged; there was one to log


def test_forget_takes_the_name_and_key_out_of_a_log_an_older_release_wrote(db_path, db, capsys):
    writes.save_resident(db, Resident(name=NAME, key=KEY))
    log_path = paths.log_file()
    log_path.write_text(
        f"2026-11-01 INFO abcd_tui: Geen bewoner met sleutel '{KEY}'\n"
        f"2026-11-01 INFO abcd_tui: {NAME.upper()} toegevoegd\n"
        "2026-11-01 INFO abcd_tui: store.busy\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "--lang", "en", "forget", KEY, "--yes"]) == 0
    logged = log_path.read_text(encoding="utf-8")
    assert "quispelhof" not in logged.lower() and "store.busy" in logged
    assert len(logged.splitlines()) == 3
    assert "taken out of the log file (2 lines)" in capsys.readouterr().err
