"""Which ticket comes next: priority policies, the aging cap, never starving normal tickets."""

from __future__ import annotations

from pathlib import Path

from kiosk_desktop.app import App
from kiosk_desktop.domain import PriorityReason
from tests.helpers import FakeClock, load_centre

ELDER = PriorityReason.NGUOI_CAO_TUOI


def _serve_all(app: App, counter: int) -> list[str]:
    order = []
    while (ticket := app.queue.call_next(counter)) is not None:
        order.append(ticket.number)
        app.queue.finish(counter)
    return order


def _issue(app: App, clock: FakeClock, plan: str) -> None:
    """'n' = a normal CT ticket, 'p' = a priority CT ticket, one second apart."""
    for kind in plan:
        app.queue.issue("CT", ELDER if kind == "p" else None)
        clock.advance(seconds=1)


def test_strict_calls_every_priority_ticket_first(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="strict", aging_cap_minutes=0)
    _issue(app, clock, "nnpnp")  # A001 A002 A003(p) A004 A005(p)
    assert _serve_all(app, 1) == ["A003", "A005", "A001", "A002", "A004"]


def test_strict_priority_beats_the_counters_service_order(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="strict", aging_cap_minutes=0)
    app.queue.issue("CT")
    app.queue.issue("HT", ELDER)
    assert app.queue.call_next(1).number == "B001"  # counter 1 prefers CT, but B001 is priority


def test_interleave_calls_one_priority_after_n_normal(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="interleave", interleave_every=2, aging_cap_minutes=0)
    _issue(app, clock, "pppnnnnnn")  # A001-A003 priority, A004-A009 normal
    assert _serve_all(app, 1) == [
        "A004", "A005", "A001",
        "A006", "A007", "A002",
        "A008", "A009", "A003",
    ]  # fmt: skip


def test_interleave_calls_priority_when_no_normal_waits(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="interleave", interleave_every=3, aging_cap_minutes=0)
    _issue(app, clock, "pp")
    assert _serve_all(app, 1) == ["A001", "A002"]


def test_interleave_counts_per_counter(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="interleave", interleave_every=1, aging_cap_minutes=0)
    _issue(app, clock, "nnpp")
    assert app.queue.call_next(1).number == "A001"  # counter 1: streak 0 -> normal
    assert app.queue.call_next(2).number == "A002"  # counter 2 has its own streak
    app.queue.finish(1)
    assert app.queue.call_next(1).number == "A003"  # counter 1 streak 1 -> priority turn


def test_aging_cap_lets_a_long_wait_jump_the_priorities(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="strict", aging_cap_minutes=20)
    app.queue.issue("CT")  # A001, normal, waits from 08:00
    clock.advance(minutes=21)
    app.queue.issue("CT", ELDER)  # A002
    assert app.queue.call_next(1).number == "A001"


def test_no_normal_ticket_waits_past_the_cap_behind_a_stream_of_priorities(
    app: App, tmp_path: Path, clock: FakeClock
) -> None:
    cap = 15
    load_centre(app, tmp_path, priority_policy="strict", aging_cap_minutes=cap)
    app.queue.issue("CT")  # the normal ticket
    waited_minutes = None
    for minute in range(1, 60):
        clock.advance(minutes=1)
        app.queue.issue("CT", ELDER)  # a new priority citizen every minute
        called = app.queue.call_next(1)
        assert called is not None
        app.queue.finish(1)
        if not called.priority:
            waited_minutes = minute
            break
    assert waited_minutes is not None and waited_minutes <= cap


def test_on_a_busy_morning_priority_still_goes_first(app: App, tmp_path: Path, clock: FakeClock) -> None:
    """Everyone has waited past the cap, but the priority citizen came only 14 minutes after the
    first normal one: the cap bounds the head start, not the total wait."""
    load_centre(app, tmp_path, priority_policy="strict", aging_cap_minutes=20)
    for _ in range(4):
        app.queue.issue("CT")  # A001-A004 at 08:00-08:03
        clock.advance(minutes=1)
    clock.advance(minutes=10)
    app.queue.issue("CT", ELDER)  # A005 at 08:14
    clock.advance(minutes=20)  # first call at 08:34
    assert _serve_all(app, 1) == ["A005", "A001", "A002", "A003", "A004"]


def test_head_start_is_bounded_by_the_cap(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="strict", aging_cap_minutes=20)
    app.queue.issue("CT")  # A001 at 08:00
    clock.advance(minutes=15)
    app.queue.issue("CT")  # A002 at 08:15
    clock.advance(minutes=10)
    app.queue.issue("CT", ELDER)  # A003 at 08:25: 25 min after A001, 10 after A002
    assert _serve_all(app, 1) == ["A001", "A003", "A002"]


def test_aging_cap_is_about_priorities_not_the_service_order(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="strict", aging_cap_minutes=10)
    app.queue.issue("HT")  # counter 1 prefers CT; counter 2, which prefers HT, serves B001
    clock.advance(minutes=40)
    app.queue.issue("CT")
    assert app.queue.call_next(1).number == "A001"


def test_without_cap_the_preferred_service_wins(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, priority_policy="strict", aging_cap_minutes=0)
    app.queue.issue("HT")
    clock.advance(minutes=90)
    app.queue.issue("CT")
    assert app.queue.call_next(1).number == "A001"
