"""Test doubles for the windows' devices (the real printing service runs on the sim:// printer)."""

from __future__ import annotations


class FakeAnnouncer:
    """Records every call the hall display asks for; says nothing."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []
        self.closed = False

    def announce(self, number: str, counter: int) -> None:
        self.calls.append((number, counter))

    def close(self) -> None:
        self.closed = True


class BrokenAnnouncer(FakeAnnouncer):
    """A sound device that fails on every call."""

    def announce(self, number: str, counter: int) -> None:
        raise OSError("no sound card")
