"""A large touch button with a wrapped title and a smaller second line (QPushButton cannot wrap)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ui.theme import INK, MUTED, PRIMARY, PRIORITY, font, set_look

BADGE_PADDING = 8  # each side: the letters never touch the rounded corners


class BigButton(QPushButton):
    def __init__(self, title: str, detail: str = "", *, badge: str = "", look: str = "service") -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        self.badge = QLabel(badge)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setVisible(bool(badge))
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.detail = QLabel(detail)
        self.detail.setWordWrap(True)
        # the waiting line sits at the bottom, so paired buttons show it on one level
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.detail.setVisible(bool(detail))
        for label in (self.badge, self.title, self.detail):
            # the button, not the label, must get the tap
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.detail, 1)  # takes the spare height; without a detail the title is centred
        row = self._box = QHBoxLayout(self)
        row.setContentsMargins(18, 10, 18, 10)
        row.setSpacing(18)
        row.addWidget(self.badge)
        row.addLayout(text, 1)
        set_look(self, look)
        self._colour_labels()
        self.set_pixels(34)

    def set_pixels(self, title_pixels: int, *, badge_width: int | None = None) -> None:
        """Scale the text with the screen: the title, a smaller detail line, a badge beside them.
        `badge_width` is the badge's usual width (buttons in one column share it so their titles
        line up); a prefix too long for it gets smaller letters, then a wider badge."""
        self._title_pixels = title_pixels
        self._badge_width = badge_width or int(title_pixels * 2.4)
        self.detail.setFont(font(max(12, int(title_pixels * 0.62))))
        self._fit_badge()
        self._fit_title()

    def _fit_badge(self) -> None:
        """A 4-letter prefix (LDXH) in a badge sized for one or two letters lost its ends: take the
        letters down to half size at most, and only then widen the badge to the text."""
        text = self.badge.text()
        largest = int(self._title_pixels * 1.25)
        pixels = largest
        room = self._badge_width - 2 * BADGE_PADDING
        self.badge.setFont(font(pixels, bold=True))
        while pixels > largest // 2 and QFontMetrics(self.badge.font()).horizontalAdvance(text) > room:
            pixels -= 1
            self.badge.setFont(font(pixels, bold=True))
        needed = QFontMetrics(self.badge.font()).horizontalAdvance(text) + 2 * BADGE_PADDING
        self.badge.setFixedWidth(max(self._badge_width, needed))

    def badge_width_for(self, pixels: int) -> int:
        """The badge width that shows this button's prefix whole at `pixels` (for a shared width)."""
        return QFontMetrics(font(pixels, bold=True)).horizontalAdvance(self.badge.text()) + 2 * BADGE_PADDING

    def _fit_title(self) -> None:
        """A long name wrapped in a short button lost the bottom of its letters (g, y, the hook of
        ẫ): take the title down a step at a time, to 70% at most, until the lines fit the height."""
        margins = self._box.contentsMargins()
        width = self.width() - margins.left() - margins.right() - self.badge.width() - self._box.spacing()
        room = self.height() - margins.top() - margins.bottom()
        if not self.detail.isHidden():  # isVisible() is False until the window shows: no room kept
            room -= self.detail.heightForWidth(width) + 4
        pixels = self._title_pixels
        self.title.setFont(font(pixels, bold=True))
        while width > 0 and room > 0 and pixels > self._title_pixels * 0.7 and self.title.heightForWidth(width) > room:
            pixels -= 2
            self.title.setFont(font(pixels, bold=True))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_title()  # the labels got their top headroom when polished, just before showing

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.detail.setVisible(bool(text))
        self._fit_title()

    def text_lines(self) -> str:
        """What the button says, for tests and screen readers."""
        return " ".join(part for part in (self.badge.text(), self.title.text(), self.detail.text()) if part)

    # QPushButton sizes itself by its own (empty) text; this one is as large as its wrapped labels.
    def sizeHint(self) -> QSize:
        return self._box.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._box.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._box.totalHeightForWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self._colour_labels()
        super().changeEvent(event)

    def _colour_labels(self) -> None:
        enabled = self.isEnabled()
        filled = self.property("look") in ("priority", "primary", "good")
        ink = ("white" if filled else INK) if enabled else "#98A2B3"
        accent = (PRIORITY if self.property("look") == "service-priority" else PRIMARY) if enabled else "#C4CDD8"
        plain = f"background: transparent; border: none; color: {ink};"
        self.title.setStyleSheet(plain)
        detail = MUTED if enabled and not filled else ink
        self.detail.setStyleSheet(f"background: transparent; border: none; color: {detail};")
        self.badge.setStyleSheet(f"background: {accent}; color: white; border: none; border-radius: 12px;")

    def use_look(self, look: str) -> None:
        set_look(self, look)
        self._colour_labels()
