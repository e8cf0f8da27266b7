"""The shipped clip set, the centre's own recordings, and a whole call rendered from clips."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from devices.voice.chime import default_chime
from devices.voice.clips import CHIME_GAP_MS, ClipLibrary, check_library, default_clip_dir, render_call
from devices.voice.wav import RATE, Pcm, join, read_wav, silence, write_wav
from kiosk_desktop.errors import ConfigError, VoiceClipsMissing
from kiosk_desktop.voice import Clip, VoiceSettings, call_plan, vocabulary


def _frames(path: Path) -> int:
    """Length read straight from the file header, not through the code under test."""
    with wave.open(str(path), "rb") as reader:
        return reader.getnframes()


def test_shipped_clips_are_small_16k_mono_and_listed() -> None:
    folder = default_clip_dir()
    wavs = {path.stem for path in folder.glob("*.wav")}
    listed = dict(line.split("\t") for line in (folder / "words.txt").read_text("utf-8").splitlines())
    assert set(listed) == wavs
    for name, text in listed.items():
        assert Clip(text).name == name
        with wave.open(str(folder / f"{name}.wav"), "rb") as reader:
            assert (reader.getnchannels(), reader.getsampwidth(), reader.getframerate()) == (1, 2, 16_000)
            assert 0.05 < reader.getnframes() / RATE < 3.0, name  # trimmed: a word, not a word plus silence
    assert sum(path.stat().st_size for path in folder.glob("*.wav")) < 1_000_000


@pytest.mark.parametrize(("zero_tens", "thousand"), [("linh", "nghìn"), ("lẻ", "ngàn")])
def test_shipped_set_says_every_call(zero_tens: str, thousand: str) -> None:
    check_library(VoiceSettings(zero_tens=zero_tens, thousand=thousand), ClipLibrary())  # raises if not


def test_call_length_is_chime_plus_repeats_of_the_clips() -> None:
    voice = VoiceSettings(repeat=2, word_gap_ms=40, repeat_gap_ms=700)
    folder = default_clip_dir()
    plan = call_plan("A105", 3, voice)
    phrase = sum(_frames(folder / f"{clip.name}.wav") for clip in plan) + (len(plan) - 1) * 40 * RATE // 1000
    chime = len(default_chime().samples) + CHIME_GAP_MS * RATE // 1000
    pcm = render_call("A105", 3, voice, ClipLibrary())
    assert len(pcm.samples) == chime + 2 * phrase + 700 * RATE // 1000
    bare = render_call("A105", 3, voice.model_copy(update={"chime": False, "repeat": 1}), ClipLibrary())
    assert len(bare.samples) == phrase
    assert 3.0 < bare.seconds < 8.0  # about how long espeak-ng takes to say the sentence in one go


def test_own_recording_replaces_one_clip(tmp_path: Path) -> None:
    own = tmp_path / "giong-rieng"
    own.mkdir()
    recorded = join([silence(200), _loud(600), silence(400)])  # with the silence a phone leaves around it
    write_wav(own / "ba.wav", recorded)
    voice = VoiceSettings(chime=False, repeat=1, clips_dir=str(own))
    default = render_call("A105", 3, voice.model_copy(update={"clips_dir": None}), ClipLibrary())
    mine = render_call("A105", 3, voice, ClipLibrary.from_settings(voice))
    default_ba = _frames(default_clip_dir() / "ba.wav")
    grown = len(mine.samples) - len(default.samples) + default_ba
    assert abs(grown - 0.6 * RATE) <= 0.021 * RATE  # the 600 ms word, trimmed, plus a 10 ms margin each side
    library = ClipLibrary.from_settings(voice)
    assert library.is_own(Clip("ba")) and not library.is_own(Clip("hai"))


def test_own_chime(tmp_path: Path) -> None:
    write_wav(tmp_path / "chime.wav", _loud(100))
    voice = VoiceSettings(repeat=1, clips_dir=str(tmp_path))
    with_chime = render_call("A1", 1, voice, ClipLibrary.from_settings(voice))
    without = render_call("A1", 1, voice.model_copy(update={"chime": False}), ClipLibrary.from_settings(voice))
    assert len(with_chime.samples) - len(without.samples) == (100 + CHIME_GAP_MS) * RATE // 1000


def test_a_missing_phrase_is_said_word_by_word(tmp_path: Path) -> None:
    defaults = tmp_path / "defaults"
    defaults.mkdir()
    for text in ("đến", "quầy", "số", "a", "một", "ba"):
        write_wav(defaults / f"{Clip(text).name}.wav", _loud(100))
    library = ClipLibrary(default_dir=defaults)
    voice = VoiceSettings(template="{số} đến quầy số {quầy}", chime=False, repeat=1, word_gap_ms=0)
    assert render_call("A1", 3, voice, library).seconds == pytest.approx(0.6)


def test_a_template_with_unrecorded_words_is_refused_at_start() -> None:
    voice = VoiceSettings(template="Kính mời quý khách số {số} đến quầy {quầy}")
    with pytest.raises(VoiceClipsMissing) as caught:
        check_library(voice, ClipLibrary())
    assert "kinhs_mowif_quys_khachs_soos.wav" in caught.value.message


def test_broken_own_recording_and_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "ba.wav").write_bytes(b"RIFF broken")
    voice = VoiceSettings(clips_dir=str(tmp_path))
    with pytest.raises(ConfigError, match=r"ba\.wav"):
        render_call("A1", 3, voice, ClipLibrary.from_settings(voice))
    with pytest.raises(ConfigError, match="clips_dir"):
        ClipLibrary.from_settings(VoiceSettings(clips_dir=str(tmp_path / "nope")))


def test_every_vocabulary_clip_loads() -> None:
    library = ClipLibrary()
    for clip in vocabulary(VoiceSettings()):
        assert library.pieces(clip)[0].seconds > 0.05
    assert read_wav(default_clip_dir() / "ba.wav").seconds > 0.1


def _loud(ms: int) -> Pcm:
    from array import array

    return Pcm(array("h", [8000, -8000] * (RATE * ms // 2000)))
