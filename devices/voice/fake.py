"""Players that make no sound: they record what they were given. For tests and headless runs."""

from __future__ import annotations

import threading

from devices.voice.player import Done


class FakePlayer:
    """Records every WAV. With `auto_finish` each sound ends at once; otherwise call `finish()`.

    `overlaps` counts sounds started while another was still playing: it must stay 0."""

    def __init__(self, *, auto_finish: bool = False) -> None:
        self.auto_finish = auto_finish
        self.played: list[bytes] = []
        self.overlaps = 0
        self.closed = False
        self._pending: Done | None = None
        self._lock = threading.Lock()

    @property
    def playing(self) -> bool:
        return self._pending is not None

    def play(self, wav: bytes, done: Done) -> None:
        with self._lock:
            if self._pending is not None:
                self.overlaps += 1
            self.played.append(wav)
            self._pending = done
        if self.auto_finish:
            self.finish()

    def finish(self) -> None:
        """The current sound ends."""
        with self._lock:
            done, self._pending = self._pending, None
        if done is None:
            raise AssertionError("nothing is playing")
        done()

    def close(self) -> None:
        self.closed = True


class FakeSpeaker(FakePlayer):
    """A speech engine that records the texts it was asked to say."""

    def __init__(self, *, auto_finish: bool = False) -> None:
        super().__init__(auto_finish=auto_finish)
        self.said: list[str] = []

    def say(self, text: str, done: Done) -> None:
        self.said.append(text)
        self.play(text.encode(), done)
