"""Bad input benchmarks: the bounded error list of 100,000 bad rows, and the refusal of
zip bombs renamed .xlsx. Each case runs the real `abcd import` in a subprocess under
/usr/bin/time; prints the median wall time and the median peak memory (max RSS).

Not a test: `python benchmarks/bench_bad_input.py [--rows N] [--runs N]`.
Before issue 11: 100,000 bad rows took 170 s and 1.24 GB (2.4 GB with --json); a 1 MB
bomb 15 s and 2.2 GB; a 3.7 MB one with 11 M rows ran past 600 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.store.xlsx_parts import CONTENT_TYPES, RELS, workbook_rels, workbook_xml  # noqa: E402

CHUNK = 16 * 1024 * 1024


def bad_people(rows: int, folder: Path) -> Path:
    """`rows` rows with two problems each: 2 x rows problems."""
    path = folder / "bad.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("key,naam,open voor kennismaking,datum toestemming\n")
        for i in range(rows):
            f.write(f"k{i},Bewoner {i},misschien,gisteren\n")
    return path


def _bomb(path: Path, sheet_chunks) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", workbook_xml(["Bewoners"]))
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels(1))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_chunks():
                sheet.write(chunk)
    return path


HEAD = (
    b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>naam'
    b"</t></is></c></row>"
)
TAIL = b"</sheetData></worksheet>"


def space_bomb(folder: Path) -> Path:
    """About 1 MB that unpacks to 1 GB (spaces between the rows)."""

    def chunks():
        yield HEAD
        for _ in range(1024 // 16):
            yield b" " * CHUNK
        yield TAIL

    return _bomb(folder / "bomb-1mb.xlsx", chunks)


def rows_bomb(folder: Path, rows: int = 11_000_000) -> Path:
    """A few MB holding 11 million empty rows, no declared dimension."""

    def chunks():
        yield HEAD
        for start in range(2, rows + 2, 500_000):
            end = min(start + 500_000, rows + 2)
            yield "".join(f'<row r="{r}"/>' for r in range(start, end)).encode()
        yield TAIL

    return _bomb(folder / "bomb-11m-rows.xlsx", chunks)


def timed(argv: list[str]) -> tuple[float, int, int, int]:
    """Wall seconds, peak RSS in kB, exit code and bytes on stdout of one command."""
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", sys.executable, "-m", "abcd_tui", *argv],
        capture_output=True,
        text=True,
    )
    seconds, kb = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kb), result.returncode, len(result.stdout)


def case(label: str, runs: int, argv: list[str], rows: int | None = None) -> None:
    results = [timed(argv) for _ in range(runs)]
    seconds = statistics.median(r[0] for r in results)
    memory = statistics.median(r[1] for r in results) / 1024
    codes = {r[2] for r in results}
    rate = f", {rows / seconds:,.0f} rows/s" if rows else ""
    print(
        f"{label}: median {seconds:.2f} s, peak {memory:.0f} MB{rate} "
        f"(exit {'/'.join(map(str, sorted(codes)))}, {results[0][3]:,} bytes on stdout, "
        f"{runs} runs: {', '.join(f'{r[0]:.2f}' for r in results)} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = str(folder / "abcd.db")
        people = bad_people(args.rows, folder)
        base = ["--db", db, "import", "--people"]
        case(f"{args.rows:,} bad rows (table)", args.runs, [*base, str(people)], args.rows)
        case(
            f"{args.rows:,} bad rows (--json)",
            args.runs,
            [*base, str(people), "--json"],
            args.rows,
        )
        bomb = space_bomb(folder)
        case(f"zip bomb {bomb.stat().st_size / 1e6:.1f} MB -> 1 GB", args.runs, [*base, str(bomb)])
        bomb = rows_bomb(folder)
        label = f"zip bomb {bomb.stat().st_size / 1e6:.1f} MB, 11 M rows"
        case(label, args.runs, [*base, str(bomb)])


if __name__ == "__main__":
    main()
