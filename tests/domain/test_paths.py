"""Where the app keeps its files, and who may read them."""

from __future__ import annotations

import stat

from abcd_tui import paths


def test_the_log_is_readable_by_its_owner_only(tmp_path, monkeypatch):
    log = tmp_path / "state" / "abcd.log"
    monkeypatch.setenv("ABCD_LOG", str(log))
    assert paths.log_file() == log
    assert stat.S_IMODE(log.stat().st_mode) == 0o600  # a message can name a resident
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_exports_go_to_the_folder_given_else_exports(tmp_path):
    assert str(paths.exports_folder()) == "exports"
    assert paths.exports_folder(tmp_path) == tmp_path
