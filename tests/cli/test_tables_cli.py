"""Tables at 80 columns wrap between words, never inside one ("kennismakin g", issue
16): every word printed at 80 columns is a word of the same table printed at 400, where
nothing needs wrapping. In process (`run_cli`), on the demo village."""

import re

import pytest
from rich.table import Table

from abcd_tui.cli.output import keep_words, results_console
from tests.conftest import cli_env, run_cli

COMMANDS = [
    ("list", "people"),
    ("list", "groups"),
    ("connectors",),
    ("connectors", "--groups"),
    ("isolated",),
    ("introductions",),
    ("communities",),
    ("who-can-help", "koken"),
    ("still-to-ask",),
    ("backups",),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "abcd.db"
    assert run_cli("--db", str(path), "demo", "--size", "60", env=cli_env()).returncode == 0
    assert run_cli("--db", str(path), "backup", env=cli_env()).returncode == 0
    return path


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_an_80_column_table_never_splits_a_word(demo, command):
    narrow = run_cli("--db", str(demo), *command, env=cli_env(COLUMNS="80"))
    wide = run_cli("--db", str(demo), *command, env=cli_env(COLUMNS="400"))
    assert narrow.returncode == wide.returncode == 0, narrow.stderr
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 80
    assert words(narrow.stdout) <= words(wide.stdout), words(narrow.stdout) - words(wide.stdout)


def test_keys_give_up_room_before_words_when_nothing_else_fits():
    """Too narrow for every word: the identifier column (one word per cell) folds, the
    names beside it stay whole."""
    table = Table()
    table.add_column("key")
    table.add_column("name")
    table.add_row("a-very-long-key-nobody-reads-whole", "Wilhelmina Oosterhout")
    console = results_console(width=40)
    keep_words(console, table)
    # 40 less the borders (3) and padding (4): the key gets what the name leaves.
    assert [column.width for column in table.columns] == [33 - 10, 10]
    with console.capture() as captured:
        console.print(table)
    assert "Wilhelmina" in captured.get() and "Oosterhout" in captured.get()
