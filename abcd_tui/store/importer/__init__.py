"""`abcd import`: people, groups and ties from the spreadsheets a team already keeps.

One transaction: every row is checked first; if any row is bad, nothing is imported and
the error lists the first bad rows of each file (file, line, column, what is wrong) and
counts the rest by kind (`problems.Problems`). Records are matched by
key, so importing the same files again changes nothing. A column that is present in a
file sets that field (a blank cell clears it); a column that is absent leaves it alone.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import RecordType, Tie, now_iso, tie_order, tie_problem
from abcd_tui.store import reads, writes
from abcd_tui.store.database import write_transaction
from abcd_tui.store.importer import columns
from abcd_tui.store.importer.parse import (
    ParsedSheet,
    Problems,
    RowError,
    TieRow,
    parse_groups,
    parse_people,
    parse_ties,
)
from abcd_tui.store.importer.sheets import read_sheet
from abcd_tui.store.rows import group_from_row, resident_from_row, tie_from_row

Progress = Callable[[str, int, int], None]
WRITE_CHUNK = 5000  # rows per write step: progress moves, memory stays flat


class ImportRejected(UserError):
    """Nothing was imported; `errors` says what is wrong, row by row."""

    code = "import.rejected"

    def __init__(self, errors: Problems):
        super().__init__(self.code, count=len(errors))
        self.errors = errors


@dataclass
class Counts:
    """How many records an import adds, changes and leaves alone, and which."""

    added: int = 0
    changed: int = 0
    unchanged: int = 0
    added_keys: list[str] = field(default_factory=list)
    changed_keys: list[str] = field(default_factory=list)

    def add(self, key: str) -> None:
        self.added += 1
        self.added_keys.append(key)

    def change(self, key: str) -> None:
        self.changed += 1
        self.changed_keys.append(key)


@dataclass
class ImportReport:
    """What an import did (or, with dry_run, would do)."""

    people: Counts = field(default_factory=Counts)
    groups: Counts = field(default_factory=Counts)
    ties: Counts = field(default_factory=Counts)
    warnings: Problems = field(default_factory=Problems)
    dry_run: bool = False
    given: set[str] = field(default_factory=set)  # which files were given (stats.* codes)

    def as_json(self) -> dict[str, object]:
        return {
            "dry_run": self.dry_run,
            **{
                name: dataclasses.asdict(getattr(self, name))
                for name in ("people", "groups", "ties")
            },
            "warnings": [w.as_json() for w in self.warnings],
            "warnings_total": len(self.warnings),
            "warning_kinds": [k.as_json() for k in self.warnings.kinds()],
        }


def import_files(
    db: Database,
    *,
    people: Path | None = None,
    groups: Path | None = None,
    ties: Path | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    on_wait: Callable[[float], None] | None = None,
) -> ImportReport:
    """Import the given files in one transaction; raise ImportRejected if any row is bad."""
    if people is None and groups is None and ties is None:
        raise UserError("import.nothing_to_import")
    step = progress or (lambda stage, done, total: None)
    sheets = {}
    for name, path in (("people", people), ("groups", groups), ("ties", ties)):
        if path is not None:
            step("read", 0, 1)
            sheets[name] = read_sheet(Path(path))
    errors, warnings = Problems(), Problems()
    parsers = (("people", parse_people), ("groups", parse_groups), ("ties", parse_ties))
    parsed_people, parsed_groups, parsed_ties = (
        parse(sheets[name], step, errors, warnings) if name in sheets else None
        for name, parse in parsers
    )

    report = ImportReport(warnings=warnings, dry_run=dry_run)
    report.given = {
        code
        for code, path in (
            ("stats.residents", people),
            ("stats.groups", groups),
            ("stats.ties", ties),
        )
        if path is not None
    }
    with contextlib.suppress(_DryRunDone):  # a dry run rolled back: nothing written
        _plan_and_apply(
            db, parsed_people, parsed_groups, parsed_ties, report, errors, step, on_wait
        )
    return report


class _DryRunDone(Exception):
    """Raised inside the transaction so that a dry run rolls it back."""


def _plan_and_apply(db, parsed_people, parsed_groups, parsed_ties, report, errors, step, on_wait):
    with write_transaction(db, on_wait=on_wait):
        index = reads.key_index(db)
        by = writes.recorder()
        at = now_iso()
        plan = _Plan(db, index, by, at, step)
        if parsed_people:
            plan.people(parsed_people, report.people, errors)
        if parsed_groups:
            plan.groups(parsed_groups, report.groups, errors)
        if parsed_ties:
            plan.ties(parsed_ties, report.ties, errors, report.warnings)
        if errors:
            raise ImportRejected(errors)
        if report.dry_run:
            raise _DryRunDone
        plan.apply()


class _Plan:
    """What the import will add and change, worked out against the database."""

    def __init__(self, db, index, by, at, step):
        self.db, self.index, self.by, self.at, self.step = db, index, by, at, step
        self.new_people, self.changed_people = [], []
        self.new_groups, self.changed_groups = [], []
        self.new_ties, self.changed_ties = [], []

    def _existing(self, table: str, keys: list[str], from_row) -> dict:
        found = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.query(f"SELECT * FROM [{table}] WHERE key IN ({marks})", chunk):
                found[row["key"]] = from_row(row)
        return found

    def _merge(
        self,
        parsed: ParsedSheet,
        table,
        from_row,
        record_type,
        counts,
        new,
        changed,
        errors: Problems,
    ):
        existing_keys = [r.key for r in parsed.records if r.key in self.index[record_type]]
        existing = self._existing(table, existing_keys, from_row)
        for number, (record, line) in enumerate(zip(parsed.records, parsed.lines, strict=True)):
            if number % 2000 == 0:
                self.step("check", number, len(parsed.records))
            old = existing.get(record.key)
            if old is None:
                writes.stamp_new(record, self.by, self.at)
                new.append(record)
                counts.add(record.key)
                continue
            differs = [f for f in parsed.columns if getattr(old, f) != getattr(record, f)]
            if record.key in parsed.derived_keys and (
                moved := [
                    f
                    for f in differs
                    if f in ("address", "neighbourhood") and getattr(old, f) and getattr(record, f)
                ]
            ):
                # Same name, other address: maybe a namesake. Never overwrite a neighbour
                # on a guess; a typed key says "this is the same person".
                errors.append(
                    RowError(
                        parsed.file,
                        line,
                        parsed.header(moved[0]),
                        "import.same_name_elsewhere",
                        {"key": record.key, "stored": getattr(old, moved[0])},
                    )
                )
            elif not differs:
                counts.unchanged += 1
            else:
                updated = dataclasses.replace(old, **{f: getattr(record, f) for f in differs})
                writes.stamp_changed(updated, self.at)
                changed.append(updated)
                counts.change(f"{record.key} ({', '.join(parsed.header(f) or f for f in differs)})")
            record.id = old.id  # later rows (ties, contacts) point at the stored record
        self.step("check", len(parsed.records), len(parsed.records))

    def people(self, parsed: ParsedSheet, counts: Counts, errors: Problems) -> None:
        self._merge(
            parsed,
            "residents",
            resident_from_row,
            RecordType.RESIDENT,
            counts,
            self.new_people,
            self.changed_people,
            errors,
        )
        for record in parsed.records:
            self.index[RecordType.RESIDENT][record.key] = reads.KeyEntry(
                record.id, RecordType.RESIDENT, record.name
            )

    def groups(self, parsed: ParsedSheet, counts: Counts, errors: Problems) -> None:
        residents = self.index[RecordType.RESIDENT]
        for record, (line, contact) in zip(parsed.records, parsed.contacts, strict=True):
            if contact:
                entry = residents.get(contact)
                if entry is None:
                    errors.append(
                        RowError(
                            parsed.file,
                            line,
                            parsed.header("contact"),
                            "import.unknown_person",
                            {"key": contact},
                        )
                    )
                else:
                    record.contact_id = entry.id
        self._merge(
            parsed,
            "groups",
            group_from_row,
            RecordType.GROUP,
            counts,
            self.new_groups,
            self.changed_groups,
            errors,
        )
        for record in parsed.records:
            self.index[RecordType.GROUP][record.key] = reads.KeyEntry(
                record.id, RecordType.GROUP, record.name
            )

    def _resolve(self, ref, line, column, parsed, errors) -> reads.KeyEntry | None:
        types = [ref.type] if ref.type else [RecordType.RESIDENT, RecordType.GROUP]
        found = [self.index[t][ref.key] for t in types if ref.key in self.index[t]]
        if len(found) == 1:
            return found[0]
        code = "import.ambiguous_key" if found else "import.unknown_key"
        if not found and ref.type is not None:
            other = RecordType.GROUP if ref.type == RecordType.RESIDENT else RecordType.RESIDENT
            if ref.key in self.index[other]:
                code = (
                    "import.not_a_group" if ref.type == RecordType.GROUP else "import.not_a_person"
                )
        errors.append(RowError(parsed.file, line, column, code, {"key": ref.key}))
        return None

    def ties(
        self, parsed: ParsedSheet, counts: Counts, errors: Problems, warnings: Problems
    ) -> None:
        # One indexed look-up per tie (UNIQUE from_id, to_id, kind), not the whole table:
        # a five-row file into a 100,000-resident register loaded 830,000 ties (1.1 GB).
        cursor = self.db.conn.cursor()

        def existing(identity: tuple[str, str, str]) -> dict | None:
            found = cursor.execute(
                "SELECT * FROM ties WHERE from_id = ? AND to_id = ? AND kind = ?", identity
            ).fetchone()
            if found is None:
                return None
            return dict(zip([d[0] for d in cursor.description], found, strict=True))

        seen: dict[tuple[str, str, str], tuple[TieRow, int]] = {}

        group_kinds = dict(self.db.execute("SELECT id, kind FROM groups").fetchall())
        for record in self.new_groups + self.changed_groups:
            group_kinds[record.id] = record.kind.value
        row: TieRow
        for number, row in enumerate(parsed.records):
            if number % 2000 == 0:
                self.step("check", number, len(parsed.records))
            a = self._resolve(row.from_ref, row.line, parsed.header("from"), parsed, errors)
            b = self._resolve(row.to_ref, row.line, parsed.header("to"), parsed, errors)
            if a is None or b is None or row.kind is None:
                continue
            problem = tie_problem(row.kind, a.type, b.type, a.id == b.id)
            if (
                problem is None
                and row.kind.value == "uses_place"
                and group_kinds.get(b.id) != "place"
            ):
                problem_code, params = "problem.tie_uses_place_needs_place", {"key": row.to_ref.key}
                errors.append(
                    RowError(parsed.file, row.line, parsed.header("to"), problem_code, params)
                )
                continue
            if problem is not None:
                column = parsed.header(problem.field)
                errors.append(
                    RowError(
                        parsed.file,
                        row.line,
                        column,
                        f"problem.{problem.code}",
                        {
                            **problem.params,
                            **columns.in_words(row.kind.value),
                            "from": row.from_ref.key,
                            "to": row.to_ref.key,
                        },
                    )
                )
                continue
            from_id, to_id = tie_order(row.kind, a.id, a.type, b.id, b.type)
            identity = (from_id, to_id, row.kind.value)
            if identity in seen:  # the same tie twice is one tie
                first, first_line = seen[identity]
                if any(getattr(first, f) != getattr(row, f) for f in row.columns):
                    warnings.append(
                        RowError(
                            parsed.file, row.line, None, "import.tie_twice", {"first": first_line}
                        )
                    )
                continue
            tie = Tie(
                from_id=from_id,
                to_id=to_id,
                kind=row.kind,
                strength=row.strength,
                since=row.since,
                note=row.note,
            )
            seen[identity] = (row, row.line)
            label = f"{row.from_ref.key} – {row.to_ref.key} ({row.kind.value})"
            old_row = existing(identity)
            if old_row is None:
                writes.stamp_new(tie, self.by, self.at)
                self.new_ties.append(tie)
                counts.add(label)
                continue
            old = tie_from_row(old_row)
            if all(getattr(old, f) == getattr(tie, f) for f in row.columns):
                counts.unchanged += 1
            else:
                updated = dataclasses.replace(old, **{f: getattr(tie, f) for f in row.columns})
                writes.stamp_changed(updated, self.at)
                self.changed_ties.append(updated)
                counts.change(label)

    def apply(self) -> None:
        batches: list[tuple[Callable[[Database, Sequence[Any]], int], Sequence[Any]]] = [
            (writes.insert_residents, self.new_people),
            (writes.update_residents, self.changed_people),
            (writes.insert_groups, self.new_groups),
            (writes.update_groups, self.changed_groups),
            (writes.insert_ties, self.new_ties),
            (writes.update_ties, self.changed_ties),
        ]
        total = sum(len(records) for _, records in batches)
        done = 0
        self.step("write", done, total)
        for write, records in batches:
            for start in range(0, len(records), WRITE_CHUNK):
                chunk = records[start : start + WRITE_CHUNK]
                write(self.db, chunk)
                done += len(chunk)
                self.step("write", done, total)
