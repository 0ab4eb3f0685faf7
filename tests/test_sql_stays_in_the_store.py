"""Every read and write goes through the store (ARCHITECTURE.md): above `abcd_tui/store/`
no module opens a connection or runs SQL. import-linter keeps `sqlite3` and
`sqlite_utils` imports out (pyproject); this keeps out the calls an import would not show:
a `Database` handed up and used."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "abcd_tui"
# Calls that run SQL or open the file, on whatever object they are made.
SQL_CALLS = {"execute", "executescript", "executemany", "query", "open_database"}


def _above_the_store():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "store" not in path.relative_to(PACKAGE).parts[:1]:
            yield path


def _sql_calls(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        # `self.query(...)`/`screen.query(...)` is Textual's DOM query, not SQL: a
        # selector argument that is a string without SQL keywords.
        if name == "query" and node.args and isinstance(node.args[0], ast.Constant):
            text = str(node.args[0].value).upper()
            if not any(word in text for word in ("SELECT", "INSERT", "UPDATE", "DELETE")):
                continue
        if name == "query" and isinstance(func, ast.Attribute):
            owner = func.value
            if not (isinstance(owner, ast.Name) and owner.id in {"db", "conn", "database"}):
                continue
        if name in SQL_CALLS:
            found.append(f"{path.relative_to(root)}:{node.lineno} {name}(")
    return found


def test_no_module_above_the_store_runs_sql_or_opens_the_database():
    found = [call for path in _above_the_store() for call in _sql_calls(path)]
    assert found == []


def test_the_check_sees_sql_where_there_is_some(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(db, screen):\n"
        "    db.execute('SELECT 1')\n"
        "    db.query('SELECT * FROM residents')\n"
        "    screen.query('Input')\n"
        "    open_database('x.db')\n"
    )
    found = [call.split(" ")[1] for call in _sql_calls(sample, tmp_path)]
    assert found == ["execute(", "query(", "open_database("]
