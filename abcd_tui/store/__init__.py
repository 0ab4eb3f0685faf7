"""The SQLite register: schema and migrations, every read and every write, import.

Above this package nobody opens a connection or runs SQL: they hold a `Register` and
call the store's named functions through it (see register.py). `Database` is exported
for type hints only.
"""

from sqlite_utils import Database

from abcd_tui.store.database import StoreError, open_database, write_transaction
from abcd_tui.store.register import Register

__all__ = ["Database", "Register", "StoreError", "open_database", "write_transaction"]
