"""The simulated printer (sim://): keeps every job's bytes and a picture of the last one, and can be
told to run low on paper, run out, go offline or hang, for tests and the demo.

It answers status queries with the bytes a real Epson-type printer sends, so the same adapter code
(status decoding, refusing to print, time limit) runs against it."""

from __future__ import annotations

import threading
import time

from PIL import Image

from devices.printers.adapter import EscposTicketPrinter
from devices.printers.document import Document
from devices.printers.escpos_setup import PrinterModel
from devices.printers.preview import document_png
from devices.printers.status import StatusReading, answer_for, read_status
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.errors import PaperOut, PrinterOffline
from kiosk_desktop.printing.address import PrinterAddress

NEAR_END_AT = 3  # jobs left on the roll when the near-end sensor trips


class SimDevice:
    """The simulated hardware: its state, its paper, and what it printed."""

    def __init__(self, state: PrinterState = PrinterState.READY, paper: int | None = None, hang: float = 0.0):
        self.state = state
        self.paper_left = paper  # jobs that still fit on the roll; None = endless
        self.hang = hang  # seconds a job blocks before anything happens (a dead USB link)
        self.jobs: list[bytes] = []
        self._lock = threading.Lock()
        if paper is not None:
            self._follow_paper()

    def set_state(self, state: PrinterState) -> None:
        with self._lock:
            self.state = state

    def load_paper(self, jobs: int | None = None) -> None:
        """A new roll: `jobs` tickets until it runs out (None = endless)."""
        with self._lock:
            self.paper_left = jobs
            self.state = PrinterState.READY
            self._follow_paper()

    def answer(self, query: bytes) -> int | None:
        return answer_for(self.state, query)

    def accept(self, data: bytes) -> None:
        if self.hang:
            time.sleep(self.hang)
        with self._lock:
            if self.state is PrinterState.OFFLINE:
                raise PrinterOffline("Máy in mô phỏng đang tắt.", detail="sim: offline")
            if self.paper_left is not None and self.paper_left <= 0:
                self.state = PrinterState.PAPER_OUT  # the roll ends during this job
            if self.state is PrinterState.PAPER_OUT:
                raise PaperOut("Máy in mô phỏng hết giấy.", detail="sim: paper out")
            self.jobs.append(data)
            if self.paper_left is not None:
                self.paper_left -= 1
                self._follow_paper()

    def _follow_paper(self) -> None:
        if self.paper_left is None or self.state in (PrinterState.OFFLINE, PrinterState.ERROR):
            return
        if self.paper_left <= NEAR_END_AT:
            self.state = PrinterState.PAPER_NEAR_END


class SimLink:
    description = "máy in mô phỏng"

    def __init__(self, device: SimDevice) -> None:
        self.device = device

    def open(self, timeout: float) -> None:
        pass

    def write(self, data: bytes) -> None:
        self.device.accept(data)

    def status(self) -> StatusReading | None:
        return read_status(self.device.answer)

    def transfer_seconds(self, size: int) -> float:
        return 0.0

    def close(self) -> None:
        pass


class SimulatorPrinter(EscposTicketPrinter):
    def __init__(self, name: str, device: SimDevice, model: PrinterModel, *, mode: str, timeout: float) -> None:
        super().__init__(name, SimLink(device), model, mode=mode, timeout=timeout)
        self.device = device
        self.last_document: Document | None = None

    def print_document(self, document: Document) -> PrinterState:
        state = super().print_document(document)
        self.last_document = document  # only once the bytes were accepted
        return state

    @property
    def jobs(self) -> list[bytes]:
        return list(self.device.jobs)

    @property
    def last_bytes(self) -> bytes | None:
        return self.device.jobs[-1] if self.device.jobs else None

    @property
    def last_png(self) -> Image.Image | None:
        """The picture of the last accepted job (what the paper would show)."""
        return document_png(self.last_document) if self.last_document else None

    def set_state(self, state: PrinterState) -> None:
        self.device.set_state(state)


_NAMED: dict[str, SimDevice] = {}
_NAMED_LOCK = threading.Lock()


def sim_device(address: PrinterAddress) -> SimDevice:
    """sim:// is a new device each time; sim://NAME is one device per process (kiosk and demo panel)."""
    state = PrinterState(address.options.get("state", "ready"))
    paper = int(address.options["paper"]) if "paper" in address.options else None
    hang = float(address.options.get("hang", "0"))
    if not address.target:
        return SimDevice(state, paper, hang)
    with _NAMED_LOCK:
        if address.target not in _NAMED:
            _NAMED[address.target] = SimDevice(state, paper, hang)
        return _NAMED[address.target]
