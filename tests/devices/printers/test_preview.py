"""The preview shows what the bytes print: decode the raster commands, lay them on paper where a
printer would, and compare dot for dot with the preview PNG. Printer-font text (the big number,
TCVN-3 lines) cannot be decoded to dots: its cells must hold ink in the preview, nothing else."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageDraw

from devices.printers import render_ticket_png, ticket_bytes
from kiosk_desktop.devices_api import TicketSlip
from tests.devices.printers.conftest import DOTS, make_slip, read_paper
from tests.devices.printers.escpos_reader import Paper

WHITE = 255


def printed_page(paper: Paper) -> Image.Image:
    page = Image.new("1", (paper.dots, paper.height), WHITE)
    for raster in paper.rasters:
        page.paste(raster.image, (raster.x, raster.y))
    return page


def text_cells(paper: Paper) -> list[tuple[int, int, int, int]]:
    boxes = []
    for line in paper.lines:
        width = len(line.text) * 12 * line.width_scale
        x = (paper.dots - width) // 2 if line.align == 1 else (paper.dots - width if line.align == 2 else 0)
        boxes.append((x, line.y, x + width, line.y + 24 * line.height_scale))
    for qr in paper.qrs:  # drawn by the printer too: only its place can be checked
        boxes.append((0, qr.y, paper.dots, qr.y + qr.module * 40))
    return boxes


def assert_preview_shows_bytes(preview: Image.Image, data: bytes, paper_mm: int) -> None:
    paper = read_paper(data, paper_mm)
    assert preview.width == DOTS[paper_mm]
    margin = (preview.height - paper.height) // 2
    assert margin >= 0 and preview.height - paper.height == 2 * margin, "same height, equal margins"
    shown = preview.convert("1").crop((0, margin, preview.width, margin + paper.height))
    printed = printed_page(paper)
    for box in text_cells(paper):
        cell = shown.crop(box).convert("L")
        assert cell.getextrema()[0] == 0, f"no ink in the preview where the printer prints text at {box}"
        for page in (shown, printed):
            ImageDraw.Draw(page).rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=WHITE)
    difference = ImageChops.difference(shown.convert("L"), printed.convert("L")).getbbox()
    assert difference is None, f"preview and bytes differ in {difference}"


@pytest.mark.parametrize("paper_mm", [80, 58])
@pytest.mark.parametrize(("mode", "profile"), [("raster", None), ("tcvn3", "TM-T20II"), ("tcvn3", None)])
@pytest.mark.parametrize("slip", [make_slip(), make_slip(priority_label="Phụ nữ mang thai", header="UBND XÃ")])
def test_preview_matches_decoded_bytes(paper_mm: int, mode: str, profile: str | None, slip: TicketSlip) -> None:
    preview = render_ticket_png(slip, paper_mm, mode=mode, profile=profile)
    assert_preview_shows_bytes(preview, ticket_bytes(slip, paper_mm, mode=mode, profile=profile), paper_mm)


def test_a_changed_picture_is_caught() -> None:
    """The comparison is not blind: flip one dot of the preview and it fails."""
    slip = make_slip()
    preview = render_ticket_png(slip, 80).convert("1")
    paper = read_paper(ticket_bytes(slip, 80), 80)
    first = paper.rasters[0]
    margin = (preview.height - paper.height) // 2
    spot = (first.x + first.image.width // 2, margin + first.y + first.image.height // 2)
    preview.putpixel(spot, 0 if preview.getpixel(spot) else 255)
    with pytest.raises(AssertionError, match="differ"):
        assert_preview_shows_bytes(preview, ticket_bytes(slip, 80), 80)
