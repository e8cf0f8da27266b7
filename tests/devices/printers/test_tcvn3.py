"""TCVN-3 text: every Vietnamese letter round-trips, Đ lands where TCVN-3 has it, pages switch rarely."""

from __future__ import annotations

import logging
import unicodedata

import pytest

from devices.printers import tcvn3
from tests.devices.printers.conftest import tcvn3_decoding

PAGES = (30, 31)  # lower case, capitals (Epson TM-T20II numbering)
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def decode(data: bytes) -> str:
    tables = tcvn3_decoding()
    page, out, i = 0, [], 0
    while i < len(data):
        if data[i : i + 2] == b"\x1bt":
            page = data[i + 2]
            i += 3
            continue
        out.append(chr(data[i]) if data[i] < 0x80 else tables[page][data[i]])
        i += 1
    return "".join(out)


def every_letter() -> list[str]:
    letters = [unicodedata.normalize("NFC", vowel + tone) for vowel in VOWELS for tone in TONES]
    return [*letters, *(letter.upper() for letter in letters), "đ", "Đ"]


def test_every_vowel_with_every_tone_and_d_round_trip() -> None:
    letters = every_letter()
    assert len(letters) == 2 * 12 * 6 + 2
    for letter in letters:
        assert decode(tcvn3.encode(letter, PAGES)) == letter, letter


def test_capital_d_stroke_is_byte_a7_of_the_capitals_page() -> None:
    """python-escpos lists Ð (U+00D0) at that place; Đ (U+0110) is what Vietnamese needs."""
    assert tcvn3.encode("Đ", PAGES) == b"\x1bt\x1f\xa7"
    assert tcvn3.encode("đ", PAGES) == b"\x1bt\x1e\xae"


def test_pages_switch_only_when_the_case_changes() -> None:
    assert tcvn3.encode("A012 - 08:15", PAGES) == b"A012 - 08:15"
    assert tcvn3.encode("đi đâu đấy", PAGES).count(b"\x1bt") == 1
    sentence = "ĐẾN QUẦY số 3"
    data = tcvn3.encode(sentence, PAGES)
    assert data.count(b"\x1bt") == 2 and decode(data) == sentence


def test_decomposed_input_is_composed_first() -> None:
    decomposed = unicodedata.normalize("NFD", "Mời công dân số 0012 đến quầy 3")
    assert decode(tcvn3.encode(decomposed, PAGES)) == "Mời công dân số 0012 đến quầy 3"


def test_typographic_marks_become_ascii_and_the_rest_a_logged_question_mark(caplog: pytest.LogCaptureFixture) -> None:
    assert tcvn3.encode("Hộ tịch – “khai sinh”…", PAGES).endswith(b' - "khai sinh"...')
    with caplog.at_level(logging.WARNING, logger="devices.printers.tcvn3"):
        assert tcvn3.encode("5 €", PAGES) == b"5 ?"
    assert "U+20AC" in caplog.text
