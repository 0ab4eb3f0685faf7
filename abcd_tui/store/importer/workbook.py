"""Reading an .xlsx workbook safely: the zip is checked before openpyxl opens it.

A workbook is a zip of XML. A zip bomb renamed `.xlsx` (1 MB that unpacks to gigabytes,
or millions of empty rows) once ran for minutes in gigabytes of memory. The central
directory says how large each part unpacks, so that is read first; the sheet's declared
size is checked next; and while reading, rows and columns are counted as they come.
"""

from __future__ import annotations

import io
import re
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
    try:
        reader = _open_workbook(data)
        try:
            sheets = _sheets(reader)
            if not sheets:
                raise SheetError("import.xlsx_no_sheet", file=path)
            (name, part), others = sheets[0], tuple(n for n, _ in sheets[1:])
            if part not in reader.valid_files:
                raise SheetError("import.xlsx_sheet_missing", file=path, sheet=name, part=part)
            _check_declared_size(path, reader.archive, part)
            rows = _rows(path, reader, part)
        finally:
            reader.archive.close()
    except SheetError:
        raise
    except KeyError as exc:  # a part the workbook names is not in the zip
        raise SheetError("import.xlsx_part_missing", file=path, part=_part_name(exc)) from exc
    except Exception as exc:  # any parser failure on a user's file is a damaged file
        raise SheetError("import.xlsx_damaged", file=path, reason=_reason(exc)) from exc
    return _with_header(path, rows, encoding="xlsx", delimiter="", sheet=name, other_sheets=others)


def _open_workbook(data: bytes):
    """openpyxl's reader with the workbook, shared strings and styles read, but no sheet.

    Not `load_workbook`: for a sheet without a declared size its read-only mode scans
    the whole sheet for one (11 million empty rows: 30 s and 1 GB) before a row is read.
    """
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)  # which number formats are dates
    except BaseException:
        reader.archive.close()
        raise
    return reader


def _sheets(reader) -> list[tuple[str, str]]:
    """(name, part) of each worksheet, in the workbook's order (chart sheets left out)."""
    return [
        (sheet.name, rel.target)
        for sheet, rel in reader.parser.find_sheets()
        if "chartsheet" not in (rel.Type or "")
    ]


_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=[\"']([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?")


def _check_declared_size(path: Path, archive: zipfile.ZipFile, part: str) -> None:
    """The size the sheet declares at its start (`<dimension ref="A1:C11000000"/>`)."""
    from openpyxl.utils import column_index_from_string

    with archive.open(part) as source:
        start = source.read(64 * 1024)
    found = _DIMENSION.search(start)
    if found is None:
        return
    last_column = (found.group(3) or found.group(1)).decode()
    last_row = (found.group(4) or found.group(2)).decode()
    if last_row and int(last_row) > MAX_ROWS + 1:
        raise SheetError(
            "import.sheet_declares_too_many", file=path, rows=int(last_row), most=MAX_ROWS
        )
    if last_column and len(last_column) <= 3:
        width = column_index_from_string(last_column)
        if width > MAX_COLUMNS:
            raise SheetError(
                "import.sheet_declares_too_wide", file=path, columns=width, most=MAX_COLUMNS
            )


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


def _part_name(exc: KeyError) -> str:
    text = str(exc.args[0]) if exc.args else ""
    return text.split("'")[1] if text.count("'") >= 2 else text


def _check_zip(path: Path, data: bytes) -> None:
    """Refuse what is no workbook, or one that would unpack too large, before reading."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    # NotImplementedError: a damaged header can claim a zip version or compression
    # this Python does not know (found by hypothesis: "zip file version 6.4").
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError, NotImplementedError) as exc:
        code = "import.xlsx_not_a_zip" if not data.startswith(b"PK") else "import.xlsx_truncated"
        raise SheetError(code, file=path) from exc
    with archive:
        parts = archive.infolist()
        names = {info.filename for info in parts}
        if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
            raise SheetError("import.xlsx_no_workbook", file=path)
        total = sum(info.file_size for info in parts)
        if total > MAX_UNPACKED:
            raise SheetError(
                "import.xlsx_too_big",
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
                    "import.xlsx_overcompressed",
                    file=path,
                    part=info.filename,
                    ratio=int(ratio),
                    most=MAX_RATIO,
                )
            if info.file_size > MAX_PART and not info.filename.startswith("xl/worksheets/"):
                raise SheetError(
                    "import.xlsx_part_too_big",
                    file=path,
                    part=info.filename,
                    size=info.file_size // _MB,
                    most=MAX_PART // _MB,
                )


def _rows(path: Path, reader, part: str) -> list[tuple[int, list[str]]]:
    """The rows of the sheet as text, each with its row number, within the bounds."""
    rows: list[tuple[int, list[str]]] = []
    try:
        _read_rows(path, reader, part, rows)
    except _RowTooWide as wide:
        raise SheetError(
            "import.sheet_too_wide",
            file=path,
            line=wide.line,
            columns=wide.columns,
            most=MAX_COLUMNS,
        ) from None
    return rows


def _read_rows(path: Path, reader, part: str, rows: list[tuple[int, list[str]]]) -> None:
    cells_held = 0
    workbook = reader.wb
    # openpyxl's own parser of one sheet; its iter_rows would pad every row to the
    # declared width and drop formulas without a value unseen.
    with reader.archive.open(part) as source:
        parser = _parser_class()(
            source,
            reader.shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number > MAX_ROWS + 1:
                raise SheetError(
                    "import.sheet_too_many_rows", file=path, line=number, most=MAX_ROWS
                )
            if not cells:
                continue
            width = max(cell["column"] for cell in cells)
            if width > MAX_COLUMNS:
                raise _RowTooWide(str(number), width)
            cells_held += width
            if cells_held > MAX_CELLS:
                raise SheetError("import.sheet_too_many_cells", file=path, line=number)
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
        return UnreadableCell("import.cell_error", str(value))
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
                        "import.formula_without_value", "=" + (formula.text or "")
                    )
            return cell

    _PARSER = _Parser
    return _PARSER
