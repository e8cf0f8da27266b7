"""Biểu II.06a/VPCP/KSTT as laid out on the official form, for the PDF and XLSX writers:
three header rows with merged cells, a row of column numbers, one row per field, the total."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk_desktop.metrics.ii06a import II06aRow
from kiosk_desktop.reports import vn_format as vn

FORM_CODE = "Biểu II.06a/VPCP/KSTT"
TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT"
COLUMNS = 13  # STT, Lĩnh vực, (1)..(11)


@dataclass(frozen=True)
class Span:
    """A header cell: text at (row, col) covering rows..row2, col..col2 (0-based, inclusive)."""

    text: str
    row: int
    col: int
    row2: int
    col2: int


HEADER_ROWS = 4
HEADER = [
    Span("STT", 0, 0, 2, 0),
    Span("Lĩnh vực giải quyết", 0, 1, 2, 1),
    Span("Số hồ sơ nhận giải quyết", 0, 2, 0, 5),
    Span("Kết quả giải quyết", 0, 6, 0, 12),
    Span("Tổng số", 1, 2, 2, 2),
    Span("Trong đó", 1, 3, 1, 5),
    Span("Số hồ sơ đã giải quyết", 1, 6, 1, 9),
    Span("Số hồ sơ đang giải quyết", 1, 10, 1, 12),
    Span("Trực tuyến", 2, 3, 2, 3),
    Span("Trực tiếp, dịch vụ bưu chính", 2, 4, 2, 4),
    Span("Từ kỳ trước", 2, 5, 2, 5),
    Span("Tổng số", 2, 6, 2, 6),
    Span("Trước hạn", 2, 7, 2, 7),
    Span("Đúng hạn", 2, 8, 2, 8),
    Span("Quá hạn", 2, 9, 2, 9),
    Span("Tổng số", 2, 10, 2, 10),
    Span("Trong hạn", 2, 11, 2, 11),
    Span("Quá hạn", 2, 12, 2, 12),
    *[Span(text, 3, col, 3, col) for col, text in enumerate(["(A)", "(B)", *[f"({n})" for n in range(1, 12)]])],
]
FORMULAS = "(1) = (2) + (3) + (4); (5) = (6) + (7) + (8); (9) = (10) + (11); (1) = (5) + (9) + số hồ sơ công dân rút."


def numbers(row: II06aRow) -> list[int]:
    return [row.total, row.online, row.direct_post, row.carried, row.resolved, row.early, row.on_time, row.overdue,
            row.in_progress, row.within, row.in_progress_overdue]  # fmt: skip


def body(rows: list[II06aRow], total: II06aRow) -> list[list[str | int]]:
    lines: list[list[str | int]] = [[str(n), row.field, *numbers(row)] for n, row in enumerate(rows, start=1)]
    lines.append(["", "Tổng cộng", *numbers(total)])
    return lines


def notes(total: II06aRow) -> list[str]:
    lines = [f"Ghi chú: {FORMULAS}"]
    if total.withdrawn:
        lines.append(f"Trong kỳ có {vn.number(total.withdrawn)} hồ sơ công dân rút (không thuộc cột nào của biểu).")
    if total.post:
        lines.append(f"Cột (3) gồm {vn.number(total.post)} hồ sơ nhận qua dịch vụ bưu chính công ích.")
    lines.append(
        "Đúng hạn, quá hạn so với ngày hẹn trả, đã cộng thời gian chờ công dân bổ sung hồ sơ; "
        "hồ sơ không có thời hạn giải quyết tính là đúng hạn."
    )
    return lines
