"""The kiosk's first page: one big button per service, and the way to a priority ticket."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk_desktop.services.views import ServiceQueue
from ui.big_button import BigButton
from ui.kiosk_notice import KioskNotice, Notice
from ui.texts import priority_label
from ui.theme import BAD, font

translate = QCoreApplication.translate


class KioskServicePage(QWidget):
    service_chosen = Signal(str)  # service code
    priority_wanted = Signal()
    priority_dropped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, BigButton] = {}
        self.full: set[str] = set()  # services that used their daily limit today: shown, not tappable
        self._taps = True
        self._notice: Notice | None = None
        self._codes: list[str] = []
        self._reason: str | None = None
        self._scale = 1.0
        self._columns = 2
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.closed_notice = KioskNotice()
        self.closed_notice.hide()
        self.grid = QGridLayout()
        self.grid.setSpacing(18)
        self.priority_button = BigButton("", look="priority")
        self.priority_button.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.priority_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.priority_button.clicked.connect(self._on_priority_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.closed_notice, 1)
        layout.addLayout(self.grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.priority_button)
        layout.addLayout(bottom)
        self.set_priority(None)

    # --- content ---------------------------------------------------------------------------

    def show_services(self, services: list[ServiceQueue]) -> None:
        codes = [service.code for service in services]
        if codes != self._codes:
            self._rebuild(services)
        self.full = {service.code for service in services if service.limit_reached}
        for service in services:
            button = self.buttons[service.code]
            button.set_detail(_full_text() if service.code in self.full else _waiting_text(service.waiting))
        self._paint()

    def _rebuild(self, services: list[ServiceQueue]) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self._codes = [service.code for service in services]
        for service in services:
            button = BigButton(service.name, badge=service.prefix)
            # the grid's row stretch, not each name's length, sets the height: equal rows
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            button.setObjectName(f"service-{service.code}")
            button.clicked.connect(lambda _=False, code=service.code: self.service_chosen.emit(code))
            self.buttons[service.code] = button
        self._place_buttons()
        self.set_priority(self._reason)
        self.set_closed(self._notice)  # new buttons obey the notice
        self.rescale(self._scale, self._columns)

    def _place_buttons(self) -> None:
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)  # rows left over from a longer list or more columns
        for index, code in enumerate(self._codes):
            self.grid.addWidget(self.buttons[code], index // self._columns, index % self._columns)
            self.grid.setRowStretch(index // self._columns, 1)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < self._columns else 0)

    def set_priority(self, reason: str | None) -> None:
        """Priority mode: the buttons turn orange and the heading says which priority."""
        self._reason = reason
        for button in self.buttons.values():
            button.use_look("service-priority" if reason else "service")
        if reason:
            self.heading.setText(
                translate("Kiosk", "Phiếu ưu tiên: %1 — mời chọn dịch vụ").replace("%1", priority_label(reason))
            )
            self.priority_button.title.setText(translate("Kiosk", "‹ Bỏ chọn ưu tiên, lấy phiếu thường"))
            self.priority_button.use_look("")
        else:
            self.heading.setText(translate("Kiosk", "Mời chọn dịch vụ để lấy số thứ tự"))
            self.priority_button.title.setText(
                translate("Kiosk", "Ưu tiên (người cao tuổi, người khuyết tật, phụ nữ mang thai…)")
            )
            self.priority_button.use_look("priority")
        self._paint()

    def set_taps_enabled(self, enabled: bool) -> None:
        self._taps = enabled
        self.priority_button.setEnabled(enabled)
        self._paint()

    def _paint(self) -> None:
        """A full service stays on screen, greyed, with its red 'Đã hết số hôm nay' line."""
        for code, button in self.buttons.items():
            button.setEnabled(self._taps and code not in self.full)
            if code in self.full:  # after the button's own colouring, which greys every line
                button.detail.setStyleSheet(f"background: transparent; border: none; color: {BAD}; font-weight: bold;")

    def set_closed(self, notice: Notice | None) -> None:
        """Outside the opening hours, or every service full: a notice in place of the buttons."""
        self._notice = notice
        if notice is not None:
            self.closed_notice.show_notice(notice, translate("Kiosk", "Xin cảm ơn quý khách!"))
        self.closed_notice.setVisible(notice is not None)
        for button in self.buttons.values():
            button.setVisible(notice is None)
        self.priority_button.setVisible(notice is None)
        self.heading.setVisible(notice is None)

    @property
    def closed(self) -> bool:
        return not self.closed_notice.isHidden()

    def rescale(self, scale: float, columns: int) -> None:
        self._scale = scale
        if columns != self._columns:
            self._columns = columns
            self._place_buttons()
        self.heading.setFont(font(int(40 * scale), bold=True))
        self.closed_notice.rescale(scale)
        self.priority_button.set_pixels(int(28 * scale))
        self.priority_button.setMinimumHeight(int(96 * scale))
        rows = max(1, -(-len(self._codes) // self._columns))
        pixels = int((44 if rows <= 4 else 36) * scale)
        # one badge width for every button (the names start at one edge), wide enough for the
        # longest prefix at 3/4 of the usual badge letters
        widths = [button.badge_width_for(int(pixels * 0.95)) for button in self.buttons.values()]
        badge_width = max([int(pixels * 2.4), *widths])
        for button in self.buttons.values():
            button.set_pixels(pixels, badge_width=badge_width)

    def _on_priority_button(self) -> None:
        if self._reason:
            self.priority_dropped.emit()
        else:
            self.priority_wanted.emit()


def _full_text() -> str:
    return translate("Kiosk", "Đã hết số hôm nay")


def _waiting_text(waiting: int) -> str:
    if waiting == 0:
        return translate("Kiosk", "Không có người chờ")
    return translate("Kiosk", "%n người đang chờ", None, waiting)
