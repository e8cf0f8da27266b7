"""The report's tables as plain rows, shared by the PDF and XLSX writers (which only format them).

A cell is a str, an int (a count), a Decimal in a PCT column (percent), seconds (float) in a
MINUTES or HOURS column, or a date in a DATE column. Each writer turns a kind into its own format.

One rule for a missing figure: None, never a text stand-in such as '–' or ''. The PDF prints it as
'–'; the workbook leaves the cell empty, so sums, averages and filters in a spreadsheet skip it
instead of tripping over text in a number column."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kiosk_desktop.intake_terms import CHANNEL_VI, OUTCOME_VI, Channel, Outcome
from kiosk_desktop.metrics.rates import Rate
from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.metrics.satisfaction import LEVEL_VI, LEVELS
from kiosk_desktop.metrics.staff_time import StaffTime


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    PCT = "pct"
    MINUTES = "minutes"  # seconds shown as minutes with one decimal
    HOURS = "hours"  # seconds shown as hours and minutes
    DATE = "date"  # a calendar day: dd/mm/yyyy, a real date in the workbook


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.INT
    width: float = 1.0  # relative width in the PDF


@dataclass(frozen=True)
class Table:
    key: str  # sheet name in the workbook: ≤ 31 characters, none of []:*?/\
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    total: list[Any] | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _pct(rate: Rate | None) -> Decimal | None:
    return None if rate is None else rate.pct


def by_service(report: PeriodReport) -> Table:
    q = report.queue
    columns = [
        Column("Dịch vụ", Kind.TEXT, 3.2),
        Column("Số phiếu"),
        Column("Đã phục vụ"),
        Column("Vắng mặt"),
        Column("Chờ TB (phút)", Kind.MINUTES),
        Column("Chờ trung vị (phút)", Kind.MINUTES),
        Column("Chờ P90 (phút)", Kind.MINUTES),
        Column("Chờ lâu nhất (phút)", Kind.MINUTES),
        Column("Mục tiêu (phút)"),
        Column("Chờ quá mục tiêu", Kind.PCT),
        Column("Phục vụ TB (phút)", Kind.MINUTES),
    ]
    rows = [
        [r.name, r.issued, r.served, r.no_show, r.wait.mean, r.wait.median, r.wait.p90, r.wait.max,
         r.target_wait_minutes, _pct(r.over_target), r.service.mean]
        for r in q.by_service
    ]  # fmt: skip
    total = [
        "Tổng cộng", q.counts.issued, q.counts.served, q.counts.no_show, q.wait.mean, q.wait.median, q.wait.p90,
        q.wait.max, None, _pct(q.over_target), q.service.mean,
    ]  # fmt: skip
    note = (
        "Chờ = từ lúc lấy số đến lần gọi đầu; phục vụ = từ lần gọi cuối đến khi hoàn thành; "
        "trung vị, P90 theo hạng gần nhất."
    )
    return Table("Theo dịch vụ", "Tình hình phục vụ theo dịch vụ", columns, rows, total, note)


def _staff_cells(time: StaffTime | None) -> list[Any]:
    if time is None:
        return [None, None, None, None]
    return [time.open_s, time.occupied_s, time.paused_s, time.idle_s]


def by_counter(report: PeriodReport) -> Table:
    columns = [
        Column("Quầy", Kind.TEXT, 2.0),
        Column("Đã phục vụ"),
        Column("Vắng mặt"),
        Column("Phục vụ TB (phút)", Kind.MINUTES),
        Column("Hồ sơ tiếp nhận"),
        Column("Mở quầy (giờ:phút)", Kind.HOURS, 1.3),
        Column("Có công dân (giờ:phút)", Kind.HOURS, 1.3),
        Column("Tạm dừng (giờ:phút)", Kind.HOURS, 1.3),
        Column("Chờ việc (giờ:phút)", Kind.HOURS, 1.3),
        Column("Hài lòng", Kind.PCT),
    ]
    rows = []
    for r in report.queue.by_counter:
        rows.append(
            [r.name, r.served, r.no_show, r.service_mean, report.intake.by_counter.get(r.number, 0),
             *_staff_cells(report.staff.by_counter.get(r.number)), _pct(report.satisfaction.by_counter.get(r.number))]
        )  # fmt: skip
    note = "Chờ việc = thời gian mở quầy − có công dân − tạm dừng."
    return Table("Theo quầy", "Tình hình phục vụ theo quầy", columns, rows, note=note)


def officer_codes(report: PeriodReport) -> list[str]:
    codes = {r.code for r in report.queue.by_officer} | set(report.staff.by_officer) | set(report.intake.by_officer)
    return sorted(codes, key=lambda code: (report.officer_names.get(code, code), code))


def by_officer(report: PeriodReport) -> Table:
    columns = [
        Column("Cán bộ", Kind.TEXT, 2.2),
        Column("Đã phục vụ"),
        Column("Vắng mặt"),
        Column("Phục vụ TB (phút)", Kind.MINUTES),
        Column("Hồ sơ tiếp nhận"),
        Column("Có mặt (giờ:phút)", Kind.HOURS, 1.3),
        Column("Có công dân (giờ:phút)", Kind.HOURS, 1.3),
        Column("Tạm dừng (giờ:phút)", Kind.HOURS, 1.3),
        Column("Chờ việc (giờ:phút)", Kind.HOURS, 1.3),
        Column("Hài lòng", Kind.PCT),
    ]
    served = {r.code: r for r in report.queue.by_officer}
    rows = []
    for code in officer_codes(report):
        row = served.get(code)
        rows.append(
            [report.officer_names.get(code, code), row.served if row else 0, row.no_show if row else 0,
             row.service_mean if row else None, report.intake.by_officer.get(code, 0),
             *_staff_cells(report.staff.by_officer.get(code)), _pct(report.satisfaction.by_officer.get(code))]
        )  # fmt: skip
    note = "Theo cán bộ đăng nhập tại quầy khi sự việc xảy ra."
    return Table("Theo cán bộ", "Tình hình phục vụ theo cán bộ", columns, rows, note=note)


def pauses(report: PeriodReport) -> Table:
    columns = [Column("Quầy / cán bộ", Kind.TEXT, 2.2), Column("Lý do tạm dừng", Kind.TEXT, 3), Column("Số lần"),
               Column("Thời gian (giờ:phút)", Kind.HOURS, 1.3)]  # fmt: skip
    rows: list[list[Any]] = []
    for number, time in sorted(report.staff.by_counter.items()):
        name = report.counter_names.get(number, f"Quầy {number}")
        rows += [[name, p.reason, p.count, p.seconds] for p in time.pauses]
    for code in officer_codes(report):
        officer = report.staff.by_officer.get(code)
        pauses = officer.pauses if officer else []
        rows += [[report.officer_names.get(code, code), p.reason, p.count, p.seconds] for p in pauses]
    return Table("Tạm dừng", "Thời gian tạm dừng quầy theo lý do", columns, rows)


def by_hour(report: PeriodReport) -> Table:
    columns = [
        Column("Giờ", Kind.TEXT),
        Column("Số phiếu"),
        Column("Đã phục vụ"),
        Column("Chờ TB (phút)", Kind.MINUTES),
    ]
    rows = [[f"{r.hour:02d}:00–{r.hour + 1:02d}:00", r.issued, r.served, r.wait_mean] for r in report.queue.by_hour]
    return Table("Theo giờ", "Lượt công dân lấy số theo giờ", columns, rows)


def by_day(report: PeriodReport) -> Table:
    columns = [Column("Ngày", Kind.DATE, 1.4), Column("Số phiếu"), Column("Đã phục vụ"), Column("Vắng mặt")]
    rows = [[r.day, r.issued, r.served, r.no_show] for r in report.queue.by_day]
    c = report.queue.counts
    return Table("Theo ngày", "Lượt công dân theo ngày", columns, rows, ["Tổng cộng", c.issued, c.served, c.no_show])


def intake(report: PeriodReport) -> Table:
    i = report.intake
    columns = [Column("Nội dung", Kind.TEXT, 4), Column("Số lượng"), Column("Tỷ lệ", Kind.PCT)]
    recorded = sum(i.outcomes.values())
    rows: list[list[Any]] = [
        [f"Kết quả tại quầy: {OUTCOME_VI[o]}", i.outcomes[o.value], Rate(i.outcomes[o.value], recorded).pct]
        for o in Outcome
    ]
    rows += [
        [f"Hồ sơ tiếp nhận: {CHANNEL_VI[c]}", i.channels[c.value], Rate(i.channels[c.value], i.received).pct]
        for c in Channel
    ]
    rows += [
        ["Hồ sơ được số hóa (kể cả nộp trực tuyến)", i.digitised.part, i.digitised.pct],
        ["Hồ sơ thanh toán trực tuyến (trên số có thông tin thanh toán)", i.paid_online.part, i.paid_online.pct],
        [
            "Thủ tục có dịch vụ công trực tuyến: hồ sơ nộp trực tuyến",
            i.online_where_offered.part,
            i.online_where_offered.pct,
        ],
    ]
    return Table("Tiếp nhận", "Kết quả tiếp nhận hồ sơ", columns, rows)


def ratings(report: PeriodReport) -> Table:
    sat = report.satisfaction
    total = sum(sat.levels.values())
    columns = [Column("Mức độ", Kind.TEXT, 2.5), Column("Lượt đánh giá"), Column("Tỷ lệ", Kind.PCT)]
    rows = [[LEVEL_VI[name], sat.levels[name], Rate(sat.levels[name], total).pct] for name in LEVELS]
    return Table("Hài lòng", "Đánh giá mức độ hài lòng", columns, rows, ["Tổng cộng", total, Rate(total, total).pct])


def procedures(report: PeriodReport) -> Table:
    columns = [Column("Mã TTHC", Kind.TEXT, 1.2), Column("Tên thủ tục", Kind.TEXT, 5), Column("Hồ sơ tiếp nhận")]
    rows = [[p.code, p.name, p.received] for p in report.intake.top_procedures]
    return Table("Thủ tục", "Thủ tục phát sinh nhiều hồ sơ nhất", columns, rows)


def summary(report: PeriodReport) -> Table:
    """The headline figures as numbers (the workbook's first sheet)."""
    q, t, i, sat = report.queue, report.fields_total, report.intake, report.satisfaction
    on_time = Rate(t.early + t.on_time, t.resolved)
    columns = [Column("Nội dung", Kind.TEXT, 3.5), Column("Số lượng"), Column("Tỷ lệ", Kind.PCT),
               Column("Thời gian (phút)", Kind.MINUTES)]  # fmt: skip
    rows: list[list[Any]] = [
        ["Lượt công dân đã hướng dẫn, phục vụ", report.citizens_served, None, None],
        ["Số thứ tự đã cấp", q.counts.issued, None, None],
        ["Vắng mặt khi gọi", q.counts.no_show, q.no_show.pct, None],
        ["Thời gian chờ trung bình", None, None, q.wait.mean],
        ["90% lượt được gọi trong", None, None, q.wait.p90],
        ["Lượt chờ quá thời gian mục tiêu", q.over_target.part, q.over_target.pct, None],
        ["Hồ sơ đã tiếp nhận trong kỳ", i.received, None, None],
        ["Trong đó trực tuyến", i.online.part, i.online.pct, None],
        ["Hồ sơ kỳ trước chuyển sang", t.carried, None, None],
        ["Hồ sơ đã giải quyết", t.resolved, None, None],
        ["Trong đó trước hạn, đúng hạn", on_time.part, on_time.pct, None],
        ["Hồ sơ đang giải quyết", t.in_progress, None, None],
        ["Trong đó quá hạn", t.in_progress_overdue, Rate(t.in_progress_overdue, t.in_progress).pct, None],
        ["Hồ sơ được số hóa", i.digitised.part, i.digitised.pct, None],
        ["Hồ sơ thanh toán trực tuyến", i.paid_online.part, i.paid_online.pct, None],
        ["Lượt đánh giá hài lòng, rất hài lòng", sat.satisfied.part, sat.satisfied.pct, None],
    ]
    return Table("Tổng hợp", "Số liệu chính", columns, rows)
