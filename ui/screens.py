"""Put a window on a chosen monitor, full screen or not (the hall TV is often the second screen)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kiosk_desktop.errors import ConfigError

log = logging.getLogger(__name__)


def place(window: QWidget, screen: int | None, *, fullscreen: bool, size: tuple[int, int] = (1366, 768)) -> None:
    """Show `window` on monitor `screen` (1 = the first, as people count; None = the primary one)."""
    screens = QGuiApplication.screens()
    chosen = QGuiApplication.primaryScreen()
    if screen is not None:
        if not 1 <= screen <= len(screens):
            raise ConfigError(
                f"Không có màn hình số {screen}: máy này có {len(screens)} màn hình (đánh số từ 1). "
                "Kiểm tra dây nối và cài đặt hiển thị của Windows."
            )
        chosen = screens[screen - 1]
    area = chosen.availableGeometry()
    window.winId()  # the native window exists now, so it can be put on its screen before it shows
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(chosen)
    if fullscreen:
        window.setGeometry(chosen.geometry())
        window.showFullScreen()
    else:
        width, height = min(size[0], area.width()), min(size[1], area.height())
        window.resize(width, height)
        window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
        window.show()
    log.info("%s on screen %s (%s)", type(window).__name__, screen or "primary", chosen.name())
