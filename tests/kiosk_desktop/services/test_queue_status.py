"""The floor picture: waiting per service, oldest wait, each counter's current ticket."""

from __future__ import annotations

from kiosk_desktop.app import App
from kiosk_desktop.domain import PriorityReason
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
