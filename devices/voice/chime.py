"""The chime before a call: a two-note "ding-dong" made in code, so no file can go missing.

A centre can replace it with its own `chime.wav` in the recordings folder."""

from __future__ import annotations

import math
from array import array
from pathlib import Path

from devices.voice.wav import RATE, Pcm, read_wav

# E5 then C5: the falling major third most hall chimes use; each note rings out for 0.6 s.
_NOTES = ((659.25, 0.0), (523.25, 0.45))
_RING_S = 0.6
_LEVEL = 0.35  # of full scale: loud enough over a hall, well below clipping when notes overlap


def default_chime() -> Pcm:
    length = int(RATE * (_NOTES[-1][1] + _RING_S))
    mix = [0.0] * length
    for frequency, start_s in _NOTES:
        start = int(RATE * start_s)
        for index in range(int(RATE * _RING_S)):
            t = index / RATE
            left = _RING_S - t
            # 5 ms attack and a 60 ms taper at the end of the ring: neither edge clicks
            envelope = math.exp(-5.0 * t) * min(1.0, t / 0.005, left / 0.06)
            tone = math.sin(2 * math.pi * frequency * t) + 0.3 * math.sin(4 * math.pi * frequency * t)
            mix[start + index] += envelope * tone
    return Pcm(array("h", (round(value * _LEVEL / 1.3 * 32767) for value in mix)))


def load_chime(folder: Path | None) -> Pcm:
    """The centre's chime.wav from its recordings folder if there is one, else the built-in chime."""
    if folder is not None and (folder / "chime.wav").is_file():
        return read_wav(folder / "chime.wav")
    return default_chime()
