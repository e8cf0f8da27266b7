"""The Qt sound output and speech engine. There is no audio device here (as on CI): what must hold is
that every call ends (`done` comes), from any thread, so the queue never hangs."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QLocale, QThread
from pytestqt.qtbot import QtBot

from devices.voice import build_announcer
from devices.voice.chime import default_chime
from kiosk_desktop.voice import VoiceSettings

try:
    from devices.voice.qt_player import QtPlayer
    from devices.voice.qt_speech import find_speaker
except ImportError as missing:  # Linux without libpulse.so.0; CI installs it (.ci/run)
    pytest.skip(f"Qt's sound module cannot load here ({missing}): apt install libpulse0", allow_module_level=True)

pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio", "text-to-speech")


def test_player_reports_the_end_even_without_speakers(qtbot: QtBot) -> None:
    player = QtPlayer()
    ended: list[bool] = []
    player.play(default_chime().to_wav(), lambda: ended.append(QThread.currentThread() is player.thread()))
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert ended == [True]  # `done` comes on the player's (GUI) thread
    player.close()


def test_player_accepts_calls_from_another_thread(qtbot: QtBot) -> None:
    player = QtPlayer()
    ended: list[int] = []
    worker = threading.Thread(target=player.play, args=(default_chime().to_wav(), lambda: ended.append(1)))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: ended == [1], timeout=5000)
    player.close()


def test_announcer_with_the_real_output_gets_through_its_queue(qtbot: QtBot) -> None:
    announcer = build_announcer(VoiceSettings(repeat=1))
    for number in ("A1", "A2", "A3"):
        announcer.announce(number, 1)
    qtbot.waitUntil(lambda: not announcer.busy, timeout=10_000)  # type: ignore[attr-defined]
    announcer.close()


def test_no_vietnamese_voice_in_the_mock_engine_means_clips(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    assert find_speaker(engines=["mock"]) is None
    monkeypatch.setattr("devices.voice.qt_speech.ENGINES", ("mock",))
    announcer = build_announcer(VoiceSettings(backend="tts"))
    assert type(announcer.voice).__name__ == "ClipVoice"  # type: ignore[attr-defined]
    announcer.close()


def test_speaker_says_and_reports_the_end(qtbot: QtBot) -> None:
    speaker = find_speaker(QLocale.Language.English, engines=["mock"])  # the mock engine has English voices only
    assert speaker is not None
    ended: list[int] = []
    speaker.say("one two", lambda: ended.append(1))
    qtbot.waitUntil(lambda: ended == [1], timeout=10_000)
    speaker.close()
