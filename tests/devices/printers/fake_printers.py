"""Printers played by the test: a pty that answers status queries like an Epson-type printer, and a
TCP port 9100 that does the same. They record every byte they receive."""

from __future__ import annotations

import os
import select
import socket
import threading
import tty
from collections.abc import Iterator
from contextlib import contextmanager, suppress

# Answers to DLE EOT 1, 2 and 4 (bits from the Epson ESC/POS reference; 0x12 are the fixed bits).
READY = {1: 0x12, 2: 0x12, 4: 0x12}
NEAR_END = {1: 0x12, 2: 0x12, 4: 0x12 | 0x0C}
PAPER_OUT = {1: 0x12 | 0x08, 2: 0x12 | 0x20, 4: 0x12 | 0x0C | 0x60}
COVER_OPEN = {1: 0x12 | 0x08, 2: 0x12 | 0x04, 4: 0x12}
SILENT: dict[int, int] = {}


class _Answering:
    def __init__(self, answers: dict[int, int]) -> None:
        self.answers = answers
        self.received = bytearray()
        self.queries: list[int] = []
        self._scanned = 0

    def feed(self, chunk: bytes) -> bytes:
        """Record `chunk`; return the answers to any complete DLE EOT n seen so far."""
        self.received += chunk
        reply = bytearray()
        while True:
            found = self.received.find(b"\x10\x04", self._scanned)
            if found < 0 or found + 2 >= len(self.received):
                self._scanned = max(self._scanned, len(self.received) - 2)
                return bytes(reply)
            n = self.received[found + 2]
            self.queries.append(n)
            if n in self.answers:
                reply.append(self.answers[n])
            self._scanned = found + 3

    def job(self) -> bytes:
        """What was printed: everything except the status queries before and after the job."""
        data = bytes(self.received)
        while data.startswith(b"\x10\x04"):
            data = data[3:]
        while len(data) >= 3 and data[-3:-1] == b"\x10\x04":
            data = data[:-3]
        return data


class PtyPrinter(_Answering):
    """A serial printer on a pseudo-terminal: open `path` as serial:///dev/pts/N."""

    def __init__(self, answers: dict[int, int]) -> None:
        super().__init__(answers)
        self.master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            reply = self.feed(chunk)
            if reply:
                os.write(self.master, reply)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        os.close(self.master)
        os.close(self._slave)


class TcpPrinter(_Answering):
    """A network printer on 127.0.0.1: connect to `url`."""

    def __init__(self, answers: dict[int, int]) -> None:
        super().__init__(answers)
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"tcp://127.0.0.1:{self._server.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            with connection:
                while chunk := connection.recv(65536):
                    reply = self.feed(chunk)
                    if reply:
                        connection.sendall(reply)

    def close(self) -> None:
        # shutdown() wakes the thread blocked in accept(); close() alone leaves the port listening.
        with suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(2)


@contextmanager
def pty_printer(answers: dict[int, int]) -> Iterator[PtyPrinter]:
    printer = PtyPrinter(answers)
    try:
        yield printer
    finally:
        printer.close()


@contextmanager
def tcp_printer(answers: dict[int, int]) -> Iterator[TcpPrinter]:
    printer = TcpPrinter(answers)
    try:
        yield printer
    finally:
        printer.close()
