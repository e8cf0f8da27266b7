"""Keypad buttons make the same queue moves as the counter window, on SQLite and PostgreSQL."""

from __future__ import annotations

from devices.serial import KeypadAction, KeypadBridge, KeypadOutcome
from kiosk_desktop.app import App
from kiosk_desktop.domain import TicketStatus
from kiosk_desktop.errors import RuleViolation


def test_each_button_moves_the_counters_ticket(centre: App) -> None:
    queue = centre.queue
    first, second = queue.issue("CT").ticket, queue.issue("CT").ticket
    outcomes: list[KeypadOutcome] = []
    bridge = KeypadBridge(queue, on_outcome=outcomes.append)

    called = bridge.press(1, KeypadAction.NEXT).ticket
    assert called is not None and (called.id, called.status, called.counter) == (first.id, TicketStatus.CALLED, 1)
    recalled = bridge.press(1, KeypadAction.RECALL).ticket
    assert recalled is not None and recalled.call_count == 2
    finished = bridge.press(1, KeypadAction.FINISH).ticket
    assert finished is not None and finished.status == TicketStatus.FINISHED
    assert bridge.press(1, KeypadAction.NEXT).ticket.id == second.id  # type: ignore[union-attr]
    absent = bridge.press(1, KeypadAction.NO_SHOW).ticket
    assert absent is not None and (absent.id, absent.status) == (second.id, TicketStatus.NO_SHOW)
    empty = bridge.press(1, KeypadAction.NEXT)
    assert empty.ticket is None and empty.error is None
    assert [o.action for o in outcomes] == ["next", "recall", "finish", "next", "no_show", "next"]


def test_refused_moves_come_back_as_outcomes_with_the_reason(centre: App) -> None:
    bridge = KeypadBridge(centre.queue)
    outcome = bridge.press(2, KeypadAction.FINISH)  # nothing called at counter 2
    assert outcome.ticket is None and isinstance(outcome.error, RuleViolation)
    assert outcome.error.message  # the Vietnamese reason the window can show


def test_transfer_needs_a_target_service(centre: App) -> None:
    queue = centre.queue
    ticket = queue.issue("CT").ticket
    queue.call_next(1)
    refused = KeypadBridge(queue).press(1, KeypadAction.TRANSFER)
    assert isinstance(refused.error, RuleViolation) and "transfer_service" in refused.error.message
    assert queue.recall(1).id == ticket.id  # still at counter 1

    moved = KeypadBridge(queue, transfer_services={1: "HT"}).press(1, KeypadAction.TRANSFER).ticket
    assert moved is not None and (moved.id, moved.service, moved.status) == (ticket.id, "HT", TicketStatus.WAITING)
    queue.call_next(2)
    by_key = KeypadBridge(queue).press(2, KeypadAction.TRANSFER, "dd").ticket  # the keypad sent the service
    assert by_key is not None and by_key.service == "DD"
