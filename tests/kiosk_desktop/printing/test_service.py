"""Print integrity on both databases: a ticket is issued first, marked printed only when the printer
took it, never lost when the printer fails, reprintable, and the printer's spells are recorded."""

from __future__ import annotations

import builtins
import errno
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from devices.printers import SimulatorPrinter, open_printer
from kiosk_desktop.app import App
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import NotFound, RuleViolation, StorageUnavailable
from kiosk_desktop.printing import device_log
from kiosk_desktop.printing.service import TicketPrinting
from kiosk_desktop.printing.slips import load_issued, ticket_id_from_qr
from tests.helpers import FakeClock

DEVICE = "printer:kiosk-test"


def sim(url: str = "sim://", timeout: float = 2.0) -> SimulatorPrinter:
    printer = open_printer(url, timeout=timeout)
    assert isinstance(printer, SimulatorPrinter)
    return printer


def _flag(app: App, ticket_id: int) -> bool:
    return load_issued(app.db, ticket_id).ticket.printed


def states(app: App) -> list[str]:
    return [row.state for row in reversed(device_log.history(app.db, DEVICE))]


def test_printed_ticket_is_marked_and_a_steady_printer_recorded_once(centre: App, clock: FakeClock) -> None:
    printer = sim()
    printing = TicketPrinting(centre, printer, DEVICE)
    first = printing.issue_and_print("CT")
    second = printing.issue_and_print("CT", PriorityReason.NGUOI_CAO_TUOI)
    assert (first.printed, first.state, first.problem) == (True, PrinterState.READY, None)
    assert first.issued.ticket.printed and _flag(centre, first.issued.ticket.id)
    assert second.issued.ticket.number == "A002" and _flag(centre, second.issued.ticket.id)
    assert len(printer.jobs) == 2
    assert states(centre) == ["ready"]


def test_printer_offline_mid_day_loses_no_ticket(centre: App, clock: FakeClock) -> None:
    printer = sim()
    printing = TicketPrinting(centre, printer, DEVICE)
    printing.issue_and_print("CT")
    printer.set_state(PrinterState.OFFLINE)
    clock.advance(minutes=5)
    failed = printing.issue_and_print("CT")
    ticket = failed.issued.ticket
    assert (failed.printed, failed.state) == (False, PrinterState.OFFLINE)
    assert failed.problem is not None and f"Số {ticket.number} đã được cấp, vẫn giữ chỗ" in failed.problem
    assert "In lại" in failed.problem
    assert (ticket.status, _flag(centre, ticket.id)) == ("waiting", False)
    assert centre.status().waiting == 2, "the unprinted ticket is in the queue"
    assert len(printer.jobs) == 1

    printer.set_state(PrinterState.READY)
    again = printing.reprint(ticket.id)
    assert (again.printed, again.issued.ticket.number, again.issued.waiting_ahead) == (True, ticket.number, 1)
    assert _flag(centre, ticket.id)
    assert states(centre) == ["ready", "offline", "ready"]
    offline = device_log.history(centre.db, DEVICE)[1]
    assert offline.kind == "printer" and offline.message and "không phản hồi" in offline.message


def test_paper_near_end_warns_and_paper_out_leaves_the_ticket_to_reprint(centre: App, clock: FakeClock) -> None:
    printer = sim("sim://?paper=5")
    printing = TicketPrinting(centre, printer, DEVICE)
    outcomes = [printing.issue_and_print("HT") for _ in range(6)]
    assert [o.printed for o in outcomes] == [True] * 5 + [False]
    assert outcomes[0].problem is None
    assert outcomes[1].state is PrinterState.PAPER_NEAR_END and "sắp hết giấy" in (outcomes[1].problem or "")
    last = outcomes[-1]
    assert last.state is PrinterState.PAPER_OUT
    assert last.problem == (
        f"Máy in hết giấy. Số {last.issued.ticket.number} đã được cấp, vẫn giữ chỗ: thay giấy rồi bấm In lại."
    )
    assert not _flag(centre, last.issued.ticket.id)
    printer.device.load_paper()
    assert printing.reprint(last.issued.ticket.id).printed and _flag(centre, last.issued.ticket.id)
    assert states(centre) == ["ready", "paper_near_end", "paper_out", "ready"]


def test_hung_printer_returns_in_time_and_the_ticket_stays_unprinted(centre: App, clock: FakeClock) -> None:
    printing = TicketPrinting(centre, sim("sim://?hang=3", timeout=0.3), DEVICE)
    started = time.monotonic()
    outcome = printing.issue_and_print("CT")
    assert time.monotonic() - started < 2.0
    assert (outcome.printed, outcome.state) == (False, PrinterState.OFFLINE)
    assert outcome.issued.ticket.number == "A001" and not _flag(centre, outcome.issued.ticket.id)


def test_reprint_only_for_tickets_still_open_today(centre: App, clock: FakeClock) -> None:
    printing = TicketPrinting(centre, sim(), DEVICE)
    cancelled = printing.issue_and_print("CT").issued.ticket
    centre.queue.cancel(cancelled.id)
    with pytest.raises(RuleViolation, match="không in lại"):
        printing.reprint(cancelled.id)
    kept = printing.issue_and_print("CT").issued.ticket
    clock.advance(days=1)
    with pytest.raises(RuleViolation, match="02/03/2026"):
        printing.reprint(kept.id)
    with pytest.raises(NotFound):
        printing.reprint(999_999)


def test_the_slip_says_what_the_citizen_needs(centre: App, clock: FakeClock) -> None:
    printing = TicketPrinting(centre, sim(), DEVICE)
    tickets = [printing.issue_and_print("CT").issued.ticket for _ in range(3)]
    priority = printing.issue_and_print("CT", PriorityReason.NGUOI_CAO_TUOI).issued.ticket
    slip = printing.slip_for(tickets[2].id)
    assert (slip.centre_name, slip.service_name, slip.number, slip.waiting_ahead) == (
        "Trung tâm thử nghiệm",
        "Chứng thực",
        "A003",
        2,
    )
    assert f"{slip.issued_at:%d/%m/%Y %H:%M}" == "02/03/2026 08:00", "local time of the centre"
    assert slip.priority_label is None and ticket_id_from_qr(slip.qr_payload or "") == tickets[2].id
    assert printing.slip_for(priority.id).priority_label == "Người cao tuổi"
    assert printing.slip_for(priority.id).waiting_ahead == 0, "priority waits only behind priority"
    centre.queue.call_next(1)  # A priority citizen is called first (strict policy)
    centre.queue.finish(1)
    centre.queue.call_next(1)
    assert printing.slip_for(tickets[2].id).waiting_ahead == 1


def test_check_records_only_changes(centre: App, clock: FakeClock) -> None:
    printer = sim()
    printing = TicketPrinting(centre, printer, DEVICE)
    assert printing.check() is PrinterState.READY
    printer.set_state(PrinterState.PAPER_NEAR_END)
    assert printing.check() is PrinterState.PAPER_NEAR_END
    assert printing.check() is PrinterState.PAPER_NEAR_END
    printer.set_state(PrinterState.ERROR)
    assert printing.check() is PrinterState.ERROR
    assert states(centre) == ["ready", "paper_near_end", "error"]
    # A new service object (the kiosk restarted) continues from the recorded state.
    assert TicketPrinting(centre, printer, DEVICE).check() is PrinterState.ERROR
    assert len(device_log.history(centre.db, DEVICE)) == 3


def test_workers_printing_at_once_get_distinct_numbers_all_printed(centre: App) -> None:
    printer = sim()
    printing = TicketPrinting(centre, printer, DEVICE)
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(lambda _: printing.issue_and_print("HT"), range(12)))
    numbers = {o.issued.ticket.number for o in outcomes}
    assert len(numbers) == 12 and all(o.printed for o in outcomes)
    assert len(printer.jobs) == 12 and states(centre) == ["ready"]


def test_printed_but_not_recorded_tells_staff_not_to_reprint(
    centre: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    printing = TicketPrinting(centre, sim(), DEVICE)

    def lost(ticket_id: int) -> None:
        raise StorageUnavailable("Mất kết nối cơ sở dữ liệu.")

    monkeypatch.setattr(centre.queue, "mark_printed", lost)
    outcome = printing.issue_and_print("CT")
    assert outcome.printed and "Không cần in lại" in (outcome.problem or "")


def test_a_fault_while_rendering_still_returns_the_issued_ticket(centre: App, clock: FakeClock) -> None:
    printer = sim()

    def broken(slip: object) -> PrinterState:
        raise ValueError("a glyph Pillow cannot draw")

    printer.print_ticket = broken  # type: ignore[method-assign]
    outcome = TicketPrinting(centre, printer, DEVICE).issue_and_print("CT")
    assert (outcome.printed, outcome.state, outcome.issued.ticket.number) == (False, PrinterState.ERROR, "A001")
    assert "Số A001 đã được cấp" in (outcome.problem or "") and "lỗi chương trình" in (outcome.problem or "")


def test_a_printer_the_program_may_not_write_to_is_a_permission_not_a_cable(
    centre: App, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = tmp_path / "lp0"
    opened = builtins.open

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:  # root can write anywhere: refuse at open()
        if str(file) == str(device):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return opened(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refuse)
    outcome = TicketPrinting(centre, open_printer(f"file://{device}"), DEVICE).issue_and_print("CT")
    assert outcome.printed is False and outcome.problem is not None
    assert "không được phép ghi vào máy in" in outcome.problem and "nguồn điện" not in outcome.problem
    assert f"Số {outcome.issued.ticket.number} đã được cấp" in outcome.problem
    assert centre.status().waiting == 1, "the ticket stays issued"
