"""A hall display in its own process, for the two-process test: prints `ready` once it shows the
floor, then `seen N` when counter C shows ticket N (exit 0), or exits 1 after the timeout.

    python -m tests.ui.display_probe DB_URL NUMBER COUNTER [TIMEOUT_S]"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk_desktop.floor_settings import DisplaySettings, FloorSettings
from kiosk_desktop.services.views import QueueStatus
from tests.helpers import open_app
from ui.display_window import DisplayWindow
from ui.floor import Floor
from ui.qt_app import qt_application


def main(url: str, number: str, counter: int, timeout_s: float) -> int:
    qt = qt_application()
    app = open_app(url, Path.cwd())
    floor = Floor(app, FloorSettings(display=DisplaySettings(voice=False)))
    window = DisplayWindow(floor)
    window.resize(1920, 1080)
    window.show()
    result = {"code": 1, "ready": False}

    def on_status(status: QueueStatus) -> None:
        if not result["ready"]:
            result["ready"] = True
            print("ready", flush=True)
        tile = window.tiles.get(counter)
        if tile is not None and tile.ticket.text() == number:
            print(f"seen {number}", flush=True)
            result["code"] = 0
            qt.quit()

    window.status_shown.connect(on_status)
    QTimer.singleShot(int(timeout_s * 1000), qt.quit)
    floor.start()
    qt.exec()
    window.close()
    floor.close()
    app.close()
    return int(result["code"])


if __name__ == "__main__":
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 20.0
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), timeout))
