"""Does a speed-up change what the analysis says? Record the full report once, compare after.

    python benchmarks/check_same_report.py record --db /tmp/abcd-5k.db --out /tmp/report.json
    python benchmarks/check_same_report.py compare --db /tmp/abcd-5k.db --out /tmp/report.json

The report is `full_report(db)` written out in full: every introduction (in order, with
score, reasons and their parameters, consent flag), the connectors of residents and
groups, the not-yet-connected list, the communities and the fragmentation; then the
introductions with "not now" included and `who_can_help` for a few questions. `compare`
exits 1 and names the first difference when anything differs. Make the database with
`abcd --db X demo --size 5000` (seeded: the same register every time).
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import sys
from pathlib import Path
from typing import Any

HELP_ASKED = ("koken", "hulp in de tuin", "computerles", "fietsen", "muziek maken")


def plain(value: Any) -> Any:
    """`value` as JSON-able data, dataclasses as dicts, enums by value, floats exact."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, float):
        return repr(value)  # exact: 2.3000000000000003 is not 2.3
    return value


def report(db_path: Path) -> dict[str, Any]:
    from abcd_tui.analysis import analysis_of, full_report, introductions, who_can_help
    from abcd_tui.store import open_database

    db = open_database(db_path, create=False)
    found = plain(full_report(db))
    analysis = analysis_of(db)
    found["introductions_not_now"] = plain(introductions(analysis, not_now=True))
    for text in HELP_ASKED:
        found[f"who_can_help {text}"] = plain(who_can_help(analysis, text, top=50))
    db.close()
    return found


def first_difference(old: Any, new: Any, where: str = "") -> str | None:
    if type(old) is not type(new):
        return f"{where}: {old!r} != {new!r}"
    if isinstance(old, dict):
        if list(old) != list(new):
            return f"{where}: keys {list(old)} != {list(new)}"
        for k in old:
            found = first_difference(old[k], new[k], f"{where}.{k}")
            if found:
                return found
        return None
    if isinstance(old, list):
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            found = first_difference(a, b, f"{where}[{i}]")
            if found:
                return found
        if len(old) != len(new):
            return f"{where}: length {len(old)} != {len(new)}"
        return None
    return None if old == new else f"{where}: {old!r} != {new!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["record", "compare"])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    found = report(args.db)
    counts = {k: len(v) for k, v in found.items() if isinstance(v, list)}
    if args.what == "record":
        args.out.write_text(json.dumps(found, ensure_ascii=False))
        print(f"recorded {counts} in {args.out}")
        return
    difference = first_difference(json.loads(args.out.read_text()), found)
    if difference:
        print(f"DIFFERENT {difference}")
        sys.exit(1)
    print(f"identical: {counts}")


if __name__ == "__main__":
    main()
