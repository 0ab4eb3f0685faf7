"""Bad, broken and hostile files: a clear message naming file, line and field, bounded
work, and a database byte-for-byte as it was after a refused import (issue 11)."""

from __future__ import annotations

import io
import sqlite3
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from abcd_tui.store.importer import ImportRejected, import_files
from abcd_tui.store.importer.problems import DETAIL_PER_FILE, Problems, RowError
from tests.conftest import write_csv
from tests.store.xlsx_parts import sheet_xml, xlsx


def dump(path: Path) -> list[str]:
    """The whole database as SQL: equal dumps mean nothing changed."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def bad_rows(count: int) -> str:
    """`count` rows with two problems each (an unknown openness, a non-date)."""
    lines = ["key,name,open_to_introductions,consent_date"]
    lines += [f"k{i},Naam {i},misschien,gisteren" for i in range(count)]
    return "\n".join(lines) + "\n"


def test_many_bad_rows_keep_the_first_fifty_in_full_and_count_the_rest(db, db_path, tmp_path):
    people = write_csv(tmp_path / "people.csv", bad_rows(5_000))
    before = dump(db_path)
    tracemalloc.start()
    with pytest.raises(ImportRejected) as caught:
        import_files(db, people=people)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    problems = caught.value.errors
    assert len(problems) == 10_000 and caught.value.params["count"] == "10000"
    shown = problems.shown
    assert len(shown) == DETAIL_PER_FILE
    # The first lines, in order, each with its column.
    assert [p.line for p in shown] == [line for line in range(2, 27) for _ in (0, 1)]
    assert {p.column for p in shown} == {"open_to_introductions", "consent_date"}
    kinds = {(k.column, k.code): k.count for k in problems.kinds()}
    assert kinds == {
        ("open_to_introductions", "import.unknown_value"): 5_000,
        ("consent_date", "import.bad_date"): 5_000,
    }
    assert dump(db_path) == before
    assert peak < 30_000_000, peak  # no table of 10,000 problems held


def test_problems_found_out_of_order_keep_the_first_lines_of_each_file():
    problems = Problems(keep=3)
    for line in (9, 4, 7, 2, 8, 3):
        problems.append(RowError("a.csv", line, "naam", "import.blank_cell"))
    problems.append(RowError("b.csv", 100, None, "import.blank_cell"))
    assert [(p.file, p.line) for p in problems] == [
        ("a.csv", 2),
        ("a.csv", 3),
        ("a.csv", 4),
        ("b.csv", 100),
    ]
    assert len(problems) == 7 and problems.left_out == 3


def test_a_ten_thousand_character_cell_is_quoted_by_its_start():
    problems = Problems()
    problems.append(
        RowError("a.csv", 2, "x" * 10_000, "import.unknown_value", {"value": "y" * 10_000})
    )
    (problem,) = problems.shown
    assert problems.kinds()[0].example.column == problem.column
    assert len(problem.params["value"]) < 300 and problem.params["value"].startswith("yyy")
    assert len(problem.column) < 300


# --- The hostile corpus: each file refused with a message naming where, nothing changed


@pytest.fixture
def register(db, db_path, tmp_path):
    """A register with one resident, and its dump before anything is tried."""
    import_files(db, people=write_csv(tmp_path / "first.csv", "key,naam\ndien,Dien Hadders\n"))
    return db, db_path


def refused(register, path: Path, **files: Path):
    """Import `path` as people (or the files given); return what was wrong, and check the
    database is byte-for-byte as it was."""
    db, db_path = register
    before = dump(db_path)
    from abcd_tui.domain.errors import UserError

    with pytest.raises(UserError) as caught:
        import_files(db, **(files or {"people": path}))
    assert dump(db_path) == before
    return caught.value


def problems_of(error) -> list[tuple[int, str | None, str]]:
    assert isinstance(error, ImportRejected), error
    return [(p.line, p.column, p.code) for p in error.errors]


def test_a_file_that_is_no_zip_but_is_called_xlsx(register, tmp_path):
    path = tmp_path / "bewoners.xlsx"
    path.write_bytes(b"naam\nDien\n")
    error = refused(register, path)
    assert error.code == "import.xlsx_not_a_zip" and error.params["file"] == str(path)


def test_a_truncated_workbook(register, tmp_path):
    whole = xlsx([("Bewoners", sheet_xml([["naam"], ["Eric"]]))])
    path = tmp_path / "half.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert refused(register, path).code == "import.xlsx_truncated"


def test_a_zip_without_a_workbook(register, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8" * 100)
    path = tmp_path / "foto.xlsx"
    path.write_bytes(buffer.getvalue())
    assert refused(register, path).code == "import.xlsx_no_workbook"


def test_a_workbook_whose_sheet_is_missing(register, tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(xlsx([("Bewoners", None)]))
    error = refused(register, path)
    assert error.code == "import.xlsx_sheet_missing" and error.params["sheet"] == "Bewoners"
    assert "sheet1.xml" in error.params["part"]


def test_a_workbook_with_garbage_for_a_sheet(register, tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(xlsx([("Bewoners", b"<worksheet><sheetData><row r='1'><c")]))
    error = refused(register, path)
    assert error.code == "import.xlsx_damaged" and "Traceback" not in error.params["reason"]


def test_the_table_on_another_sheet_is_pointed_at(register, tmp_path):
    path = tmp_path / "twee.xlsx"
    path.write_bytes(
        xlsx(
            [
                ("Uitleg", sheet_xml([["Dit is het register van Kerkbuurt"]])),
                ("Bewoners", sheet_xml([["naam"], ["Eric"]])),
            ]
        )
    )
    error = refused(register, path)
    (problem,) = error.errors
    assert problem.code == "import.missing_column_sheet"
    assert problem.params["sheet"] == "Uitleg" and problem.params["others"] == "Bewoners"


def test_a_formula_without_a_cached_value_is_named_not_called_blank(register, tmp_path):
    path = tmp_path / "formules.xlsx"
    rows = [["naam", "wijk"], [('=B3&" "&C3', None), "Kerkbuurt"], ["Eric", ("=1/0", "#DIV/0!")]]
    path.write_bytes(xlsx([("Bewoners", sheet_xml(rows))]))
    error = refused(register, path)
    assert problems_of(error) == [
        (2, "naam", "import.formula_without_value"),
        (3, "wijk", "import.cell_error"),
    ]
    assert error.errors.shown[0].params["detail"] == '=B3&" "&C3'


def test_a_formula_with_its_cached_value_imports_the_value(register, tmp_path):
    db, _ = register
    path = tmp_path / "formules.xlsx"
    path.write_bytes(xlsx([("Bewoners", sheet_xml([["naam"], [('="Eric"', "Eric")]]))]))
    assert import_files(db, people=path).people.added == 1


def test_a_date_saved_as_a_number_says_which_date_it_is(register, tmp_path):
    path = tmp_path / "datums.xlsx"
    path.write_bytes(xlsx([("B", sheet_xml([["naam", "datum toestemming"], ["Eric", 45000]]))]))
    error = refused(register, path)
    (problem,) = error.errors
    assert (problem.line, problem.column, problem.code) == (
        2,
        "datum toestemming",
        "import.date_as_number",
    )
    assert problem.params["date"] == "2023-03-15"


@pytest.mark.parametrize(
    "text",
    ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x")', "@SUM(1+1)*cmd|' /C calc'!A0", "+cmd|x!A0"],
)
def test_formula_and_dde_text_is_refused_with_its_line_and_column(register, tmp_path, text):
    path = write_csv(
        tmp_path / "p.csv", f'naam,notities\nEric,"{text.replace(chr(34), 2 * chr(34))}"\n'
    )
    assert problems_of(refused(register, path)) == [(2, "notities", "import.formula_text")]


def test_a_phone_number_or_a_dash_is_no_formula(register, tmp_path):
    db, _ = register
    path = write_csv(tmp_path / "p.csv", "naam,notities\nEric,+31 6 1234 5678\nBo,- boodschappen\n")
    assert import_files(db, people=path).people.added == 2


def test_a_nul_byte_names_its_line(register, tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(b"naam\nDien\nEr\x00ic\n")
    error = refused(register, path)
    assert error.code == "import.csv_nul_byte" and error.params["line"] == "3"


def test_ten_thousand_columns_are_refused_naming_the_line(register, tmp_path):
    path = write_csv(tmp_path / "p.csv", "naam," + ",".join(f"k{i}" for i in range(10_000)) + "\n")
    error = refused(register, path)
    assert error.code == "import.too_many_columns" and error.params["line"] == "1"
    assert error.params["columns"] == "10001"


def test_a_ten_thousand_character_name_is_imported_literally(register, tmp_path):
    db, _ = register
    name = "Ö" * 10_000
    path = write_csv(tmp_path / "p.csv", f"naam,leeftijd\n{name},oud\n")
    error = refused(register, path)
    (problem,) = error.errors
    assert problem.code == "import.unknown_value" and problem.column == "leeftijd"
    path = write_csv(tmp_path / "p.csv", f"naam\n{name}\n")
    assert import_files(db, people=path).people.added == 1


def test_cr_only_line_ends_read_as_lines(register, tmp_path):
    db, _ = register
    path = tmp_path / "mac.csv"
    path.write_bytes(b"naam;leeftijd\rEric;30-44\rBo;oud\r")
    assert problems_of(refused(register, path)) == [(3, "leeftijd", "import.unknown_value")]
    path.write_bytes(b"naam;leeftijd\rEric;30-44\rBo;75+\r")
    assert import_files(db, people=path).people.added == 2


def test_an_unbalanced_quote_names_the_line_it_opens_on(register, tmp_path):
    path = write_csv(tmp_path / "p.csv", 'naam,adres\nEric,Brink 1\nBo,"Brink 2\nAli,Brink 3\n')
    error = refused(register, path)
    assert error.code == "import.file_csv_broken" and error.params["line"] == "3"


def test_mixed_encodings_name_the_line(register, tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes("naam\nJosé\n".encode("cp1252") + "Zoë\n".encode())
    error = refused(register, path)
    assert error.code == "import.file_mixed_encoding" and error.params["line"] == "3"


# --- Zip bombs, made here with zipfile: refused from the central directory, in seconds


def test_an_overcompressed_workbook_is_refused_before_it_is_unpacked(register, tmp_path):
    padding = b" " * 50_000_000  # 50 MB of spaces: deflates about a thousand times
    xml = sheet_xml([["naam"], ["Eric"]]).replace(b"<sheetData>", b"<sheetData>" + padding)
    path = tmp_path / "bom.xlsx"
    path.write_bytes(xlsx([("Bewoners", xml)]))
    assert path.stat().st_size < 200_000
    tracemalloc.start()
    error = refused(register, path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert error.code == "import.xlsx_overcompressed" and "sheet1.xml" in error.params["part"]
    # Time is measured in benchmarks/bench_bad_input.py; memory shows nothing was unpacked.
    assert peak < 10_000_000 + path.stat().st_size * 3


def test_a_workbook_too_large_unpacked_is_refused(register, tmp_path, monkeypatch):
    from abcd_tui.store.importer import workbook

    monkeypatch.setattr(workbook, "MAX_UNPACKED", 2_000_000)  # as 200 MB, in little time
    xml = sheet_xml([["naam"]] + [[f"Bewoner {i}"] for i in range(40_000)])
    path = tmp_path / "groot.xlsx"
    path.write_bytes(xlsx([("Bewoners", xml)], stored=True))
    error = refused(register, path)
    assert error.code == "import.xlsx_too_big" and error.params["most"] == "1"


def test_a_sheet_declaring_eleven_million_rows_is_refused_at_once(register, tmp_path):
    xml = sheet_xml([["naam"], ["Eric"]], dimension="A1:A11000000")
    path = tmp_path / "lang.xlsx"
    path.write_bytes(xlsx([("Bewoners", xml)]))
    error = refused(register, path)
    assert error.code == "import.sheet_declares_too_many" and error.params["rows"] == "11000000"


def test_a_sheet_declaring_the_widest_range_is_refused_at_once(register, tmp_path):
    xml = sheet_xml([["naam"], ["Eric"]], dimension="A1:XFD2")
    path = tmp_path / "breed.xlsx"
    path.write_bytes(xlsx([("Bewoners", xml)]))
    assert refused(register, path).code == "import.sheet_declares_too_wide"


def test_rows_past_the_limit_stop_the_reading(register, tmp_path, monkeypatch):
    from abcd_tui.store.importer import workbook

    monkeypatch.setattr(workbook, "MAX_ROWS", 1_000)
    empty_rows = "".join(f'<row r="{r}"/>' for r in range(3, 300_000)).encode()
    xml = sheet_xml([["naam"], ["Eric"]]).replace(b"</sheetData>", empty_rows + b"</sheetData>")
    path = tmp_path / "rijen.xlsx"
    path.write_bytes(xlsx([("Bewoners", xml)]))
    tracemalloc.start()
    error = refused(register, path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert error.code == "import.sheet_too_many_rows" and error.params["line"] == "1002"
    # Stopped at the limit: the sheet (no declared size) was not scanned to its end first.
    assert peak < 3 * path.stat().st_size + 5_000_000, peak


def test_a_row_of_too_many_cells_is_refused_naming_its_line(register, tmp_path):
    wide = "".join('<c t="inlineStr"><is><t>x</t></is></c>' for _ in range(5_000))
    xml = sheet_xml([["naam"], ["Eric"]]).replace(
        b"</sheetData>", f'<row r="3">{wide}</row></sheetData>'.encode()
    )
    path = tmp_path / "breed.xlsx"
    path.write_bytes(xlsx([("Bewoners", xml)]))
    error = refused(register, path)
    assert error.code == "import.sheet_too_wide" and error.params["line"] == "3"


# --- A full disk during an import, at the store: rolled back, said in words


def test_an_import_on_a_full_disk_is_rolled_back_with_a_message(register, tmp_path):
    db, db_path = register
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    rows = "".join(f"Nieuw {i},{'x' * 400}\n" for i in range(2_000))
    error = refused(register, write_csv(tmp_path / "p.csv", "naam,notities\n" + rows))
    assert error.code == "store.disk_full" and error.params["path"] == str(db_path)
    db.execute("PRAGMA max_page_count = 1073741823")  # space again: the same file imports
    assert import_files(db, people=tmp_path / "p.csv").people.added == 2_000


# --- Random hostile rows: imported literally, or refused with a message; never a crash

HOSTILE_BITS = [
    "[bold]x[/]",
    "[/]",
    "[link=file:///etc/passwd]klik[/link]",
    "\x1b]52;c;aGFjaw==\x07",
    "\x1b[2J",
    "\x9b31m",
    "\u202eevil",
    "\u200b",
    "e\u0301",
    "👩🏽‍🌾",
    '"',
    ";",
    ",",
    "\r",
    "\n",
    "=cmd|' /C calc'!A0",
    "@SUM(1)",
    "\x00",
    "\ufeff",
]


def test_random_hostile_rows_import_literally_or_are_refused_with_a_message(tmp_path):
    import csv

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from abcd_tui.domain.errors import UserError
    from abcd_tui.domain.text import clean_text
    from abcd_tui.i18n import t
    from abcd_tui.store import open_database, reads

    text = st.lists(st.one_of(st.sampled_from(HOSTILE_BITS), st.text(max_size=8)), max_size=5).map(
        "".join
    )
    rows = st.lists(st.tuples(text, text, text), min_size=1, max_size=4)
    counter = iter(range(10_000))

    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(rows=rows, delimiter=st.sampled_from([",", ";"]))
    def check(rows, delimiter):
        folder = tmp_path / str(next(counter))
        folder.mkdir()
        db_path = folder / "abcd.db"
        db = open_database(db_path)
        try:
            import_files(db, people=write_csv(folder / "first.csv", "key,naam\ndien,Dien\n"))
            path = folder / "p.csv"
            with open(path, "w", encoding="utf-8", newline="") as file:
                writer = csv.writer(file, delimiter=delimiter)
                writer.writerow(["naam", "adres", "notities"])
                writer.writerows(rows)
            before = dump(db_path)
            try:
                report = import_files(db, people=path)
            except UserError as refused_import:
                assert dump(db_path) == before
                problems = getattr(refused_import, "errors", None)
                # An unknown code is shown as itself: each must be in the catalogue.
                said = [(refused_import.code, t(refused_import.code, **refused_import.params))]
                said += [(p.code, t(p.code, **p.params)) for p in problems or []]
                assert all(m and not m.startswith(code) for code, m in said)
                if problems is not None:  # each problem says where
                    assert all(p.file == str(path) and p.line >= 2 for p in problems)
                return
            names = {r.name for r in reads.residents(db)} - {"Dien"}
            given = {clean_text(name) for name, _, _ in rows} - {""}
            assert names <= given  # literally as typed (white space folded)
            assert report.people.added == len(names)
        finally:
            db.close()

    check()


def test_a_workbook_damaged_anywhere_is_read_or_refused_with_a_message(tmp_path):
    """Bytes flipped or cut anywhere in a real workbook: a Sheet or a SheetError, never
    an unexpected error."""
    from hypothesis import HealthCheck, example, given, settings
    from hypothesis import strategies as st

    from abcd_tui.i18n import t
    from abcd_tui.store.importer.sheets import SheetError, read_sheet

    whole = xlsx([("Bewoners", sheet_xml([["naam", "wijk"], ["Dien", "Kerkbuurt"], ["Eric", 4]]))])
    path = tmp_path / "kapot.xlsx"

    @settings(
        max_examples=150,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(
        at=st.integers(0, len(whole) - 1),
        noise=st.binary(min_size=1, max_size=8),
        cut=st.booleans(),
    )
    # Found in a CI run: a header claiming "zip file version 6.4" (NotImplementedError).
    @example(at=1203, noise=b"\x00\x00@", cut=False)
    def check(at, noise, cut):
        data = whole[:at] if cut else whole[:at] + noise + whole[at + len(noise) :]
        path.write_bytes(data)
        try:
            read_sheet(path)
        except SheetError as refused_file:
            assert not t(refused_file.code, **refused_file.params).startswith(refused_file.code)

    check()
