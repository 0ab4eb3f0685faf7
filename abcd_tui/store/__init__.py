"""The SQLite register: schema and migrations, every read and every write, import.

Above this package nobody opens a connection or runs SQL: they hold a `Register` and
call the store's named functions through it (see register.py). `Database` is exported
for type hints only.

sqlite-utils (and `database`, built on it) loads on first use of a name from it, not
when the package is imported: `abcd stats` counts on plain sqlite3 (`plain.py`) and
never needs it, which keeps it near `abcd --help` in time.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from abcd_tui.store.register import Register

if TYPE_CHECKING:
    from sqlite_utils import Database

    from abcd_tui.store.database import StoreError, open_database, write_transaction

__all__ = [
    "Database",
    "Register",
    "StoreError",
    "load_sqlite_utils",
    "open_database",
    "write_transaction",
]


def load_sqlite_utils() -> None:
    """Load sqlite-utils now, without numpy and pandas (the CLI does, before a command
    that opens the register)."""
    with _numpy_and_pandas_hidden():
        import sqlite_utils  # noqa: F401


@contextlib.contextmanager
def _numpy_and_pandas_hidden() -> Iterator[None]:
    """While sqlite-utils loads: it imports numpy and pandas whenever they are
    installed, for column types of arrays the register never stores, which nearly
    doubled the time of a command. Whatever imports them later (networkx) gets the
    real ones."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # None: "import fails"
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


def __getattr__(name: str) -> Any:
    if name == "Database":
        from sqlite_utils import Database

        return Database
    if name in ("StoreError", "open_database", "write_transaction"):
        from abcd_tui.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
