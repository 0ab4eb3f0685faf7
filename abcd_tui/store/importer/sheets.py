"""Reading a spreadsheet as a team keeps it: CSV (UTF-8, with or without BOM, or
Windows-1252 as Dutch Excel writes it; comma or semicolon) or an .xlsx workbook.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from abcd_tui.domain.errors import UserError


class SheetError(UserError):
    code = "import.file_error"


# Bounds that no register reaches and every bomb does: refused with a message, read in
# seconds and in little memory (a 1 MB zip once unpacked to 2.2 GB).
MAX_COLUMNS = 1_000
MAX_ROWS = 200_000


@dataclass
class Sheet:
    """The header and the rows of one file, each row with the line it starts on."""

    path: Path
    header_line: int
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""  # a workbook: the sheet read (the first), and the others it has
    other_sheets: tuple[str, ...] = ()


class UnreadableCell(str):
    """A cell whose value the file does not hold: a formula Excel never calculated, or an
    Excel error (#REF!). Blank as text; the importer names it instead of 'is blank'."""

    code: str = "import.formula_without_value"
    detail: str = ""

    def __new__(cls, code: str, detail: str) -> UnreadableCell:
        cell = super().__new__(cls, "")
        cell.code, cell.detail = code, detail
        return cell


def read_sheet(path: Path) -> Sheet:
    """Read a CSV or .xlsx file into a Sheet, or raise SheetError saying what is wrong."""
    if not path.exists():
        raise SheetError("import.file_missing", file=path)
    if path.is_dir():
        raise SheetError("import.file_is_directory", file=path)
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods", ".numbers"):
        raise SheetError("import.file_old_format", file=path, suffix=suffix)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError("import.file_unreadable", file=path, reason=exc.strerror) from exc
    if suffix in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
        from abcd_tui.store.importer.workbook import read_workbook  # only xlsx pays for it

        return read_workbook(path, data)
    return _read_csv(path, data)


# A two-byte UTF-8 letter of the Latin-1 range (à-ÿ, À-ß), as it looks in raw bytes.
_UTF8_LETTER = re.compile(rb"[\xc2\xc3][\x80-\xbf]")


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in.

    UTF-8 (with or without BOM) is tried first: it fails loudly on Windows-1252 text with
    accents, which is how Dutch Excel saves "CSV (puntkomma gescheiden)". UTF-16 with a
    BOM is what Excel calls "Unicode text".
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _encoding_error(data, exc, path) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    nul = data.find(b"\x00")
    if nul >= 0:  # binary, or UTF-16 without its BOM: either way no CSV we can read
        line = data[:nul].count(b"\n") + 1
        raise SheetError("import.csv_nul_byte", file=path, line=line)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise _encoding_error(data, exc, path) from exc
    # Not UTF-8 as a whole, yet with UTF-8 letters in it (é as C3 A9): a file pasted
    # together from two sources. Reading it either way garbles half of it.
    mixed = _UTF8_LETTER.search(data)
    if mixed:
        raise SheetError(
            "import.file_mixed_encoding", file=path, line=data[: mixed.start()].count(b"\n") + 1
        )
    return text, "windows-1252"


def _encoding_error(data: bytes, exc: UnicodeDecodeError, path: Path) -> SheetError:
    line = data[: exc.start].count(b"\n") + 1
    return SheetError("import.file_encoding", file=path, line=line, byte=f"0x{data[exc.start]:02X}")


def detect_delimiter(text: str) -> str:
    """The delimiter of the header line: whichever of ; , TAB occurs most outside quotes."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


def _read_csv(path: Path, data: bytes) -> Sheet:
    text, encoding = decode(data, path)
    line = 1
    hint = re.match(r"sep=(.)\r?\n", text)  # Excel's own hint: 'sep=;' on the first line
    if hint:
        delimiter, text, line = hint.group(1), text[hint.end() :], 2
    else:
        delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    first = line
    try:
        for cells in reader:
            if len(cells) > MAX_COLUMNS:  # a wrong delimiter guess, or no register
                raise SheetError(
                    "import.too_many_columns",
                    file=path,
                    line=line,
                    columns=len(cells),
                    most=MAX_COLUMNS,
                )
            rows.append((line, cells))
            line = first + reader.line_num
    except csv.Error as exc:
        raise SheetError("import.file_csv_broken", file=path, line=line, reason=str(exc)) from exc
    return _with_header(path, rows, encoding=encoding, delimiter=delimiter)


def _with_header(path: Path, rows: list[tuple[int, list[str]]], **kw: Any) -> Sheet:
    """Split off the first non-blank row as the header; drop blank rows."""
    filled = [
        (n, cells)
        for n, cells in rows
        # Most rows start with a filled cell: only the others are looked at cell by cell.
        if (cells and cells[0].strip())
        or any(c.strip() or isinstance(c, UnreadableCell) for c in cells)
    ]
    if not filled:
        raise SheetError("import.file_empty", file=path)
    header_line, headers = filled[0]
    return Sheet(path, header_line, headers, filled[1:], **kw)
