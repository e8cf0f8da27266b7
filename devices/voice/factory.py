"""Build the Announcer the settings ask for. The only place that picks a voice backend."""

from __future__ import annotations

import logging

from devices.voice.calls import CallQueue, CallVoice, ChimeVoice, ClipVoice, SilentAnnouncer, SpeechVoice
from devices.voice.clips import ClipLibrary, check_library
from devices.voice.player import Player, Speaker
from kiosk_desktop.devices_api import Announcer
from kiosk_desktop.errors import DeviceUnavailable
from kiosk_desktop.voice import VoiceSettings

log = logging.getLogger(__name__)


def build_announcer(voice: VoiceSettings, *, player: Player | None = None, speaker: Speaker | None = None) -> Announcer:
    """The Announcer for `voice` (the [voice] settings).

    Without `player` the Qt sound output is used: a Qt application must exist, and calls are played
    on its thread. `speaker` forces a speech engine (tests); with backend "tts" and no speaker, a
    Vietnamese voice is looked for and the clips are used when there is none.
    Raises ConfigError (VoiceClipsMissing) when the clips cannot say every word of the template."""
    if voice.backend == "off":
        return SilentAnnouncer()
    library = ClipLibrary.from_settings(voice)
    fallback = ChimeVoice(library.chime(), voice.volume)
    if voice.backend == "tts" and speaker is None:
        speaker = _find_vietnamese_speaker(voice.volume)
    backend: CallVoice
    if voice.backend == "chime":
        backend = fallback
    elif voice.backend == "tts" and speaker is not None:
        backend = SpeechVoice(voice, library.chime())
    else:
        if voice.backend == "tts":
            log.warning("voice.backend = tts but no Vietnamese voice is installed: using the recorded clips")
        check_library(voice, library)
        backend = ClipVoice(voice, library)
    return CallQueue(backend, player or _qt_player(), speaker, fallback=fallback)


def _qt_player() -> Player:
    try:
        from devices.voice.qt_player import QtPlayer  # Qt only when a real output is wanted
    except ImportError as exc:  # Linux: QtMultimedia links libpulse.so.0, absent on a bare system
        raise DeviceUnavailable(
            "Không mở được phần phát âm thanh: máy thiếu thư viện âm thanh. Báo bộ phận CNTT"
            " (trên Linux cài gói libpulse0). Màn hình vẫn hiện số được gọi.",
            detail=f"PySide6.QtMultimedia: {exc}",
        ) from exc
    return QtPlayer()  # loudness is already in the samples (voice.volume)


def _find_vietnamese_speaker(volume: float) -> Speaker | None:
    try:
        from devices.voice.qt_speech import find_speaker
    except ImportError as exc:  # no QtTextToSpeech libraries here: the recorded clips will do
        log.warning("no speech engine: %s", exc)
        return None

    return find_speaker(volume=volume)
