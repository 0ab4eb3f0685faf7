"""Where the database lives: --db, else $ABCD_DB, else data/abcd.db in the working folder."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = Path("data") / "abcd.db"


def database_path(given: str | None = None) -> Path:
    """The database to use: the --db option, else $ABCD_DB, else ./data/abcd.db."""
    if given:
        return Path(given).expanduser()
    from_env = os.environ.get("ABCD_DB", "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return Path.cwd() / DEFAULT_DB


def secure_default_folder(path: Path) -> None:
    """Keep the default data folder owner-only (0700), even when a checkout made it.

    Only ever our own `data/` folder: a folder the user named is theirs to set.
    """
    default = (Path.cwd() / DEFAULT_DB).resolve()
    if path.resolve() == default and path.parent.is_dir() and not path.exists():
        os.chmod(path.parent, 0o700)


def make_private_folder(path: Path) -> None:
    """Make `path` and every missing folder on the way owner-only (0700), whatever the
    umask; folders that exist already are left as they are."""
    missing = []
    folder = Path(path)
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made a moment ago by another process: theirs to set
        os.chmod(folder, 0o700)


def log_file() -> Path:
    """Where the app writes what went wrong: the user's state folder ($ABCD_LOG to move it).

    platformdirs knows each system's place (~/.local/state/abcd-tui on Linux)."""
    given = os.environ.get("ABCD_LOG", "").strip()
    if given:
        path = Path(given).expanduser()
    else:
        import platformdirs

        path = platformdirs.user_state_path("abcd-tui") / "abcd.log"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():  # a message can name a resident: owner-only, like the database
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    return path


def exports_folder(given: str | os.PathLike[str] | None = None) -> Path:
    """Where exports go: the folder given, else `exports/` in the working folder (the
    README's place; git ignores what is in it)."""
    if given is not None:
        return Path(given)
    default = Path("exports")
    if default.is_dir():  # ours, like data/: owner-only even when a checkout made it
        os.chmod(default, 0o700)
    return default
