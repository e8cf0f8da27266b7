"""Frame templates: control bytes, formatted fields, checksums, recognising frames in received bytes."""

from __future__ import annotations

import pytest

from devices.serial.frames import FrameTemplate, TemplateError, checksum_bytes


def test_control_bytes_fields_and_a_hand_computed_xor() -> None:
    template = FrameTemplate.parse("<STX>{address:02d}S{number:>6}<ETX>{checksum}", "xor")
    frame = template.encode(address=3, number="A105")
    # XOR of "03S  A105" and ETX, worked out by hand: 0x26 ('&'); the STX is not covered.
    assert frame == b"\x0203S  A105\x03&"


def test_hand_computed_sum_hex() -> None:
    template = FrameTemplate.parse("<STX>{address:03d}D{number:>6}<ETX>{checksum}", "sum-hex")
    # 0x30+0x30+0x33+0x44+0x20+0x20+0x41+0x31+0x30+0x35+0x03 = 0x1F1 -> low byte F1
    assert template.encode(address=3, number="A105") == b"\x02003D  A105\x03F1"


def test_hex_byte_tokens_and_plain_text() -> None:
    template = FrameTemplate.parse("<x1B>@{address}:{number}<CR><LF>")
    assert template.encode(address=12, number="B7") == b"\x1b@12:B7\r\n"
    assert template.checksum == "none"


def test_recognises_its_own_frames_and_reads_the_fields() -> None:
    template = FrameTemplate.parse("<STX>{address:02d}K{key:1}{argument}<ETX>{checksum}", "xor-hex")
    frame = template.encode(address=7, key="5", argument="HT")
    match = template.regex.search(b"noise" + frame + b"more")
    assert match is not None and match.group(0) == frame
    assert template.decode(match) == {"address": "07", "key": "5", "argument": "HT", "checksum": frame[-2:].decode()}


def test_a_corrupted_frame_fails_its_checksum() -> None:
    template = FrameTemplate.parse("<STX>{address:02d}R{level:1}<ETX>{checksum}", "sum")
    frame = bytearray(template.encode(address=1, level=4))
    frame[4] = ord("5")  # the level changed on the line
    match = template.regex.search(bytes(frame))
    assert match is not None and template.decode(match) is None


@pytest.mark.parametrize(
    ("text", "checksum"),
    [
        ("<STX>{adress}<ETX>", "none"),  # misspelt field
        ("<SOH>{address}", "none"),  # unknown control name
        ("{address}<ETX>", "crc16"),  # unknown checksum
        ("{address}<ETX>", "xor"),  # checksum asked for, no place for it
        ("số {number}", "none"),  # not ASCII
    ],
)
def test_bad_templates(text: str, checksum: str) -> None:
    with pytest.raises(TemplateError):
        FrameTemplate.parse(text, checksum)


def test_checksum_kinds() -> None:
    data = bytes([0x01, 0x02, 0xFF])
    assert checksum_bytes("xor", data) == bytes([0xFC])
    assert checksum_bytes("sum", data) == bytes([0x02])
    assert checksum_bytes("xor-hex", data) == b"FC"
    assert checksum_bytes("sum-hex", data) == b"02"
    assert checksum_bytes("none", data) == b""
