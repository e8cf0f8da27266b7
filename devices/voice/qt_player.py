"""The real sound output: QSoundEffect playing each call from a temporary WAV file.

Thread-safe: `play` may be called from any thread; the sound starts on the thread that owns the
player (the GUI thread) and `done` is called there. With no speakers (or no audio service, as on
CI machines) QSoundEffect reports an error and `done` is called at once; a timer also ends any
sound that never reports its end, so the call queue can never hang."""

from __future__ import annotations

import io
import itertools
import logging
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from devices.voice.player import Done

log = logging.getLogger(__name__)

SAFETY_MARGIN_MS = 2000  # after the sound's own length


class QtPlayer(QObject):
    _requested = Signal(bytes, object)

    def __init__(self, volume: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(prefix="kiosk-voice-")
        self._names = itertools.cycle(("call-a.wav", "call-b.wav"))  # never rewrite the file being played
        self._effect = QSoundEffect(self)
        self._effect.setVolume(volume)
        self._effect.statusChanged.connect(self._on_status)
        self._effect.playingChanged.connect(self._on_playing)
        self._safety = QTimer(self)
        self._safety.setSingleShot(True)
        self._safety.timeout.connect(self._on_timeout)
        self._done: Done | None = None
        self._started = False
        self._requested.connect(self._on_requested, Qt.ConnectionType.QueuedConnection)
        if not QMediaDevices.audioOutputs():
            log.warning("no audio output device: calls will be silent until speakers are connected")

    def play(self, wav: bytes, done: Done) -> None:
        self._requested.emit(wav, done)

    def close(self) -> None:
        self._safety.stop()
        self._effect.stop()
        self._finish()
        self._folder.cleanup()

    @Slot(bytes, object)
    def _on_requested(self, wav: bytes, done: Done) -> None:
        self._finish()  # the queue never overlaps; if it did, the older call's `done` still comes
        path = Path(self._folder.name) / next(self._names)
        path.write_bytes(wav)
        self._done, self._started = done, False
        self._safety.start(int(_seconds(wav) * 1000) + SAFETY_MARGIN_MS)
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effect.play()  # QSoundEffect starts once the file has loaded

    @Slot()
    def _on_status(self) -> None:
        if self._effect.status() == QSoundEffect.Status.Error and self._done is not None:
            log.warning("sound output error for %s", self._effect.source().toLocalFile())
            self._finish()

    @Slot()
    def _on_playing(self) -> None:
        if self._effect.isPlaying():
            self._started = True
        elif self._started:
            self._finish()

    @Slot()
    def _on_timeout(self) -> None:
        log.warning("a call never reported its end; going on")
        self._effect.stop()
        self._finish()

    def _finish(self) -> None:
        self._safety.stop()
        done, self._done = self._done, None
        if done is not None:
            done()


def _seconds(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav), "rb") as reader:
        return reader.getnframes() / reader.getframerate()
