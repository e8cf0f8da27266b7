"""The 80 mm daily summary slip, from a real day's report on both databases."""

from __future__ import annotations

from datetime import datetime

from devices.printers import daily_slip_bytes, daily_slip_png
from devices.printers.daily_slip import daily_slip_document
from devices.printers.document import Picture
from devices.printers.escpos_setup import printer_model
from kiosk_desktop.app import App
from tests.devices.printers.test_preview import assert_preview_shows_bytes
from tests.helpers import FakeClock

NOW = datetime(2026, 3, 2, 17, 5)


def a_morning(app: App, clock: FakeClock) -> None:
    """Three CT and one HT ticket; the first CT waits 10 minutes and is served in 6."""
    for service in ("CT", "CT", "CT", "HT"):
        app.queue.issue(service)
    clock.advance(minutes=10)
    app.queue.call_next(1)
    clock.advance(minutes=6)
    app.queue.finish(1)
    app.queue.call_next(2)  # the HT ticket (counter 2 prefers HT), after 16 minutes
    app.queue.no_show(2)


def lines_of(app: App, paper_mm: int = 80) -> list[str]:
    document = daily_slip_document(app.daily_report(), "Trung tâm thử nghiệm", printer_model(None, paper_mm), NOW)
    return [item.text for item in document.items if isinstance(item, Picture)]


def test_totals_and_tables_come_from_the_report(centre: App, clock: FakeClock) -> None:
    a_morning(centre, clock)
    lines = lines_of(centre)
    assert "TỔNG HỢP HÀNG ĐỢI NGÀY 02/03/2026" in lines
    for expected in (
        "Số phiếu đã cấp | 4",
        "Đã phục vụ xong | 1",
        "Vắng mặt | 1",
        "Còn chờ lúc in | 2",
        "Thời gian chờ trung bình | 13 phút",  # (10 + 16) / 2
        "Thời gian phục vụ trung bình | 6 phút",
    ):
        assert expected in lines
    assert "Dịch vụ | Cấp | Xong | Vắng | Chờ TB" in lines
    assert "Chứng thực | 3 | 1 | 0 | 10" in lines
    assert "Hộ tịch | 1 | 0 | 1 | 16" in lines
    assert "Đất đai | 0 | 0 | 0 | –" in lines
    assert "Quầy 1 | 1 | 6" in lines


def test_narrow_paper_gives_names_their_own_line(centre: App, clock: FakeClock) -> None:
    a_morning(centre, clock)
    lines = lines_of(centre, 58)
    row = lines.index("Chứng thực")
    assert lines[row + 1] == "3 | 1 | 0 | 10"


def test_slip_preview_matches_its_bytes(centre: App, clock: FakeClock) -> None:
    a_morning(centre, clock)
    report = centre.daily_report()
    for paper_mm in (80, 58):
        picture = daily_slip_png(report, "Trung tâm thử nghiệm", paper_mm, now=NOW)
        data = daily_slip_bytes(report, "Trung tâm thử nghiệm", paper_mm, now=NOW)
        assert_preview_shows_bytes(picture, data, paper_mm)
