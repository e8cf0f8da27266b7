"""The call queue (the Announcer): calls wait their turn and never overlap; each call is a few steps
(sounds and spoken texts) that a backend prepares: recorded clips, a speech engine or a chime."""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass
from typing import Protocol

from devices.voice.chime import load_chime
from devices.voice.clips import ClipLibrary, render_call
from devices.voice.player import Player, Speaker
from devices.voice.wav import Pcm, scaled, silence
from kiosk_desktop.errors import KioskError
from kiosk_desktop.voice import VoiceSettings, call_plan, spoken_text

log = logging.getLogger(__name__)

MAX_WAITING = 20  # more calls than this waiting means nobody is listening; older ones are dropped


@dataclass(frozen=True)
class Sound:
    wav: bytes


@dataclass(frozen=True)
class Speech:
    text: str


Step = Sound | Speech


class CallVoice(Protocol):
    """A backend: what to play, step by step, for one call."""

    def steps(self, number: str, counter: int) -> list[Step]: ...


class ClipVoice:
    """Recorded clips joined into one sound: chime, phrase, repeats."""

    def __init__(self, voice: VoiceSettings, library: ClipLibrary) -> None:
        self.voice, self.library = voice, library

    def steps(self, number: str, counter: int) -> list[Step]:
        return [Sound(render_call(number, counter, self.voice, self.library).to_wav())]


class SpeechVoice:
    """A speech engine says the phrase; the chime and the pauses are still sounds."""

    def __init__(self, voice: VoiceSettings, chime: Pcm) -> None:
        self.voice, self.chime = voice, chime

    def steps(self, number: str, counter: int) -> list[Step]:
        text = spoken_text(call_plan(number, counter, self.voice))
        steps: list[Step] = [Sound(scaled(self.chime, self.voice.volume).to_wav())] if self.voice.chime else []
        for index in range(self.voice.repeat):
            if index:
                steps.append(Sound(silence(self.voice.repeat_gap_ms).to_wav()))
            steps.append(Speech(text))
        return steps


class ChimeVoice:
    """Only the chime: the number is on the displays."""

    def __init__(self, chime: Pcm, volume: float = 1.0) -> None:
        self.wav = scaled(chime, volume).to_wav()

    def steps(self, number: str, counter: int) -> list[Step]:
        return [Sound(self.wav)]


class CallQueue:
    """Announcer: `announce` returns at once; calls are played one after another, never on top of each other.

    Thread-safe: keypads call from their serial threads, windows from the GUI thread."""

    def __init__(
        self, voice: CallVoice, player: Player, speaker: Speaker | None = None, *, fallback: CallVoice | None = None
    ) -> None:
        self.voice, self.player, self.speaker = voice, player, speaker
        self.fallback = fallback or ChimeVoice(load_chime(None))
        self._waiting: deque[tuple[str, int, list[Step]]] = deque()
        self._current: list[Step] = []
        self._busy = False
        self._closed = False
        self._token = 0  # tells a late `done` of an older step from the current one
        self._starting: int | None = None  # the thread inside `play` right now
        self._ended_at_once = False
        self._lock = threading.Lock()

    @property
    def waiting(self) -> int:
        with self._lock:
            return len(self._waiting)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._busy

    def announce(self, number: str, counter: int) -> None:
        steps = self._prepare(number, counter)
        with self._lock:
            if self._closed:
                return
            if any((n, c) == (number, counter) for n, c, _ in self._waiting):
                log.info("call %s -> counter %s already waiting; not queued twice", number, counter)
                return
            if len(self._waiting) >= MAX_WAITING:
                dropped = self._waiting.popleft()
                log.warning("voice queue full: dropped the call %s -> counter %s", dropped[0], dropped[1])
            self._waiting.append((number, counter, steps))
            if self._busy:
                return
            self._busy = True
        self._advance()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._waiting.clear()
            self._current = []
        self.player.close()
        if self.speaker is not None:
            self.speaker.close()

    def _prepare(self, number: str, counter: int) -> list[Step]:
        try:
            return self.voice.steps(number, counter)
        except (KioskError, ValueError) as exc:
            # A broken recording or an odd number must not silence the hall: the chime still sounds.
            log.error("cannot prepare the call %s -> counter %s, chime only: %s", number, counter, exc)
            return self.fallback.steps(number, counter)

    def _advance(self) -> None:
        """Play steps until one is still sounding; runs outside the lock. A player that finishes
        inside `play` (a fake, a failed device) loops here instead of recursing through `done`."""
        while True:
            with self._lock:
                step = self._next_step()
                if step is None:
                    self._busy = False
                    return
                self._token += 1
                token = self._token
                self._starting = threading.get_ident()
                self._ended_at_once = False
            self._start(step, token)
            with self._lock:
                if self._starting == threading.get_ident():
                    self._starting = None
                if not self._ended_at_once:
                    return
                self._ended_at_once = False

    def _next_step(self) -> Step | None:
        if self._closed:
            return None
        if not self._current and self._waiting:
            self._current = list(self._waiting.popleft()[2])
        return self._current.pop(0) if self._current else None

    def _start(self, step: Step, token: int) -> None:
        def done() -> None:
            with self._lock:
                if token != self._token:
                    return  # late or repeated: that step is over already
                self._token += 1
                if self._starting == threading.get_ident():
                    self._ended_at_once = True
                    return
            self._advance()

        try:
            if isinstance(step, Speech) and self.speaker is not None:
                self.speaker.say(step.text, done)
            elif isinstance(step, Sound):
                self.player.play(step.wav, done)
            else:
                done()
        except Exception:  # a sound output that throws must not stop later calls
            log.exception("sound output failed; going on with the next step")
            done()


class SilentAnnouncer:
    """voice.backend = "off"."""

    def announce(self, number: str, counter: int) -> None:
        log.debug("voice off: %s -> counter %s not announced", number, counter)

    def close(self) -> None:
        return None
