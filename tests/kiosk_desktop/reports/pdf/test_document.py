"""The PDF reports, read back with pdftotext (poppler): the Vietnamese text is real text in an
embedded font, and the figures are the ones counted by hand for the same data."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.metrics.period import day_period, month_period
from kiosk_desktop.metrics.report import PeriodReport, build_report
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.reports.pdf.document import pdf_bytes
from tests.kiosk_desktop.metrics.builders import july_dossiers

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


def test_daily_report_pdf(centre: App, tmp_path: Path) -> None:
    july_dossiers(centre)
    report = build_report(centre.db, centre.zone, day_period(date(2026, 7, 1)), SETTINGS)
    text = pdf_text(pdf_bytes(report, daily=True), tmp_path)
    assert "BÁO CÁO NGÀY" in text and "Ngày 01/07/2026" in text
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
