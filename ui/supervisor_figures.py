"""The supervisor's headline figures for today: one card per number, large and plain."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.theme import font, set_look

translate = QCoreApplication.translate

#: The cards, left to right.
CARDS = ("issued", "served", "waiting", "no_show", "wait_mean", "dossiers")


def count_text(value: int) -> str:
    """6.303: thousands with a dot, as Vietnamese reports write them."""
    return f"{value:,}".replace(",", ".")


class _Card(QFrame):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = QLabel(label)
        self.label.setProperty("look", "muted")
        self.value = QLabel("—")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        set_look(self, "card")
        self.rescale(1.0)

    def rescale(self, scale: float) -> None:
        self.label.setFont(font(int(15 * scale)))
        self.value.setFont(font(int(30 * scale), bold=True))


class SupervisorFigures(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "issued": translate("Supervisor", "Đã cấp số"),
            "served": translate("Supervisor", "Đã phục vụ"),
            "waiting": translate("Supervisor", "Đang chờ"),
            "no_show": translate("Supervisor", "Vắng mặt"),
            "wait_mean": translate("Supervisor", "Chờ trung bình"),
            "dossiers": translate("Supervisor", "Hồ sơ tiếp nhận"),
        }
        self.cards = {key: _Card(labels[key]) for key in CARDS}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for card in self.cards.values():
            row.addWidget(card, 1)

    def text(self, key: str) -> str:
        return self.cards[key].value.text()

    def show_report(self, report: dict[str, Any]) -> None:
        """From `App.daily_report()`: the figures of the whole day so far."""
        tickets = report["tickets"]
        for key in ("issued", "served", "no_show"):
            self.cards[key].value.setText(count_text(int(tickets[key])))
        mean = report["wait_seconds"].get("mean")
        if mean is None:
            self.cards["wait_mean"].value.setText("—")
        elif mean < 60:
            self.cards["wait_mean"].value.setText(translate("Supervisor", "< 1 phút"))
        else:
            self.cards["wait_mean"].value.setText(
                translate("Supervisor", "%1 phút").replace("%1", str(round(mean / 60)))
            )
        received = report.get("dossiers", {}).get("intake", {}).get("received", 0)
        self.cards["dossiers"].value.setText(count_text(int(received)))

    def show_waiting(self, waiting: int) -> None:
        """From the live queue status: moves with every event, not only with the throttled report."""
        self.cards["waiting"].value.setText(count_text(waiting))

    def rescale(self, scale: float) -> None:
        for card in self.cards.values():
            card.rescale(scale)
