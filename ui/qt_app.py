"""The QApplication of every role: bundled font, theme, translation."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translator
from ui.refcount_guard import guard_singletons
from ui.theme import apply_theme

APP_NAME = "Một Cửa"


def qt_application(language: str = "vi") -> QApplication:
    """The one QApplication (tests already have one: it is reused), themed and translated."""
    guard_singletons()  # before the first signal of the day (see refcount_guard)
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    apply_theme(app)
    install_translator(app, language)
    return app
