"""One calm, high-contrast look: the bundled DejaVu Sans (every Vietnamese tone mark) and one
style sheet. Widgets pick a style by a `look` property, never by colour in their own code."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk_desktop.fonts import FAMILY, font_path

log = logging.getLogger(__name__)

INK = "#14213D"  # text: dark navy, softer on the eyes than black, contrast ratio > 14
MUTED = "#475467"
PAPER = "#F3F5F8"
CARD = "#FFFFFF"
LINE = "#D0D5DD"
PRIMARY = "#0B5CAB"
PRIMARY_DARK = "#073B6E"
PRIORITY = "#9A3412"  # burnt orange: priority tickets, distinct from the blue of normal ones
GOOD = "#17663A"
BAD = "#B42318"
HALL = "#0B1F3A"  # the hall display: dark, so the numbers carry across the room
HALL_PANEL = "#143A6B"
HALL_NUMBER = "#FFD23F"
HALL_FLASH = "#C8102E"

BASE_PIXELS = 18


def load_fonts() -> str:
    """Register the bundled font; returns the family to use (the system's if the file is missing)."""
    for bold in (False, True):
        if QFontDatabase.addApplicationFont(str(font_path(bold))) < 0:
            log.warning("cannot load the bundled font %s; Vietnamese may lose tone marks", font_path(bold))
            return QApplication.font().family()
    return FAMILY


def font(pixels: int, *, bold: bool = False) -> QFont:
    chosen = QFont(FAMILY)
    chosen.setPixelSize(max(6, pixels))
    chosen.setBold(bold)
    return chosen


class _Headroom(QObject):
    """Room above every label's text for stacked tone marks.

    Vietnamese capitals with two marks (Ầ, Ố, Ữ: 'QUẦY', 'SỐ') rise about 15% of the font size
    above the font's ascent, where a label of the usual height cuts them off. Every label gets that
    much top margin whenever its font changes."""

    SHARE = 0.18  # of the ascent; measured: Ẫ reaches 1.07 em with DejaVu Sans, the ascent is 0.93 em

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange) and isinstance(watched, QLabel):
            extra = int(QFontMetrics(watched.font()).ascent() * self.SHARE + 0.999)
            margins = watched.contentsMargins()
            if margins.top() != extra:
                watched.setContentsMargins(margins.left(), extra, margins.right(), margins.bottom())
        return False


_headroom = _Headroom()


def apply_theme(app: QApplication) -> None:
    family = load_fonts()
    base = QFont(family)
    base.setPixelSize(BASE_PIXELS)
    app.setFont(base)
    app.setStyleSheet(STYLE_SHEET)
    app.removeEventFilter(_headroom)  # once, however often a test calls this
    app.installEventFilter(_headroom)


def set_look(widget: QWidget, look: str) -> None:
    """Switch a widget's style (the sheet's `[look="..."]` rules) and repaint it."""
    widget.setProperty("look", look)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # polished when first shown; polishing it now would make it drop fonts set later
    chosen = widget.font()  # re-polishing under a style sheet resets a font set in code
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.setFont(chosen)
    widget.update()


STYLE_SHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog, QWidget[look="page"] {{ background: {PAPER}; }}
QFrame[look="card"] {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 12px; }}
QLabel[look="muted"] {{ color: {MUTED}; }}

QPushButton {{
    background: {CARD}; color: {INK}; border: 2px solid {LINE}; border-radius: 10px;
    padding: 10px 18px;
}}
QPushButton:hover {{ border-color: {PRIMARY}; }}
QPushButton:focus {{ border-color: {PRIMARY}; }}
QPushButton:pressed {{ background: #E4ECF7; }}
QPushButton:disabled {{ color: #98A2B3; background: #EEF0F3; border-color: #E4E7EC; }}
QPushButton[look="primary"] {{ background: {PRIMARY}; color: white; border: 2px solid {PRIMARY}; }}
QPushButton[look="primary"]:hover {{ background: #0A4F93; }}
QPushButton[look="primary"]:pressed {{ background: {PRIMARY_DARK}; }}
QPushButton[look="primary"]:disabled {{ background: #9DB8D6; border-color: #9DB8D6; color: #F2F6FB; }}
QPushButton[look="priority"] {{ background: {PRIORITY}; color: white; border: 2px solid {PRIORITY}; }}
QPushButton[look="priority"]:pressed {{ background: #7C2D12; }}
QPushButton[look="good"] {{ background: {GOOD}; color: white; border: 2px solid {GOOD}; }}
QPushButton[look="good"]:disabled {{ background: #A6C8B3; border-color: #A6C8B3; color: white; }}
QPushButton[look="bad"] {{ color: {BAD}; border-color: #F2B8B5; }}
QPushButton[look="service"] {{
    background: {CARD}; border: 3px solid {PRIMARY}; border-radius: 18px; text-align: left; padding: 14px 22px;
}}
QPushButton[look="service"]:pressed {{ background: #DCE8F6; }}
QPushButton[look="service"]:disabled {{ border-color: #C4CDD8; color: #98A2B3; }}
QPushButton[look="service-priority"] {{
    background: #FFF7ED; border: 3px solid {PRIORITY}; border-radius: 18px; text-align: left; padding: 14px 22px;
}}

QLineEdit, QComboBox, QSpinBox, QPlainTextEdit {{
    background: {CARD}; border: 2px solid {LINE}; border-radius: 8px; padding: 6px 10px;
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border-color: {PRIMARY}; }}
QTableWidget {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 8px; gridline-color: #EAECF0; }}
QHeaderView::section {{ background: #E9EEF5; color: {INK}; border: none; padding: 8px; font-weight: bold; }}
QToolTip {{ color: {INK}; background: #FFFBE6; border: 1px solid #E0A800; }}

QFrame[look="banner-warn"] {{ background: #FFF4CC; border: 2px solid #E0A800; border-radius: 8px; }}
QFrame[look="banner-bad"] {{ background: #FDE2E1; border: 2px solid {BAD}; border-radius: 8px; }}

QWidget[look="hall"] {{ background: {HALL}; }}
QWidget[look="hall"] QLabel {{ color: white; }}
QWidget[look="hall"] QLabel[look="hall-number"] {{ color: {HALL_NUMBER}; }}
QWidget[look="hall"] QLabel[look="hall-number-flash"] {{ color: white; }}
QWidget[look="hall"] QLabel[look="hall-heading"] {{ color: {HALL_NUMBER}; }}
QWidget[look="hall"] QLabel[look="hall-muted"] {{ color: #C9D5E6; }}
QWidget[look="hall"] QLabel[look="hall-idle"] {{ color: #5B7BA6; }}
QFrame[look="hall-panel"] {{ background: {HALL_PANEL}; border-radius: 14px; }}
QFrame[look="hall-flash"] {{ background: {HALL_FLASH}; border-radius: 14px; }}
"""
