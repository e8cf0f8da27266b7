"""The text report reads like the seeds: the Hồng Bàng paragraph comes back word for word
(figures included) from data shaped like the centre's first 18 days of July 2025."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.metrics.period import custom_period, day_period, month_period
from kiosk_desktop.metrics.report import build_report
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.reports.text import report_text
from tests.kiosk_desktop.metrics.builders import hong_bang_july_2025, july_dossiers


@pytest.fixture
def hong_bang(centre: App) -> App:
    hong_bang_july_2025(centre)
    return centre


def test_the_seed_paragraph(hong_bang: App) -> None:
    period = custom_period(date(2025, 7, 1), date(2025, 7, 18))
    text = report_text(build_report(hong_bang.db, hong_bang.zone, period, ReportSettings()))
    lines = text.splitlines()
    assert lines[0] == "Kết quả tiếp nhận và giải quyết hồ sơ TTHC (Tính từ ngày 01/07/2025 đến ngày 18/07/2025):"
    assert lines[1] == "- Trung tâm đã hướng dẫn 6.303 lượt công dân đến giải quyết hồ sơ TTHC."
    assert lines[2] == "- Đã tiếp nhận: 5.179 hồ sơ, trong đó:"
    assert lines[3].startswith("  + 4.038 hồ sơ thuộc các thủ tục chưa được cung cấp dịch vụ công trực tuyến")
    assert lines[4] == (
        "  + Còn 1.141 hồ sơ các lĩnh vực: Hộ tịch đã được cung cấp dịch vụ công trực tuyến, "
        "Trung tâm đã tiếp nhận 999 hồ sơ trực tuyến đạt 87,55%."
    )
    assert "- Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 19,29% (999/5.179 hồ sơ)." in lines
    assert "- Đã giải quyết: 5.179 hồ sơ (trước hạn 5.179, đúng hạn 0, quá hạn 0); " in text
    assert "STT\tNội dung\tChỉ tiêu\tKết quả\tĐánh giá" in lines
    assert "1\tTỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn\t≥ 95%\t100% (5.179/5.179)\tĐạt" in lines
    assert "2\tTỷ lệ hồ sơ TTHC tiếp nhận trực tuyến\t≥ 50%\t19,29% (999/5.179)\tKhông đạt" in lines


def test_july_sentences(centre: App) -> None:
    july_dossiers(centre)
    text = report_text(build_report(centre.db, centre.zone, month_period("2026-07"), ReportSettings()))
    # counted by hand in tests/kiosk_desktop/metrics/test_ii06a.py
    assert "- Hồ sơ kỳ trước chuyển sang: 5 hồ sơ." in text
    assert (
        "- Đã giải quyết: 10 hồ sơ (trước hạn 2, đúng hạn 7, quá hạn 1); tỷ lệ giải quyết trước hạn, đúng hạn đạt 90%."
        in text
    )
    assert "- Đang giải quyết: 9 hồ sơ (trong hạn 6, quá hạn 3)." in text
    assert "- Công dân rút 2 hồ sơ." in text
    assert "  + Theo kênh: trực tuyến 6 hồ sơ; trực tiếp 9 hồ sơ; qua dịch vụ bưu chính công ích 1 hồ sơ." in text
    assert "- Tại quầy: yêu cầu bổ sung 1 hồ sơ, từ chối tiếp nhận 1 hồ sơ, chỉ hướng dẫn 1 lượt." in text
    assert "- Tỷ lệ hồ sơ được số hóa đạt 62,5% (10/16 hồ sơ)." in text
    assert "- Tỷ lệ thanh toán phí, lệ phí trực tuyến đạt 66,67% (2/3 hồ sơ có thông tin thanh toán)." in text


def test_an_empty_day_says_so(centre: App) -> None:
    text = report_text(build_report(centre.db, centre.zone, day_period(date(2026, 1, 5)), ReportSettings()))
    assert "(Ngày 05/01/2026):" in text.splitlines()[0]
    assert "- Trong kỳ chưa tiếp nhận hồ sơ nào." in text
    assert "- Trong kỳ chưa cấp số thứ tự nào." in text
    assert "Chưa có số liệu" in text
