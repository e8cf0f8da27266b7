"""The daily summary slip on 80 mm paper, for supervisors without an A4 printer: ticket totals, waits,
and a short table per service and per counter, from the numbers of `App.daily_report(day)`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from devices.printers.document import Document, Gap, Item, picture_items
from devices.printers.escpos_setup import PrinterModel
from devices.printers.lines import RasterLines
from devices.printers.raster_text import fit, row_picture, text_width

SIZE = {80: 20, 58: 17}
MARGIN = 8  # dots kept blank at each side: figures do not run into the paper's edge


def minutes(seconds: float | None) -> str:
    """Seconds as whole minutes, Vietnamese style; '–' when there is nothing to measure."""
    return "–" if seconds is None else f"{round(seconds / 60):d}"


def count(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # 6.303: thousands with a dot


def daily_slip_document(report: dict[str, Any], centre_name: str, model: PrinterModel, now: datetime) -> Document:
    lines = RasterLines(model)
    size = SIZE[model.paper_mm]
    day = date.fromisoformat(report["date"])
    tickets, waits, service = report["tickets"], report["wait_seconds"], report["service_seconds"]
    doc = Document(model)
    doc.add(*lines.block(centre_name, size + 2, bold=True), Gap(6))
    doc.add(*lines.block(f"TỔNG HỢP HÀNG ĐỢI NGÀY {day:%d/%m/%Y}", size + 2, bold=True))
    doc.add(Gap(8), *lines.rule(), Gap(8))
    width = model.dots - MARGIN
    for label, value in (
        ("Số phiếu đã cấp", count(tickets["issued"])),
        ("Đã phục vụ xong", count(tickets["served"])),
        ("Vắng mặt", count(tickets["no_show"])),
        ("Đã hủy", count(tickets["cancelled"])),
        ("Còn chờ lúc in", count(tickets["waiting"])),
        ("Đang phục vụ lúc in", count(tickets["in_service"])),
        ("Thời gian chờ trung bình", f"{minutes(waits['mean'])} phút"),
        (
            "Chờ trung vị / 90% / lâu nhất",
            f"{minutes(waits['median'])} / {minutes(waits['p90'])} / {minutes(waits['max'])} phút",
        ),
        ("Thời gian phục vụ trung bình", f"{minutes(service['mean'])} phút"),
    ):
        room = int(width - MARGIN - text_width(value, size) - 12)
        doc.add(*_row([(fit(label, size, False, room), MARGIN, "left"), (value, width, "right")], size))
    doc.add(Gap(8), *lines.rule(), Gap(8))
    doc.add(*_table(report["by_service"], size, width, "Dịch vụ", _service_cells))
    doc.add(Gap(8), *lines.rule(), Gap(8))
    doc.add(*_table(report["by_counter"], size, width, "Quầy", _counter_cells))
    doc.add(Gap(8), *lines.rule(), Gap(8))
    doc.add(*lines.block("TB: trung bình, tính bằng phút. Chờ: từ lúc lấy số đến lần gọi đầu.", size - 2, bold=False))
    doc.add(*lines.block(f"In lúc {now:%H:%M} ngày {now:%d/%m/%Y}", size - 2, bold=False))
    return doc


def _service_cells(row: dict[str, Any]) -> list[str]:
    return [row["name"], count(row["issued"]), count(row["served"]), count(row["no_show"]), minutes(row["wait_mean_s"])]


def _counter_cells(row: dict[str, Any]) -> list[str]:
    return [row["name"], count(row["served"]), minutes(row["service_mean_s"])]


def _table(rows: list[dict[str, Any]], size: int, width: int, first: str, cells: Any) -> list[Item]:
    headings = [first, "Cấp", "Xong", "Vắng", "Chờ TB"] if first == "Dịch vụ" else [first, "Xong", "Phục vụ TB"]
    # Number columns right-aligned, each as wide as the widest heading; the name takes the rest.
    column = max(text_width(h, size, True) for h in headings[1:]) + 12
    edges = [int(width - column * (len(headings) - 2 - i)) for i in range(len(headings) - 1)]
    name_width = int(edges[0] - column - MARGIN - 8)
    # Narrow paper: the name gets a line of its own above its numbers.
    own_line = name_width < width // 3
    items = _row(_layout(["" if own_line else first, *headings[1:]], edges, name_width, size, True), size, bold=True)
    for row in rows:
        texts = cells(row)
        if own_line:
            items += _row([(fit(texts[0], size, True, width - MARGIN), MARGIN, "left")], size, bold=True)
            texts = ["", *texts[1:]]
        items += _row(_layout(texts, edges, name_width, size, False), size)
    if not rows:
        items += _row([("(chưa có số liệu)", MARGIN, "left")], size)
    return items


def _layout(texts: list[str], edges: list[int], name_width: int, size: int, bold: bool) -> list[tuple[str, int, str]]:
    placed = [(fit(texts[0], size, bold, name_width), MARGIN, "left")] if texts[0] else []
    placed += [(text, edge, "right") for text, edge in zip(texts[1:], edges, strict=True)]
    return placed


def _row(cells: list[tuple[str, int, str]], size: int, *, bold: bool = False) -> list[Item]:
    return picture_items(row_picture(cells, size, bold), "left", " | ".join(text for text, _, _ in cells))
