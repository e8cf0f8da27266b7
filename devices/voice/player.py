"""What the call queue needs from a sound output and a speech engine. Qt implementations live in
qt_player.py and qt_speech.py; fake.py has recording fakes for tests and the headless demo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Done = Callable[[], None]


class Player(Protocol):
    """Plays one complete WAV file given as bytes.

    `play` returns at once and calls `done` exactly once, when the sound has ended or could not be
    played (a PC without speakers must not stop the queue of calls). `done` may come on another thread."""

    def play(self, wav: bytes, done: Done) -> None: ...

    def close(self) -> None: ...


class Speaker(Protocol):
    """A speech engine with a Vietnamese voice: same contract as Player, for text."""

    def say(self, text: str, done: Done) -> None: ...

    def close(self) -> None: ...
