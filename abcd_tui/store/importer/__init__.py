"""`abcd import`: people, groups and ties from the spreadsheets a team already keeps.

One transaction: every row is checked first; if any row is bad, nothing is imported and
the error lists the first bad rows of each file (file, line, column, what is wrong) and
counts the rest by kind (`problems.Problems`). Records are matched by
key, so importing the same files again changes nothing. A column that is present in a
file sets that field (a blank cell clears it); a column that is absent leaves it alone.

Importing the same file again is quick: rows written by an earlier import and unchanged
since are recognised by a digest and skipped unread (`known`). An import that would
change nothing writes nothing: no backup, no new revision. Writes go in bulk
(executemany), each table's rows looked up in batches, never one SELECT per row.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import RecordType, Tie, TieKind, now_iso, tie_order, tie_problem
from abcd_tui.store import reads, writes
from abcd_tui.store.backup import database_file, make_backup
from abcd_tui.store.database import revision, write_transaction
from abcd_tui.store.importer import columns, known
from abcd_tui.store.importer.known import Known, KnownTie
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
LOOKUP_CHUNK = 500  # keys per batched SELECT (well under SQLite's 32,766 parameters)
# Page cache of the import's connection while it writes: the indexes of 100,000
# residents and 200,000 ties fit, instead of SQLite's 2 MB going to disk and back.
IMPORT_CACHE_KIB = 128 * 1024


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
    backup: str | None = None,
) -> ImportReport:
    """Import the given files in one transaction; raise ImportRejected if any row is bad.

    `backup`: the reason of a backup made (`store.backup`) once the import is known to
    change something, inside its transaction before anything is written; an import that
    changes nothing makes none."""
    if people is None and groups is None and ties is None:
        raise UserError("import.nothing_to_import")
    files = {"people": people, "groups": groups, "ties": ties}
    # Hundreds of thousands of records and rows, no cycles among them: the cyclic garbage
    # collector would walk them all again and again (a third of a large import's time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import(db, files, dry_run, progress, on_wait, backup, seen_before=True)
    except _WrittenMeanwhile:  # the rows skipped as seen before may be stale: all again
        return _import(db, files, dry_run, progress, on_wait, backup, seen_before=False)
    finally:
        if collecting:
            gc.enable()


def _import(db, files, dry_run, progress, on_wait, backup, *, seen_before: bool):
    step = progress or (lambda stage, done, total: None)
    sheets = {}
    for name, path in files.items():
        if path is not None:
            step("read", 0, 1)
            sheets[name] = read_sheet(Path(path))
    errors, warnings = Problems(), Problems()
    seen = known.known_people(db) if seen_before else Known()
    parsed_people = parsed_groups = parsed_ties = None
    if "people" in sheets:
        parsed_people = parse_people(sheets.pop("people"), step, errors, warnings, seen.people)
    if "groups" in sheets:
        parsed_groups = parse_groups(sheets.pop("groups"), step, errors, warnings)
    if "ties" in sheets:
        if seen_before:
            new_people = parsed_people.records if parsed_people else []
            new_groups = parsed_groups.records if parsed_groups else []
            new_keys = {
                RecordType.RESIDENT: [r.key for r in new_people],
                RecordType.GROUP: [g.key for g in new_groups],
            }
            kinds = {g.key: g.kind.value for g in new_groups}
            seen = known.add_known_ties(db, seen, new_keys, kinds)
        parsed_ties = parse_ties(sheets.pop("ties"), step, errors, warnings, seen.ties)
    skipped = (parsed_people is not None and parsed_people.unchanged > 0) or (
        parsed_ties is not None and len(parsed_ties.known_ties) > 0
    )

    report = ImportReport(warnings=warnings, dry_run=dry_run)
    report.given = {
        code
        for code, path in (
            ("stats.residents", files["people"]),
            ("stats.groups", files["groups"]),
            ("stats.ties", files["ties"]),
        )
        if path is not None
    }
    # A dry run, and an import that changes nothing, roll back: nothing written.
    with contextlib.suppress(_NothingWritten):
        _plan_and_apply(
            db,
            (parsed_people, parsed_groups, parsed_ties),
            report,
            errors,
            step,
            on_wait,
            backup,
            seen.revision if skipped else None,
        )
    return report


def _backup(db: Database, reason: str) -> None:
    """A backup of the register as the import found it. Made over a second connection:
    the import's own holds the write lock (nothing written yet), and SQLite's backup
    cannot read through a connection that is inside a transaction."""
    path = database_file(db)
    other = Database(sqlite3.connect(path), execute_plugins=False)
    try:
        make_backup(other, reason, path)
    finally:
        other.close()


class _NothingWritten(Exception):
    """Raised inside the transaction so that a dry run, or an import that would change
    nothing, rolls it back (no new revision, no backup)."""


class _WrittenMeanwhile(Exception):
    """Someone wrote between reading the rows seen before and the import's transaction."""


def _plan_and_apply(db, parsed, report, errors, step, on_wait, backup, seen_revision):
    parsed_people, parsed_groups, parsed_ties = parsed
    with write_transaction(db, on_wait=on_wait):
        if seen_revision is not None and revision(db) != seen_revision:
            raise _WrittenMeanwhile
        # Every row seen before (an unchanged re-import): no key to resolve, so the keys
        # of the whole register are not read.
        if any(sheet is not None and sheet.records for sheet in parsed):
            index = reads.key_index(db)
        else:
            index = {RecordType.RESIDENT: {}, RecordType.GROUP: {}}
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
        if report.dry_run or not plan.changes():
            raise _NothingWritten
        if backup is not None:
            _backup(db, backup)
        cache = db.execute("PRAGMA cache_size").fetchone()[0]
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        try:
            plan.apply()
        finally:
            db.execute(f"PRAGMA cache_size = {cache}")


class _Plan:
    """What the import will add and change, worked out against the database."""

    def __init__(self, db, index, by, at, step):
        self.db, self.index, self.by, self.at, self.step = db, index, by, at, step
        self.new_people, self.changed_people = [], []
        self.new_groups, self.changed_groups = [], []
        self.new_ties, self.changed_ties = [], []
        # The two halves of the key index, looked up twice for each row of a ties file.
        self.residents = index[RecordType.RESIDENT]
        self.groups_by_key = index[RecordType.GROUP]
        # (record id, row digest, version, ends digest) of every record read in full:
        # noted when the import writes, so the next import of the same rows skips them.
        self.digests: list[tuple[str, str, int, str | None]] = []

    def changes(self) -> bool:
        """Whether the import adds or changes anything."""
        return any(
            (
                self.new_people,
                self.changed_people,
                self.new_groups,
                self.changed_groups,
                self.new_ties,
                self.changed_ties,
            )
        )

    def _existing(self, table: str, keys: list[str], from_row) -> dict:
        found = {}
        for start in range(0, len(keys), LOOKUP_CHUNK):
            chunk = keys[start : start + LOOKUP_CHUNK]
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
        digests = parsed.digests or [""] * len(parsed.records)  # groups: never skipped
        for number, (record, line, digest) in enumerate(
            zip(parsed.records, parsed.lines, digests, strict=True)
        ):
            if number % 2000 == 0:
                self.step("check", number, len(parsed.records))
            old = existing.get(record.key)
            if old is None:
                writes.stamp_new(record, self.by, self.at)
                new.append(record)
                counts.add(record.key)
                if digest:
                    self.digests.append((record.id, digest, record.version, None))
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
                if digest:
                    self.digests.append((old.id, digest, old.version, None))
            else:
                updated = dataclasses.replace(old, **{f: getattr(record, f) for f in differs})
                writes.stamp_changed(updated, self.at)
                changed.append(updated)
                counts.change(f"{record.key} ({', '.join(parsed.header(f) or f for f in differs)})")
                if digest:
                    self.digests.append((old.id, digest, updated.version, None))
            record.id = old.id  # later rows (ties, contacts) point at the stored record
        self.step("check", len(parsed.records), len(parsed.records))

    def people(self, parsed: ParsedSheet, counts: Counts, errors: Problems) -> None:
        counts.unchanged += parsed.unchanged
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
        if ref.type is None:  # the usual case, first: a key of one resident or one group
            resident = self.residents.get(ref.key)
            group = self.groups_by_key.get(ref.key)
            if group is None and resident is not None:
                return resident
            if resident is None and group is not None:
                return group
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
        seen: dict[tuple[str, str, str], tuple[TieRow | KnownTie, int]] = {}
        group_kinds = dict(self.db.execute("SELECT id, kind FROM groups").fetchall())
        for record in self.new_groups + self.changed_groups:
            group_kinds[record.id] = record.kind.value
        # Rows seen before (known.KnownTie) and rows read in full, in the file's order, so
        # the first of two rows for one tie is the one that counts, whichever it is. Two
        # rows seen before are never one tie (each stands for another stored tie).
        rows: list[tuple[int, TieRow | None, KnownTie | None, str]] = []
        if parsed.records:
            rows = [(line, None, KnownTie.of(tie), "") for line, tie in parsed.known_ties]
            rows += [
                (r.line, r, None, d) for r, d in zip(parsed.records, parsed.digests, strict=True)
            ]
            rows.sort(key=lambda entry: entry[0])
        else:
            counts.unchanged += len(parsed.known_ties)
        candidates: list[tuple[Tie, str, str, str]] = []  # (tie, label, digest, ends digest)
        for number, (line, row, seen_before, digest) in enumerate(rows):
            if number % 2000 == 0:
                self.step("check", number, len(rows))
            if seen_before is not None:
                identity = (seen_before.from_id, seen_before.to_id, seen_before.kind.value)
                if identity in seen:
                    self._twice(identity, line, seen_before, seen, parsed, warnings)
                else:
                    seen[identity] = (seen_before, line)
                    counts.unchanged += 1
                continue
            assert row is not None
            found = self._tie(row, parsed, errors, group_kinds)
            if found is None:
                continue
            tie, ends = found
            identity = (tie.from_id, tie.to_id, tie.kind.value)
            if identity in seen:
                self._twice(identity, row.line, row, seen, parsed, warnings)
                continue
            seen[identity] = (row, row.line)
            label = f"{row.from_ref.key} – {row.to_ref.key} ({row.kind})"
            candidates.append((tie, label, digest, ends))
        self.step("check", len(rows), len(rows))
        existing = self._existing_ties([tie for tie, *_ in candidates])
        for tie, label, digest, ends in candidates:
            old_row = existing.get((tie.from_id, tie.to_id, tie.kind.value))
            if old_row is None:
                writes.stamp_new(tie, self.by, self.at)
                self.new_ties.append(tie)
                counts.add(label)
                self.digests.append((tie.id, digest, tie.version, ends))
                continue
            old = tie_from_row(old_row)
            if all(getattr(old, f) == getattr(tie, f) for f in parsed.columns):
                counts.unchanged += 1
                self.digests.append((old.id, digest, old.version, ends))
            else:
                updated = dataclasses.replace(old, **{f: getattr(tie, f) for f in parsed.columns})
                writes.stamp_changed(updated, self.at)
                self.changed_ties.append(updated)
                counts.change(label)
                self.digests.append((old.id, digest, updated.version, ends))

    @staticmethod
    def _twice(identity, line: int, row, seen, parsed: ParsedSheet, warnings: Problems) -> None:
        """A tie that came earlier in the file (in `seen`): the same tie twice is one
        tie, said when the two rows differ. `row`: a TieRow or a KnownTie (same fields)."""
        first, first_line = seen[identity]
        if any(getattr(first, f) != getattr(row, f) for f in parsed.columns):
            warnings.append(
                RowError(parsed.file, line, None, "import.tie_twice", {"first": first_line})
            )

    def _tie(self, row: TieRow, parsed: ParsedSheet, errors: Problems, group_kinds):
        """The tie a row describes and the digest of its ends' keys, or None (with the
        problem in `errors`)."""
        a = self._resolve(row.from_ref, row.line, parsed.header("from"), parsed, errors)
        b = self._resolve(row.to_ref, row.line, parsed.header("to"), parsed, errors)
        if a is None or b is None or row.kind is None:
            return None
        problem = tie_problem(row.kind, a.type, b.type, a.id == b.id)
        if problem is None and row.kind is TieKind.USES_PLACE and group_kinds.get(b.id) != "place":
            problem_code, params = "problem.tie_uses_place_needs_place", {"key": row.to_ref.key}
            errors.append(
                RowError(parsed.file, row.line, parsed.header("to"), problem_code, params)
            )
            return None
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
            return None
        from_id, to_id = tie_order(row.kind, a.id, a.type, b.id, b.type)
        tie = Tie(
            from_id=from_id,
            to_id=to_id,
            kind=row.kind,
            strength=row.strength,
            since=row.since,
            note=row.note,
        )
        # The ends' keys in the tie's stored order (a and b are two records, see above).
        if from_id == a.id:
            return tie, known.ends_digest(row.from_ref.key, row.to_ref.key)
        return tie, known.ends_digest(row.to_ref.key, row.from_ref.key)

    def _existing_ties(self, ties: list[Tie]) -> dict[tuple[str, str, str], dict]:
        """The stored rows of these ties, by (from_id, to_id, kind): looked up in batches
        of their from_id (a few ties each), never the whole table (a five-row file into a
        100,000-resident register once loaded 830,000 ties, 1.1 GB)."""
        wanted = {(t.from_id, t.to_id, t.kind.value) for t in ties}
        if not wanted or self.db.execute("SELECT 1 FROM ties LIMIT 1").fetchone() is None:
            return {}
        starts = sorted({identity[0] for identity in wanted})
        found = {}
        for start in range(0, len(starts), LOOKUP_CHUNK):
            chunk = starts[start : start + LOOKUP_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.query(f"SELECT * FROM ties WHERE from_id IN ({marks})", chunk):
                identity = (row["from_id"], row["to_id"], row["kind"])
                if identity in wanted:
                    found[identity] = row
        return found

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
        known.remember(self.db, self.digests)
