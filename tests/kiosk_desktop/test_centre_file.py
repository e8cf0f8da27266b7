"""The centre file is validated whole; each problem names its line and field, in Vietnamese."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_desktop.centre_file import load_centre_file
from kiosk_desktop.errors import ConfigError
from tests.helpers import SMALL_CENTRE, write_centre


def _error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_centre_file(path)
    return raised.value.message


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = text.splitlines()
    hits = [number for number, line in enumerate(lines, start=1) if needle in line]
    return hits[occurrence - 1]


def test_the_example_loads(tmp_path: Path) -> None:
    spec = load_centre_file(write_centre(tmp_path))
    assert [s.code for s in spec.service] == ["CT", "HT", "DD"]
    assert spec.counter[0].display_name == "Quầy 1"
    assert spec.queue.aging_cap_minutes == 0


def test_unknown_key_names_line_and_field(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('prefix = "B"', 'prefix = "B"\ncolour = "red"')
    message = _error(tmp_path, text)
    assert f"dòng {_line_of(text, 'colour')}" in message
    assert "service[2].colour" in message and "không được phép" in message


def test_duplicate_code(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('code = "HT"', 'code = "CT"')
    message = _error(tmp_path, text)
    line = _line_of(text, 'code = "CT"', 2)
    assert f"dòng {line}" in message
    assert "service[2].code" in message and "bị trùng" in message


def test_duplicate_prefix(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('prefix = "B"', 'prefix = "A"')
    message = _error(tmp_path, text)
    assert "service[2].prefix" in message and "đã dùng" in message


def test_counter_naming_an_unknown_service(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('services = ["DD"]', 'services = ["DD", "XX"]')
    message = _error(tmp_path, text)
    assert f"dòng {_line_of(text, 'XX')}" in message
    assert "counter[3].services" in message and "'XX'" in message


def test_every_problem_between_entries_is_listed_at_once(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('prefix = "B"', 'prefix = "A"').replace('services = ["DD"]', 'services = ["DD", "XX"]')
    message = _error(tmp_path, text)
    assert "service[2].prefix" in message and "counter[3].services" in message
    assert f"dòng {_line_of(text, 'XX')}" in message and len(message.splitlines()) == 3  # headline + two


def test_duplicate_counter_number(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace("number = 2", "number = 1")
    assert "counter[2].number" in _error(tmp_path, text)


def test_wrong_type_and_missing_field(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace("digits = 4", 'digits = "four"').replace('name = "Trung tâm thử nghiệm"', "")
    message = _error(tmp_path, text)
    assert "centre.name: thiếu trường bắt buộc" in message
    assert f"dòng {_line_of(text, 'digits')}, trường service[3].digits: phải là số nguyên" in message


def test_bad_policy_value(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('priority_policy = "strict"', 'priority_policy = "vip"')
    assert "queue.priority_policy" in _error(tmp_path, text)


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('prefix = "B"', 'prefix = "B')
    message = _error(tmp_path, text)
    line = _line_of(text, 'prefix = "B')
    assert "sai cú pháp TOML" in message and f"dòng {line}" in message


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Không tìm thấy"):
        load_centre_file(tmp_path / "nope.toml")
    path = tmp_path / "latin.toml"
    path.write_bytes("[centre]\nname = 'Trung tâm'\n".encode("cp1258"))
    with pytest.raises(ConfigError, match="UTF-8"):
        load_centre_file(path)


def test_unknown_timezone_names_line_and_suggests_vietnam(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('name = "Trung tâm thử nghiệm"', 'name = "T"\ntimezone = "Asia/Saigon_Typo"')
    message = _error(tmp_path, text)
    assert f"dòng {_line_of(text, 'timezone')}, trường centre.timezone: múi giờ không tồn tại" in message
    assert "Asia/Ho_Chi_Minh" in message


def test_types_are_not_converted(tmp_path: Path) -> None:
    """`daily_limit = true` once became a limit of 1 and turned every citizen away."""
    text = SMALL_CENTRE.replace("daily_limit = 3", "daily_limit = true").replace("number = 2", 'number = "2"')
    message = _error(tmp_path, text)
    assert "service[3].daily_limit: phải là số nguyên" in message
    assert "counter[2].number: phải là số nguyên" in message


def test_codes_and_prefixes_explain_their_rule(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('code = "CT"', 'code = "ct"').replace('prefix = "B"', 'prefix = "b"')
    message = _error(tmp_path, text)
    assert "service[1].code: sai định dạng: chỉ gồm chữ in hoa" in message
    assert "service[2].prefix: sai định dạng: từ 0 đến 4 chữ cái in hoa" in message


def test_policy_error_lists_the_choices(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('priority_policy = "strict"', 'priority_policy = "vip"')
    assert "chọn một trong: 'strict' hoặc 'interleave'" in _error(tmp_path, text)


def test_counter_needs_a_service(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace('services = ["DD"]', "services = []")
    assert "counter[3].services: cần ít nhất một mục" in _error(tmp_path, text)


def test_line_is_found_under_a_commented_table_header(tmp_path: Path) -> None:
    text = SMALL_CENTRE.replace("[[service]]", "[[service]]   # một nhóm lĩnh vực").replace(
        'prefix = "B"', 'prefix = "B"\ncolour = 1'
    )
    assert f"dòng {_line_of(text, 'colour')}, trường service[2].colour" in _error(tmp_path, text)
