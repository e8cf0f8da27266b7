"""The appendix table of the seeds, for the indicators the app computes:
STT | Nội dung | Chỉ tiêu | Kết quả | Đánh giá (Đạt / Không đạt)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk_desktop.metrics.indicators import Indicator
from kiosk_desktop.reports import vn_format as vn

HEADER = ("STT", "Nội dung", "Chỉ tiêu", "Kết quả", "Đánh giá")
TITLE = "Kết quả thực hiện các chỉ tiêu về tiếp nhận, giải quyết thủ tục hành chính"


@dataclass(frozen=True)
class AppendixRow:
    stt: int
    label: str
    target: str  # '≥ 95%'
    result: str  # '87,55% (999/1.141)'
    verdict: str


def result_text(indicator: Indicator) -> str:
    text = vn.percent(indicator.result_pct)
    if indicator.result_pct is not None and indicator.whole:
        text += f" ({vn.number(indicator.part)}/{vn.number(indicator.whole)})"
    return text


def appendix_rows(indicators: list[Indicator]) -> list[AppendixRow]:
    return [
        AppendixRow(n, ind.label, f"≥ {vn.percent(ind.target_pct)}", result_text(ind), ind.verdict)
        for n, ind in enumerate(indicators, start=1)
    ]
