"""The PDF reports, read back with pdftotext (poppler): the Vietnamese text is real text in an
embedded font, and the figures are the ones counted by hand for the same data."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.metrics.period import day_period, month_period
from kiosk_desktop.metrics.report import PeriodReport, build_report
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.reports.pdf.document import pdf_bytes
from tests.helpers import FakeClock
from tests.kiosk_desktop.metrics.builders import july_dossiers, local

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
SETTINGS = ReportSettings(
    authority="Ủy ban nhân dân phường Hồng Bàng", place="Hồng Bàng", signer_name="Nguyễn Thị Vân Anh"
)


def pdf_text(data: bytes, folder: Path, mode: str = "-layout") -> str:
    """`-layout` keeps table rows on one line; `-raw` keeps a wrapped cell's words together."""
    path = folder / "report.pdf"
    path.write_bytes(data)
    result = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, check=True, text=True)
    return result.stdout


def flat(data: bytes, folder: Path) -> str:
    return " ".join(pdf_text(data, folder, "-raw").split())


def fonts(data: bytes, folder: Path) -> str:
    path = folder / "fonts.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout


@pytest.fixture
def july(centre: App) -> PeriodReport:
    july_dossiers(centre)
    return build_report(centre.db, centre.zone, month_period("2026-07"), SETTINGS)


def test_month_report_text_and_figures(july: PeriodReport, tmp_path: Path) -> None:
    data = pdf_bytes(july, daily=False)
    assert data.startswith(b"%PDF")
    text, words = pdf_text(data, tmp_path), flat(data, tmp_path)
    for expected in (
        "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG",
        "TRUNG TÂM THỬ NGHIỆM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Tháng 7 năm 2026 (từ ngày 01/07/2026 đến ngày 31/07/2026)",
        "Biểu II.06a/VPCP/KSTT",
        "Số hồ sơ nhận giải quyết",
        "Số hồ sơ đã giải quyết",
        "Số hồ sơ đang giải quyết",
        "NGƯỜI LẬP BIỂU",
        "GIÁM ĐỐC",
        "Nguyễn Thị Vân Anh",
        "Phụ lục",
        "Tỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn",
        "Không đạt",
        "Đăng ký khai sinh",
    ):
        assert expected in words, expected
    rows = [" ".join(line.split()) for line in text.splitlines()]
    # II.06a rows (hand counts in test_ii06a.py): STT, field, (1)..(11)
    assert "1 Hộ tịch 15 6 4 5 7 1 5 1 7 4 3" in rows
    assert "2 Chứng thực 6 0 6 0 3 1 2 0 2 2 0" in rows
    assert "Tổng cộng 21 6 10 5 10 2 7 1 9 6 3" in rows
    assert any("90%" in row and "(9/10)" in row for row in rows)  # on time 9 of 10, target 95%: Không đạt
    assert "Trong kỳ có 2 hồ sơ công dân rút" in text
    assert "DejaVuSans" in fonts(data, tmp_path)  # embedded, so every PC shows the same letters


def test_official_header_and_plain_footnote(july: PeriodReport, tmp_path: Path) -> None:
    made = dataclasses.replace(july, made_at=datetime(2026, 8, 3, 2, 0, tzinfo=UTC))  # 09:00 on 03/08 local
    lines = [" ".join(line.split()) for line in pdf_text(pdf_bytes(made, daily=False), tmp_path).splitlines()]
    # Decree 30/2020: spaced hyphens in the motto; place, comma, lowercase 'ngày'; no zero before 8
    assert any(line.endswith("Độc lập - Tự do - Hạnh phúc") for line in lines)
    assert any(line.endswith("Hồng Bàng, ngày 03 tháng 8 năm 2026") for line in lines)
    assert not any(re.search(r"\bNgày \d\d tháng", line) for line in lines)
    footnote = "Chỉ tiêu theo cấu hình của Trung tâm; đạt khi kết quả không thấp hơn chỉ tiêu."
    assert footnote in lines
    assert not any("[reports" in line or "reports.targets" in line for line in lines)


def test_no_place_leaves_a_blank_to_fill_in(centre: App, tmp_path: Path) -> None:
    settings = ReportSettings(authority="Ủy ban nhân dân phường Hồng Bàng")
    report = build_report(centre.db, centre.zone, day_period(date(2026, 7, 1)), settings)
    made = dataclasses.replace(report, made_at=datetime(2026, 2, 9, 2, 0, tzinfo=UTC))
    lines = [" ".join(line.split()) for line in pdf_text(pdf_bytes(made, daily=True), tmp_path).splitlines()]
    assert any(line.endswith("……………, ngày 09 tháng 02 năm 2026") for line in lines)


def test_wait_chart_labels_differ_for_short_waits(centre: App, clock: FakeClock, tmp_path: Path) -> None:
    # the trial's day: waits of a few seconds, 0,1 to 0,3 minutes, which once gave 0 / 0,1 / 0,1 / 0,2
    clock.now = local(date(2026, 7, 1), 8)
    for wait in (6, 12, 18):
        centre.queue.issue("CT")
        clock.advance(seconds=wait)
        centre.queue.call_next(1)
        clock.advance(seconds=30)
        centre.queue.finish(1)
    report = build_report(centre.db, centre.zone, day_period(date(2026, 7, 1)), SETTINGS)
    text = pdf_text(pdf_bytes(report, daily=True), tmp_path)
    start = text.index("Thời gian chờ theo dịch vụ (phút)")
    chart = text[start : text.index("Trung bình", start)]  # down to the chart's legend
    axis = next(line.split() for line in chart.splitlines() if line.split()[:1] == ["0"])
    assert len(axis) >= 3 and len(set(axis)) == len(axis), axis
    assert all(re.fullmatch(r"\d+(,\d+)?", label) for label in axis), axis  # decimal comma
    ticks = [float(label.replace(",", ".")) for label in axis]
    longest = max(r.wait.p90 or 0 for r in report.queue.by_service) / 60  # the longest bar, in minutes
    assert 0.1 < longest < 0.5
    assert ticks[-1] >= longest > ticks[-2]  # the axis reaches the longest bar, one step at most beyond


def test_daily_report_pdf(centre: App, tmp_path: Path) -> None:
    july_dossiers(centre)
    report = build_report(centre.db, centre.zone, day_period(date(2026, 7, 1)), SETTINGS)
    text = pdf_text(pdf_bytes(report, daily=True), tmp_path)
    assert "BÁO CÁO NGÀY" in text and "Ngày 01/07/2026" in text  # the period line, not the dated line
    rows = [" ".join(line.split()) for line in text.splitlines()]
    assert "1 Hộ tịch 6 1 0 5 1 1 0 0 5 4 1" in rows
    assert "Phụ lục" not in text


def test_a_long_table_repeats_its_header(centre: App, tmp_path: Path) -> None:
    from tests.kiosk_desktop.metrics.builders import IntakeData, local

    data = IntakeData(centre)
    for k in range(70):  # 70 fields: the II.06a table runs over a page
        version = data.procedure(f"1.{k:06d}", f"Thủ tục {k}", data.field(f"Lĩnh vực {k:02d}", position=k))
        data.dossier(version, local(date(2026, 7, 2), 9))
    report = build_report(centre.db, centre.zone, month_period("2026-07"), SETTINGS)
    pages = pdf_text(pdf_bytes(report, daily=False), tmp_path).split("\f")
    with_header = [page for page in pages if "Số hồ sơ nhận giải quyết" in page]
    assert len(with_header) >= 2
    assert "Lĩnh vực 69" in "".join(with_header[1:])
