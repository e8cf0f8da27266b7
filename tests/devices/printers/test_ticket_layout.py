"""Ticket bytes for both render modes and both paper widths, decoded back and checked against what a
ticket must carry (the decoder in escpos_reader.py follows the command reference, not our writer)."""

from __future__ import annotations

import unicodedata

import pytest

from devices.printers import open_printer, ticket_bytes
from devices.printers.escpos_setup import Dummy
from kiosk_desktop.errors import ConfigError
from tests.devices.printers.conftest import CENTRE, DOTS, make_slip, read_paper

KB10 = 10 * 1024


@pytest.mark.parametrize("paper_mm", [80, 58])
def test_raster_ticket_is_pictures_plus_a_native_number(paper_mm: int) -> None:
    data = ticket_bytes(make_slip(), paper_mm, mode="raster")
    paper = read_paper(data, paper_mm)
    assert data.startswith(b"\x1b@"), "every job starts by resetting the printer (ESC @)"
    assert data.endswith(b"\x1dV\x00") and (paper.inits, paper.cuts) == (1, 1)
    assert paper.texts == ["A012"], "only the number is printer text; every Vietnamese line is a picture"
    number = paper.lines[0]
    assert number.width_scale == number.height_scale == 6 and number.bold and number.align == 1
    assert len(number.text) * 12 * number.width_scale <= DOTS[paper_mm]
    # centre (2 lines), rule, title, service, waiting, time, QR, footer
    assert len(paper.rasters) >= 9
    for raster in paper.rasters:
        assert raster.image.width <= DOTS[paper_mm] and raster.image.width % 8 == 0
        assert raster.align == 1


@pytest.mark.parametrize("paper_mm", [80, 58])
def test_raster_commands_are_what_python_escpos_sends_for_the_same_picture(paper_mm: int) -> None:
    paper = read_paper(ticket_bytes(make_slip(), paper_mm), paper_mm)
    for raster in paper.rasters:
        reference = Dummy(profile="TM-T20II")
        reference.image(raster.image, impl="bitImageRaster", center=False)
        assert reference.output == raster.raw


@pytest.mark.parametrize("priority", [None, "Người có công với cách mạng"])
def test_an_80_mm_raster_ticket_stays_under_10_kb(priority: str | None) -> None:
    """~10 s at 9600 baud; a whole-page picture would be ~30 KB (TECH_NOTES)."""
    data = ticket_bytes(make_slip(priority_label=priority, waiting_ahead=123), 80, mode="raster")
    assert len(data) <= KB10


@pytest.mark.parametrize("paper_mm", [80, 58])
def test_tcvn3_ticket_reads_back_as_the_vietnamese_text(paper_mm: int) -> None:
    slip = make_slip(priority_label="Người cao tuổi")
    paper = read_paper(ticket_bytes(slip, paper_mm, mode="tcvn3", profile="TM-T20II"), paper_mm)
    texts = paper.texts
    rule = next(i for i, text in enumerate(texts) if set(text) == {"-"})
    assert " ".join(texts[:rule]) == CENTRE
    big = [line for line in paper.lines if line.width_scale == 6]
    assert [line.text for line in big] == ["A012"]
    service = [line.text for line in paper.lines if line.width_scale == 2]
    assert " ".join(service) == "Chứng thực bản sao"
    inverted = [line.text for line in paper.lines if line.invert]
    assert inverted == [" ƯU TIÊN "]
    assert texts[texts.index(" ƯU TIÊN ") + 1] == "Người cao tuổi"
    for expected in ("SỐ THỨ TỰ CỦA BẠN", "Số người đang chờ trước bạn: 5", "Thời gian: 02/03/2026 08:15"):
        assert expected in texts
    assert " ".join(texts[-2:]) == slip.footer or texts[-1] == slip.footer
    assert all("\ufffd" not in text and "?" not in text for text in texts)
    assert set(paper.code_pages) <= {30, 31}
    for line in paper.lines:
        assert len(line.text) * 12 * line.width_scale <= DOTS[paper_mm], line.text
    assert [(qr.payload, qr.module, qr.ec) for qr in paper.qrs] == [("MOTCUA:T:42", 3, 1)]


def test_text_is_nfc_normalised_before_printing() -> None:
    decomposed = unicodedata.normalize("NFD", "Hộ tịch - Đăng ký khai sinh")
    composed = unicodedata.normalize("NFC", decomposed)
    for mode, profile in (("raster", None), ("tcvn3", "TM-T20II")):
        assert ticket_bytes(make_slip(service_name=decomposed), mode=mode, profile=profile) == ticket_bytes(
            make_slip(service_name=composed), mode=mode, profile=profile
        )


def test_wording_for_nobody_ahead_header_and_hidden_lines() -> None:
    slip = make_slip(waiting_ahead=0, header="UBND PHƯỜNG HỒNG BÀNG", qr_payload=None, footer="")
    paper = read_paper(ticket_bytes(slip, 80, mode="tcvn3", profile="TM-T20II"), 80)
    assert paper.texts[0] == "UBND PHƯỜNG HỒNG BÀNG"
    assert "Chưa có ai chờ trước bạn" in paper.texts
    assert paper.qrs == [] and paper.texts[-1] == "Thời gian: 02/03/2026 08:15"
    hidden = read_paper(ticket_bytes(make_slip(show_waiting=False), 80, mode="tcvn3", profile="TM-T20II"), 80)
    assert not any("chờ trước" in text for text in hidden.texts)


def test_long_names_wrap_into_even_lines() -> None:
    name = "Trung tâm Phục vụ hành chính công xã Tân Phước Hưng, huyện Phụng Hiệp, tỉnh Hậu Giang"
    paper = read_paper(ticket_bytes(make_slip(centre_name=name), 58, mode="tcvn3", profile="TM-T20II"), 58)
    rule = next(i for i, text in enumerate(paper.texts) if set(text) == {"-"})
    lines = paper.texts[:rule]
    assert " ".join(lines) == name and len(lines) == 3
    assert all(len(line) <= 32 for line in lines)
    assert min(len(line) for line in lines) >= 0.5 * max(len(line) for line in lines), lines


def test_a_long_number_is_scaled_down_to_fit_58_mm() -> None:
    paper = read_paper(ticket_bytes(make_slip(number="ABCD0123"), 58), 58)
    number = paper.lines[0]
    assert number.text == "ABCD0123" and number.width_scale >= 3
    assert 8 * 12 * number.width_scale <= 384


def test_tcvn3_needs_a_profile_that_has_the_code_pages() -> None:
    with pytest.raises(ConfigError, match="TCVN-3"):
        open_printer("sim://", profile="POS-5890", mode="tcvn3")
    with pytest.raises(ConfigError, match="raster hoặc tcvn3"):
        open_printer("sim://", mode="utf8")
