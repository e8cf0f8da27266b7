"""Shared ticket slips and the TCVN-3 decoding tables for printer tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from devices.printers.escpos_setup import code_page_table
from kiosk_desktop.devices_api import TicketSlip
from tests.devices.printers.escpos_reader import Paper, read

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
DOTS = {80: 576, 58: 384}
CENTRE = "Trung tâm Phục vụ hành chính công phường Hồng Bàng"


def make_slip(**changes: object) -> TicketSlip:
    values: dict[str, object] = {
        "ticket_id": 42,
        "centre_name": CENTRE,
        "service_name": "Chứng thực bản sao",
        "number": "A012",
        "priority_label": None,
        "waiting_ahead": 5,
        "issued_at": datetime(2026, 3, 2, 8, 15, tzinfo=ZONE),
        "footer": "Vui lòng chờ đến lượt. Xin cảm ơn!",
        "qr_payload": "MOTCUA:T:42",
    }
    values.update(changes)
    return TicketSlip(**values)  # type: ignore[arg-type]


def tcvn3_decoding() -> dict[int, dict[int, str]]:
    """Code pages 30 and 31 as python-escpos' capabilities list them, with the documented fix:
    byte 0xA7 of the capitals page is Đ (U+0110), not Ð (U+00D0)."""
    pages: dict[int, dict[int, str]] = {}
    for number, name in ((30, "TCVN-3-1"), (31, "TCVN-3-2")):
        table = code_page_table(name)
        pages[number] = {0x80 + i: ch for i, ch in enumerate(table) if ch != " "}
    pages[31][0xA7] = "\u0110"
    return pages


def read_paper(data: bytes, paper_mm: int) -> Paper:
    return read(data, DOTS[paper_mm], tcvn3_decoding())


@pytest.fixture
def slip() -> TicketSlip:
    return make_slip()
