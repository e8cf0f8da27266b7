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


class SerialPortMissing(DeviceUnavailable):
    """The serial port does not exist: unplugged, or Windows gave the USB adapter another COM number."""


class SerialPortBusy(DeviceUnavailable):
    """Another program (or a second copy of this one) holds the serial port."""


class VoiceClipsMissing(ConfigError):
    """The recorded clips cannot say every word a call needs (a custom template with new words)."""


class PrinterFault(PrinterProblem):
    """The printer answers but reports a fault: cover open, paper jam, cutter error."""


class BadCatalogue(ConfigError):
    """A procedure list with rows that cannot be imported; nothing was written.
    `bad_rows` holds the rows (row number, reason) for a window to list."""

    def __init__(self, message: str, *, bad_rows: tuple[object, ...] = (), detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.bad_rows = list(bad_rows)


class WriteConflict(RuleViolation):
    """The write clashes with data already there (a duplicate key another PC wrote first)."""


class PrinterAccessDenied(PrinterOffline):
    """The operating system refuses this program the printer's port or device file (permissions):
    not a cable or power problem, so staff are sent to IT instead of to the printer."""
