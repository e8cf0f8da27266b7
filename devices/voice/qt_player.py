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

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from devices.voice.player import Done
from devices.voice.qt_output import OneCallOutput

log = logging.getLogger(__name__)

SAFETY_MARGIN_MS = 2000  # after the sound's own length


class QtPlayer(OneCallOutput):
    _requested = Signal(bytes, object)

    def __init__(self, volume: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(prefix="kiosk-voice-")
        self._names = itertools.cycle(("call-a.wav", "call-b.wav"))  # never rewrite the file being played
        self._effect = QSoundEffect(self)
        self._effect.setVolume(volume)
        self._effect.statusChanged.connect(self._on_status)
        self._effect.playingChanged.connect(self._on_playing)
        self._started = False
        self._requested.connect(self._on_requested, Qt.ConnectionType.QueuedConnection)
        if not QMediaDevices.audioOutputs():
            log.warning("no audio output device: calls will be silent until speakers are connected")

    def play(self, wav: bytes, done: Done) -> None:
        self._requested.emit(wav, done)

    def close(self) -> None:
        self._close_output()
        self._folder.cleanup()

    @Slot(bytes, object)
    def _on_requested(self, wav: bytes, done: Done) -> None:
        self._begin(done, int(_seconds(wav) * 1000) + SAFETY_MARGIN_MS)
        self._started = False
        path = Path(self._folder.name) / next(self._names)
        path.write_bytes(wav)
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

    def _stop_output(self) -> None:
        self._effect.stop()


def _seconds(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav), "rb") as reader:
        return reader.getnframes() / reader.getframerate()
