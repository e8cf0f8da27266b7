"""Column detection from header texts as provinces spell them."""

from __future__ import annotations

import pytest

from kiosk_desktop.catalogue.columns import Role, find_header, role_of


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("STT", Role.STT),
        ("Tên TTHC", Role.NAME),
        ("TÊN THỦ TỤC HÀNH CHÍNH", Role.NAME),
        ("Mã TTHC", Role.CODE),
        ("Mã số thủ tục", Role.CODE),
        ("ma  tthc", Role.CODE),
        ("Lĩnh vực", Role.FIELD),
        ("Tên lĩnh vực", Role.FIELD),
        ("Quyết định công bố", Role.DECISION),
        ("Thời hạn giải quyết", Role.TIME_LIMIT),
        ("Thời hạn giải quyết (ngày làm việc)", Role.TIME_LIMIT),
        ("Đơn vị tính", Role.UNIT),
        ("Mức độ DVC", Role.ONLINE_LEVEL),
        ("Dịch vụ công trực tuyến", Role.ONLINE_LEVEL),
        ("Phí, lệ phí", Role.FEE),
        ("Phí (nộp trực tuyến)", Role.FEE),
        ("Bưu chính", Role.POST),
        ("Tiếp nhận, trả kết quả qua bưu chính công ích", Role.POST),
        ("Cơ quan thực hiện", None),
        ("Đơn vị thực hiện", None),
        ("", None),
    ],
)
def test_roles(header: str, role: Role | None) -> None:
    assert role_of(header) == role


def test_header_row_is_found_below_a_title() -> None:
    rows = [
        (1, ["DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ", None, None]),
        (2, ["(Kèm theo Quyết định số ...)", None, None]),
        (3, [None, None, None]),
        (4, ["STT", "Tên TTHC", "Mã TTHC", "Cơ quan thực hiện", "Tên TTHC"]),
    ]
    header = find_header(rows)
    assert header is not None
    assert header.row == 4
    assert header.columns == {Role.STT: 0, Role.NAME: 1, Role.CODE: 2}
    assert header.ignored == ["Cơ quan thực hiện", "Tên TTHC"]  # a second name column is not read


def test_no_header_without_name_and_code() -> None:
    assert find_header([(1, ["STT", "Tên TTHC", "Lĩnh vực"])]) is None
