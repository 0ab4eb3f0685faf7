"""Staging folders of exports: where an export writes its files before they take their
places (see `export.export`), and what is left of one when the export was killed.

A staging folder is `OUT/.abcd-export-XXXX/` (0700, so a half-written file, which may
hold names under `--with-names`, is never readable by others) with a `.owner` file
holding the pid of the export writing it. One whose process is gone is stale: the next
export into the same folder removes it, and so does `forget` in every folder an export
of this register went to (listed, owner-only, in `<db>.export-folders`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

PREFIX = ".abcd-export-"
OWNER = ".owner"
UNMARKED_GRACE_S = 60.0  # a folder without its .owner yet may be an export just begun


def new_staging(out_dir: Path) -> Path:
    """A fresh private staging folder in `out_dir`, marked with this process's pid."""
    staging = Path(tempfile.mkdtemp(prefix=PREFIX, dir=out_dir))  # mkdtemp makes it 0700
    os.chmod(staging, 0o700)
    fd = os.open(staging / OWNER, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(str(os.getpid()))
    return staging


def process_alive(pid: int) -> bool:
    """Whether process `pid` still runs (ours counts as running)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


def is_stale(staging: Path) -> bool:
    """Whether the export that made `staging` is gone."""
    try:
        pid = int((staging / OWNER).read_text().strip())
    except (OSError, ValueError):
        try:
            return time.time() - staging.stat().st_mtime > UNMARKED_GRACE_S
        except OSError:
            return False
    return not process_alive(pid)


def staging_folders(out_dir: Path) -> list[Path]:
    """Our staging folders in `out_dir`."""
    try:
        return sorted(p for p in out_dir.iterdir() if p.name.startswith(PREFIX) and p.is_dir())
    except OSError:
        return []


def remove_stale(out_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Remove the stale staging folders in `out_dir`: (removed, [(left, why)]), where
    "running" means an export is still writing there."""
    removed: list[Path] = []
    left: list[tuple[Path, str]] = []
    for staging in staging_folders(out_dir):
        if not is_stale(staging):
            left.append((staging, "running"))
            continue
        try:
            shutil.rmtree(staging)
        except OSError as exc:
            left.append((staging, exc.strerror or str(exc)))
        else:
            removed.append(staging)
    return removed, left


def _list_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".export-folders")


def remember_export_folder(db_path: Path, out_dir: Path) -> None:
    """Note that an export of the register at `db_path` went to `out_dir`."""
    folder = str(out_dir.resolve())
    if Path(folder) in export_folders(db_path, include_default=False):
        return
    listing = _list_file(db_path)
    fd = os.open(listing, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as file:
        file.write(folder + "\n")


def export_folders(db_path: Path, include_default: bool = True) -> list[Path]:
    """The folders exports of this register went to (and `exports/` here, the default)."""
    found: list[Path] = []
    try:
        lines = _list_file(db_path).read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        if line.strip() and Path(line) not in found:
            found.append(Path(line))
    default = (Path.cwd() / "exports").resolve()
    if include_default and default not in found:
        found.append(default)
    return found
