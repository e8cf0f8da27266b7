"""Indicators against targets: Đạt when the result reaches the target, Decision 766 arithmetic."""

from __future__ import annotations

from decimal import Decimal

from kiosk_desktop.metrics.ii06a import II06aRow
from kiosk_desktop.metrics.indicators import MET, NO_DATA, NOT_MET, handling_satisfaction, indicators
from kiosk_desktop.metrics.intake_metrics import IntakeMetrics
from kiosk_desktop.metrics.queue_metrics import QueueMetrics, TicketCounts
from kiosk_desktop.metrics.rates import Rate
from kiosk_desktop.metrics.satisfaction import Satisfaction
from kiosk_desktop.metrics.settings import Targets
from kiosk_desktop.metrics.spread import EMPTY


def _intake(online: Rate, digitised: Rate, paid: Rate) -> IntakeMetrics:
    return IntakeMetrics({}, {}, online.whole, 0, 0, online, Rate(0, 0), digitised, paid)


def _ratings(happy: int, unhappy: int, total: int) -> Satisfaction:
    return Satisfaction({}, Rate(happy, total), Rate(unhappy, total))


def test_verdicts_against_targets() -> None:
    queue = QueueMetrics(TicketCounts(), EMPTY, EMPTY, over_target=Rate(10, 100), no_show=Rate(0, 0))
    dossiers = II06aRow("x", resolved=200, early=50, on_time=140, overdue=10)
    found = {
        i.key: i
        for i in indicators(
            Targets(online_pct=50), queue, dossiers, _intake(Rate(999, 1141), Rate(0, 0), Rate(45, 100)),
            _ratings(85, 5, 100),
        )
    }  # fmt: skip
    assert (found["on_time"].result_pct, found["on_time"].verdict) == (Decimal("95.00"), MET)  # 190/200, target 95
    assert (found["online"].result_pct, found["online"].verdict) == (Decimal("87.55"), MET)
    assert found["digitised"].verdict == NO_DATA
    assert (found["online_payment"].result_pct, found["online_payment"].verdict) == (Decimal("45.00"), NOT_MET)
    assert (found["satisfaction"].result_pct, found["satisfaction"].verdict) == (Decimal("85.00"), NOT_MET)
    # 766: 100 − (10/200 = 5% overdue) − (5/100 = 5% unhappy) = 90
    assert (found["handling_satisfaction"].result_pct, found["handling_satisfaction"].verdict) == (
        Decimal("90.00"),
        MET,
    )
    assert (found["wait_within_target"].part, found["wait_within_target"].whole) == (90, 100)


def test_handling_satisfaction_without_data() -> None:
    assert handling_satisfaction(II06aRow("x"), _ratings(0, 0, 0)) is None
    assert handling_satisfaction(II06aRow("x", resolved=4, overdue=1), _ratings(0, 0, 0)) == Decimal("75.00")
