"""The self-test page: every tone mark on every vowel, upper and lower case, a pangram, digits,
the printer settings and a QR code. IT prints it once per printer and keeps it.

The Vietnamese is always printed as pictures (the reference); when the profile lists the TCVN-3
code pages the same lines follow in the printer's own font, so one page shows whether `tcvn3`
mode can be used on this model."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from devices.printers.document import BigText, Document, Gap, Item
from devices.printers.escpos_setup import PrinterModel
from devices.printers.lines import RasterLines, TextLines

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # ngang, sắc, huyền, hỏi, ngã, nặng
#: Uses all 29 letters of the Vietnamese alphabet.
PANGRAM = "Bác sĩ Quyết vừa xem kỹ đơn, dặn ghi rõ: Phương ở phố Đậu, giàu lòng, tươi tắn."
DIGITS = "0123456789  ,.;:!?()/-+%"
QR_TEXT = "MOTCUA:TEST"


def vowel_rows() -> list[str]:
    """'a á à ả ã ạ | A Á À Ả Ã Ạ' for each vowel, NFC (one code point per letter)."""
    rows = []
    for vowel in VOWELS:
        lower = [unicodedata.normalize("NFC", vowel + tone) for tone in TONES]
        rows.append(" ".join(lower) + " | " + " ".join(letter.upper() for letter in lower))
    return rows


def selftest_document(model: PrinterModel, mode: str, printer_name: str, now: datetime) -> Document:
    pictures = RasterLines(model)
    size = 22 if model.paper_mm == 80 else 18
    doc = Document(model)
    doc.add(*pictures.block("TRANG IN THỬ MÁY IN PHIẾU", size + 4, bold=True), Gap(8))
    for line in (
        f"Máy in: {printer_name}",
        f"Mẫu máy in (profile): {model.label}",
        f"Khổ giấy {model.paper_mm} mm, {model.dots} điểm/dòng",
        f"Chế độ in: {mode}",
        f"In lúc {now:%d/%m/%Y %H:%M}",
    ):
        doc.add(*pictures.block(line, size, bold=False))
    doc.add(Gap(10), *pictures.rule(), Gap(10))
    doc.add(*_section(pictures, size, "Nguyên âm và dấu thanh (chữ vẽ sẵn):"))
    if model.tcvn3_pages is not None:
        doc.add(Gap(10), *pictures.rule(), Gap(10))
        doc.add(*pictures.block("Chữ của máy in, bảng mã TCVN-3 (phải giống phần trên):", size, bold=True))
        doc.add(Gap(6), *_section(TextLines(model), size, None))
    else:
        doc.add(
            Gap(10), *pictures.block("Mẫu máy in này không có bảng mã TCVN-3: dùng chế độ raster.", size, bold=True)
        )
    doc.add(Gap(10), BigText("A012", 4), Gap(10), *pictures.qr(QR_TEXT))
    doc.add(Gap(8), *pictures.block("Quét mã QR phải ra: " + QR_TEXT, size, bold=False))
    return doc


def _section(lines: RasterLines | TextLines, size: int, heading: str | None) -> list[Item]:
    items: list[Item] = []
    if heading:
        items += lines.block(heading, size, bold=True)
        items.append(Gap(6))
    for row in vowel_rows():
        items += lines.block(row, size, bold=False)
    items.append(Gap(6))
    items += lines.block("đ Đ  " + DIGITS, size, bold=False)
    items.append(Gap(6))
    items += lines.block(PANGRAM, size, bold=False)
    items += lines.block(PANGRAM.upper(), size, bold=False)
    return items
