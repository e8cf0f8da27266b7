"""The satisfaction screen after a finished visit: 3 or 5 big buttons, no identity, gone after 30 s.

A low rating may say why (a few one-tap reasons). One rating per visit; the ratings service refuses
a second one. It does not block the counter window: calling the next citizen abandons it, keeping
a level already chosen (without a reason)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk_desktop.app import App
from kiosk_desktop.services.ratings import RATING_LABELS, RatingService, is_dissatisfied
from ui.theme import BAD, GOOD, PRIMARY, font

translate = QCoreApplication.translate

TIMEOUT_MS = 30_000
Record = Callable[[int, int, str | None], object]  # ticket id, level, reason


def rating_recorder(app: App, scale: int) -> Record:
    service = RatingService(app.db, app.zone)
    return lambda ticket_id, level, reason: service.add(ticket_id, level, scale, reason)


class RatingDialog(QDialog):
    rated = Signal(int, object)  # level, reason (str | None)

    def __init__(self, scale: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Rating", "Đánh giá mức độ hài lòng"))
        self.scale = scale
        self._level: int | None = None
        prompt = QLabel(
            translate("Rating", "Quý khách (số %1) hài lòng với việc phục vụ hôm nay không?").replace("%1", number)
        )
        prompt.setWordWrap(True)
        prompt.setFont(font(26, bold=True))
        self.levels: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        for level in sorted(RATING_LABELS[scale], reverse=True):  # the best on the left, where eyes start
            button = QPushButton(RATING_LABELS[scale][level])
            button.setFont(font(22, bold=True))
            button.setMinimumSize(170, 110)
            colour = BAD if is_dissatisfied(scale, level) else GOOD if level == scale else PRIMARY
            button.setStyleSheet(f"QPushButton {{ color: white; background: {colour}; border-color: {colour}; }}")
            button.clicked.connect(lambda _=False, value=level: self.choose(value))
            self.levels[level] = button
            row.addWidget(button)
        self.why = QLabel(translate("Rating", "Xin cho biết lý do (không bắt buộc):"))
        self.why.setFont(font(20, bold=True))
        self.reasons: list[QPushButton] = []
        grid = QGridLayout()
        texts = (
            translate("Rating", "Chờ lâu"),
            translate("Rating", "Hướng dẫn chưa rõ"),
            translate("Rating", "Thái độ phục vụ"),
            translate("Rating", "Lý do khác"),
        )
        for index, text in enumerate(texts):
            button = QPushButton(text)
            button.setFont(font(20))
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, value=text: self._finish(value))
            grid.addWidget(button, index // 2, index % 2)
            self.reasons.append(button)
        skip = QPushButton(translate("Rating", "Bỏ qua"))
        skip.clicked.connect(self._timed_out)  # the same as walking away
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(prompt)
        layout.addLayout(row)
        layout.addWidget(self.why)
        layout.addLayout(grid)
        layout.addWidget(skip)
        self._show_reasons(False)
        self._timeout = QTimer(self)  # a child: it dies with the dialog
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._timed_out)
        self._timeout.start(TIMEOUT_MS)

    def choose(self, level: int) -> None:
        self._level = level
        if is_dissatisfied(self.scale, level):
            self._show_reasons(True)  # a low rating may say why
        else:
            self._finish(None)

    def _finish(self, reason: str | None) -> None:
        if self._level is not None:
            self.rated.emit(self._level, reason)
            self.accept()

    def abandon(self) -> None:
        """The citizen walked away (or the next one is called): keep a level already chosen."""
        self._timed_out()

    def _timed_out(self) -> None:
        if self._level is not None:
            self._finish(None)
        else:
            self.reject()

    def _show_reasons(self, shown: bool) -> None:
        self.why.setVisible(shown)
        for button in self.reasons:
            button.setVisible(shown)
