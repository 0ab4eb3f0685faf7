"""The SQLite register: schema and migrations, the one module that writes, import."""

from abcd_tui.store.database import StoreError, open_database, write_transaction

__all__ = ["StoreError", "open_database", "write_transaction"]
