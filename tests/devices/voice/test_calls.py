"""The call queue: calls never overlap, keep their order, chime first, repeat; any backend."""

from __future__ import annotations

import io
import sys
import threading
import wave

import pytest

from devices.voice import FakePlayer, FakeSpeaker, build_announcer
from devices.voice.calls import CallQueue, ChimeVoice, SilentAnnouncer, Sound, Speech, SpeechVoice, Step
from devices.voice.chime import default_chime
from devices.voice.wav import RATE
from kiosk_desktop.devices_api import Announcer
from kiosk_desktop.errors import DeviceUnavailable
from kiosk_desktop.voice import VoiceSettings


class ListVoice:
    """A backend whose steps name the call, so tests can see which call is playing."""

    def __init__(self, steps_per_call: int = 1) -> None:
        self.steps_per_call = steps_per_call

    def steps(self, number: str, counter: int) -> list[Step]:
        return [Sound(f"{number}>{counter}#{i}".encode()) for i in range(self.steps_per_call)]


def _seconds(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav), "rb") as reader:
        return reader.getnframes() / reader.getframerate()


def test_calls_wait_their_turn() -> None:
    player = FakePlayer()
    queue = CallQueue(ListVoice(steps_per_call=2), player)
    queue.announce("A1", 1)
    queue.announce("A2", 2)
    queue.announce("A3", 3)
    assert player.played == [b"A1>1#0"] and queue.waiting == 2 and queue.busy
    while player.playing:
        player.finish()
    assert player.played == [b"A1>1#0", b"A1>1#1", b"A2>2#0", b"A2>2#1", b"A3>3#0", b"A3>3#1"]
    assert player.overlaps == 0 and not queue.busy


def test_many_threads_announcing_never_overlap() -> None:
    player = FakePlayer()
    queue = CallQueue(ListVoice(), player)
    threads = [threading.Thread(target=queue.announce, args=(f"A{n}", n)) for n in range(1, 16)]
    for thread in threads:
        thread.start()
    finisher_done = threading.Event()

    def finisher() -> None:
        while len(player.played) < 15 or player.playing:
            if player.playing:
                player.finish()
        finisher_done.set()

    for thread in threads:
        thread.join()
    helper = threading.Thread(target=finisher)
    helper.start()
    assert finisher_done.wait(10)
    assert player.overlaps == 0
    assert sorted(player.played) == sorted(f"A{n}>{n}#0".encode() for n in range(1, 16))


def test_the_same_call_waiting_twice_is_said_once() -> None:
    player = FakePlayer()
    queue = CallQueue(ListVoice(), player)
    queue.announce("A1", 1)  # playing
    for _ in range(3):
        queue.announce("B2", 2)
        queue.announce("A1", 1)  # a recall while A1 plays is said again, but only once
    assert queue.waiting == 2
    while player.playing:
        player.finish()
    assert player.played == [b"A1>1#0", b"B2>2#0", b"A1>1#0"]


def test_a_late_or_second_done_is_ignored() -> None:
    held: list = []  # type: ignore[type-arg]

    class DoubleDone(FakePlayer):
        def play(self, wav: bytes, done) -> None:  # type: ignore[no-untyped-def]
            super().play(wav, done)
            held.append(done)

    player = DoubleDone()
    queue = CallQueue(ListVoice(), player)
    queue.announce("A1", 1)
    queue.announce("A2", 2)
    held[0]()
    held[0]()  # a confused output reports the end twice: A3 must not start on top of A2
    queue.announce("A3", 3)
    assert player.played == [b"A1>1#0", b"A2>2#0"]


def test_a_throwing_output_does_not_stop_the_queue() -> None:
    class Broken(FakePlayer):
        def play(self, wav: bytes, done) -> None:  # type: ignore[no-untyped-def]
            if wav.startswith(b"A1"):
                raise RuntimeError("sound card gone")
            super().play(wav, done)

    player = Broken()
    queue = CallQueue(ListVoice(), player)
    queue.announce("A1", 1)
    queue.announce("A2", 2)
    assert player.played == [b"A2>2#0"]


def test_instant_outputs_do_not_recurse() -> None:
    player = FakePlayer(auto_finish=True)
    queue = CallQueue(ListVoice(steps_per_call=50), player)
    for n in range(40):
        queue.announce(f"A{n}", 1)
    assert len(player.played) == 40 * 50 and player.overlaps == 0


def test_an_unreadable_number_still_chimes() -> None:
    player = FakePlayer(auto_finish=True)
    announcer = build_announcer(VoiceSettings(), player=player)
    announcer.announce("not a ticket", 1)
    assert len(player.played) == 1
    assert abs(_seconds(player.played[0]) - len(default_chime().samples) / RATE) < 0.001


def test_clip_backend_plays_one_sound_with_chime_and_repeats() -> None:
    player = FakePlayer(auto_finish=True)
    once = build_announcer(VoiceSettings(repeat=1, chime=False), player=player)
    twice = build_announcer(VoiceSettings(repeat=2, chime=True, repeat_gap_ms=500), player=player)
    once.announce("A105", 3)
    twice.announce("A105", 3)
    single, full = (_seconds(wav) for wav in player.played)
    chime = len(default_chime().samples) / RATE + 0.25
    assert abs(full - (chime + 2 * single + 0.5)) < 0.002
    assert player.overlaps == 0


def test_speech_backend_steps_chime_text_pause_text() -> None:
    output = FakeSpeaker()  # one object as player and speaker: overlaps across both are counted
    voice = VoiceSettings(backend="tts", repeat=2)
    announcer: Announcer = build_announcer(voice, player=output, speaker=output)
    announcer.announce("B21", 4)
    announcer.announce("B22", 4)
    while output.playing:
        output.finish()
    assert output.said == [
        "Mời công dân có số thứ tự bê hai mươi mốt đến quầy số bốn",
        "Mời công dân có số thứ tự bê hai mươi mốt đến quầy số bốn",
        "Mời công dân có số thứ tự bê hai mươi hai đến quầy số bốn",
        "Mời công dân có số thứ tự bê hai mươi hai đến quầy số bốn",
    ]
    assert len(output.played) == 2 * (1 + 1 + 2)  # chime, pause and two texts per call
    assert output.overlaps == 0


def test_speech_steps_in_order() -> None:
    steps = SpeechVoice(VoiceSettings(repeat=2, repeat_gap_ms=300), default_chime()).steps("A1", 2)
    assert [type(step) for step in steps] == [Sound, Speech, Sound, Speech]
    assert abs(_seconds(steps[2].wav) - 0.3) < 0.001  # type: ignore[union-attr]


def test_chime_only_and_off() -> None:
    player = FakePlayer(auto_finish=True)
    build_announcer(VoiceSettings(backend="chime"), player=player).announce("A105", 3)
    assert (
        len(player.played) == 1 and abs(_seconds(player.played[0]) - _seconds(ChimeVoice(default_chime()).wav)) < 1e-6
    )
    off = build_announcer(VoiceSettings(backend="off"), player=player)
    assert isinstance(off, SilentAnnouncer)
    off.announce("A105", 3)
    assert len(player.played) == 1


def test_close_drops_waiting_calls_and_closes_the_output() -> None:
    player = FakePlayer()
    queue = CallQueue(ListVoice(), player)
    queue.announce("A1", 1)
    queue.announce("A2", 2)
    queue.close()
    player.finish()
    queue.announce("A3", 3)
    assert player.played == [b"A1>1#0"] and player.closed


def test_a_missing_sound_library_is_a_device_problem_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None entry makes the import fail as a missing libpulse.so.0 does on a bare Linux system.
    monkeypatch.setitem(sys.modules, "devices.voice.qt_player", None)
    monkeypatch.setitem(sys.modules, "devices.voice.qt_speech", None)
    with pytest.raises(DeviceUnavailable) as caught:
        build_announcer(VoiceSettings(backend="tts"))
    assert "libpulse0" in caught.value.message and "QtMultimedia" in (caught.value.detail or "")
