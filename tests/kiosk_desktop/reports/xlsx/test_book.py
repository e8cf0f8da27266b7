"""The workbook read back with openpyxl: II.06a laid out as the form (merged header cells, column
numbers), numbers stored as numbers with number formats, days as dates, a missing figure as an empty
cell, one sheet per table under a Vietnamese name."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from kiosk_desktop.app import App
from kiosk_desktop.metrics.period import month_period
from kiosk_desktop.metrics.report import build_report
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.reports.xlsx.book import xlsx_bytes
from tests.helpers import FakeClock
from tests.kiosk_desktop.metrics.builders import july_dossiers, local


@pytest.fixture
def book(centre: App, clock: FakeClock) -> Workbook:
    july_dossiers(centre)
    clock.now = local(date(2026, 7, 1), 8)
    centre.queue.issue("CT")
    clock.advance(seconds=600)
    centre.queue.call_next(1)  # waited 10 minutes
    clock.advance(seconds=270)
    centre.queue.finish(1)  # served 4,5 minutes
    clock.now = local(date(2026, 8, 3), 9)  # made after the month: the hand counts are as of 31/07
    report = build_report(centre.db, centre.zone, month_period("2026-07"), ReportSettings(authority="UBND phường X"))
    return load_workbook(io.BytesIO(xlsx_bytes(report)))


def test_sheets(book: Workbook) -> None:
    assert book.sheetnames == [
        "Tổng hợp", "Biểu II.06a", "Theo dịch vụ", "Theo quầy", "Theo cán bộ", "Tạm dừng", "Theo giờ", "Theo ngày",
        "Tiếp nhận", "Hài lòng", "Thủ tục", "Phụ lục",
    ]  # fmt: skip
    for name in book.sheetnames:  # what Excel accepts as a sheet name
        assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\"), name


def test_days_are_dates(book: Workbook) -> None:
    ws = book["Theo ngày"]
    assert [c.value for c in ws[4]] == ["Ngày", "Số phiếu", "Đã phục vụ", "Vắng mặt"]
    first = ws["A5"]
    # a real date (openpyxl reads a date cell back as a datetime at midnight), shown as 01/07/2026
    assert isinstance(first.value, datetime) and first.value.date() == date(2026, 7, 1)
    assert first.number_format == "dd/mm/yyyy"
    assert ws["B5"].value == 1 and ws["B5"].number_format == "#,##0"
    last = ws.max_row
    assert ws.cell(row=last, column=1).value == "Tổng cộng" and ws.cell(row=last, column=2).value == 1


def test_a_missing_figure_is_an_empty_cell(book: Workbook) -> None:
    """No '–' or '' text anywhere among the figures: a number, or an empty cell keeping the format."""
    for ws in book.worksheets:
        if ws.title == "Biểu II.06a":
            continue  # the form's own text cells ((A), (1)...) sit among its numbers
        for row in ws.iter_rows(min_row=5, max_row=ws.max_row - 1):
            for cell in row[1:]:
                assert cell.value not in ("–", "-", ""), (ws.title, cell.coordinate)
    service = book["Theo dịch vụ"]
    header = [c.value for c in service[4]]
    rows = {row[0].value: row for row in service.iter_rows(min_row=5) if row[0].value}
    target = header.index("Mục tiêu (phút)")
    wait = header.index("Chờ TB (phút)")
    unserved = next(row for name, row in rows.items() if name != "Chứng thực" and row[1].value == 0)
    assert unserved[wait].value is None and unserved[wait].number_format == "#,##0.0"
    assert rows["Tổng cộng"][target].value is None  # no single target for all services
    summary = book["Tổng hợp"]
    assert summary["B8"].value is None and summary["D8"].value is not None  # waiting time: minutes only


def test_ii06a_as_the_form(book: Workbook) -> None:
    ws = book["Biểu II.06a"]
    assert ws["J1"].value == "Biểu II.06a/VPCP/KSTT"
    assert ws["A4"].value == "Kỳ báo cáo: Tháng 7 năm 2026 (từ ngày 01/07/2026 đến ngày 31/07/2026)"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A7:A9", "B7:B9", "C7:F7", "G7:M7", "C8:C9", "D8:F8", "G8:J8", "K8:M8"} <= merged
    assert (ws["C7"].value, ws["G7"].value, ws["G8"].value, ws["K8"].value) == (
        "Số hồ sơ nhận giải quyết", "Kết quả giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết",
    )  # fmt: skip
    assert [ws.cell(row=10, column=c).value for c in range(1, 14)] == ["(A)", "(B)", *[f"({n})" for n in range(1, 12)]]
    rows = [[ws.cell(row=r, column=c).value for c in range(1, 14)] for r in range(11, 14)]
    assert rows == [
        ["1", "Hộ tịch", 15, 6, 4, 5, 7, 1, 5, 1, 7, 4, 3],
        ["2", "Chứng thực", 6, 0, 6, 0, 3, 1, 2, 0, 2, 2, 0],
        [None, "Tổng cộng", 21, 6, 10, 5, 10, 2, 7, 1, 9, 6, 3],
    ]
    assert ws["C13"].number_format == "#,##0" and isinstance(ws["C13"].value, int)


def test_numbers_are_numbers(book: Workbook) -> None:
    service = book["Theo dịch vụ"]
    header = [c.value for c in service[4]]
    ct = next(row for row in service.iter_rows(min_row=5, values_only=True) if row[0] == "Chứng thực")
    assert ct[header.index("Số phiếu")] == 1
    assert ct[header.index("Chờ TB (phút)")] == pytest.approx(10.0)
    assert ct[header.index("Phục vụ TB (phút)")] == pytest.approx(4.5)
    summary = {row[0]: row[1:] for row in book["Tổng hợp"].iter_rows(min_row=5, values_only=True)}
    assert summary["Hồ sơ đã tiếp nhận trong kỳ"][0] == 16
    assert summary["Trong đó trực tuyến"][:2] == (6, pytest.approx(0.375))
    assert book["Tổng hợp"]["C12"].number_format == "0.00%"
    counters = book["Theo quầy"]
    first = [c.value for c in counters[5]]
    # counter 1 open from its call (08:10) to its finish (08:14:30), all of it with the citizen; a
    # duration is a number of days in the cell, which openpyxl reads back as a timedelta
    assert first[0] == "Quầy 1" and first[5] == first[6] == timedelta(seconds=270)
    assert counters["F5"].number_format == "[h]:mm"


def test_appendix(book: Workbook) -> None:
    ws = book["Phụ lục"]
    assert [c.value for c in ws[4]] == ["STT", "Nội dung", "Chỉ tiêu", "Kết quả", "Đánh giá"]
    first = [c.value for c in ws[5]]
    assert first[:2] == [1, "Tỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn"]
    assert first[2] == pytest.approx(0.95) and first[3] == pytest.approx(0.9) and first[4] == "Không đạt"
