"""The look: the bundled font, room for stacked tone marks, translations, screens."""

from __future__ import annotations

import ast
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk_desktop.fonts import FAMILY
from ui.i18n import FOLDER, install_translator
from ui.theme import font

ROOT = Path(__file__).resolve().parents[2]


def test_labels_leave_room_for_stacked_tone_marks(qt: QApplication, qtbot: QtBot) -> None:
    label = QLabel("QUẦY SỐ")
    label.setFont(font(100, bold=True))
    qtbot.addWidget(label)
    label.show()
    metrics = QFontMetrics(label.font())
    rises = -metrics.tightBoundingRect("Ầ").top()  # how far the mark goes above the baseline
    assert qt.font().family() == FAMILY
    assert label.contentsMargins().top() + metrics.ascent() >= rises
    label.setFont(font(20))
    assert label.contentsMargins().top() < 10  # follows the font, not the largest one ever set


def test_every_string_has_an_english_translation() -> None:
    text = (FOLDER / "kiosk_en.ts").read_text(encoding="utf-8")
    assert 'sourcelanguage="vi"' in text
    assert text.count("<source>") > 150
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text
    assert (FOLDER / "kiosk_en.qm").stat().st_size > 1000


def test_english_replaces_vietnamese_and_back(qt: QApplication) -> None:
    try:
        assert install_translator(qt, "en") is not None
        assert QCoreApplication.translate("Counter", "Gọi số tiếp theo") == "Call next"
        assert QCoreApplication.translate("Kiosk", "Vui lòng nhận phiếu") == "Please take your ticket"
        assert QCoreApplication.translate("Terms", "%n phút", None, 5) == "5 minutes"
    finally:
        install_translator(qt, "vi")
    assert QCoreApplication.translate("Counter", "Gọi số tiếp theo") == "Gọi số tiếp theo"


def test_the_translation_file_covers_the_code() -> None:
    """Every translate() call in ui/ is in the .ts file (re-run `python -m ui.i18n` after editing)."""
    text = (FOLDER / "kiosk_en.ts").read_text(encoding="utf-8")
    sources = {html.unescape(found) for found in re.findall(r"<source>(.*?)</source>", text, re.S)}
    missing = []
    for path in (ROOT / "ui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "translate":
                context, message = (arg.value for arg in node.args[:2] if isinstance(arg, ast.Constant))
                if message not in sources:
                    missing.append(f"{path.name}: {context}: {message}")
    assert missing == []


def test_the_display_goes_full_screen_on_the_second_monitor(tmp_path: Path) -> None:
    screens = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
            {"name": "hall-tv", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
        ]
    }
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    code = (
        "from PySide6.QtWidgets import QApplication, QWidget; from ui.screens import place; "
        "app = QApplication([]); second = app.screens()[1]; w = QWidget(); place(w, 2, fullscreen=True); "
        "app.processEvents(); print(second.name(), second is not app.primaryScreen(), "
        "w.geometry() == second.geometry(), w.isFullScreen())"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    name, not_primary, covers, full = result.stdout.split()
    assert name in ("laptop", "hall-tv")  # Qt's order of screens, as Windows numbers them
    assert (not_primary, covers, full) == ("True", "True", "True")


def test_a_missing_monitor_is_a_clear_error(qt: QApplication) -> None:
    import pytest

    from kiosk_desktop.errors import ConfigError
    from ui.screens import place

    with pytest.raises(ConfigError, match="màn hình số 5"):
        place(QLabel(), 5, fullscreen=True)
