"""A notice line that scrolls right to left, for the bottom of the hall display."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import font

STEP_MS = 30
GAP = "          "  # between the end of the text and its next start


class Marquee(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._offset = 0.0
        self._speed = 2.0  # pixels a step: about 65 px/s, slow enough to read from a seat
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)
        self.set_pixels(30)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self._offset = 0.0
        self._sync_timer()
        self.update()

    def set_pixels(self, pixels: int) -> None:
        self.setFont(font(pixels))
        self.setFixedHeight(int(pixels * 1.9))
        self._speed = max(1.0, pixels / 15)

    def _loop_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance(self._text + GAP)

    def _fits(self) -> bool:
        return QFontMetrics(self.font()).horizontalAdvance(self._text) <= self.width() - 40

    def _sync_timer(self) -> None:
        # a notice that fits stays still: motion nobody needs is tiring to watch all day
        if self._text and not self._fits():
            if not self._timer.isActive():
                self._timer.start(STEP_MS)
        else:
            self._timer.stop()
            self._offset = 0.0

    def resizeEvent(self, event: object) -> None:
        self._sync_timer()

    def _step(self) -> None:
        self._offset = (self._offset + self._speed) % max(1, self._loop_width())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#061326"))
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(self.font())
        height = float(self.height())
        if not self._timer.isActive():
            painter.drawText(QRectF(0, 0, self.width(), height), Qt.AlignmentFlag.AlignCenter, self._text)
            return
        loop = self._loop_width()
        x = 20 - self._offset
        while x < self.width():
            painter.drawText(QRectF(x, 0, loop, height), Qt.AlignmentFlag.AlignVCenter, self._text + GAP)
            x += loop
