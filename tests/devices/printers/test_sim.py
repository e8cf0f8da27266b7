"""The simulated printer: what it keeps, the states it can be put in, paper that runs out."""

from __future__ import annotations

import pytest

from devices.printers import SimulatorPrinter, open_printer, ticket_bytes
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.errors import PaperOut, PrinterFault, PrinterOffline
from tests.devices.printers.conftest import make_slip
from tests.devices.printers.test_preview import assert_preview_shows_bytes


def sim(url: str = "sim://", **options: object) -> SimulatorPrinter:
    printer = open_printer(url, **options)  # type: ignore[arg-type]
    assert isinstance(printer, SimulatorPrinter)
    return printer


@pytest.mark.parametrize(("paper_mm", "mode"), [(80, "raster"), (58, "raster"), (80, "tcvn3"), (58, "tcvn3")])
def test_keeps_the_bytes_and_a_picture_that_shows_them(paper_mm: int, mode: str) -> None:
    printer = sim(paper_mm=paper_mm, mode=mode)
    assert printer.last_png is None and printer.last_bytes is None
    slip = make_slip(priority_label="Người khuyết tật")
    printer.print_ticket(slip)
    assert printer.last_bytes == ticket_bytes(slip, paper_mm, mode=mode)
    assert printer.last_png is not None
    assert_preview_shows_bytes(printer.last_png, printer.last_bytes, paper_mm)


def test_paper_runs_low_then_out_and_a_new_roll_fixes_it() -> None:
    printer = sim("sim://?paper=5")
    states = [printer.print_ticket(make_slip(number=f"A{n:03d}")) for n in range(1, 5)]
    assert states == [
        PrinterState.READY,
        PrinterState.PAPER_NEAR_END,
        PrinterState.PAPER_NEAR_END,
        PrinterState.PAPER_NEAR_END,
    ]
    printer.print_ticket(make_slip(number="A005"))  # the last ticket on the roll
    with pytest.raises(PaperOut):
        printer.print_ticket(make_slip(number="A006"))
    assert len(printer.jobs) == 5
    printer.device.load_paper()
    assert printer.print_ticket(make_slip(number="A006")) is PrinterState.READY


def test_told_states_are_refused_with_their_error() -> None:
    printer = sim()
    for state, error in (
        (PrinterState.OFFLINE, PrinterOffline),
        (PrinterState.PAPER_OUT, PaperOut),
        (PrinterState.ERROR, PrinterFault),
    ):
        printer.set_state(state)
        assert printer.status() is state
        with pytest.raises(error):
            printer.print_ticket(make_slip())
    assert printer.jobs == []


def test_a_named_simulator_is_one_device_per_process() -> None:
    kiosk, panel = sim("sim://hall-kiosk"), sim("sim://hall-kiosk")
    panel.set_state(PrinterState.PAPER_NEAR_END)
    assert kiosk.status() is PrinterState.PAPER_NEAR_END
    assert sim("sim://").status() is PrinterState.READY, "an unnamed simulator is always new"
    panel.set_state(PrinterState.READY)
