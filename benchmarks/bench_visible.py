"""Showing text safely: what `visible()` and the app's line filter cost.

Prints medians of several runs: `visible()` over the names and notes of a 5,000-resident
register (ordinary, and with every tenth name hostile), the CLI's `list people` table
built from them, and the app's `TerminalSafe` filter over a full 140x40 screen of
segments (ordinary lines, and lines with control characters). Not a test: run
`python benchmarks/bench_visible.py [--size N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from bench_register import median_of as timed  # the same folder: run as a script
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual.color import Color

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from abcd_tui.cli.output import literal  # noqa: E402
from abcd_tui.domain.text import visible  # noqa: E402
from abcd_tui.tui.text import TerminalSafe  # noqa: E402
from tests.hostile import ESCAPES  # noqa: E402

NAMES = ["Jannie van der Veen", "Zoë Đặng 👩\u200d👩\u200d👧", "Yusuf Kaya", "Anouk de Vries"]


def texts(size: int, hostile: bool) -> list[str]:
    payloads = list(ESCAPES.values())
    found = []
    for n in range(size):
        name = NAMES[n % len(NAMES)] + f" {n}"
        if hostile and n % 10 == 0:
            name += payloads[n % len(payloads)]
        found += [name, f"Kerkstraat {n}", "koken, tuin, fietsen maken", "Houdt van wandelen."]
    return found


def screen(hostile: bool) -> list[list[Segment]]:
    style = Style(color="white", bgcolor="black", bold=True)
    line = [Segment(" " * 10), Segment("Jannie van der Veen", style), Segment(" " * 30)]
    if hostile:
        line[1] = Segment("Jannie \x1b]52;c;SGFja2Vk\x07 van der Veen", style)
    return [list(line) * 3 for _ in range(40)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for hostile in (False, True):
        items = texts(args.size, hostile)
        median, _ = timed(args.runs, lambda items=items: [visible(x) for x in items])
        kind = "hostile 1 in 10" if hostile else "ordinary"
        print(f"visible() on {len(items):,} fields ({kind}): {median * 1000:.1f} ms")
    items = texts(args.size, True)[::4]
    console = Console(file=io.StringIO(), width=120)

    def table() -> None:
        from rich.table import Table

        t = Table()
        t.add_column("Naam")
        for name in items:
            t.add_row(literal(name))
        console.print(t)

    median, _ = timed(args.runs, table)
    print(f"CLI table of {len(items):,} literal names: {median * 1000:.1f} ms")
    safe = TerminalSafe()
    for hostile in (False, True):
        lines = screen(hostile)
        median, _ = timed(
            args.runs * 20, lambda lines=lines: [safe.apply(s, Color(0, 0, 0)) for s in lines]
        )
        kind = "with control characters" if hostile else "ordinary"
        print(f"TerminalSafe on a 140x40 screen ({kind}): {median * 1e6:.0f} µs")


if __name__ == "__main__":
    main()
