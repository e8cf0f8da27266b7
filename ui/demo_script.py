"""`kiosk-desktop demo --script [--screenshots DIR]`: a morning played through the real windows
with nobody at the screen (works under QT_QPA_PLATFORM=offscreen), saving a PNG of every window at
the moments worth looking at. Each step clicks a real button and waits for the window to show the
answer, so a freeze, a lost ticket or a window that never updates stops the script with an error."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk_desktop.app import App
from kiosk_desktop.devices_api import Announcer, PrinterState
from kiosk_desktop.domain import TicketStatus, TransferPlacement
from kiosk_desktop.errors import KioskError
from kiosk_desktop.voice import display_text
from ui.counter_display_window import CounterDisplayWindow
from ui.counter_window import CounterWindow
from ui.demo_windows import DEMO_PRINTER, DemoWindows, build_demo
from ui.qt_app import qt_application
from ui.qt_messages import route_qt_messages
from ui.reception_window import ReceptionWindow
from ui.roles import make_announcer
from ui.transfer_dialog import TransferDialog

log = logging.getLogger(__name__)

Say = Callable[[str], None]
SIZES = {
    "kiosk": (1280, 1024),
    "display": (1920, 1080),
    "counter": (1366, 768),
    "reception": (1366, 768),
    "supervisor": (1366, 768),
}


class DemoStuck(KioskError):
    """A window did not show what the script waited for: the demo found a fault."""


class SpokenCalls:
    """The hall's announcer, also writing each call in the console (the script has no speakers)."""

    def __init__(self, inner: Announcer | None, app: App, say: Say) -> None:
        self.inner, self.voice, self.say, self.calls = inner, app.resolved.settings.voice, say, 0
        self.unsaid: list[str] = []  # written after the move that caused them, in the console's order

    def announce(self, number: str, counter: int) -> None:
        self.calls += 1
        self.unsaid.append(f"{'':10}Loa: «{display_text(number, counter, self.voice)}»")
        if self.inner is not None:
            self.inner.announce(number, counter)

    def flush(self) -> None:
        for line in self.unsaid:
            self.say(line)
        self.unsaid.clear()

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()


class DemoScript:
    def __init__(self, app: App, shots: Path | None, say: Say) -> None:
        self.app, self.shots, self.say = app, shots, say
        self.saved: list[Path] = []
        from devices.voice import FakePlayer

        inner, problem = make_announcer(app, player=FakePlayer(auto_finish=True))
        self.voice = SpokenCalls(inner, app, say)
        self.w: DemoWindows = build_demo(app, self.voice, problem)
        floor = self.w.floor
        self.counters = {1: self.w.counter, **{n: CounterWindow(floor, n) for n in (2, 3, 4)}}
        self.reception = ReceptionWindow(floor)
        self.small = CounterDisplayWindow(floor, 2)
        self.w.extra = [*(self.counters[n] for n in (2, 3, 4)), self.reception, self.small]

    # --- plumbing --------------------------------------------------------------------------

    def wait(self, done: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise DemoStuck(f"Chạy thử dừng lại: cửa sổ không hiện «{what}» sau {timeout:.0f} giây.")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)

    def settle(self) -> None:
        """Let pending feed events and status reloads reach every window."""
        before = self.w.floor.state.status
        self.w.floor.state.reload()
        self.wait(lambda: self.w.floor.state.status is not before, "trạng thái hàng đợi mới", 5)

    def shot(self, name: str, window: QWidget) -> None:
        if self.shots is None:
            return
        QCoreApplication.processEvents()
        path = self.shots / f"{len(self.saved) + 1:02d}-{name}.png"
        if not window.grab().save(str(path)):
            raise DemoStuck(f"Không lưu được ảnh {path}.")
        self.saved.append(path)

    def click(self, button: QPushButton) -> None:
        if not button.isEnabled():
            raise DemoStuck(f"Nút «{button.text()}» đang bị khóa.")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    # --- the morning -----------------------------------------------------------------------

    def run(self) -> None:
        self.show_windows()
        self.issue_at_kiosk()
        self.issue_at_reception()
        self.call_at_counters()
        self.move_and_finish()
        self.printer_runs_out()
        self.supervisor_looks()
        self.shot("display-end", self.w.display)
        self.shot("counter-2-display", self.small)

    def show_windows(self) -> None:
        sized: list[tuple[QWidget, str]] = [(self.w.kiosk, "kiosk"), (self.w.display, "display")]
        sized.append((self.w.supervisor, "supervisor"))
        sized += [(self.reception, "reception"), *((c, "counter") for c in self.counters.values())]
        for widget, name in sized:
            widget.resize(*SIZES[name])
        self.small.resize(800, 480)
        for widget in self.w.all():
            widget.show()
        self.w.floor.start()
        self.wait(lambda: bool(self.w.kiosk.services.buttons), "các nút dịch vụ ở máy lấy số")
        self.shot("kiosk-start", self.w.kiosk)
        self.shot("display-empty", self.w.display)

    def kiosk_ticket(self, code: str, reason: str | None = None) -> str:
        kiosk = self.w.kiosk
        if reason:
            self.click(kiosk.services.priority_button)
            self.click(kiosk.priority.buttons[reason])
        shown: list[object] = []
        kiosk.ticket_shown.connect(shown.append)
        kiosk.notice_shown.connect(shown.append)
        self.click(kiosk.services.buttons[code])
        self.wait(lambda: bool(shown), f"số vừa cấp cho dịch vụ {code}")
        kiosk.ticket_shown.disconnect(shown.append)
        kiosk.notice_shown.disconnect(shown.append)
        outcome = shown[0]
        if isinstance(outcome, str):
            raise DemoStuck(f"Máy lấy số từ chối cấp số {code}: {outcome}")
        ticket = outcome.issued.ticket  # type: ignore[attr-defined]
        mark = " (ưu tiên)" if ticket.priority else ""
        self.say(f"Máy lấy số cấp số {ticket.number}{mark} — {ticket.service_name}")
        return str(ticket.number)

    def issue_at_kiosk(self) -> None:
        self.kiosk_ticket("CT")
        self.shot("kiosk-ticket", self.w.kiosk)
        self.w.kiosk.return_to_start()
        for code in ("CT", "HT", "DD", "CT", "CC", "TKQ", "HT", "CT"):
            self.kiosk_ticket(code)
            self.w.kiosk.return_to_start()
        self.click(self.w.kiosk.services.priority_button)
        self.shot("kiosk-priority", self.w.kiosk)
        self.w.kiosk.return_to_start()
        self.kiosk_ticket("CT", "nguoi_cao_tuoi")
        self.w.kiosk.return_to_start()

    def issue_at_reception(self) -> None:
        done: list[object] = []
        self.reception.issued.connect(done.append)
        self.reception.panel.priority.setCurrentIndex(self.reception.panel.priority.findData("phu_nu_mang_thai"))
        self.click(self.reception.panel.service_buttons["HT"])
        self.wait(lambda: bool(done), "số cấp ở quầy hướng dẫn")
        self.say(f"Quầy hướng dẫn cấp số {done[0].issued.ticket.number} (ưu tiên) — Hộ tịch")  # type: ignore[attr-defined]
        self.wait(lambda: len(self.reception.table.tickets) >= 10, "danh sách chờ ở quầy hướng dẫn")
        self.shot("reception", self.reception)

    def counter_move(self, number: int, action: str) -> object:
        window = self.counters[number]
        results: list[object] = []
        window.move_done.connect(lambda _a, r: results.append(r))
        window.move_failed.connect(lambda _a, message: results.append(DemoStuck(message)))
        self.wait(lambda: window.moves.is_allowed(action), f"nút {action} ở quầy {number}")
        self.click(window.moves.buttons[action])
        self.wait(lambda: bool(results), f"kết quả {action} ở quầy {number}")
        if isinstance(results[0], DemoStuck):
            raise results[0]
        return results[0]

    def call_next(self, counter: int) -> None:
        calls = self.voice.calls
        ticket = self.counter_move(counter, "next")
        if ticket is None:
            self.say(f"{'':10}Quầy {counter}: không còn ai chờ")
            return
        self.say(f"Quầy {counter} mời số {ticket.number}")  # type: ignore[attr-defined]
        self.wait(lambda: self.voice.calls > calls, "lời mời trên loa và màn hình sảnh")
        self.voice.flush()

    def call_at_counters(self) -> None:
        self.call_next(1)
        self.shot("display-call", self.w.display)
        self.shot("counter-1-calling", self.counters[1])
        for counter in (2, 3, 4):
            self.call_next(counter)
        calls = self.voice.calls
        recalled = self.counter_move(2, "recall")
        self.say(f"Quầy 2 gọi lại số {recalled.number}")  # type: ignore[attr-defined]
        self.wait(lambda: self.voice.calls > calls, "lời gọi lại")
        self.voice.flush()
        self.shot("display-recall", self.w.display)

    def move_and_finish(self) -> None:
        window = self.counters[1]
        self.click(window.moves.buttons["transfer"])
        self.wait(lambda: isinstance(window.dialogs.current, TransferDialog), "hộp chọn dịch vụ để chuyển")
        dialog = window.dialogs.current
        assert isinstance(dialog, TransferDialog)
        dialog.choose("HT", TransferPlacement.FRONT)
        self.shot("counter-1-transfer", dialog)
        moved: list[object] = []
        window.move_done.connect(lambda _a, r: moved.append(r))
        dialog.accept()
        self.wait(lambda: bool(moved), "kết quả chuyển dịch vụ")
        self.say(f"Quầy 1 chuyển số {moved[0].number} sang {moved[0].service_name}, lên đầu hàng")  # type: ignore[attr-defined]
        for counter, action in ((3, "finish"), (4, "no_show"), (2, "finish")):
            ticket = self.counter_move(counter, action)
            what = "hoàn thành" if action == "finish" else "vắng mặt"
            self.say(f"Quầy {counter}: số {ticket.number} {what}")  # type: ignore[attr-defined]
        self.call_next(3)
        self.call_next(1)
        self.shot("counter-1-serving", self.counters[1])
        self.counters[2].pause("Họp giao ban")
        self.wait(lambda: self.counters[2].state is not None and self.counters[2].state.paused, "quầy 2 tạm dừng")
        self.say("Quầy 2 tạm dừng: Họp giao ban")
        self.shot("counter-2-paused", self.counters[2])

    def printer_runs_out(self) -> None:
        from devices.printers.sim import sim_device
        from kiosk_desktop.printing.address import parse_printer_url

        device = sim_device(parse_printer_url(DEMO_PRINTER))
        device.set_state(PrinterState.PAPER_OUT)
        number = self.kiosk_ticket("HT")
        self.say(f"{'':10}Máy in hết giấy: số {number} vẫn hiện trên màn hình, chờ in lại")
        self.shot("kiosk-printer-trouble", self.w.kiosk)
        device.load_paper()
        self.w.kiosk.return_to_start()
        self.settle()

    def supervisor_looks(self) -> None:
        """The centre's head checks the floor once the figures have caught up, then prints the slip."""
        supervisor = self.w.supervisor
        status = self.w.floor.state.status
        issued = sum(service.issued_today for service in status.services) if status else 0
        self.wait(
            lambda: supervisor.report is not None and supervisor.report["tickets"]["issued"] == issued,
            "số liệu hôm nay ở cửa sổ giám sát",
        )
        self.shot("supervisor", supervisor)
        printed: list[object] = []
        supervisor.slip_printed.connect(printed.append)
        supervisor.job_failed.connect(lambda message: printed.append(DemoStuck(message)))
        self.click(supervisor.reporting.slip_button)
        self.wait(lambda: bool(printed), "phiếu tổng hợp ngày")
        if isinstance(printed[0], DemoStuck):
            raise printed[0]
        self.say(f"Lãnh đạo Trung tâm xem các quầy ({issued} số đã cấp) và in phiếu tổng hợp ngày")

    def check_nothing_lost(self) -> None:
        status = self.app.daily_report()["tickets"]
        issued = status["issued"]
        accounted = (
            status["served"] + status["no_show"] + status["cancelled"] + status["waiting"] + status["in_service"]
        )
        if issued != accounted:
            raise DemoStuck(f"Lệch số phiếu: cấp {issued}, tính được {accounted}.")
        held = [c.ticket.number for c in self.app.status().counters if c.ticket is not None]
        if any(c.ticket is not None and c.ticket.status not in (TicketStatus.CALLED, TicketStatus.SERVING)
               for c in self.app.status().counters):  # fmt: skip
            raise DemoStuck("Một quầy giữ một số không ở trạng thái đang gọi hoặc đang phục vụ.")
        self.say(f"Kiểm tra: {issued} phiếu đã cấp, không phiếu nào bị mất; các quầy đang giữ: {', '.join(held)}")

    def close(self) -> None:
        for window in self.w.all():
            window.close()
        self.w.floor.close()


def run_demo_script(app: App, shots: Path | None, say: Say) -> int:
    route_qt_messages()
    qt_application(app.resolved.settings.floor.language)
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    script = DemoScript(app, shots, say)
    try:
        script.run()
        script.check_nothing_lost()
    finally:
        script.close()
    if shots is not None:
        say(f"Đã lưu {len(script.saved)} ảnh màn hình vào {shots}")
    return 0
