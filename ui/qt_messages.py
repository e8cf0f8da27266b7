"""Qt's own warnings go to the program's log (for IT), not to the staff's console.

The entry points of a running program install this (run --role, the demo). A handler installed
before (pytest-qt's, which turns unexpected Qt warnings into test failures) is left in place."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

# Harmless on the platforms we run on: said once per window by the offscreen plugin (CI, screenshots).
_HARMLESS = ("This plugin does not support propagateSizeHints()",)
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message.startswith(_HARMLESS):
        return
    category = context.category or "qt"
    log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)


def route_qt_messages() -> bool:
    """True when Qt's messages now go to the log."""
    previous = qInstallMessageHandler(log_qt_message)
    if previous is not None and previous is not log_qt_message:
        qInstallMessageHandler(previous)  # someone else's (tests): theirs wins
        return False
    return True
