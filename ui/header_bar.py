"""The top bar of the citizen-facing windows: the centre's name, the date and the clock.

Holding it down for a few seconds emits `held`: the kiosk's hidden way to the admin PIN pad."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.theme import PRIMARY, font

translate = QCoreApplication.translate

HOLD_MS = 3000


def weekday_name(moment: datetime) -> str:
    names = (
        translate("Terms", "Thứ Hai"),
        translate("Terms", "Thứ Ba"),
        translate("Terms", "Thứ Tư"),
        translate("Terms", "Thứ Năm"),
        translate("Terms", "Thứ Sáu"),
        translate("Terms", "Thứ Bảy"),
        translate("Terms", "Chủ nhật"),
    )
    return names[moment.weekday()]


def date_text(moment: datetime) -> str:
    """'Thứ Hai, 02/03/2026': how dates are written in Vietnam."""
    return f"{weekday_name(moment)}, {moment:%d/%m/%Y}"


class HeaderBar(QFrame):
    held = Signal()

    def __init__(self, parent: QWidget | None = None, *, background: str = PRIMARY) -> None:
        super().__init__(parent)
        self.setStyleSheet(f"HeaderBar {{ background: {background}; }} QLabel {{ color: white; }}")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.date = QLabel()
        self.date.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.subtitle)
        names.addWidget(self.title)
        times = QVBoxLayout()
        times.setSpacing(2)
        times.addWidget(self.clock)
        times.addWidget(self.date)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 12, 28, 12)
        row.addLayout(names, 1)
        row.addLayout(times)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self.held.emit)
        for widget in (self, self.title, self.subtitle, self.clock, self.date):
            widget.installEventFilter(self)
        self.rescale(1.0)

    def set_names(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def show_time(self, moment: datetime) -> None:
        self.clock.setText(f"{moment:%H:%M}")
        self.date.setText(date_text(moment))

    def rescale(self, scale: float) -> None:
        self.title.setFont(font(int(32 * scale), bold=True))
        self.subtitle.setFont(font(int(20 * scale)))
        self.clock.setFont(font(int(40 * scale), bold=True))
        self.date.setFont(font(int(20 * scale)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent):
            if event.type() == QEvent.Type.MouseButtonPress:
                self._hold.start()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._hold.stop()
        return False
