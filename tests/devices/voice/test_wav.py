"""PCM handling with the wave module: any PCM WAV in, 16 kHz mono 16-bit out, exact lengths when joining."""

from __future__ import annotations

import io
import math
import struct
import wave
from array import array
from pathlib import Path

import pytest

from devices.voice.wav import RATE, BadWav, Pcm, join, read_wav, scaled, silence, trimmed, write_wav


def _tone(ms: int, level: int = 8000) -> Pcm:
    count = RATE * ms // 1000
    return Pcm(array("h", (round(level * math.sin(2 * math.pi * 440 * i / RATE)) for i in range(count))))


def _write_raw(path: Path, frames: bytes, *, channels: int, width: int, rate: int) -> Path:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(frames)
    return path


def test_join_length_is_the_sum_plus_gaps() -> None:
    pieces = [_tone(100), _tone(250), _tone(30)]
    joined = join(pieces, gap_ms=40)
    assert len(joined.samples) == (100 + 250 + 30 + 2 * 40) * RATE // 1000
    assert joined.samples[: len(pieces[0].samples)] == pieces[0].samples
    gap_start = len(pieces[0].samples)
    assert set(joined.samples[gap_start : gap_start + 40 * RATE // 1000]) == {0}


def test_written_file_is_16k_mono_16_bit_and_reads_back_identically(tmp_path: Path) -> None:
    pcm = _tone(500)
    path = tmp_path / "x.wav"
    write_wav(path, pcm)
    with wave.open(str(path), "rb") as reader:
        assert (reader.getnchannels(), reader.getsampwidth(), reader.getframerate()) == (1, 2, 16_000)
        assert reader.getnframes() == 8000
    assert read_wav(path).samples == pcm.samples
    assert read_wav(io.BytesIO(pcm.to_wav())).samples == pcm.samples


def test_a_phone_recording_is_converted(tmp_path: Path) -> None:
    """44.1 kHz stereo, left and right different: mono is their average, length kept in seconds."""
    frames = b"".join(struct.pack("<hh", 1000, 3000) for _ in range(44_100))
    pcm = read_wav(_write_raw(tmp_path / "phone.wav", frames, channels=2, width=2, rate=44_100))
    assert abs(pcm.seconds - 1.0) < 0.001
    assert set(pcm.samples[100:-100]) == {2000}


@pytest.mark.parametrize(
    ("width", "frame", "expected"),
    [(1, bytes([128 + 64]), 64 << 8), (3, (-4096 * 256).to_bytes(3, "little", signed=True), -4096)],
)
def test_8_and_24_bit_samples(tmp_path: Path, width: int, frame: bytes, expected: int) -> None:
    pcm = read_wav(_write_raw(tmp_path / "w.wav", frame * 1600, channels=1, width=width, rate=RATE))
    assert len(pcm.samples) == 1600 and set(pcm.samples) == {expected}


def test_not_a_wav(tmp_path: Path) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(b"ID3 this is an mp3")
    with pytest.raises(BadWav):
        read_wav(path)


def test_trim_keeps_the_sound_and_a_little_margin() -> None:
    pcm = join([silence(300), _tone(200), silence(500)])
    cut = trimmed(pcm, keep_ms=10)
    assert 0.2 <= cut.seconds <= 0.2 + 0.02 + 0.001
    assert abs(cut.samples[0]) < 50 and abs(cut.samples[-1]) < 50  # faded: no click at the joins
    assert trimmed(silence(100)).samples == array("h")


def test_volume_scaling_clamps() -> None:
    loud = Pcm(array("h", [30000, -30000, 100]))
    assert list(scaled(loud, 2.0).samples) == [32767, -32768, 200]
    assert list(scaled(loud, 0.5).samples) == [15000, -15000, 50]
