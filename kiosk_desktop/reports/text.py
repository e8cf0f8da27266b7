"""Ready-to-paste Vietnamese sentences for the commune's report, in the seeds' own wording:
"Trung tâm đã hướng dẫn 6.303 lượt công dân đến giải quyết hồ sơ TTHC. Đã tiếp nhận: 5.179 hồ
sơ, trong đó ... đạt 87,55%." followed by the appendix table, tab-separated (pastes as a table)."""

from __future__ import annotations

from kiosk_desktop.metrics.rates import Rate
from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.metrics.satisfaction import LEVEL_VI, LEVELS
from kiosk_desktop.reports import vn_format as vn
from kiosk_desktop.reports.appendix import HEADER, TITLE, appendix_rows

n = vn.number


def _rate(rate: Rate, unit: str = "hồ sơ") -> str:
    return f"{vn.percent(rate.pct)} ({n(rate.part)}/{n(rate.whole)} {unit})"


def _when(report: PeriodReport) -> str:
    span = report.period.span()
    return f"Tính {span}" if report.period.first != report.period.last else span[0].upper() + span[1:]


def received_lines(report: PeriodReport) -> list[str]:
    i, total = report.intake, report.fields_total
    if i.received == 0:
        return ["- Trong kỳ chưa tiếp nhận hồ sơ nào."]
    lines = [f"- Đã tiếp nhận: {n(i.received)} hồ sơ, trong đó:"]
    if i.not_offered_online and i.offered_online:
        lines.append(
            f"  + {n(i.not_offered_online)} hồ sơ thuộc các thủ tục chưa được cung cấp dịch vụ công trực tuyến "
            f"(lĩnh vực: {', '.join(i.not_offered_fields)}), tiếp nhận trực tiếp hoặc qua bưu chính;"
        )
        lines.append(
            f"  + Còn {n(i.offered_online)} hồ sơ các lĩnh vực: {', '.join(i.offered_fields)} đã được cung cấp dịch vụ "
            f"công trực tuyến, Trung tâm đã tiếp nhận {n(i.online_where_offered.part)} hồ sơ trực tuyến "
            f"đạt {vn.percent(i.online_where_offered.pct)}."
        )
    lines.append(
        f"  + Theo kênh: trực tuyến {n(total.online)} hồ sơ; trực tiếp {n(total.direct_post - total.post)} hồ sơ; "
        f"qua dịch vụ bưu chính công ích {n(total.post)} hồ sơ."
    )
    lines.append(f"- Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {_rate(i.online)}.")
    return lines


def outcome_lines(report: PeriodReport) -> list[str]:
    t = report.fields_total
    on_time = Rate(t.early + t.on_time, t.resolved)
    lines = [f"- Hồ sơ kỳ trước chuyển sang: {n(t.carried)} hồ sơ."] if t.carried or report.period.days > 1 else []
    if t.resolved:
        lines.append(
            f"- Đã giải quyết: {n(t.resolved)} hồ sơ (trước hạn {n(t.early)}, đúng hạn {n(t.on_time)}, "
            f"quá hạn {n(t.overdue)}); tỷ lệ giải quyết trước hạn, đúng hạn đạt {vn.percent(on_time.pct)}."
        )
    else:
        lines.append("- Trong kỳ chưa có hồ sơ được giải quyết.")
    lines.append(
        f"- Đang giải quyết: {n(t.in_progress)} hồ sơ (trong hạn {n(t.within)}, quá hạn {n(t.in_progress_overdue)})."
    )
    if t.withdrawn:
        lines.append(f"- Công dân rút {n(t.withdrawn)} hồ sơ.")
    o = report.intake.outcomes
    if o["bo_sung"] or o["tu_choi"] or o["huong_dan"]:
        lines.append(
            f"- Tại quầy: yêu cầu bổ sung {n(o['bo_sung'])} hồ sơ, từ chối tiếp nhận {n(o['tu_choi'])} hồ sơ, "
            f"chỉ hướng dẫn {n(o['huong_dan'])} lượt."
        )
    return lines


def share_lines(report: PeriodReport) -> list[str]:
    i, sat = report.intake, report.satisfaction
    lines = []
    if i.digitised.whole:
        lines.append(f"- Tỷ lệ hồ sơ được số hóa đạt {_rate(i.digitised)}.")
    if i.paid_online.whole:
        lines.append(
            f"- Tỷ lệ thanh toán phí, lệ phí trực tuyến đạt {_rate(i.paid_online, 'hồ sơ có thông tin thanh toán')}."
        )
    rated = sum(sat.levels.values())
    if rated:
        parts = [f"{LEVEL_VI[name].lower()} {n(sat.levels[name])}" for name in LEVELS if sat.levels[name]]
        lines.append(
            f"- Có {n(rated)} lượt đánh giá mức độ hài lòng ({', '.join(parts)}); "
            f"tỷ lệ hài lòng, rất hài lòng đạt {vn.percent(sat.satisfied.pct)}."
        )
    return lines


def queue_lines(report: PeriodReport) -> list[str]:
    q = report.queue
    if not q.counts.issued:
        return ["- Trong kỳ chưa cấp số thứ tự nào."]
    line = (
        f"- Hệ thống xếp hàng đã cấp {n(q.counts.issued)} số thứ tự, phục vụ {n(q.counts.served)} lượt, "
        f"vắng mặt {n(q.counts.no_show)} lượt ({vn.percent(q.no_show.pct)})"
    )
    if q.wait.count:
        line += (
            f"; thời gian chờ trung bình {vn.duration(q.wait.mean)}, 90% lượt được gọi trong {vn.duration(q.wait.p90)}"
        )
    if q.over_target.whole:
        line += f"; {vn.percent(q.over_target.pct)} lượt chờ quá thời gian mục tiêu"
    return [line + "."]


def appendix_text(report: PeriodReport) -> list[str]:
    lines = [f"Phụ lục: {TITLE}", "\t".join(HEADER)]
    lines += [f"{r.stt}\t{r.label}\t{r.target}\t{r.result}\t{r.verdict}" for r in appendix_rows(report.indicators)]
    return lines


def report_text(report: PeriodReport) -> str:
    lines = [
        f"Kết quả tiếp nhận và giải quyết hồ sơ TTHC ({_when(report)}):",
        f"- Trung tâm đã hướng dẫn {n(report.citizens_served)} lượt công dân đến giải quyết hồ sơ TTHC.",
        *received_lines(report),
        *outcome_lines(report),
        *share_lines(report),
        *queue_lines(report),
        "",
        *appendix_text(report),
    ]
    return "\n".join(lines) + "\n"
