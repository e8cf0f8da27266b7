"""What the core and the windows need from devices, with no device library imported here.

Real adapters and simulators live in `devices/`; windows and tests hold these protocols only."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


class PrinterState(enum.StrEnum):
    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"  # still prints: warn the supervisor, keep going
    PAPER_OUT = "paper_out"
    OFFLINE = "offline"
    ERROR = "error"


@dataclass(frozen=True)
class TicketSlip:
    """Everything printed on a queue ticket, already in the centre's words and local time."""

    ticket_id: int
    centre_name: str
    service_name: str
    number: str
    priority_label: str | None
    waiting_ahead: int
    issued_at: datetime  # local time of the centre
    footer: str
    qr_payload: str | None = None
    title: str = "SỐ THỨ TỰ CỦA BẠN"  # the line above the number
    header: str = ""  # an optional line above the centre name
    show_waiting: bool = True  # print the people waiting ahead


class TicketPrinter(Protocol):
    """One configured printer. `print_ticket` raises a `PrinterProblem` (errors.py) when the bytes
    were not accepted; it returns the state seen after printing (e.g. paper near end)."""

    name: str

    def status(self) -> PrinterState: ...

    def print_ticket(self, slip: TicketSlip) -> PrinterState: ...

    def close(self) -> None: ...


class Announcer(Protocol):
    """Calls a number to a counter aloud. Non-blocking: calls are queued and never overlap."""

    def announce(self, number: str, counter: int) -> None: ...

    def close(self) -> None: ...


KeypadListener = Callable[[int, str], None]  # (counter number, action name) from a hardware keypad
