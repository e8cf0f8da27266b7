"""One counter on the hall display: its name and the number it serves now (numbers only, never names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent, QTextLayout
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk_desktop.services.views import CounterState
from ui.theme import font, set_look

translate = QCoreApplication.translate

LINES = 2  # a counter's name and the service under its number: two lines at most each


def two_lines(text: str, chosen: QFont, width: int) -> tuple[str, int]:
    """`text` broken at words into at most two lines of `width` pixels, the second cut with '…'
    if more is left; and how many lines the whole text needed."""
    layout = QTextLayout(text, chosen)
    layout.beginLayout()
    starts: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(starts) <= LINES:
        return "\n".join(text[start : start + length].strip() for start, length in starts), len(starts)
    first = text[starts[0][0] : starts[0][0] + starts[0][1]].strip()
    rest = text[starts[1][0] :].strip()
    elided = QFontMetrics(chosen).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{elided}", len(starts)


class CounterTile(QFrame):
    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter_number = number
        self.flashing = False
        self._idle = True
        self._name = ""  # the whole texts; the labels show them in two lines at most
        self._note = ""
        self.name = QLabel()
        self.ticket = QLabel("—")
        self.note = QLabel()
        for label in (self.name, self.ticket, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: transparent;")
        set_look(self.ticket, "hall-idle")
        set_look(self.note, "hall-muted")
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addWidget(self.ticket, 1)
        layout.addWidget(self.note)
        set_look(self, "hall-panel")
        # the tile's size comes from the grid; the labels must not push it wider
        self.ticket.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_state(self, state: CounterState) -> None:
        self._name = state.name.upper()
        if state.ticket is not None:
            self.ticket.setText(state.ticket.number)
            self._note = state.ticket.service_name
        else:
            self.ticket.setText("—")
            self._note = translate("Display", "Tạm dừng") if state.paused else translate("Display", "Đang chờ gọi số")
        self._idle = state.ticket is None
        if self._idle:
            self.flashing = False  # a finished or paused counter has nothing to point at
        self._restyle()
        self._fit()

    def show_call(self, number: str, service_name: str) -> None:
        """A call straight from the event feed: on screen before the status reload confirms it."""
        self.ticket.setText(number)
        self._note = service_name
        self._idle = False
        self._restyle()
        self._fit()

    def set_flash(self, on: bool) -> None:
        if on != self.flashing:
            self.flashing = on
            self._restyle()

    def _restyle(self) -> None:
        set_look(self, "hall-flash" if self.flashing else "hall-panel")
        number = "hall-number-flash" if self.flashing else "hall-idle" if self._idle else "hall-number"
        if self.ticket.property("look") != number:
            set_look(self.ticket, number)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()  # the labels' width is known now
        super().showEvent(event)

    def _fit(self) -> None:
        """Fonts from the tile's own size: the number as large as fits (4-5 characters). The name
        and the service below the number keep two lines each whatever their length, so the number
        sits at one height in every tile."""
        width, height = self.width(), self.height()
        characters = max(4, len(self.ticket.text()))
        number = int(min(height * 0.42, (width - 24) / (characters * 0.72)))
        self.ticket.setFont(font(max(20, number), bold=True))
        margins = self._layout.contentsMargins()
        room = width - margins.left() - margins.right()
        self._fit_two_lines(self.name, self._name, max(14, int(height * 0.085)), room, bold=True)
        self._fit_two_lines(self.note, self._note, max(12, int(height * 0.065)), room, bold=False)

    @staticmethod
    def _fit_two_lines(label: QLabel, text: str, pixels: int, room: int, *, bold: bool) -> None:
        """A long name takes a smaller font (down to 70%) before it is cut with '…' on line two."""
        smallest = max(12, int(pixels * 0.7))
        chosen = font(pixels, bold=bold)
        shown, lines = two_lines(text, chosen, room)
        while lines > LINES and pixels > smallest:
            pixels -= 1
            chosen = font(pixels, bold=bold)
            shown, lines = two_lines(text, chosen, room)
        label.setFont(chosen)
        label.setText(shown if room > 0 else text)
        label.setToolTip(text if shown != text else "")
        # two lines' room even for a one-line text: the numbers below line up across the tiles
        lines_height = QFontMetrics(chosen).boundingRect(QRect(0, 0, max(1, room), 10_000), 0, "Ầ\ny").height()
        label.setFixedHeight(lines_height + label.contentsMargins().top() + 2)
