"""Logging: one rotating file in the log folder, never duplicated by a second set-up."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk_desktop.logs import setup_logging


def test_setting_up_twice_writes_each_line_once(tmp_path: Path) -> None:
    first = setup_logging("INFO")
    second = setup_logging("INFO")
    assert first == second == tmp_path / "logs" / "kiosk-desktop.log"
    logging.getLogger("kiosk_desktop.test").info("một dòng nhật ký")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert second.read_text(encoding="utf-8").count("một dòng nhật ký") == 1
