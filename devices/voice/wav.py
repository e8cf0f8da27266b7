"""Plain PCM audio with the standard `wave` module: read any PCM WAV, join, write 16 kHz mono 16-bit.

Every clip is converted to one format on loading, so a centre's own recordings (often 44.1 kHz
stereo from a phone) can be joined with the shipped clips without any extra program."""

from __future__ import annotations

import io
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

RATE = 16_000
_SUPPORTED_WIDTHS = (1, 2, 3, 4)
FADE_MS = 4  # a trimmed clip can start mid-wave: a short fade stops the click at each join


class BadWav(ValueError):
    """Not a PCM WAV file this module can read."""


@dataclass(frozen=True)
class Pcm:
    """Mono signed 16-bit samples at RATE."""

    samples: array  # type: ignore[type-arg]  # array('h')

    @property
    def seconds(self) -> float:
        return len(self.samples) / RATE

    def to_wav(self) -> bytes:
        buffer = io.BytesIO()
        write_wav(buffer, self)
        return buffer.getvalue()


def silence(ms: int) -> Pcm:
    return Pcm(array("h", bytes(2 * (RATE * ms // 1000))))


def join(pieces: list[Pcm], gap_ms: int = 0) -> Pcm:
    """The pieces one after another with `gap_ms` of silence between them (not before or after)."""
    out = array("h")
    gap = silence(gap_ms).samples
    for index, piece in enumerate(pieces):
        if index and gap:
            out.extend(gap)
        out.extend(piece.samples)
    return Pcm(out)


def scaled(pcm: Pcm, factor: float) -> Pcm:
    if factor == 1.0:
        return pcm
    return Pcm(array("h", (_clamp(round(sample * factor)) for sample in pcm.samples)))


def read_wav(source: Path | BinaryIO) -> Pcm:
    """Load a PCM WAV of any rate, width and channel count as mono 16-bit at RATE."""
    if isinstance(source, Path):
        with source.open("rb") as file:
            return read_wav(file)
    try:
        with wave.open(source, "rb") as reader:
            channels, width, rate = reader.getnchannels(), reader.getsampwidth(), reader.getframerate()
            raw = reader.readframes(reader.getnframes())
    except (wave.Error, EOFError) as exc:
        raise BadWav(f"không đọc được tệp WAV: {exc}") from exc
    if width not in _SUPPORTED_WIDTHS:
        raise BadWav(f"độ sâu {8 * width} bit không hỗ trợ")
    samples = _to_16_bit(raw, width)
    if channels > 1:
        samples = _to_mono(samples, channels)
    if rate != RATE:
        samples = _resample(samples, rate, RATE)
    return Pcm(samples)


def write_wav(target: Path | BinaryIO, pcm: Pcm) -> None:
    if isinstance(target, Path):  # opened here: wave.open(path) leaves a broken object behind on OSError
        with target.open("wb") as file:
            write_wav(file, pcm)
        return
    data = pcm.samples
    if sys.byteorder == "big":  # WAV is little-endian
        data = array("h", data)
        data.byteswap()
    with wave.open(target, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(RATE)
        writer.writeframes(data.tobytes())


def trimmed(pcm: Pcm, threshold: int = 300, keep_ms: int = 10) -> Pcm:
    """Without leading and trailing quiet (below `threshold` of 32767), keeping `keep_ms` each side."""
    samples = pcm.samples
    loud = [index for index in (_first_loud(samples, threshold), _last_loud(samples, threshold)) if index is not None]
    if len(loud) < 2:
        return Pcm(array("h"))
    keep = RATE * keep_ms // 1000
    start, end = max(0, loud[0] - keep), min(len(samples), loud[1] + 1 + keep)
    return faded(Pcm(samples[start:end]))


def faded(pcm: Pcm, ms: int = FADE_MS) -> Pcm:
    samples = array("h", pcm.samples)
    length = min(len(samples) // 2, RATE * ms // 1000)
    for index in range(length):
        factor = index / length
        samples[index] = round(samples[index] * factor)
        samples[-1 - index] = round(samples[-1 - index] * factor)
    return Pcm(samples)


def _first_loud(samples: array, threshold: int) -> int | None:  # type: ignore[type-arg]
    return next((index for index, sample in enumerate(samples) if abs(sample) >= threshold), None)


def _last_loud(samples: array, threshold: int) -> int | None:  # type: ignore[type-arg]
    for index in range(len(samples) - 1, -1, -1):
        if abs(samples[index]) >= threshold:
            return index
    return None


def _to_16_bit(raw: bytes, width: int) -> array:  # type: ignore[type-arg]
    if width == 2:
        samples = array("h", raw[: len(raw) // 2 * 2])
        if sys.byteorder == "big":
            samples.byteswap()
        return samples
    if width == 1:  # 8-bit WAV is unsigned
        return array("h", ((byte - 128) << 8 for byte in raw))
    # 24- and 32-bit: keep the two most significant bytes of each little-endian sample
    starts = range(0, len(raw) - width + 1, width)
    return array("h", (int.from_bytes(raw[i + width - 2 : i + width], "little", signed=True) for i in starts))


def _to_mono(samples: array, channels: int) -> array:  # type: ignore[type-arg]
    frames = len(samples) // channels
    return array("h", (sum(samples[f * channels : (f + 1) * channels]) // channels for f in range(frames)))


def _resample(samples: array, source_rate: int, target_rate: int) -> array:  # type: ignore[type-arg]
    """Linear interpolation, after a moving-average low-pass when going down (speech survives it)."""
    if source_rate > target_rate:
        samples = _low_pass(samples, round(source_rate / target_rate))
    count = len(samples) * target_rate // source_rate
    if count == 0 or not samples:
        return array("h")
    ratio = source_rate / target_rate
    last = len(samples) - 1
    out = array("h", bytes(2 * count))
    for index in range(count):
        position = index * ratio
        left = min(int(position), last)
        right = min(left + 1, last)
        fraction = position - left
        out[index] = round(samples[left] + (samples[right] - samples[left]) * fraction)
    return out


def _low_pass(samples: array, width: int) -> array:  # type: ignore[type-arg]
    if width <= 1:
        return samples
    out = array("h", samples)
    running = 0
    for index, sample in enumerate(samples):
        running += sample
        if index >= width:
            running -= samples[index - width]
        out[index] = running // min(index + 1, width)
    return out


def _clamp(value: int) -> int:
    return max(-32768, min(32767, value))
