"""Keypad buttons -> the same queue moves the counter window makes; rating pads -> a callback.

Runs on the serial thread (database work stays off the GUI thread); results go to `on_outcome`,
which a window must hand over to its own thread (e.g. through a Qt signal)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from devices.serial.drivers import KeypadAction
from kiosk_desktop.domain import TransferPlacement
from kiosk_desktop.errors import KioskError, RuleViolation
from kiosk_desktop.services.views import TicketView

log = logging.getLogger(__name__)

RatingListener = Callable[[int, int, int], None]  # (counter number, level 1..scale, scale 3 or 5)


class CounterActions(Protocol):
    """The part of QueueService a keypad uses."""

    def call_next(self, counter_number: int) -> TicketView | None: ...

    def recall(self, counter_number: int) -> TicketView: ...

    def no_show(self, counter_number: int) -> TicketView: ...

    def finish(self, counter_number: int) -> TicketView: ...

    def transfer(
        self, counter_number: int, service_code: str, placement: TransferPlacement | None = None
    ) -> TicketView: ...


@dataclass(frozen=True)
class KeypadOutcome:
    counter: int
    action: KeypadAction
    ticket: TicketView | None  # the ticket after the move; None: nobody waiting (next) or an error
    error: KioskError | None = None  # a move the rules refused, with the Vietnamese reason


class KeypadBridge:
    def __init__(
        self,
        actions: CounterActions,
        *,
        transfer_services: Mapping[int, str] | None = None,
        on_outcome: Callable[[KeypadOutcome], None] | None = None,
    ) -> None:
        self.actions = actions
        self.transfer_services = dict(transfer_services or {})
        self.on_outcome = on_outcome

    def press(self, counter: int, action: KeypadAction, argument: str | None = None) -> KeypadOutcome:
        try:
            outcome = KeypadOutcome(counter, action, self._move(counter, action, argument))
        except KioskError as error:
            log.info("keypad at counter %s: %s refused: %s", counter, action, error.message)
            outcome = KeypadOutcome(counter, action, None, error)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        return outcome

    def _move(self, counter: int, action: KeypadAction, argument: str | None) -> TicketView | None:
        if action is KeypadAction.NEXT:
            return self.actions.call_next(counter)
        if action is KeypadAction.RECALL:
            return self.actions.recall(counter)
        if action is KeypadAction.NO_SHOW:
            return self.actions.no_show(counter)
        if action is KeypadAction.FINISH:
            return self.actions.finish(counter)
        service = (argument or self.transfer_services.get(counter) or "").strip().upper()
        if not service:
            raise RuleViolation(
                f"Phím chuyển ở quầy {counter} chưa biết chuyển sang dịch vụ nào. Chuyển trên màn hình quầy, "
                "hoặc đặt transfer_service cho bàn phím trong tệp cài đặt."
            )
        return self.actions.transfer(counter, service)


def checked_rating(on_rating: RatingListener, counter: int, level: int, scale: int) -> None:
    """Pass a rating on if the level fits the pad's scale (a noisy line can send anything)."""
    if not 1 <= level <= scale:
        log.warning("rating pad at counter %s sent level %s on a %s-level scale; ignored", counter, level, scale)
        return
    on_rating(counter, level, scale)
