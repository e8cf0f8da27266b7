"""The self-test page carries every Vietnamese letter, in pictures and in the printer's TCVN-3 font."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from devices.printers import selftest_bytes, selftest_png
from devices.printers.document import Picture
from devices.printers.escpos_setup import printer_model
from devices.printers.selftest import PANGRAM, selftest_document
from tests.devices.printers.conftest import read_paper
from tests.devices.printers.test_preview import assert_preview_shows_bytes

NOW = datetime(2026, 3, 2, 8, 15)
ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"  # the 29 letters


def all_letters() -> set[str]:
    vowels, tones = "aăâeêioôơuưy", ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    lower = {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones} | {"đ"}
    return lower | {letter.upper() for letter in lower}


def test_printer_font_section_holds_every_letter_with_every_tone() -> None:
    paper = read_paper(selftest_bytes("sim://", 80, profile="TM-T20II", now=NOW), 80)
    printed = "".join(paper.texts)
    assert all_letters() <= set(printed)
    wrapped = " ".join(paper.texts)
    assert "\ufffd" not in printed
    assert PANGRAM in wrapped and PANGRAM.upper() in wrapped
    assert "0123456789" in printed


def test_picture_section_and_settings_lines() -> None:
    document = selftest_document(printer_model("TM-T20II", 58), "tcvn3", "serial://COM3", NOW)
    said = [item.text for item in document.items if isinstance(item, Picture)]
    assert all_letters() <= set("".join(said))
    for line in (
        "Máy in: serial://COM3",
        "Mẫu máy in (profile): TM-T20II",
        "Chế độ in: tcvn3",
        "In lúc 02/03/2026 08:15",
    ):
        assert line in said
    assert "[QR MOTCUA:TEST]" in said


def test_a_profile_without_tcvn3_says_so_instead_of_printing_garbage() -> None:
    document = selftest_document(printer_model("POS-5890", 58), "raster", "sim://", NOW)
    said = " ".join(item.text for item in document.items if isinstance(item, Picture))
    assert "không có bảng mã TCVN-3" in said
    paper = read_paper(selftest_bytes("sim://", 58, profile="POS-5890", now=NOW), 58)
    assert paper.texts == ["A012"] and paper.code_pages == []


def test_the_pangram_uses_the_whole_alphabet() -> None:
    def base(char: str) -> str:
        marks = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn make letters, tones do not
        parts = unicodedata.normalize("NFD", char.lower())
        return unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m in marks))

    assert {base(c) for c in PANGRAM if c.isalpha()} == set(ALPHABET)


def test_self_test_preview_matches_its_bytes() -> None:
    for paper_mm, profile in ((80, "TM-T20II"), (58, None)):
        preview = selftest_png("sim://", paper_mm, profile=profile, now=NOW)
        assert_preview_shows_bytes(preview, selftest_bytes("sim://", paper_mm, profile=profile, now=NOW), paper_mm)
