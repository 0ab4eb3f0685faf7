"""Reading an .xlsx workbook safely: the zip is checked before openpyxl opens it.

A workbook is a zip of XML. A zip bomb renamed `.xlsx` (1 MB that unpacks to gigabytes,
or millions of empty rows) once ran for minutes in gigabytes of memory. The central
directory says how large each part unpacks, so that is read first; the sheet's declared
size is checked next; and while reading, rows and columns are counted as they come.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from abcd_tui.store.importer.sheets import (
    MAX_COLUMNS,
    MAX_ROWS,
    Sheet,
    SheetError,
    UnreadableCell,
    _with_header,
)

MAX_UNPACKED = 200 * 1024 * 1024  # bytes, all parts together (100,000 residents: ~60 MB)
MAX_PART = 32 * 1024 * 1024  # any part but a sheet (shared strings, styles)
MAX_RATIO = 100  # unpacked / packed per part; sheets of real registers are 10-20
RATIO_FROM = 1024 * 1024  # small parts may compress as well as they like
MAX_CELLS = 5_000_000  # rows times the width of each row, as held in memory
_MB = 1024 * 1024


def read_workbook(path: Path, data: bytes) -> Sheet:
    """The first sheet of an .xlsx workbook, or SheetError saying what is wrong."""
    _check_zip(path, data)
    import openpyxl  # imported here: only workbook imports pay for it

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except SheetError:
        raise
    except KeyError as exc:  # a part the workbook names is not in the zip
        raise SheetError("input.xlsx_part_missing", file=path, part=_part_name(exc)) from exc
    except Exception as exc:  # any parser failure on a user's file is a damaged file
        raise SheetError("input.xlsx_damaged", file=path, reason=_reason(exc)) from exc
    try:
        sheets = workbook.worksheets
        if not sheets:
            listed = _listed_sheets(data)
            if listed:  # openpyxl skips a sheet whose part is missing: say it is gone
                raise SheetError(
                    "input.xlsx_sheet_missing", file=path, sheet=listed[0], part=_first_sheet_part
                )
            raise SheetError("input.xlsx_no_sheet", file=path)
        sheet = sheets[0]
        rows = _rows(path, workbook, sheet)
        names = tuple(s.title for s in sheets[1:])
    except SheetError:
        raise
    except KeyError as exc:
        raise SheetError(
            "input.xlsx_sheet_missing", file=path, sheet=sheets[0].title, part=_part_name(exc)
        ) from exc
    except Exception as exc:
        raise SheetError("input.xlsx_damaged", file=path, reason=_reason(exc)) from exc
    finally:
        workbook.close()
    return _with_header(
        path, rows, encoding="xlsx", delimiter="", sheet=sheet.title, other_sheets=names
    )


_first_sheet_part = "xl/worksheets/sheet1.xml"


def _listed_sheets(data: bytes) -> list[str]:
    """The sheet names the workbook lists (xl/workbook.xml), whether present or not."""
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return []
    return [e.get("name", "") for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "sheet"]


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


def _part_name(exc: KeyError) -> str:
    text = str(exc.args[0]) if exc.args else ""
    return text.split("'")[1] if text.count("'") >= 2 else text


def _check_zip(path: Path, data: bytes) -> None:
    """Refuse what is no workbook, or one that would unpack too large, before reading."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError) as exc:
        code = "input.xlsx_not_a_zip" if not data.startswith(b"PK") else "input.xlsx_truncated"
        raise SheetError(code, file=path) from exc
    with archive:
        parts = archive.infolist()
        names = {info.filename for info in parts}
        if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
            raise SheetError("input.xlsx_no_workbook", file=path)
        total = sum(info.file_size for info in parts)
        if total > MAX_UNPACKED:
            raise SheetError(
                "input.xlsx_too_big",
                file=path,
                size=total // _MB,
                most=MAX_UNPACKED // _MB,
            )
        for info in parts:
            if info.file_size <= RATIO_FROM:
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                raise SheetError(
                    "input.xlsx_overcompressed",
                    file=path,
                    part=info.filename,
                    ratio=int(ratio),
                    most=MAX_RATIO,
                )
            if info.file_size > MAX_PART and not info.filename.startswith("xl/worksheets/"):
                raise SheetError(
                    "input.xlsx_part_too_big",
                    file=path,
                    part=info.filename,
                    size=info.file_size // _MB,
                    most=MAX_PART // _MB,
                )


def _rows(path: Path, workbook, sheet) -> list[tuple[int, list[str]]]:
    """The rows of `sheet` as text, each with its row number, within the bounds."""
    if sheet.max_row is not None and sheet.max_row > MAX_ROWS + 1:
        raise SheetError(
            "input.sheet_declares_too_many", file=path, rows=sheet.max_row, most=MAX_ROWS
        )
    if sheet.max_column is not None and sheet.max_column > MAX_COLUMNS:
        raise SheetError(
            "input.sheet_declares_too_wide",
            file=path,
            columns=sheet.max_column,
            most=MAX_COLUMNS,
        )
    rows: list[tuple[int, list[str]]] = []
    # openpyxl's own reader of one sheet, fed by the same parts openpyxl uses; its
    # iter_rows would pad every row to the declared width and drop formulas unseen.
    try:
        _read_rows(path, workbook, sheet, rows)
    except _RowTooWide as wide:
        raise SheetError(
            "input.sheet_too_wide",
            file=path,
            line=wide.line,
            columns=wide.columns,
            most=MAX_COLUMNS,
        ) from None
    return rows


def _read_rows(path: Path, workbook, sheet, rows: list[tuple[int, list[str]]]) -> None:
    cells_held = 0
    parser_class = _parser_class()
    with sheet._get_source() as source:
        parser = parser_class(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number > MAX_ROWS + 1:
                raise SheetError("input.sheet_too_many_rows", file=path, line=number, most=MAX_ROWS)
            if not cells:
                continue
            width = max(cell["column"] for cell in cells)
            if width > MAX_COLUMNS:
                raise _RowTooWide(str(number), width)
            cells_held += width
            if cells_held > MAX_CELLS:
                raise SheetError("input.sheet_too_many_cells", file=path, line=number)
            values = [""] * width
            for cell in cells:
                values[cell["column"] - 1] = _cell_text(cell["value"], cell["data_type"])
            rows.append((number, values))


def _cell_text(value: object, data_type: str) -> str:
    import datetime as dt

    if isinstance(value, UnreadableCell):
        return value
    if value is None:
        return ""
    if data_type == "e":  # #REF!, #N/A, #DIV/0!: the formula's result is an error
        return UnreadableCell("input.cell_error", str(value))
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class _RowTooWide(Exception):
    def __init__(self, line: str, columns: int):
        super().__init__(line)
        self.line, self.columns = line, columns


_PARSER = None


def _parser_class():
    """openpyxl's sheet parser, counting cells as they come and marking formulas that
    were never calculated (a workbook written by a script holds no cached values)."""
    global _PARSER
    if _PARSER is not None:
        return _PARSER
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class _Parser(WorkSheetParser):
        def parse_row(self, row):
            if len(row) > MAX_COLUMNS:  # before a million cells become a million dicts
                raise _RowTooWide(row.get("r", str(self.row_counter + 1)), len(row))
            return super().parse_row(row)

        def parse_cell(self, element):
            cell = super().parse_cell(element)
            if cell["value"] is None:
                formula = element.find(FORMULA_TAG)
                if formula is not None:
                    cell["value"] = UnreadableCell(
                        "input.formula_without_value", "=" + (formula.text or "")
                    )
            return cell

    _PARSER = _Parser
    return _PARSER
