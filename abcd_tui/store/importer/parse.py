"""From spreadsheet rows to records, collecting every problem with its file, line and column.

Nothing here reads the database: keys that point at records (tie ends, group contacts)
are resolved against it by the importer, inside its transaction.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from abcd_tui.domain.records import (
    Group,
    GroupKind,
    Openness,
    RecordType,
    Resident,
    Strength,
    TieKind,
)
from abcd_tui.domain.text import clean_lines, clean_text, slugify, split_items
from abcd_tui.store.importer import columns as cols
from abcd_tui.store.importer.known import KnownPerson, StoredTie, signature
from abcd_tui.store.importer.problems import Problems, RowError
from abcd_tui.store.importer.sheets import Sheet, UnreadableCell

__all__ = ["ParsedSheet", "Problems", "Ref", "RowError", "TieRow"]

# Text that a spreadsheet would run when the file is opened again: a formula, or a DDE
# call (`=cmd|' /C calc'!A0`, `@SUM(...)`, `+cmd|...`). A phone number (+31 6 ...) or
# a dash before a word is not one.
_FORMULA_STARTS = frozenset("=+-@")
_FORMULA = re.compile(r"=|[+\-@]\s*[A-Za-z_][\w.]*\s*[(|]")
# Any character a formula could start with, anywhere in a row: rows without one (most)
# skip the cell-by-cell look.
_MAYBE_FORMULA = re.compile(r"[=+\-@]")
_BLANK_CODES = frozenset({"problem.name_blank", "import.blank_cell", "import.blank_choice"})

Progress = Callable[[str, int, int], None]
SPLIT_CACHE = 4096  # distinct multi-item cells remembered per file (`_Reader.items`)
# Columns of a people file that are fields of a Resident (not key, not name parts).
PERSON_FIELDS = {
    "name",
    "address",
    "neighbourhood",
    "age_band",
    "head",
    "hands",
    "heart",
    "interests",
    "offers",
    "needs",
    "open_to_introductions",
    "consent",
    "consent_date",
    "notes",
}


@dataclass
class Ref:
    """A key in a ties file, with the record type if it was spelled out ('group:koor')."""

    key: str
    type: RecordType | None


@dataclass
class TieRow:
    line: int
    from_ref: Ref
    to_ref: Ref
    kind: TieKind | None
    strength: Strength | None
    since: str | None
    note: str
    columns: list[str]


@dataclass
class ParsedSheet:
    file: str
    headers: dict[str, str]  # field -> header as written in the file
    columns: list[str]  # record fields the file sets
    records: list[Any] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line of each record
    derived_keys: set[str] = field(default_factory=set)  # keys made from a name, not typed
    digests: list[str] = field(default_factory=list)  # of the row of each record (`known`)
    unchanged: int = 0  # rows seen before (`known`): not parsed, nothing to write
    known_ties: list[tuple[int, StoredTie]] = field(default_factory=list)  # (line, tie)
    contacts: list[tuple[int, str]] = field(default_factory=list)  # groups: (line, key)
    errors: Problems = field(default_factory=Problems)
    warnings: Problems = field(default_factory=Problems)

    def header(self, name: str) -> str | None:
        return self.headers.get(name, name)


class _Reader:
    """Walks the rows of one sheet, giving cells by field and recording problems."""

    def __init__(
        self,
        sheet: Sheet,
        kind: str,
        progress: Progress | None = None,
        errors: Problems | None = None,
        warnings: Problems | None = None,
        known: dict[str, Any] | None = None,
    ):
        self.sheet, self.kind = sheet, kind
        self.known = known or {}
        self.choices: dict[str, tuple[str, str]] = {}  # raw cell -> (clean text, word key)
        self.split: dict[str, list[str]] = {}  # raw cell -> its items (`items`)
        self.seen: Any = None  # the known record of this row, when it was seen before
        self.digest = ""
        self.progress = progress or (lambda stage, done, total: None)
        self.file = str(sheet.path)
        self.index: dict[str, int] = {}
        self.headers: dict[str, str] = {}
        self.errors = Problems() if errors is None else errors
        self.warnings = Problems() if warnings is None else warnings
        before = self.errors.total
        self.cells: list[str] = []
        self.unreadable: set[str] = set()  # headers of this row's cells without a value
        self.line, headers, rows = self._find_header()
        # Each row is dropped (None) once read: memory holds the records, not rows too.
        self.data_rows = cast(list[tuple[int, list[str]] | None], rows)
        sheet.rows = []  # the reader consumes the rows: each is dropped once it is a record
        for position, header in enumerate(headers):
            if not header.strip():
                continue
            name = cols.column_for(kind, header)
            if name is None:
                hint = cols.closest_header(kind, header)
                code = "import.unknown_column_hint" if hint else "import.unknown_column"
                self.warnings.append(
                    RowError(self.file, self.line, header, code, {"hint": hint or ""})
                )
            elif name in self.index:
                self.error(header, "import.duplicate_column", first=headers[self.index[name]])
            else:
                self.index[name] = position
                self.headers[name] = header
        self.header_line = self.line
        self.signature = signature(kind, headers)
        # A workbook's cell may hold no value (UnreadableCell): such a row is always read.
        self.may_be_unreadable = bool(sheet.sheet)
        for name in cols.REQUIRED[kind]:
            if name not in self.index and not (name == "name" and self.has_name_parts()):
                aliases = cols.COLUMNS[kind][name]
                missing = "/".join(dict.fromkeys(aliases[1:2] + aliases[:1]))
                if sheet.other_sheets:  # the table may be on another sheet of the workbook
                    self.error(
                        None,
                        "import.missing_column_sheet",
                        missing=missing,
                        sheet=sheet.sheet,
                        others=", ".join(sheet.other_sheets),
                    )
                    continue
                self.error(
                    None, "import.missing_column", missing=missing, aliases=", ".join(aliases)
                )
        self.header_failed = self.errors.total > before

    def _find_header(self) -> tuple[int, list[str], list[tuple[int, list[str]]]]:
        """The header row: the first of the first few rows that names a required column.

        Teams often put a title above the table ("Bewoners Kerkbuurt, maart 2026")."""
        rows = [(self.sheet.header_line, self.sheet.headers), *self.sheet.rows]
        required = set(cols.REQUIRED[self.kind]) | {"first_name", "last_name"}
        for number, (line, cells) in enumerate(rows[:6]):
            if any(cols.column_for(self.kind, c) in required for c in cells if c.strip()):
                return line, cells, rows[number + 1 :]
        return rows[0][0], rows[0][1], rows[1:]

    def has_name_parts(self) -> bool:
        return self.has("first_name") or self.has("last_name")

    def rows(self):
        """The line of each data row in turn, with `digest` set; `seen` is the known
        record of a row seen before (then the row is not checked: the caller counts it),
        else None. Each known record stands for one row: a second copy is read."""
        total = len(self.data_rows)
        known, start = self.known, self.signature + b"\x1e"
        blake2b = hashlib.blake2b  # `row_digest` written out: one call fewer per row
        for number in range(total):
            row = self.data_rows[number]
            assert row is not None  # each row is read once
            line, cells = row
            self.data_rows[number] = None  # memory holds the records, not the rows too
            if number % 2000 == 0:
                self.progress("read", number, total)
            self.line, self.cells = line, cells
            self.digest = blake2b(start + "\x1f".join(cells).encode(), digest_size=16).hexdigest()
            self.seen = known.pop(self.digest, None) if known else None
            if (
                self.seen is not None
                and self.may_be_unreadable
                and any(isinstance(c, UnreadableCell) for c in cells)
            ):
                self.seen = None
            if self.seen is None:
                self._check_cells()
            yield line
        self.progress("read", total, total)

    def _check_cells(self) -> None:
        """Cells that hold no value (a formula never calculated, an Excel error) or a
        formula as text (`=cmd|' /C calc'!A0`): named here, with their column."""
        self.unreadable = set()
        if not self.may_be_unreadable and not _MAYBE_FORMULA.search("".join(self.cells)):
            return
        for name, position in self.index.items():
            if position >= len(self.cells):
                continue
            cell = self.cells[position]
            if isinstance(cell, UnreadableCell):
                self.unreadable.add(self.headers[name])
                self.error(self.headers[name], cell.code, detail=cell.detail)
            elif (text := cell.strip())[:1] in _FORMULA_STARTS and _FORMULA.match(text):
                self.error(self.headers[name], "import.formula_text", value=text)

    def raw(self, name: str) -> str:
        """The cell as typed (line breaks and all)."""
        position = self.index.get(name)
        if position is None or position >= len(self.cells):
            return ""
        return self.cells[position]

    def items(self, name: str) -> list[str]:
        """A cell of several items (gifts, tags), as a list of its own. The same few
        cells come back row after row ("koken", "tuin; fietsen"): each is split once."""
        raw = self.raw(name)
        found = self.split.get(raw)
        if found is None:
            found = split_items(raw)
            if len(self.split) < SPLIT_CACHE:  # cells all different: memory stays flat
                self.split[raw] = found
        return list(found)

    def has(self, name: str) -> bool:
        return name in self.index

    def get(self, name: str) -> str:
        """The cell as one line of clean text."""
        # `raw` written out: a large file asks for a million cells.
        position = self.index.get(name)
        if position is None or position >= len(self.cells):
            return ""
        return clean_text(self.cells[position])

    def name(self) -> str:
        """The name, from a name column or from first name, infix and last name."""
        if self.has("name"):
            return self.get("name")
        return clean_text(" ".join(self.get(p) for p in ("first_name", "infix", "last_name")))

    def error(self, column: str | None, code: str, **params: Any) -> None:
        if code in _BLANK_CODES and column in self.unreadable:
            return  # already said: the cell holds a formula without a value, not a blank
        self.errors.append(RowError(self.file, self.line, column, code, params))

    def choice(self, name: str, words: dict[str, Any], default: Any) -> Any:
        """A cell with one of a fixed set of values (kind, yes/no, ...)."""
        raw = self.raw(name)
        # A column of choices holds a handful of spellings: each is cleaned once.
        known = self.choices.get(raw)
        if known is None:
            text = clean_text(raw)
            known = self.choices[raw] = (text, cols.word_key(text) if text else "")
        text, word = known
        if not text:
            return default
        value = words.get(word)
        if value is None:
            self.error(
                self.headers[name], "import.unknown_value", value=text, **cols.allowed(words)
            )
        return value

    def date(self, name: str) -> str | None:
        text = self.get(name)
        if not text:
            return None
        parsed = cols.parse_date(text)
        if parsed is None and (serial := cols.excel_serial_date(text)):
            self.error(self.headers[name], "import.date_as_number", value=text, date=serial)
        elif parsed is None:
            self.error(self.headers[name], "import.bad_date", value=text)
        return parsed

    def key(self) -> str:
        given = self.get("key")
        return slugify(given) if given else slugify(self.name())

    def done(self, columns: list[str]) -> ParsedSheet:
        return ParsedSheet(
            self.file, self.headers, columns, errors=self.errors, warnings=self.warnings
        )


def _check_unique(reader: _Reader, key: str, first_lines: dict[str, int]) -> bool:
    if key in first_lines:
        reader.error(
            reader.headers.get("key", reader.headers.get("name")),
            "import.duplicate_key",
            key=key,
            first=first_lines[key],
        )
        return False
    first_lines[key] = reader.line
    return True


def parse_people(
    sheet: Sheet,
    progress: Progress | None = None,
    errors: Problems | None = None,
    warnings: Problems | None = None,
    known: dict[str, KnownPerson] | None = None,
) -> ParsedSheet:
    """Residents from a people file (only `name` is required); rows seen before
    (`known`, by digest) are counted in `unchanged`, not parsed."""
    reader = _Reader(sheet, "people", progress, errors, warnings, known)
    fields = [f for f in cols.PEOPLE_COLUMNS if f in PERSON_FIELDS and reader.has(f)]
    if reader.has_name_parts() and "name" not in fields:
        fields.insert(0, "name")
    parsed = reader.done(fields)
    if reader.header_failed:
        return parsed
    first_lines: dict[str, int] = {}
    without_consent = 0
    # Which columns the file has, asked once rather than for each of its rows.
    has = {name: reader.has(name) for name in (*PERSON_FIELDS, "key")}
    list_fields = [name for name in cols.LIST_FIELDS["people"] if has[name]]
    text_fields = [name for name in ("address", "neighbourhood") if has[name]]
    for _line in reader.rows():
        seen: KnownPerson | None = reader.seen
        if seen is not None:
            if _check_unique(reader, seen.key, first_lines):
                parsed.unchanged += 1
            if seen.consent is None or not has["consent"]:
                without_consent += 1
            continue
        values: dict[str, Any] = {name: reader.items(name) for name in list_fields}
        values["name"] = reader.name()
        for name in text_fields:
            values[name] = reader.get(name)
        if has["notes"]:
            values["notes"] = clean_lines(reader.raw("notes"))
        if has["age_band"]:
            values["age_band"] = reader.choice("age_band", cols.AGE_BAND_WORDS, None)
        if has["open_to_introductions"]:
            values["open_to_introductions"] = (
                reader.choice("open_to_introductions", cols.OPENNESS_WORDS, Openness.UNKNOWN)
                or Openness.UNKNOWN
            )
        if has["consent"]:
            values["consent"] = reader.choice("consent", cols.YES_NO_WORDS, None)
        if has["consent_date"]:
            values["consent_date"] = reader.date("consent_date")
        typed_key = reader.get("key") if has["key"] else ""
        resident = Resident(
            key=slugify(typed_key) if typed_key else slugify(values["name"]), **values
        )
        for problem in resident.problems():
            reader.error(
                reader.headers.get(problem.field, problem.field),
                f"problem.{problem.code}",
                **problem.params,
            )
        if resident.key and _check_unique(reader, resident.key, first_lines):
            parsed.records.append(resident)
            parsed.lines.append(reader.line)
            parsed.digests.append(reader.digest)
            if not typed_key:
                parsed.derived_keys.add(resident.key)
        if resident.consent is None:
            without_consent += 1
    if without_consent:
        # One note for the whole file: the team decides, but should know.
        parsed.warnings.append(
            RowError(
                parsed.file,
                reader.header_line,
                reader.headers.get("consent"),
                "import.no_consent",
                {"count": without_consent},
            )
        )
    return parsed


def parse_groups(
    sheet: Sheet,
    progress: Progress | None = None,
    errors: Problems | None = None,
    warnings: Problems | None = None,
) -> ParsedSheet:
    """Groups from a groups file (`name` and `kind` are required)."""
    reader = _Reader(sheet, "groups", progress, errors, warnings)
    fields = [f for f in ("name", "kind", "address", "description", "tags") if reader.has(f)]
    if reader.has("contact"):
        fields.append("contact_id")
    parsed = reader.done(fields)
    if reader.header_failed:
        return parsed
    first_lines: dict[str, int] = {}
    for line in reader.rows():
        kind = reader.choice("kind", cols.GROUP_KIND_WORDS, None)
        if kind is None and not reader.get("kind"):
            reader.error(
                reader.headers["kind"],
                "import.blank_choice",
                **cols.allowed(cols.GROUP_KIND_WORDS),
            )
        group = Group(
            key=reader.key(),
            name=reader.get("name"),
            kind=GroupKind(kind) if kind else GroupKind.ASSOCIATION,
            address=reader.get("address"),
            description=reader.get("description"),
            tags=split_items(reader.raw("tags")),
        )
        for problem in group.problems():
            reader.error(reader.headers.get(problem.field), f"problem.{problem.code}")
        if group.key and _check_unique(reader, group.key, first_lines):
            parsed.records.append(group)
            parsed.lines.append(line)
            contact = reader.get("contact")
            parsed.contacts.append((line, slugify(contact) if contact else ""))
    return parsed


_TYPE_PREFIXES = {
    "person": RecordType.RESIDENT,
    "persoon": RecordType.RESIDENT,
    "resident": RecordType.RESIDENT,
    "bewoner": RecordType.RESIDENT,
    "p": RecordType.RESIDENT,
    "group": RecordType.GROUP,
    "groep": RecordType.GROUP,
    "g": RecordType.GROUP,
}


@functools.lru_cache(maxsize=65536)
def parse_ref(text: str) -> Ref:
    """'koor' -> any record keyed koor; 'group:koor' / 'groep:koor' -> the group only.
    (Cached: a ties file names each person a few times; a Ref is never changed.)"""
    prefix, sep, rest = text.partition(":")
    record_type = _TYPE_PREFIXES.get(prefix.strip().casefold()) if sep else None
    if record_type is not None:
        return Ref(slugify(rest), record_type)
    return Ref(slugify(text), None)


def parse_ties(
    sheet: Sheet,
    progress: Progress | None = None,
    errors: Problems | None = None,
    warnings: Problems | None = None,
    known: dict[str, StoredTie] | None = None,
) -> ParsedSheet:
    """Ties from a ties file (`from`, `to` and `kind` are required); rows seen before
    (`known`, by digest) go to `known_ties`, not parsed."""
    reader = _Reader(sheet, "ties", progress, errors, warnings, known)
    fields = [f for f in ("strength", "since", "note") if reader.has(f)]
    parsed = reader.done(fields)
    if reader.header_failed:
        return parsed
    has_strength, has_since = reader.has("strength"), reader.has("since")
    for line in reader.rows():
        if reader.seen is not None:
            parsed.known_ties.append((line, reader.seen))
            continue
        ends = []
        for name in ("from", "to"):
            text = reader.get(name)
            if not text:
                reader.error(reader.headers[name], "import.blank_cell")
            ends.append(parse_ref(text))
        kind = reader.choice("kind", cols.TIE_KIND_WORDS, None)
        if kind is None and not reader.get("kind"):
            reader.error(
                reader.headers["kind"],
                "import.blank_choice",
                **cols.allowed(cols.TIE_KIND_WORDS),
            )
        strength = reader.choice("strength", cols.STRENGTH_WORDS, None) if has_strength else None
        row = TieRow(
            line=line,
            from_ref=ends[0],
            to_ref=ends[1],
            # The word tables hold the members themselves (TieKind(kind) gave them back).
            kind=kind or None,
            strength=strength or None,
            since=reader.date("since") if has_since else None,
            note=clean_lines(reader.raw("note")),
            columns=fields,
        )
        if row.from_ref.key and row.to_ref.key:
            parsed.records.append(row)
            parsed.digests.append(reader.digest)
    return parsed
