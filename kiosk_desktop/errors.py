"""Typed errors. Callers decide by type; `message` is the Vietnamese text shown to staff."""

from __future__ import annotations


class KioskError(Exception):
    """Base of every error the core raises on purpose. `message` is for staff, in Vietnamese."""

    exit_code = 1

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail  # for the IT log: what exactly went wrong

    def __str__(self) -> str:
        return self.message


class ConfigError(KioskError):
    """A settings or centre file that cannot be used as it is."""

    exit_code = 2


class NotFound(KioskError):
    exit_code = 3


class RuleViolation(KioskError):
    """A queue move that the rules forbid (finish a ticket that was not called, ...)."""

    exit_code = 4


class CounterPaused(RuleViolation):
    pass


class CounterBusy(RuleViolation):
    pass


class CounterIdle(RuleViolation):
    pass


class TicketNotCallable(RuleViolation):
    pass


class DailyLimitReached(RuleViolation):
    pass


class ServiceClosed(RuleViolation):
    pass


class StorageUnavailable(KioskError):
    """The database cannot be reached or keeps refusing; nothing was written."""

    exit_code = 5


class SchemaOutdated(StorageUnavailable):
    pass


class DeviceUnavailable(KioskError):
    """A printer, serial device or sound output cannot be used now. Queue data is never lost by it."""

    exit_code = 6


class PrinterProblem(DeviceUnavailable):
    """The printer did not accept the ticket: the ticket stays issued and unprinted, ready to reprint."""


class PrinterOffline(PrinterProblem):
    pass


class PaperOut(PrinterProblem):
    pass
