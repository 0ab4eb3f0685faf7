"""Start-up: a command loads what it uses. `abcd stats` counts on plain sqlite3: no
sqlite-utils, no numpy or pandas (sqlite-utils imports them when installed), no
analysis, no Textual, no spreadsheet reader; `abcd --help` not even the store."""

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


def test_stats_counts_on_plain_sqlite3_and_loads_nothing_heavy(tmp_path):
    from abcd_tui.cli import main

    db = str(tmp_path / "r.db")
    assert main(["--db", db, "demo", "--size", "20"]) == 0
    loaded = loaded_by("--db", db, "stats")
    assert "sqlite3" in loaded  # the register was read
    assert loaded.isdisjoint({"sqlite_utils", *HEAVY}), loaded & {"sqlite_utils", *HEAVY}


def test_stats_on_a_register_to_open_first_still_loads_no_numpy(tmp_path):
    loaded = loaded_by("--db", str(tmp_path / "missing.db"), "stats")  # told it is missing
    assert "sqlite_utils" in loaded  # opened the ordinary way, which says what is wrong
    assert loaded.isdisjoint(HEAVY), loaded & set(HEAVY)


def test_other_commands_load_sqlite_utils_without_numpy(tmp_path):
    loaded = loaded_by("--db", str(tmp_path / "r.db"), "list", "people")
    assert "sqlite_utils" in loaded
    assert loaded.isdisjoint(HEAVY), loaded & set(HEAVY)


def test_help_does_not_load_the_store():
    loaded = loaded_by("--help")
    assert loaded.isdisjoint({"sqlite_utils", "sqlite3", *HEAVY})


def test_the_app_imports_only_the_overview_before_it_paints():
    """The other screens, the analysis and the exports (networkx, igraph, jinja2) load
    when first used (`AbcdApp.MODES`: `screen_of`)."""
    code = "import json, sys\nimport abcd_tui.tui.app\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout))
    assert "abcd_tui.tui.screens.overview" in loaded
    assert "abcd_tui.tui.screens.residents" not in loaded
    top = {name.split(".")[0] for name in loaded}
    assert top.isdisjoint({"networkx", "igraph", "jinja2", "openpyxl"}), top


def test_the_still_to_ask_screen_loads_the_export_only_to_write_a_list():
    """Its templates (jinja2) load in the worker that writes the list, not on the UI
    thread when the screen first opens."""
    code = (
        "import json, sys\nimport abcd_tui.tui.screens.still_to_ask\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout))
    assert "abcd_tui.export.still_to_ask" not in loaded
    assert "jinja2" not in {name.split(".")[0] for name in loaded}
