"""The lists the floor windows read: waiting tickets, a ticket by number, the latest calls."""

from __future__ import annotations

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import NotFound
from kiosk_desktop.services.floor_lists import recent_calls, ticket_today, waiting_tickets
from tests.helpers import FakeClock


def test_the_waiting_list_is_by_service_then_place(centre: App, clock: FakeClock) -> None:
    a1 = centre.queue.issue("CT").ticket
    clock.advance(minutes=1)
    b1 = centre.queue.issue("HT").ticket
    clock.advance(minutes=1)
    a2 = centre.queue.issue("CT", PriorityReason.NGUOI_CAO_TUOI).ticket
    clock.advance(minutes=1)
    a3 = centre.queue.issue("CT").ticket
    centre.queue.call_next(1)  # strict policy: the priority ticket a2 goes first
    centre.queue.park(1)
    listed = waiting_tickets(centre.db, centre.zone)
    assert [t.number for t in listed] == [a1.number, a2.number, a3.number, b1.number]
    assert [t.status for t in listed] == ["waiting", "parked", "waiting", "waiting"]


def test_a_ticket_by_its_number_today(centre: App, clock: FakeClock) -> None:
    issued = centre.queue.issue("HT").ticket
    assert ticket_today(centre.db, centre.zone, issued.number.lower()).id == issued.id
    with pytest.raises(NotFound, match="Z999"):
        ticket_today(centre.db, centre.zone, "Z999")
    clock.advance(days=1)  # numbers restart every day: yesterday's B001 is not today's
    with pytest.raises(NotFound):
        ticket_today(centre.db, centre.zone, issued.number)


def test_the_latest_calls_newest_first(centre: App, clock: FakeClock) -> None:
    first = centre.queue.issue("CT").ticket
    second = centre.queue.issue("HT").ticket
    clock.advance(seconds=10)
    centre.queue.call_next(1)
    clock.advance(seconds=10)
    centre.queue.call_next(2)
    clock.advance(seconds=10)
    centre.queue.recall(1)
    calls = recent_calls(centre.db, centre.zone, 5)
    assert [(c.number, c.counter) for c in calls] == [(first.number, 1), (second.number, 2), (first.number, 1)]
    assert calls[0].at > calls[1].at > calls[2].at
    assert len(recent_calls(centre.db, centre.zone, 2)) == 2
