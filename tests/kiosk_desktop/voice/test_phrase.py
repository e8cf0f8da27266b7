"""The call phrase, the template setting, the clip plan and clip names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_desktop.errors import ConfigError
from kiosk_desktop.settings import load_settings
from kiosk_desktop.voice import VoiceSettings, call_plan, display_text, split_ticket, spoken_text, vocabulary
from kiosk_desktop.voice.words import LETTER_NAMES, clip_name

DEFAULT = VoiceSettings()


def test_the_phrase_of_the_issue() -> None:
    plan = call_plan("A105", 3, DEFAULT)
    assert spoken_text(plan) == "Mời công dân có số thứ tự a một trăm linh năm đến quầy số ba"
    assert display_text("a105", 3, DEFAULT) == "Mời công dân có số thứ tự A105 đến quầy số 3"


@pytest.mark.parametrize(
    ("number", "counter", "said"),
    [
        ("A001", 1, "a một đến quầy số một"),
        ("B015", 12, "bê mười lăm đến quầy số mười hai"),
        ("C1012", 21, "xê một nghìn không trăm mười hai đến quầy số hai mươi mốt"),
        ("LS24", 5, "e lờ ét xì hai mươi tư đến quầy số năm"),
        ("0012", 4, "mười hai đến quầy số bốn"),
    ],
)
def test_numbers_letters_and_counters(number: str, counter: int, said: str) -> None:
    assert spoken_text(call_plan(number, counter, DEFAULT)).endswith("số thứ tự " + said)


def test_digit_by_digit_setting_reads_the_ticket_only() -> None:
    digits = VoiceSettings(read_digits=True)
    text = spoken_text(call_plan("A105", 12, digits))
    assert text.endswith("số thứ tự a một không năm đến quầy số mười hai")


def test_custom_template_with_english_slot_names_and_southern_words() -> None:
    voice = VoiceSettings(template="Xin mời số {number} tới bàn {counter}", zero_tens="lẻ", thousand="ngàn")
    assert spoken_text(call_plan("A1005", 2, voice)) == "Xin mời số a một ngàn không trăm lẻ năm tới bàn hai"


def test_a_template_without_the_counter_is_allowed() -> None:
    assert spoken_text(call_plan("A7", 2, VoiceSettings(template="Mời số {số}"))) == "Mời số a bảy"


@pytest.mark.parametrize(
    "template",
    ["Mời công dân đến quầy {quầy}", "Mời {số} {số}", "Mời {ai} {số}", "Mời {số} quầy {quầy} {quầy}", "Mời { {số}"],
)
def test_bad_templates_are_refused(template: str) -> None:
    with pytest.raises(ValueError):
        VoiceSettings(template=template)


@pytest.mark.parametrize("bad", ["", "A", "A-1", "ABCDE1", "A1234567", "Ă12"])
def test_bad_ticket_numbers_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        split_ticket(bad)


def test_plan_clips_are_whole_fixed_parts_and_single_words() -> None:
    plan = call_plan("A105", 3, DEFAULT)
    assert [clip.text for clip in plan] == [
        "Mời công dân có số thứ tự", "a", "một", "trăm", "linh", "năm", "đến quầy số", "ba",
    ]  # fmt: skip
    assert [word.text for word in plan[0].words] == ["Mời", "công", "dân", "có", "số", "thứ", "tự"]


def test_clip_names_are_ascii_and_keep_tones_and_vowels_apart() -> None:
    assert clip_name("mười") != clip_name("mươi") != clip_name("muối")
    assert clip_name("Mời") == clip_name("mời")
    assert clip_name("đến quầy số") == "ddeens_quaayf_soos"
    names = [clip.name for clip in vocabulary(DEFAULT)]
    assert len(names) == len(set(names))
    assert all(name.isascii() and name.replace("_", "").isalnum() for name in names)


def test_vocabulary_covers_every_call() -> None:
    voice = VoiceSettings()
    names = {clip.name for clip in vocabulary(voice)}
    for number in ("A1", "Z9999", "QWXY105", "B0"):
        for counter in (1, 14, 25, 101):
            assert {clip.name for clip in call_plan(number, counter, voice)} <= names
    assert len(LETTER_NAMES) == 26


def test_voice_settings_from_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[voice]\nrepeat = 3\nread_digits = true\ntemplate = "Mời số {số} đến quầy {quầy}"\n', "utf-8")
    voice = load_settings(path).voice
    assert (voice.repeat, voice.read_digits, voice.backend) == (3, True, "clips")
    path.write_text("[voice]\nrepeat = 9\n", "utf-8")
    with pytest.raises(ConfigError, match=r"voice\.repeat"):
        load_settings(path)
    path.write_text('[voice]\ntemplate = "Mời đến quầy {quầy}"\n', "utf-8")
    with pytest.raises(ConfigError, match=r"dòng 2.*voice\.template"):
        load_settings(path)
