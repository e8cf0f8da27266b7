"""The headline figures: a shaded grid of the numbers a supervisor reads first."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from kiosk_desktop.metrics.rates import Rate
from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports import vn_format as vn
from kiosk_desktop.reports.pdf import styles

LABEL = styles.style("fig-label", 8.5)
VALUE = styles.style("fig-value", 10, bold=True)


def headline_pairs(report: PeriodReport) -> list[tuple[str, str]]:
    q, t, i = report.queue, report.fields_total, report.intake
    on_time = Rate(t.early + t.on_time, t.resolved)
    n = vn.number
    return [
        ("Lượt công dân đã phục vụ", n(report.citizens_served)),
        ("Số thứ tự đã cấp", n(q.counts.issued)),
        ("Hồ sơ đã tiếp nhận", n(i.received)),
        ("Trong đó trực tuyến", f"{n(i.online.part)} ({vn.percent(i.online.pct)})"),
        ("Hồ sơ kỳ trước chuyển sang", n(t.carried)),
        ("Hồ sơ được số hóa", vn.percent(i.digitised.pct)),
        ("Hồ sơ đã giải quyết", n(t.resolved)),
        ("Trước hạn, đúng hạn", vn.percent(on_time.pct)),
        ("Hồ sơ đang giải quyết", n(t.in_progress)),
        ("Trong đó quá hạn", n(t.in_progress_overdue)),
        ("Thời gian chờ trung bình", vn.duration(q.wait.mean)),
        ("90% lượt được gọi trong", vn.duration(q.wait.p90)),
        ("Vắng mặt khi gọi", f"{n(q.counts.no_show)} ({vn.percent(q.no_show.pct)})"),
        ("Tỷ lệ hài lòng", vn.percent(report.satisfaction.satisfied.pct)),
    ]


def headline_block(report: PeriodReport) -> Table:
    pairs = headline_pairs(report)
    rows = []
    for k in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[k : k + 2]:
            row += [Paragraph(label, LABEL), Paragraph(value, VALUE)]
        row += [""] * (4 - len(row))  # an odd last pair leaves its right half empty
        rows.append(row)
    block = Table(rows, colWidths=[46 * mm, 44 * mm, 46 * mm, 44 * mm])
    block.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), styles.TOTAL_FILL),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, styles.GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return block
