"""Real-time status (DLE EOT n): one byte back per query, answered even while the printer is offline.

Bits as in the Epson ESC/POS reference (TM-T20II, TM-T88 and the many clones that copy them):
  n=1 printer:         bit 3 set = offline
  n=2 offline cause:   bit 2 cover open, bit 5 stopped at paper end, bit 6 error (cutter, head)
  n=4 roll paper:      bits 2-3 near end, bits 5-6 paper end"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk_desktop.devices_api import PrinterState

QUERY_PRINTER = b"\x10\x04\x01"
QUERY_OFFLINE_CAUSE = b"\x10\x04\x02"
QUERY_PAPER = b"\x10\x04\x04"

OFFLINE_BIT = 0x08
COVER_OPEN = 0x04
STOPPED_AT_PAPER_END = 0x20
ERROR_BIT = 0x40
PAPER_NEAR_END = 0x0C
PAPER_END = 0x60

Query = Callable[[bytes], "int | None"]  # send a query, return the byte answered or None (silence)


@dataclass(frozen=True)
class StatusReading:
    state: PrinterState
    detail: str  # for the IT log: the bytes that decided it


def read_status(query: Query) -> StatusReading:
    """Ask the printer (paper first: a printer out of paper also reports itself offline)."""
    printer = query(QUERY_PRINTER)
    if printer is None:
        return StatusReading(PrinterState.OFFLINE, "no answer to DLE EOT 1")
    paper = query(QUERY_PAPER)
    detail = f"DLE EOT 1 = 0x{printer:02x}, DLE EOT 4 = {_hex(paper)}"
    if paper is not None and paper & PAPER_END == PAPER_END:
        return StatusReading(PrinterState.PAPER_OUT, detail)
    if printer & OFFLINE_BIT:
        cause = query(QUERY_OFFLINE_CAUSE)
        detail += f", DLE EOT 2 = {_hex(cause)}"
        return StatusReading(_offline_state(cause), detail)
    if paper is not None and paper & PAPER_NEAR_END:
        return StatusReading(PrinterState.PAPER_NEAR_END, detail)
    return StatusReading(PrinterState.READY, detail)


def _offline_state(cause: int | None) -> PrinterState:
    if cause is None:
        return PrinterState.OFFLINE
    if cause & STOPPED_AT_PAPER_END:
        return PrinterState.PAPER_OUT
    if cause & (COVER_OPEN | ERROR_BIT):
        return PrinterState.ERROR
    return PrinterState.OFFLINE


def _hex(value: int | None) -> str:
    return "none" if value is None else f"0x{value:02x}"


_PAPER_BITS = {PrinterState.PAPER_NEAR_END: PAPER_NEAR_END, PrinterState.PAPER_OUT: PAPER_END | PAPER_NEAR_END}
_CAUSE_BITS = {PrinterState.PAPER_OUT: STOPPED_AT_PAPER_END, PrinterState.ERROR: COVER_OPEN}


def answer_for(state: PrinterState, query: bytes) -> int | None:
    """The byte an Epson-type printer in `state` answers (for the simulator); None = silence."""
    if state is PrinterState.OFFLINE:
        return None
    fixed = 0x12  # bits 1 and 4 are always set in these answers
    stopped = state in (PrinterState.PAPER_OUT, PrinterState.ERROR)
    answers = {
        QUERY_PRINTER: fixed | (OFFLINE_BIT if stopped else 0),
        QUERY_PAPER: fixed | _PAPER_BITS.get(state, 0),
        QUERY_OFFLINE_CAUSE: fixed | _CAUSE_BITS.get(state, 0),
    }
    return answers.get(query)
