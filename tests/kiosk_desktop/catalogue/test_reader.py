"""Reading CSV and XLSX catalogue files written in tmp_path, with the row numbers staff see."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kiosk_desktop.catalogue.reader import read_catalogue
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.intake_terms import OnlineLevel, TimeUnit

HEADER = 'STT,Tên TTHC,Mã TTHC,Lĩnh vực,Quyết định công bố,Thời hạn giải quyết,Mức độ DVC,"Phí, lệ phí",Bưu chính'


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Danh mục") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_csv_with_every_column(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text(
        HEADER + "\n"
        '1,Đăng ký khai sinh,1.001193,Hộ tịch,QĐ 12/QĐ-UBND,Trong ngày,Toàn trình,"Miễn lệ phí",x\n'
        "2,Chứng thực di chúc,2.001019,Chứng thực,,02 ngày làm việc,,50.000 đồng,\n",
        encoding="utf-8-sig",  # Excel's "CSV UTF-8" starts with a BOM
    )
    parsed = read_catalogue(path)
    assert parsed.bad_rows == []
    birth, will = parsed.rows
    assert (birth.row, birth.code, birth.name, birth.field) == (2, "1.001193", "Đăng ký khai sinh", "Hộ tịch")
    assert (birth.decision, birth.online_level, birth.fee, birth.post_allowed) == (
        "QĐ 12/QĐ-UBND", OnlineLevel.TOAN_TRINH, "Miễn lệ phí", True
    )  # fmt: skip
    assert birth.time_limit is not None and (birth.time_limit.amount, birth.time_limit.unit) == (0, "working_days")
    assert will.time_limit is not None and (will.time_limit.amount, will.time_limit.unit) == (2, TimeUnit.WORKING_DAYS)
    assert (will.online_level, will.post_allowed) == (OnlineLevel.NONE, False)


def test_semicolon_csv_with_a_title_and_section_headings(tmp_path: Path) -> None:
    path = tmp_path / "tinh.csv"
    path.write_text(
        "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN CẤP XÃ;;;\n"
        ";;;\n"
        "TT;TÊN THỦ TỤC;MÃ SỐ THỦ TỤC;Thời hạn (ngày làm việc)\n"
        "I;LĨNH VỰC HỘ TỊCH;;\n"
        "1;Đăng ký khai tử;1.000656;0\n"
        "II;Lĩnh vực Chứng thực;;\n"
        "1;Chứng thực chữ ký;2.000884;1\n",
        encoding="utf-8",
    )
    parsed = read_catalogue(path)
    assert parsed.header.row == 3
    assert [(row.row, row.code, row.field) for row in parsed.rows] == [
        (5, "1.000656", "Hộ tịch"),
        (7, "2.000884", "Chứng thực"),
    ]
    assert parsed.rows[1].time_limit is not None
    assert (parsed.rows[1].time_limit.amount, parsed.rows[1].time_limit.unit) == (1, TimeUnit.WORKING_DAYS)


def test_bad_rows_carry_their_row_number_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "loi.csv"
    path.write_text(
        HEADER + "\n"
        "1,Đăng ký khai sinh,1.001193,Hộ tịch,,Trong ngày,,,\n"
        "2,Đăng ký kết hôn,1.00089,Hộ tịch,,Trong ngày,,,\n"  # a digit short
        "3,,1.000656,Hộ tịch,,Trong ngày,,,\n"
        "4,Đăng ký khai sinh (lần 2),1.001193,Hộ tịch,,Trong ngày,,,\n"
        "5,Tách thửa,1.012784,,,15 ngày làm việc,,,\n"
        "6,Chứng thực,2.000815,Chứng thực,,theo quy định,,,\n"
        "7,Tạm trú,1.004194,Cư trú,,03 ngày làm việc,nửa vời,,\n"
        "8,Ghi chú không có mã,,Hộ tịch,,,,,\n"
        "9,Đăng ký lại khai tử,,,,,,,\n"  # numbered like a procedure: not a title to skip
        "B,THỦ TỤC LIÊN THÔNG,,,,,,,\n",  # a title: skipped
        encoding="utf-8",
    )
    parsed = read_catalogue(path)
    assert [row.code for row in parsed.rows] == ["1.001193"]
    reasons = {bad.row: bad.reason for bad in parsed.bad_rows}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "sai định dạng" in reasons[3]
    assert reasons[4] == "thiếu tên thủ tục"
    assert reasons[5] == "mã 1.001193 trùng với dòng 2"
    assert "thiếu lĩnh vực" in reasons[6]
    assert "thời hạn" in reasons[7]
    assert "mức độ" in reasons[8]
    assert reasons[9] == reasons[10] == "thiếu mã TTHC"
    assert {bad.row: bad.code for bad in parsed.bad_rows}[4] == "1.000656"  # readable code: not retired


def test_xlsx_with_numeric_codes_and_a_unit_column(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "ds.xlsx",
        [
            ["Danh mục TTHC"],
            [],
            ["STT", "Tên TTHC", "Mã TTHC", "Lĩnh vực", "Thời hạn giải quyết", "Đơn vị tính", "Mức độ DVC"],
            [1, "Đăng ký thường trú", "1.004222", "Cư trú", 7, "ngày làm việc", "Toàn trình"],
            [2, "Tách thửa hoặc hợp thửa đất", 1.01278, "Đất đai", 15, "ngày", None],  # Excel turned it into a number
            [3, "Thông báo lưu trú", "2.001159", "Cư trú", 1, "giờ", "Toàn trình"],
        ],
    )
    parsed = read_catalogue(path)
    assert parsed.sheet == "Danh mục" and parsed.header.row == 3
    assert [(row.row, row.code) for row in parsed.rows] == [(4, "1.004222"), (5, "1.012780"), (6, "2.001159")]
    units = [(row.time_limit.amount, row.time_limit.unit) for row in parsed.rows if row.time_limit]
    assert units == [(7, TimeUnit.WORKING_DAYS), (15, TimeUnit.DAYS), (1, TimeUnit.HOURS)]


def test_xlsx_header_on_a_later_sheet(tmp_path: Path) -> None:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.append(["Trang bìa"])
    data = book.create_sheet("Cấp xã")
    data.append(["Tên TTHC", "Mã TTHC", "Lĩnh vực"])
    data.append(["Đăng ký khai tử", "1.000656", "Hộ tịch"])
    book.save(tmp_path / "hai.xlsx")
    parsed = read_catalogue(tmp_path / "hai.xlsx")
    assert parsed.sheet == "Cấp xã" and [row.code for row in parsed.rows] == ["1.000656"]


def test_files_that_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "cu.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ConfigError, match=r"\.xls"):
        read_catalogue(tmp_path / "cu.xls")
    (tmp_path / "hong.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ConfigError, match="Không mở được"):
        read_catalogue(tmp_path / "hong.xlsx")
    (tmp_path / "ansi.csv").write_bytes("Tên TTHC,Mã TTHC\n".encode("latin-1"))  # a Windows code page
    with pytest.raises(ConfigError, match="UTF-8"):
        read_catalogue(tmp_path / "ansi.csv")
    (tmp_path / "khac.csv").write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="dòng tiêu đề"):
        read_catalogue(tmp_path / "khac.csv")
    with pytest.raises(ConfigError, match="Không tìm thấy"):
        read_catalogue(tmp_path / "khong_co.csv")
