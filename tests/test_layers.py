"""The headless layers never import Textual (they serve the CLI, scripts and exports)."""

import subprocess
import sys

HEADLESS = [
    "abcd_tui.domain.records",
    "abcd_tui.domain.vocabulary",
    "abcd_tui.store",
    "abcd_tui.store.importer",
    "abcd_tui.store.reads",
    "abcd_tui.demo",
    "abcd_tui.snapshots",
    "abcd_tui.export",
    "abcd_tui.export.formats",
    "abcd_tui.export.gexf",
    "abcd_tui.export.report",
    "abcd_tui.store.forget",
    "abcd_tui.cli",
    "abcd_tui.cli.main",
    "abcd_tui.cli.output",
    "abcd_tui.cli.records",
    "abcd_tui.cli.importing",
    "abcd_tui.cli.analysis",
    "abcd_tui.cli.snapshots",
    "abcd_tui.cli.export",
    "abcd_tui.cli.backup",
    "abcd_tui.cli.walks",
    "abcd_tui.i18n",
]


def test_headless_modules_do_not_import_textual():
    code = (
        "import importlib, sys\n"
        f"for name in {HEADLESS!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_domain_imports_nothing_of_the_other_layers():
    code = (
        "import sys, abcd_tui.domain.records, abcd_tui.domain.vocabulary\n"
        "print(sorted(m for m in sys.modules if m.startswith('abcd_tui.') "
        "and not m.startswith('abcd_tui.domain')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_the_import_contracts_in_pyproject_hold():
    """import-linter checks the layers of GUIDE.md statically, on every import."""
    from pathlib import Path

    root = Path(__file__).parents[1]
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout
