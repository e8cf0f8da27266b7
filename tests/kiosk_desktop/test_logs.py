"""Logging: one rotating file in the log folder, never duplicated by a second set-up."""

from __future__ import annotations

import logging
from pathlib import Path

from db.engine import Database
from db.migrate import head_revision, require_current, upgrade
from kiosk_desktop.logs import setup_logging


def test_setting_up_twice_writes_each_line_once(tmp_path: Path) -> None:
    first = setup_logging("INFO")
    second = setup_logging("INFO")
    assert first == second == tmp_path / "logs" / "kiosk-desktop.log"
    logging.getLogger("kiosk_desktop.test").info("một dòng nhật ký")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert second.read_text(encoding="utf-8").count("một dòng nhật ký") == 1


def test_the_log_says_when_the_schema_changes_not_at_every_check(tmp_path: Path) -> None:
    path = setup_logging("INFO")
    assert path is not None
    database = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        upgrade(database)
        upgrade(database)  # already current: nothing to say
        require_current(database)
    finally:
        database.dispose()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert text.count(f"upgraded from (empty) to {head_revision()}") == 1
    assert "upgraded from" in text and text.count("upgraded from") == 1
    assert "Context impl" not in text
