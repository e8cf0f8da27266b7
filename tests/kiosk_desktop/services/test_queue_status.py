"""The floor picture: waiting per service, oldest wait, each counter's current ticket."""

from __future__ import annotations

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import DailyLimitReached
from tests.helpers import FakeClock


def test_status_counts_waits_and_counters(centre: App, clock: FakeClock) -> None:
    centre.queue.issue("CT")
    clock.advance(minutes=2)
    centre.queue.issue("CT", PriorityReason.NGUOI_KHUYET_TAT)
    centre.queue.issue("HT")
    clock.advance(minutes=3)
    centre.queue.call_next(2)  # A002: priority first, over counter 2's preferred HT
    centre.queue.pause(3, "Hỗ trợ số hóa")
    status = centre.status()
    services = {s.code: s for s in status.services}
    assert (services["CT"].waiting, services["CT"].priority_waiting, services["CT"].issued_today) == (1, 0, 2)
    assert services["CT"].oldest_wait_s == 300.0
    assert (services["HT"].waiting, services["HT"].oldest_wait_s) == (1, 180.0)
    assert (services["DD"].waiting, services["DD"].oldest_wait_s) == (0, None)
    assert status.waiting == 2
    counters = {c.number: c for c in status.counters}
    assert counters[2].ticket is not None and counters[2].ticket.number == "A002"
    assert counters[1].ticket is None and counters[1].services == ["CT", "HT"]
    assert (counters[3].paused, counters[3].pause_reason) == (True, "Hỗ trợ số hóa")
    assert status.to_json()["counters"][1]["ticket"]["number"] == "A002"


def test_status_tells_each_service_its_daily_limit_and_what_is_left(centre: App) -> None:
    """The kiosk greys out a service from these fields before anyone taps, so they must agree with
    the rule `issue` applies: tickets first issued for the service today, transfers in not counted."""
    centre.queue.issue("CT")
    centre.queue.call_next(1)
    centre.queue.transfer(1, "DD")  # now waits for DD, but was issued for CT
    centre.queue.issue("DD")
    centre.queue.issue("DD")
    services = {s.code: s for s in centre.status().services}
    dd, ct = services["DD"], services["CT"]
    assert (dd.daily_limit, dd.issued_today, dd.left_today, dd.limit_reached) == (3, 2, 1, False)
    assert (ct.daily_limit, ct.left_today, ct.limit_reached) == (None, None, False)  # no limit in the centre file
    assert dd.waiting == 3  # the transferred citizen waits there all the same
    centre.queue.issue("DD")
    dd = {s.code: s for s in centre.status().services}["DD"]
    assert (dd.issued_today, dd.left_today, dd.limit_reached) == (3, 0, True)
    with pytest.raises(DailyLimitReached):
        centre.queue.issue("DD")  # the status said so before the tap
    as_json = {s["code"]: s for s in centre.status().to_json()["services"]}
    assert (as_json["DD"]["daily_limit"], as_json["DD"]["issued_today"]) == (3, 3)
    assert as_json["HT"]["daily_limit"] is None
