"""Start-up: a command loads what it uses. `abcd stats` opens the register and prints a
table: no numpy or pandas (sqlite-utils imports them when installed), no analysis, no
Textual, no spreadsheet reader; `abcd --help` not even the store."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("numpy", "pandas", "networkx", "igraph", "textual", "openpyxl")


def loaded_by(*argv: str) -> set[str]:
    """The top-level modules loaded by `abcd ARGV`, run in a fresh interpreter."""
    code = (
        "import json, sys\n"
        "from abcd_tui.cli import main\n"
        f"main({list(argv)!r})\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def test_stats_loads_no_numpy_no_analysis_no_textual(tmp_path):
    db = str(tmp_path / "r.db")
    loaded = loaded_by("--db", db, "stats")
    assert "sqlite_utils" in loaded  # the register was opened
    assert loaded.isdisjoint(HEAVY), loaded & set(HEAVY)


def test_help_does_not_load_the_store():
    loaded = loaded_by("--help")
    assert loaded.isdisjoint({"sqlite_utils", "sqlite3", *HEAVY})
