"""Counter moves: call, recall, finish, no-show, park, transfer, cancel, pause; illegal moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.schema import CounterEvent, TicketEvent
from kiosk_desktop.app import App
from kiosk_desktop.domain import PriorityReason, TransferPlacement
from kiosk_desktop.errors import (
    CounterBusy,
    CounterIdle,
    CounterPaused,
    NotFound,
    RuleViolation,
    TicketNotCallable,
)
from tests.helpers import FakeClock, load_centre


def _events(app: App, ticket_id: int) -> list[str]:
    with app.db.session() as s:
        return list(
            s.scalars(select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id))
        )


def test_full_visit_records_every_step_with_times(centre: App, clock: FakeClock) -> None:
    issued = centre.queue.issue("CT").ticket
    clock.advance(minutes=5)
    called = centre.queue.call_next(1)
    assert called is not None and called.id == issued.id
    assert (called.status, called.counter, called.call_count) == ("called", 1, 1)
    clock.advance(minutes=1)
    recalled = centre.queue.recall(1)
    assert recalled.call_count == 2
    assert recalled.called_at == clock.now and recalled.first_called_at == called.called_at
    clock.advance(minutes=7)
    finished = centre.queue.finish(1)
    assert finished.status == "finished" and finished.finished_at == clock.now
    assert _events(centre, issued.id) == ["issued", "called", "recalled", "finished"]


def test_call_next_on_empty_queue_returns_none(centre: App) -> None:
    assert centre.queue.call_next(1) is None


def test_counter_only_calls_its_own_services(centre: App) -> None:
    centre.queue.issue("DD")
    assert centre.queue.call_next(1) is None
    called = centre.queue.call_next(3)
    assert called is not None and called.service == "DD"


def test_counter_service_order_then_first_come(centre: App, clock: FakeClock) -> None:
    centre.queue.issue("CT")  # A001
    clock.advance(seconds=1)
    centre.queue.issue("HT")  # B001
    clock.advance(seconds=1)
    centre.queue.issue("HT")  # B002
    # counter 2 prefers HT over CT, so the older A001 waits
    assert [centre.queue.call_next(2).number, centre.queue.finish(2).number] == ["B001", "B001"]
    assert centre.queue.call_next(1).number == "A001"  # counter 1 prefers CT


def test_busy_counter_cannot_call_again(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.issue("CT")
    centre.queue.call_next(1)
    with pytest.raises(CounterBusy) as raised:
        centre.queue.call_next(1)
    assert "A001" in raised.value.message


@pytest.mark.parametrize("move", ["finish", "no_show", "recall", "park", "start"])
def test_moves_on_an_idle_counter_are_refused(centre: App, move: str) -> None:
    with pytest.raises(CounterIdle):
        getattr(centre.queue, move)(1)


def test_recall_after_start_is_refused(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.call_next(1)
    started = centre.queue.start(1)
    assert started.status == "serving"
    with pytest.raises(RuleViolation):
        centre.queue.recall(1)
    with pytest.raises(RuleViolation):
        centre.queue.no_show(1)
    assert centre.queue.finish(1).status == "finished"


def test_no_show_frees_the_counter_and_can_be_called_back(centre: App) -> None:
    ticket = centre.queue.issue("CT").ticket
    centre.queue.call_next(1)
    assert centre.queue.no_show(1).status == "no_show"
    assert centre.queue.call_next(1) is None
    back = centre.queue.call_ticket(2, "a001")
    assert (back.id, back.counter, back.call_count) == (ticket.id, 2, 2)


def test_two_counters_cannot_hold_one_ticket(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.call_next(1)
    with pytest.raises(TicketNotCallable) as raised:
        centre.queue.call_ticket(2, "A001")
    assert "Quầy 1" in raised.value.message


def test_finished_ticket_cannot_be_called_again(centre: App) -> None:
    ticket = centre.queue.issue("CT").ticket
    centre.queue.call_next(1)
    centre.queue.finish(1)
    with pytest.raises(TicketNotCallable):
        centre.queue.call_ticket(1, ticket.id)


def test_paused_counter_cannot_call_until_resumed(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.pause(1, "Nghỉ trưa")
    with pytest.raises(CounterPaused) as raised:
        centre.queue.call_next(1)
    assert "Nghỉ trưa" in raised.value.message
    with pytest.raises(RuleViolation):
        centre.queue.pause(1, "again")
    centre.queue.resume(1)
    with pytest.raises(RuleViolation):
        centre.queue.resume(1)
    assert centre.queue.call_next(1) is not None
    with centre.db.session() as s:
        rows = s.execute(select(CounterEvent.kind, CounterEvent.reason).order_by(CounterEvent.id)).all()
    assert [tuple(row) for row in rows] == [("counter_paused", "Nghỉ trưa"), ("counter_resumed", None)]


def test_unknown_counter_is_not_found(centre: App) -> None:
    with pytest.raises(NotFound) as raised:
        centre.queue.call_next(99)
    assert "99" in raised.value.message


def test_park_frees_the_counter_and_unpark_restores_the_place(centre: App, clock: FakeClock) -> None:
    centre.queue.issue("CT")  # A001
    clock.advance(seconds=1)
    centre.queue.issue("CT")  # A002
    centre.queue.call_next(1)
    parked = centre.queue.park(1, "Đi photo giấy tờ")
    assert parked.status == "parked"
    assert centre.queue.call_next(1).number == "A002"
    centre.queue.finish(1)
    clock.advance(seconds=1)
    centre.queue.issue("CT")  # A003 arrives while A001 is away
    assert centre.queue.unpark("A001").status == "waiting"
    assert centre.queue.call_next(1).number == "A001"  # back in its original place
    with pytest.raises(RuleViolation):
        centre.queue.unpark("A003")


def test_cancel_only_waiting_tickets(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.issue("CT")
    cancelled = centre.queue.cancel("A002", "Công dân bỏ về")
    assert cancelled.status == "cancelled"
    centre.queue.call_next(1)
    with pytest.raises(RuleViolation):
        centre.queue.cancel("A001")
    centre.queue.finish(1)
    assert centre.queue.call_next(1) is None  # the cancelled one is never called


def test_transfer_to_front_goes_before_everyone_waiting(centre: App, clock: FakeClock) -> None:
    centre.queue.issue("CT")  # A001
    clock.advance(minutes=1)
    centre.queue.issue("HT")  # B001
    centre.queue.issue("HT")  # B002
    centre.queue.call_next(1)
    moved = centre.queue.transfer(1, "HT", TransferPlacement.FRONT)
    assert (moved.status, moved.service, moved.counter) == ("waiting", "HT", None)
    assert centre.queue.call_next(2).number == "A001"
    assert _events(centre, moved.id) == ["issued", "called", "transferred", "called"]


def test_transfer_to_end_goes_behind_everyone_waiting(centre: App, clock: FakeClock) -> None:
    centre.queue.issue("CT")
    clock.advance(minutes=1)
    centre.queue.issue("HT")
    centre.queue.call_next(1)
    clock.advance(minutes=1)
    centre.queue.transfer(1, "HT", TransferPlacement.END)
    assert centre.queue.call_next(2).number == "B001"
    centre.queue.finish(2)
    assert centre.queue.call_next(2).number == "A001"


def test_transfer_placement_default_comes_from_the_centre_file(app: App, tmp_path: Path, clock: FakeClock) -> None:
    load_centre(app, tmp_path, transfer_placement="end")
    app.queue.issue("CT")
    clock.advance(minutes=1)
    app.queue.issue("HT")
    app.queue.call_next(1)
    app.queue.transfer(1, "HT")
    assert app.queue.call_next(2).number == "B001"


def test_transfer_to_the_same_service_is_refused(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.call_next(1)
    with pytest.raises(RuleViolation):
        centre.queue.transfer(1, "CT")


def test_yesterdays_open_ticket_does_not_block_the_counter(centre: App, clock: FakeClock) -> None:
    centre.queue.issue("CT")
    centre.queue.call_next(1)
    clock.advance(days=1)
    centre.queue.issue("CT")
    called = centre.queue.call_next(1)
    assert called is not None
    assert called.number == "A001" and called.business_day == centre.status().date


def test_mark_printed(centre: App) -> None:
    ticket = centre.queue.issue("CT").ticket
    assert ticket.printed is False
    centre.queue.mark_printed(ticket.id)
    assert centre.status().services[0].issued_today == 1
    with pytest.raises(NotFound):
        centre.queue.mark_printed(ticket.id + 1000)


def test_a_counter_holding_a_citizen_cannot_pause(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.call_next(1)
    with pytest.raises(CounterBusy) as raised:
        centre.queue.pause(1, "Nghỉ trưa")
    assert "A001" in raised.value.message
    centre.queue.park(1)
    centre.queue.pause(1, "Nghỉ trưa")
    assert centre.status().counters[0].paused is True


def test_state_errors_read_as_vietnamese(centre: App) -> None:
    centre.queue.issue("CT")
    centre.queue.call_next(1)
    with pytest.raises(RuleViolation) as raised:
        centre.queue.cancel("A001")
    assert raised.value.message == "Số A001 đang ở trạng thái «đã gọi»: chỉ hủy được số đang chờ hoặc tạm gác."
    centre.queue.finish(1)
    with pytest.raises(TicketNotCallable) as called:
        centre.queue.call_ticket(2, "A001")
    assert called.value.message == "Số A001 đang ở trạng thái «đã xong», không gọi được."
    with pytest.raises(NotFound, match="phiếu mã 999"):
        centre.queue.cancel(999)


def test_yesterdays_tickets_cannot_be_reached_by_id(centre: App, clock: FakeClock) -> None:
    old = centre.queue.issue("CT").ticket
    clock.advance(days=1)
    with pytest.raises(NotFound, match="trong hôm nay"):
        centre.queue.call_ticket(1, old.id)
    with pytest.raises(NotFound):
        centre.queue.cancel(old.id)


def test_overlong_pause_reason_is_refused_on_both_databases(centre: App) -> None:
    with pytest.raises(RuleViolation, match="200 ký tự"):
        centre.queue.pause(1, "x" * 201)
    assert centre.status().counters[0].paused is False


def test_reception_gives_priority_with_an_audited_note(centre: App) -> None:
    first = centre.queue.issue("CT").ticket
    second = centre.queue.issue("CT").ticket
    raised = centre.queue.set_priority(second.number, PriorityReason.NGUOI_CAO_TUOI, "Cụ 82 tuổi, đi lại khó")
    assert raised.priority is True
    called = centre.queue.call_next(1)
    assert called is not None and called.number == second.number  # strict policy: priority first
    with centre.db.session() as s:
        notes = s.scalars(select(TicketEvent.reason).where(TicketEvent.kind == "priority_changed")).all()
    assert notes == ["Người cao tuổi: Cụ 82 tuổi, đi lại khó"]
    lowered = centre.queue.set_priority(first.number, None, "Cấp nhầm")
    assert lowered.priority is False


def test_priority_needs_a_note_and_a_waiting_ticket(centre: App) -> None:
    ticket = centre.queue.issue("CT").ticket
    with pytest.raises(RuleViolation, match="lý do"):
        centre.queue.set_priority(ticket.number, PriorityReason.KHAC, "  ")
    centre.queue.call_next(1)
    with pytest.raises(RuleViolation, match="đang chờ"):
        centre.queue.set_priority(ticket.number, PriorityReason.KHAC, "muộn rồi")


def test_a_move_for_the_citizen_chosen_in_a_dialog_is_refused_once_the_counter_moved_on(centre: App) -> None:
    first = centre.queue.issue("CT").ticket
    second = centre.queue.issue("CT").ticket
    centre.queue.call_next(1)
    centre.queue.finish(1)  # a keypad, while the officer's transfer dialog named `first`
    centre.queue.call_next(1)
    for move in (
        lambda: centre.queue.transfer(1, "HT", expected=first.id),
        lambda: centre.queue.park(1, "đi photo", expected=first.id),
    ):
        with pytest.raises(RuleViolation, match=f"không còn giữ số {first.number}"):
            move()
    held = next(c.ticket for c in centre.status().counters if c.number == 1)
    assert held is not None and (held.id, held.status, held.service) == (second.id, "called", "CT")
    moved = centre.queue.transfer(1, "HT", expected=second.id)
    assert (moved.id, moved.service, moved.status) == (second.id, "HT", "waiting")
