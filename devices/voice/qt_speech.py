"""QTextToSpeech as a Speaker, used only when a Vietnamese (vi-VN) voice is installed.

On Windows the Vietnamese voice ("An") is a OneCore voice: the `winrt` engine sees it, `sapi`
usually does not, so `winrt` is asked first."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, Qt, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

from devices.voice.player import Done
from devices.voice.qt_output import OneCallOutput

log = logging.getLogger(__name__)

ENGINES = ("winrt", "sapi", "darwin", "speechd", "flite")
SECONDS_PER_CHARACTER = 0.15  # generous: the safety timer must not cut a slow voice short


class QtSpeaker(OneCallOutput):
    what = "the speech engine"
    _requested = Signal(str, object)

    def __init__(self, engine: QTextToSpeech, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        engine.setParent(self)
        engine.stateChanged.connect(self._on_state)
        self._requested.connect(self._on_requested, Qt.ConnectionType.QueuedConnection)

    def say(self, text: str, done: Done) -> None:
        self._requested.emit(text, done)

    def close(self) -> None:
        self._close_output()

    @Slot(str, object)
    def _on_requested(self, text: str, done: Done) -> None:
        self._begin(done, int((len(text) * SECONDS_PER_CHARACTER + 5) * 1000))
        self.engine.say(text)

    @Slot(QTextToSpeech.State)
    def _on_state(self, state: QTextToSpeech.State) -> None:
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._done is not None:
            if state == QTextToSpeech.State.Error:
                log.warning("speech engine error: %s", self.engine.errorString())
            self._finish()

    def _stop_output(self) -> None:
        self.engine.stop()


def find_speaker(
    language: QLocale.Language = QLocale.Language.Vietnamese,
    engines: Sequence[str] | None = None,
    volume: float = 1.0,
) -> QtSpeaker | None:
    """A speaker with a voice for `language` from the first engine (of ENGINES) that has one, else None."""
    available = set(QTextToSpeech.availableEngines())
    for name in ENGINES if engines is None else engines:
        if name not in available:
            continue
        engine = QTextToSpeech(name)
        locale = next((loc for loc in engine.availableLocales() if loc.language() == language), None)
        if locale is None:
            engine.deleteLater()
            continue
        engine.setLocale(locale)
        voices = engine.availableVoices()
        if voices:
            engine.setVoice(voices[0])
        engine.setVolume(volume)
        log.info("speech engine %s, voice %s (%s)", name, engine.voice().name(), locale.name())
        return QtSpeaker(engine)
    log.info("no %s voice in the speech engines %s", QLocale.languageToString(language), sorted(available))
    return None
