"""Snapshots, their comparison, exporting and forgetting, driven through the app.

A small street whose answers can be seen by eye: Wilhelmina Zonderland (friend of Bram
Okkerse and Cor, member of the Kaartclub), Bram and Cor (friends), and Dien, whose name
has markup in it. Snapshots are taken through the store's API where a test is not about
taking them.
"""

from __future__ import annotations

import pytest

from abcd_tui.domain.records import Group, GroupKind, Resident, TieKind
from abcd_tui.export import FORMATS, targets
from abcd_tui.snapshots import list_snapshots, take_snapshot
from abcd_tui.store import actions, open_database, reads, writes
from abcd_tui.store.forget import forget
from abcd_tui.tui.app import make_app
from abcd_tui.tui.dialogs.confirm import ConfirmDialog
from abcd_tui.tui.dialogs.export import ExportDialog
from abcd_tui.tui.dialogs.forget import ForgetDialog
from abcd_tui.tui.screens.compare import CompareScreen
from abcd_tui.tui.screens.residents import ResidentsScreen
from abcd_tui.tui.screens.snapshots import SnapshotsScreen
from abcd_tui.tui.widgets.chart import FigureChart
from tests.tui.pilot import settle, text_of, type_text

MARKUP_NAME = "[b]Dien[/b] $x"
WILHELMINA = "Wilhelmina Zonderland"


@pytest.fixture
def street(db):
    wil = writes.save_resident(
        db, Resident(name=WILHELMINA, key="wilhelmina", address="Kerkstraat 1", hands=["koken"])
    )
    bram = writes.save_resident(db, Resident(name="Bram Okkerse", key="bram"))
    cor = writes.save_resident(db, Resident(name="Cor", key="cor"))
    writes.save_resident(db, Resident(name=MARKUP_NAME, key="dien"))
    club = writes.save_group(
        db, Group(name="Kaartclub", key="kaartclub", kind=GroupKind.ASSOCIATION)
    )
    ties = {
        "wil-bram": actions.add_tie(db, wil.id, bram.id, TieKind.FRIEND),
        "wil-cor": actions.add_tie(db, wil.id, cor.id, TieKind.FRIEND),
        "bram-cor": actions.add_tie(db, bram.id, cor.id, TieKind.FRIEND),
        "wil-club": actions.add_tie(db, wil.id, club.id, TieKind.MEMBER),
    }
    return {"wil": wil, "bram": bram, "cor": cor, "club": club, "ties": ties}


def tie_id(change) -> str:
    return next(r.id for r in change.rows if r.table == "ties")


def notified(app, text: str) -> bool:
    return any(text in n.message for n in app._notifications)


async def open_snapshots(pilot) -> SnapshotsScreen:
    await settle(pilot)
    await pilot.app.switch_mode("snapshots")
    await settle(pilot)
    return pilot.app.screen


def table_rows(screen) -> list[list[str]]:
    table = screen.query_one("#snapshots")
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_a_snapshot_taken_from_the_screen_joins_the_list_and_the_chart(db_path, street):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_snapshots(pilot)
        assert screen.query_one("#empty").display  # none yet: says what a snapshot is
        assert "Druk op n" in str(screen.query_one("#empty").content)

        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "voor de zomer")
        await pilot.press("enter")
        await settle(pilot)
        assert len(table_rows(screen)) == 1
        assert "voor de zomer" in table_rows(screen)[0]
        assert notified(app, "Momentopname vastgelegd 'voor de zomer': 4 bewoners, 4 banden")
        assert not screen.query_one("#busy").display  # the progress row is gone again

        await pilot.press("n")
        await pilot.pause()
        await pilot.press("enter")  # no label: fine
        await settle(pilot)
        rows = table_rows(screen)
        assert len(rows) == 2 and "voor de zomer" in rows[1]  # newest first
        chart = screen.query_one(FigureChart)
        assert chart.display and len(chart.dates) == 2
        drawn = str(chart.render())
        assert "Door de tijd · vanaf 0" in drawn and "Banden" in drawn
        ties = next(line for line in drawn.splitlines() if line.startswith("Banden"))
        assert ties.split()[1] == "4" and ties.split()[-1] == "4"  # first and last value


async def test_escape_in_the_new_snapshot_dialog_takes_none(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        await open_snapshots(pilot)
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "oeps")
        await pilot.press("escape")
        await settle(pilot)
    assert list_snapshots(db) == []


async def test_a_tie_removed_between_two_snapshots_shows_as_lost_with_both_names(
    db_path, db, street
):
    take_snapshot(db, "voor")
    actions.remove_tie(db, tie_id(street["ties"]["bram-cor"]))
    take_snapshot(db, "na")
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_snapshots(pilot)
        await pilot.press("c")  # the newest against the one before it (or enter)
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        page = app.screen
        title = str(page.query_one("#title").content)
        assert "voor" in title and "na" in title
        parts = [str(s.content) for s in page.query(".part-title, .part-lines")]
        lost = parts.index("Verdwenen banden (1)")
        assert "Bram Okkerse – Cor" in parts[lost + 1] and "vriend" in parts[lost + 1]
        assert "Nieuwe banden (0)" in parts
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SnapshotsScreen)


async def test_a_marked_snapshot_is_compared_with_the_chosen_one(db_path, db, street):
    take_snapshot(db, "een")
    actions.remove_tie(db, tie_id(street["ties"]["wil-cor"]))
    take_snapshot(db, "twee")
    actions.remove_tie(db, tie_id(street["ties"]["wil-bram"]))
    take_snapshot(db, "drie")
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_snapshots(pilot)
        await pilot.press("down", "down", "space")  # mark the oldest, "een"
        await pilot.pause()
        assert "◆" in table_rows(screen)[2]
        assert "gemarkeerd" in str(screen.query_one("#hint").content)
        await pilot.press("enter")  # on the marked one itself: says so, stays
        await pilot.pause()
        assert notified(app, "gemarkeerde zelf")
        await pilot.press("up", "up", "enter")  # "drie" against the marked "een"
        await settle(pilot)
        page = app.screen
        parts = [str(s.content) for s in page.query(".part-title, .part-lines")]
        lost = parts[parts.index("Verdwenen banden (2)") + 1]
        assert f"Cor – {WILHELMINA}" in lost and f"Bram Okkerse – {WILHELMINA}" in lost
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")  # first escape unmarks, the screen stays
        await pilot.pause()
        assert app.screen is screen and "◆" not in table_rows(screen)[2]


async def test_export_from_the_dialog_is_pseudonymised_and_asks_before_overwriting(
    db_path, db, street, tmp_path
):
    take_snapshot(db, "voor de zomer")
    out = tmp_path / "uit"
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_snapshots(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#delimiter").value == ";"  # Dutch Excel
        assert not dialog.query_one("#names").value  # pseudonyms unless asked
        assert dialog.formats() == list(FORMATS)  # all checked
        dialog.query_one("#folder").value = str(out)
        await pilot.click("#go")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert notified(app, f"Geëxporteerd naar {out}")
        paths = targets(FORMATS, out)
        assert all(p.exists() for p in paths)
        nodes = (out / "nodes.csv").read_text("utf-8")
        assert ";" in nodes.splitlines()[0]
        for name in (WILHELMINA, "Okkerse"):
            assert name not in nodes
            assert name not in (out / "report.html").read_text("utf-8")
        before = {p: p.stat().st_mtime_ns for p in paths}

        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#folder").value = str(out)
        await pilot.click("#go")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, ConfirmDialog)
        assert "nodes.csv" in str(question.question) and "Overschrijven?" in str(question.question)
        await pilot.press("n")  # no: nothing written, the dialog stays to choose again
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert {p: p.stat().st_mtime_ns for p in paths} == before
        await pilot.click("#go")
        await pilot.pause()
        await pilot.press("j")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert all(p.stat().st_mtime_ns != before[p] for p in paths)


async def test_the_register_now_is_exported_from_the_palette(db_path, street, tmp_path):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert "Momentopnamen" in commands
        commands["Exporteren (het register nu)"].callback()
        await pilot.pause()
        dialog = app.screen
        assert "zoals het nu is" in str(dialog.query_one("#export-what").content)
        (tmp_path / "nu").mkdir()
        (tmp_path / "nu" / "README.txt").write_text("Van het team\n", encoding="utf-8")
        dialog.query_one("#folder").value = str(tmp_path / "nu")
        dialog.query_one("#formats").deselect_all()
        dialog.query_one("#formats").select("csv")
        await pilot.click("#go")
        await pilot.pause()
        question = app.screen  # the team's own README.txt is not replaced unasked
        assert isinstance(question, ConfirmDialog) and "README.txt" in str(question.question)
        await pilot.press("n")
        await settle(pilot)
        assert (tmp_path / "nu" / "README.txt").read_text(encoding="utf-8") == "Van het team\n"
        (tmp_path / "nu" / "README.txt").rename(tmp_path / "LEESMIJ.txt")
        await pilot.click("#go")
        await settle(pilot)
    assert sorted(p.name for p in (tmp_path / "nu").iterdir()) == [
        "README.txt",
        "edges.csv",
        "nodes.csv",
    ]


async def export_now(app, pilot):
    """The export dialog for the register now, as the palette opens it."""
    await settle(pilot)
    app.action_export_now()
    await pilot.pause()
    return app.screen


async def test_the_dialog_exports_with_the_k_chosen_as_the_cli_does(db_path, street, tmp_path):
    """k = 3 unless the team picks another, as `abcd export --k`; the README says which."""
    from abcd_tui.tui.dialogs.export import ExportDialog

    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await export_now(app, pilot)
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#k").value == 3
        label = dialog.query_one("#k #label")
        assert str(label.content) == ("k = 3: niet te onderscheiden van 2 anderen (standaard)")
        assert label.content_size.width >= len(str(label.content))  # whole at 80 columns
        dialog.query_one("#k").value = 5
        dialog.query_one("#folder").value = str(tmp_path / "k5")
        dialog.query_one("#formats").deselect_all()
        dialog.query_one("#formats").select("csv")
        await pilot.click("#go")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
    readme = (tmp_path / "k5" / "README.txt").read_text(encoding="utf-8")
    assert "delen minstens 5 bewoners" in " ".join(readme.split())


async def test_forget_asks_for_the_first_name_then_erases_for_good(db_path, db, street):
    take_snapshot(db, "voor")
    db.close()  # the app is the only one holding the file, as in real use
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.switch_mode("residents")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ResidentsScreen)
        records = screen.query_one("#records")
        names = [screen.records.name(records.get_option_at_index(i).id) for i in range(4)]
        # Something undoable about Wilhelmina first: the history holds her rows now.
        records.highlighted = names.index("Bram Okkerse")
        await pilot.pause()
        await pilot.press("x", "enter")  # remove Bram's first tie (with Wilhelmina)
        await settle(pilot)
        assert app.history.done

        records.highlighted = names.index(WILHELMINA)
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ForgetDialog)
        assert WILHELMINA in str(dialog.query_one("#forget-what").content)
        assert dialog.query_one("#forget").disabled
        await type_text(pilot, "Bram")
        await pilot.press("enter")  # the wrong name erases nothing
        await pilot.pause()
        assert app.screen is dialog and dialog.query_one("#forget").disabled
        dialog.query_one("#first-name").value = ""
        await type_text(pilot, "wilhelmina")  # any capitals will do
        await pilot.pause()
        assert not dialog.query_one("#forget").disabled
        await pilot.press("enter")
        await settle(pilot)
        assert WILHELMINA not in text_of(screen.query_one("#records"))
        assert notified(app, f"{WILHELMINA} is vergeten")
        assert notified(app, "kunnen niet meer ongedaan")
        assert not app.history.done and not app.history.undone
        await pilot.press("ctrl+z")  # nothing to bring her back with
        await settle(pilot)
        assert notified(app, "Niets om ongedaan te maken")
    for suffix in ("", "-wal", "-shm"):
        path = db_path.with_name(db_path.name + suffix)
        if path.exists():
            assert WILHELMINA.encode() not in path.read_bytes(), suffix
    after = open_database(db_path)
    try:
        assert "wilhelmina" not in [r.key for r in reads.residents(after)]
    finally:
        after.close()


async def test_escape_in_the_forget_dialog_erases_nothing(db_path, db, street):
    async with make_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.app.switch_mode("residents")
        await settle(pilot)
        await pilot.press("F")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ForgetDialog)
        await pilot.press("escape")
        await settle(pilot)
    assert len(list(reads.residents(db))) == 4


async def test_undo_refuses_after_a_forget_elsewhere_and_drops_the_history(db_path, db, street):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tie = tie_id(street["ties"]["bram-cor"])
        app.apply(lambda d: actions.remove_tie(d, tie))  # undoable, in the app's history
        await settle(pilot)
        assert app.history.done
        forget(db, db_path, "wilhelmina")  # as `abcd forget` would, meanwhile
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert notified(app, "Intussen is iemand vergeten")
        assert not app.history.done and not app.history.undone
        assert tie not in [t.id for t in reads.ties(db)]  # nothing was written back
        await pilot.press("ctrl+z")  # from now on the ordinary answer
        await pilot.pause()
        assert notified(app, "Niets om ongedaan te maken")


async def test_the_overview_names_the_newest_snapshot_and_opens_the_list(db_path, db, street):
    take_snapshot(db, "voorjaar")
    take_snapshot(db, MARKUP_NAME)  # a label is record text: literal
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        figures = text_of(app.screen.query_one("#figures"))
        assert "Laatste momentopname" in figures and MARKUP_NAME in figures
        assert "voorjaar" not in figures
        options = app.screen.query_one("#figures")
        options.highlighted = next(
            i
            for i in range(options.option_count)
            if options.get_option_at_index(i).id == "snapshots"
        )
        options.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SnapshotsScreen)


async def test_a_new_register_says_there_is_no_snapshot_yet(db_path, db):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "nog geen momentopname" in text_of(app.screen.query_one("#figures"))
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, SnapshotsScreen)


async def test_in_english_the_csv_delimiter_is_a_comma(db_path, street):
    from abcd_tui.i18n import set_language

    set_language("en")  # the autouse fixture puts Dutch back afterwards
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await export_now(app, pilot)
        assert dialog.query_one("#delimiter").value == ","
        assert "pseudonyms" in str(dialog.query_one("#names-help").content)
        await pilot.click("#names")
        await pilot.pause()
        assert "consent" in str(dialog.query_one("#names-help").content)


async def test_an_export_that_cannot_be_written_says_why_and_keeps_the_dialog(
    db_path, street, tmp_path
):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_export_now()
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#folder").value = str(blocked)
        await pilot.click("#go")
        await settle(pilot)
        assert app.screen is dialog and not dialog.query_one("#go").disabled
        assert notified(app, "is een bestand, geen map")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
