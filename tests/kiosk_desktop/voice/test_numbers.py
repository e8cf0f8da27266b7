"""Vietnamese number reading: a hand-written table of the irregular forms, then properties over 0-9999."""

from __future__ import annotations

import pytest

from kiosk_desktop.voice.numbers import NumberWords, read_digits, read_number

# Written by hand from Vietnamese usage, not produced by the code under test.
HAND_TABLE = {
    0: "không",
    1: "một",
    4: "bốn",
    5: "năm",
    9: "chín",
    10: "mười",
    11: "mười một",
    14: "mười bốn",
    15: "mười lăm",
    19: "mười chín",
    20: "hai mươi",
    21: "hai mươi mốt",
    24: "hai mươi tư",
    25: "hai mươi lăm",
    31: "ba mươi mốt",
    44: "bốn mươi tư",
    45: "bốn mươi lăm",
    50: "năm mươi",
    51: "năm mươi mốt",
    55: "năm mươi lăm",
    70: "bảy mươi",
    81: "tám mươi mốt",
    99: "chín mươi chín",
    100: "một trăm",
    101: "một trăm linh một",
    104: "một trăm linh bốn",
    105: "một trăm linh năm",
    109: "một trăm linh chín",
    110: "một trăm mười",
    111: "một trăm mười một",
    114: "một trăm mười bốn",
    115: "một trăm mười lăm",
    120: "một trăm hai mươi",
    121: "một trăm hai mươi mốt",
    125: "một trăm hai mươi lăm",
    200: "hai trăm",
    205: "hai trăm linh năm",
    345: "ba trăm bốn mươi lăm",
    500: "năm trăm",
    555: "năm trăm năm mươi lăm",
    904: "chín trăm linh bốn",
    999: "chín trăm chín mươi chín",
    1000: "một nghìn",
    1001: "một nghìn không trăm linh một",
    1005: "một nghìn không trăm linh năm",
    1010: "một nghìn không trăm mười",
    1012: "một nghìn không trăm mười hai",
    1015: "một nghìn không trăm mười lăm",
    1021: "một nghìn không trăm hai mươi mốt",
    1050: "một nghìn không trăm năm mươi",
    1100: "một nghìn một trăm",
    1105: "một nghìn một trăm linh năm",
    1234: "một nghìn hai trăm ba mươi tư",
    2000: "hai nghìn",
    2024: "hai nghìn không trăm hai mươi tư",
    2025: "hai nghìn không trăm hai mươi lăm",
    5555: "năm nghìn năm trăm năm mươi lăm",
    7001: "bảy nghìn không trăm linh một",
    9999: "chín nghìn chín trăm chín mươi chín",
    10000: "mười nghìn",
    15000: "mười lăm nghìn",
    21001: "hai mươi mốt nghìn không trăm linh một",
    100000: "một trăm nghìn",
    105500: "một trăm linh năm nghìn năm trăm",
    999999: "chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
}

SOUTH = NumberWords(zero_tens="lẻ", thousand="ngàn")
SOUTH_TABLE = {
    105: "một trăm lẻ năm",
    1000: "một ngàn",
    1005: "một ngàn không trăm lẻ năm",
    2024: "hai ngàn không trăm hai mươi tư",
}

DIGIT_VALUE = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
ALL_READINGS = {n: read_number(n) for n in range(10_000)}


@pytest.mark.parametrize(("value", "expected"), sorted(HAND_TABLE.items()))
def test_hand_table(value: int, expected: str) -> None:
    assert " ".join(read_number(value)) == expected


@pytest.mark.parametrize(("value", "expected"), sorted(SOUTH_TABLE.items()))
def test_southern_words(value: int, expected: str) -> None:
    assert " ".join(read_number(value, SOUTH)) == expected


def _parse(words: list[str]) -> int:
    """An independent reader of Vietnamese numbers (the reverse direction), used as the oracle."""
    total, group, last = 0, 0, 0
    for word in words:
        if word in DIGIT_VALUE:
            last = DIGIT_VALUE[word]
            group += last
        elif word in {"mốt", "tư", "lăm"}:
            group += {"mốt": 1, "tư": 4, "lăm": 5}[word]
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group += last * 9  # the digit was added as units; it is tens
        elif word == "trăm":
            group += last * 99
        elif word in {"nghìn", "ngàn"}:
            total, group = (total + group) * 1000, 0
        elif word not in {"linh", "lẻ"}:
            raise AssertionError(f"unexpected word {word!r}")
    return total + group


def test_every_reading_parses_back_to_its_number() -> None:
    assert all(_parse(words) == n for n, words in ALL_READINGS.items())
    assert len({" ".join(words) for words in ALL_READINGS.values()}) == 10_000


def test_irregular_units_only_after_tens() -> None:
    for n, words in ALL_READINGS.items():
        for index, word in enumerate(words):
            before = words[index - 1] if index else None
            if word in {"mốt", "tư"}:
                assert before == "mươi", n
            if word == "lăm":
                assert before in {"mười", "mươi"}, n
            if word == "năm" and before in {"mười", "mươi"}:
                raise AssertionError(f"{n}: năm after {before}")
            if word == "một" and before == "mươi":
                raise AssertionError(f"{n}: một after mươi")


def test_linh_only_for_a_zero_tens_digit_and_single_last_digit() -> None:
    for n, words in ALL_READINGS.items():
        has_linh = "linh" in words
        assert has_linh == (n >= 100 and n % 100 != 0 and n % 100 < 10), n
        if has_linh:
            assert words[-3] == "trăm" and words[-2] == "linh" and words[-1] in DIGIT_VALUE, n


def test_khong_tram_exactly_when_thousands_have_a_zero_hundreds_digit() -> None:
    for n, words in ALL_READINGS.items():
        said = " ".join(words)
        assert ("không trăm" in said) == (n >= 1000 and 0 < n % 1000 < 100), n
        assert ("không" in words) == (n == 0 or "không trăm" in said), n


def test_muoi_forms_follow_the_tens_digit() -> None:
    for n, words in ALL_READINGS.items():
        tens = n // 10 % 10
        assert ("mười" in words) == (tens == 1), n
        assert ("mươi" in words) == (tens >= 2), n
        assert words.count("trăm") == (1 if n >= 100 and n % 1000 else 0), n


def test_out_of_range_is_refused() -> None:
    for value in (-1, 1_000_000):
        with pytest.raises(ValueError):
            read_number(value)


def test_digit_by_digit() -> None:
    assert read_digits("0105") == ["không", "một", "không", "năm"]
    with pytest.raises(ValueError):
        read_digits("1a")
