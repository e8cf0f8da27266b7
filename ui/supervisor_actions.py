"""The supervisor's report buttons, with the state of the job under way and its outcome.

While a report is being made the buttons wait and a bar moves; afterwards a line says what was
done, in green, or what went wrong and what to do, in red, with buttons to open the saved file or
its folder. Nothing here blocks: the window keeps updating the floor meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.theme import BAD, GOOD, font, set_look

translate = QCoreApplication.translate


class SupervisorActions(QFrame):
    print_slip = Signal()
    daily_pdf = Signal()
    period_report = Signal()
    open_file = Signal(object)  # Path
    open_folder = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: Path | None = None
        self.heading = QLabel(translate("Supervisor", "Báo cáo"))
        self.heading.setFont(font(18, bold=True))
        self.slip_button = QPushButton(translate("Supervisor", "In phiếu tổng hợp ngày"))
        self.pdf_button = QPushButton(translate("Supervisor", "Lưu báo cáo ngày (PDF)"))
        self.period_button = QPushButton(translate("Supervisor", "Báo cáo tuần, tháng, quý, năm…"))
        set_look(self.period_button, "primary")
        self.slip_button.setToolTip(translate("Supervisor", "In trên máy in phiếu của máy này (khổ 80 mm)"))
        self.slip_button.clicked.connect(self.print_slip.emit)
        self.pdf_button.clicked.connect(self.daily_pdf.emit)
        self.period_button.clicked.connect(self.period_report.emit)
        self.buttons = (self.slip_button, self.pdf_button, self.period_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # no steps to count: a moving bar says "working"
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(font(15, bold=True))
        self.open_button = QPushButton(translate("Supervisor", "Mở tệp"))
        self.folder_button = QPushButton(translate("Supervisor", "Mở thư mục"))
        self.open_button.clicked.connect(lambda: self.saved and self.open_file.emit(self.saved))
        self.folder_button.clicked.connect(lambda: self.saved and self.open_folder.emit(self.saved.parent))
        self.file_buttons = QWidget()
        file_row = QHBoxLayout(self.file_buttons)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.folder_button)
        file_row.addStretch(1)
        self.file_buttons.hide()
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.slip_button)
        row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.period_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.file_buttons)
        set_look(self, "card")

    @property
    def busy(self) -> bool:
        return not self.progress.isHidden()

    def start(self, text: str) -> None:
        self.saved = None
        self.file_buttons.hide()
        for button in self.buttons:
            button.setEnabled(False)
        self.progress.show()
        self._say(text, None)

    def finish(self, text: str, saved: Path | None = None) -> None:
        self._stop()
        self.saved = saved
        self.file_buttons.setVisible(saved is not None)
        self._say(text, GOOD)

    def fail(self, text: str) -> None:
        self._stop()
        self._say(text, BAD)

    def _stop(self) -> None:
        self.progress.hide()
        for button in self.buttons:
            button.setEnabled(True)

    def _say(self, text: str, colour: str | None) -> None:
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
        self.message.setText(text)

    def rescale(self, scale: float) -> None:
        self.heading.setFont(font(int(18 * scale), bold=True))
        self.message.setFont(font(int(15 * scale), bold=True))
        for button in (*self.buttons, self.open_button, self.folder_button):
            button.setFont(font(int(16 * scale)))
