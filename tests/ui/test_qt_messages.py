"""Qt's warnings reach the log file, not the console; a handler already there is kept."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from ui.qt_messages import log_qt_message, route_qt_messages


def test_a_qt_warning_becomes_a_log_line_and_known_noise_is_dropped(caplog: pytest.LogCaptureFixture) -> None:
    context = QMessageLogContext()
    with caplog.at_level(logging.DEBUG, logger="qt"):
        log_qt_message(QtMsgType.QtWarningMsg, context, "QFont::setPointSize: Point size <= 0 (-1)")
        log_qt_message(QtMsgType.QtWarningMsg, context, "This plugin does not support propagateSizeHints()")
        log_qt_message(QtMsgType.QtCriticalMsg, context, "something broke")
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, "qt: QFont::setPointSize: Point size <= 0 (-1)"),
        (logging.ERROR, "qt: something broke"),
    ]


def test_a_handler_installed_before_is_left_in_place() -> None:
    seen: list[str] = []

    def theirs(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        seen.append(message)

    before = qInstallMessageHandler(theirs)
    try:
        assert route_qt_messages() is False
        current = qInstallMessageHandler(theirs)  # what is installed now comes back
        assert current is theirs
    finally:
        qInstallMessageHandler(before)
