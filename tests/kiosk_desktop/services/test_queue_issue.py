"""Issuing: per-service daily numbers, limits, reset at midnight, history kept."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.schema import Ticket, TicketEvent
from kiosk_desktop.app import App
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import DailyLimitReached, NotFound
from tests.helpers import FakeClock


def test_numbers_follow_each_service_sequence(centre: App) -> None:
    numbers = [centre.queue.issue(code).ticket.number for code in ("CT", "CT", "HT", "CT", "DD")]
    assert numbers == ["A001", "A002", "B001", "A003", "C0100"]


def test_issue_records_an_event_and_counts_people_ahead(centre: App) -> None:
    first = centre.queue.issue("CT")
    second = centre.queue.issue("CT")
    centre.queue.issue("HT")
    assert (first.waiting_ahead, second.waiting_ahead) == (0, 1)
    with centre.db.session() as s:
        kinds = s.scalars(select(TicketEvent.kind).where(TicketEvent.ticket_id == second.ticket.id)).all()
    assert kinds == ["issued"]


def test_priority_citizen_is_told_only_the_priority_citizens_ahead(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.issue("CT")
    first = centre.queue.issue("CT", PriorityReason.NGUOI_CAO_TUOI)
    second = centre.queue.issue("CT", PriorityReason.NGUOI_KHUYET_TAT)
    assert (first.waiting_ahead, second.waiting_ahead) == (0, 1)
    assert centre.queue.issue("CT").waiting_ahead == 4


def test_priority_ticket_keeps_its_reason(centre: App) -> None:
    ticket = centre.queue.issue("HT", PriorityReason.PHU_NU_MANG_THAI).ticket
    assert ticket.priority is True
    assert ticket.priority_reason == "phu_nu_mang_thai"
    assert centre.queue.issue("HT").ticket.priority is False


def test_daily_limit_refuses_with_a_vietnamese_message_and_keeps_no_gap(centre: App) -> None:
    for _ in range(3):
        centre.queue.issue("DD")
    with pytest.raises(DailyLimitReached) as raised:
        centre.queue.issue("DD")
    assert "hết số hôm nay" in raised.value.message
    assert "tối đa 3 phiếu" in raised.value.message
    with centre.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 3


def test_numbers_restart_each_business_day_and_history_stays(centre: App, clock: FakeClock) -> None:
    yesterday = centre.queue.issue("CT").ticket
    centre.queue.issue("CT")
    clock.advance(hours=16, minutes=59)  # 00:59 UTC = 07:59 next morning in Hà Nội
    today = centre.queue.issue("CT").ticket
    assert today.number == "A001"
    assert today.business_day != yesterday.business_day
    with centre.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 3


def test_business_day_is_the_local_date_not_utc(centre: App, clock: FakeClock) -> None:
    clock.advance(hours=16, minutes=30)  # 17:30 UTC is already 00:30 tomorrow in Hà Nội
    ticket = centre.queue.issue("CT").ticket
    assert ticket.business_day.isoformat() == "2026-03-03"


def test_unknown_or_retired_service_is_not_found(centre: App) -> None:
    with pytest.raises(NotFound) as raised:
        centre.queue.issue("XX")
    assert "XX" in raised.value.message


def test_issued_at_comes_from_the_database_clock(centre: App, clock: FakeClock) -> None:
    ticket = centre.queue.issue("CT").ticket
    assert ticket.issued_at == clock.now
