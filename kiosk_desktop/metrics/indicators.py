"""The indicators a centre can compute itself, judged against the targets in the settings
(Decision 766/QĐ-TTg style; the appendix table STT | Nội dung | Chỉ tiêu | Kết quả | Đánh giá).

Handling satisfaction follows 766: 100% − (% of resolved dossiers that were overdue + % of ratings
that were 'không hài lòng'); a part with no data counts as 0%, and with neither there is no result."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kiosk_desktop.metrics.ii06a import II06aRow
from kiosk_desktop.metrics.intake_metrics import IntakeMetrics
from kiosk_desktop.metrics.queue_metrics import QueueMetrics
from kiosk_desktop.metrics.rates import Rate
from kiosk_desktop.metrics.satisfaction import Satisfaction
from kiosk_desktop.metrics.settings import Targets

MET, NOT_MET, NO_DATA = "Đạt", "Không đạt", "Chưa có số liệu"


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str  # Nội dung
    target_pct: Decimal  # Chỉ tiêu: at least this
    result_pct: Decimal | None  # Kết quả
    part: int | None = None  # the counts behind the result, when it is one fraction
    whole: int | None = None

    @property
    def verdict(self) -> str:
        if self.result_pct is None:
            return NO_DATA
        return MET if self.result_pct >= self.target_pct else NOT_MET


def _target(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _from_rate(key: str, label: str, target: float, rate: Rate) -> Indicator:
    return Indicator(key, label, _target(target), rate.pct, rate.part, rate.whole)


def handling_satisfaction(dossiers: II06aRow, ratings: Satisfaction) -> Decimal | None:
    overdue, unhappy = Rate(dossiers.overdue, dossiers.resolved), ratings.dissatisfied
    if overdue.whole == 0 and unhappy.whole == 0:
        return None
    return Decimal(100) - (overdue.pct or Decimal(0)) - (unhappy.pct or Decimal(0))


def indicators(
    targets: Targets, queue: QueueMetrics, dossiers: II06aRow, intake: IntakeMetrics, ratings: Satisfaction
) -> list[Indicator]:
    on_time = Rate(dossiers.early + dossiers.on_time, dossiers.resolved)
    within_wait = Rate(queue.over_target.whole - queue.over_target.part, queue.over_target.whole)
    return [
        _from_rate("on_time", "Tỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn", targets.on_time_pct, on_time),
        _from_rate("online", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", targets.online_pct, intake.online),
        _from_rate("digitised", "Tỷ lệ hồ sơ TTHC được số hóa", targets.digitised_pct, intake.digitised),
        _from_rate(
            "online_payment",
            "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến",
            targets.online_payment_pct,
            intake.paid_online,
        ),
        _from_rate(
            "satisfaction", "Tỷ lệ lượt đánh giá hài lòng, rất hài lòng", targets.satisfaction_pct, ratings.satisfied
        ),
        Indicator(
            "handling_satisfaction",
            "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC (100% − % quá hạn − % không hài lòng)",
            _target(targets.handling_satisfaction_pct),
            handling_satisfaction(dossiers, ratings),
        ),
        _from_rate(
            "wait_within_target",
            "Tỷ lệ lượt công dân chờ không quá thời gian mục tiêu",
            targets.wait_within_target_pct,
            within_wait,
        ),
    ]
