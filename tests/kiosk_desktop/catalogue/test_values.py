"""Reading single catalogue cells: codes, time limits, online levels, yes/no, folded text."""

from __future__ import annotations

import pytest

from kiosk_desktop.catalogue.folding import field_key, fold
from kiosk_desktop.catalogue.values import (
    CellProblem,
    TimeLimit,
    parse_code,
    parse_field_name,
    parse_online_level,
    parse_time_limit,
    parse_yes_no,
)
from kiosk_desktop.intake_terms import OnlineLevel, TimeUnit


def test_fold_ignores_accents_case_and_spacing() -> None:
    assert fold("  Mã   TTHC ") == "ma tthc"
    assert fold("Chứng thực") == fold("CHUNG THUC") == "chung thuc"
    assert fold("Đất đai - Xây dựng") == "dat dai xay dung"
    assert field_key("Lĩnh vực Hộ tịch") == field_key("HỘ TỊCH") == "ho tich"


@pytest.mark.parametrize(
    ("raw", "code"),
    [("1.001766", "1.001766"), (" 1.012753.h19 ", "1.012753.H19"), (1.00176, "1.001760"), ("2.000815", "2.000815")],
)
def test_codes(raw: object, code: str) -> None:
    assert parse_code(raw) == code


@pytest.mark.parametrize("raw", ["1001766", "1.00176", "12.001766", "1.001766.", "", None, "TTHC-1"])
def test_bad_codes(raw: object) -> None:
    with pytest.raises(CellProblem, match="sai định dạng"):
        parse_code(raw)


@pytest.mark.parametrize(
    ("raw", "hint", "limit"),
    [
        ("05 ngày làm việc", None, TimeLimit(5, TimeUnit.WORKING_DAYS)),
        ("Không quá 03 ngày làm việc kể từ ngày nhận đủ hồ sơ", None, TimeLimit(3, TimeUnit.WORKING_DAYS)),
        ("30 ngày", None, TimeLimit(30, TimeUnit.DAYS)),
        ("04 giờ làm việc", None, TimeLimit(4, TimeUnit.HOURS)),
        ("01 giờ", None, TimeLimit(1, TimeUnit.HOURS)),
        ("Trong ngày", None, TimeLimit(0, TimeUnit.WORKING_DAYS)),
        (
            "Ngay trong ngày tiếp nhận; sau 15 giờ thì trả trong ngày làm việc tiếp theo",
            None,
            TimeLimit(0, TimeUnit.WORKING_DAYS),
        ),
        ("0,5 ngày làm việc", None, TimeLimit(0.5, TimeUnit.WORKING_DAYS)),
        (7, "ngày làm việc", TimeLimit(7, TimeUnit.WORKING_DAYS)),
        ("15", "Thời hạn giải quyết (ngày)", TimeLimit(15, TimeUnit.DAYS)),
        ("", None, None),
        (None, None, None),
        ("Không quy định", None, None),
    ],
)
def test_time_limits(raw: object, hint: str | None, limit: TimeLimit | None) -> None:
    assert parse_time_limit(raw, hint) == limit


@pytest.mark.parametrize(("raw", "hint"), [("Theo quy định", None), (5, None), (5, "Thời hạn giải quyết")])
def test_unreadable_time_limits(raw: object, hint: str | None) -> None:
    with pytest.raises(CellProblem):
        parse_time_limit(raw, hint)


@pytest.mark.parametrize(
    ("raw", "level"),
    [
        ("Toàn trình", OnlineLevel.TOAN_TRINH),
        ("DVC trực tuyến toàn trình", OnlineLevel.TOAN_TRINH),
        ("Mức độ 4", OnlineLevel.TOAN_TRINH),
        ("một phần", OnlineLevel.MOT_PHAN),
        ("Mức độ 3", OnlineLevel.MOT_PHAN),
        ("", OnlineLevel.NONE),
        (None, OnlineLevel.NONE),
        ("Không", OnlineLevel.NONE),
        ("DVC cung cấp thông tin", OnlineLevel.NONE),
    ],
)
def test_online_levels(raw: object, level: OnlineLevel) -> None:
    assert parse_online_level(raw) == level


def test_unknown_online_level_is_a_problem() -> None:
    with pytest.raises(CellProblem, match="mức độ"):
        parse_online_level("nửa trình")


def test_yes_no() -> None:
    assert [parse_yes_no(value, "Bưu chính") for value in ("x", "Có", "✓", True, "", None, "Không")] == [
        True, True, True, True, False, False, False
    ]  # fmt: skip
    with pytest.raises(CellProblem, match="Bưu chính"):
        parse_yes_no("đôi khi", "Bưu chính")


def test_field_names_drop_the_lĩnh_vực_prefix() -> None:
    assert parse_field_name("Lĩnh vực Hộ tịch") == "Hộ tịch"
    assert parse_field_name("  chứng   thực ") == "Chứng thực"
    assert parse_field_name("Lĩnh vực") == "Lĩnh vực"
    assert parse_field_name("   ") is None
