"""[floor] settings: opening hours and weekdays are checked when the file loads."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from kiosk_desktop.errors import ConfigError
from kiosk_desktop.floor_settings import parse_span
from kiosk_desktop.settings import load_settings


def test_a_span_reads_as_two_times() -> None:
    assert parse_span(" 07:30-11:30 ") == (time(7, 30), time(11, 30))


@pytest.mark.parametrize("text", ["7:30-11:30", "11:30-07:30", "07:30", "24:00-25:00"])
def test_a_bad_span_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="khung giờ"):
        parse_span(text)


def test_the_floor_section_loads_from_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        '[floor]\nlanguage = "en"\n[floor.kiosk]\nadmin_pin = "2468"\nopening_hours = ["07:30-11:30"]\n'
        "closed_weekdays = [7]\n[floor.counter]\nnumber = 3\n",
        encoding="utf-8",
    )
    floor = load_settings(path).floor
    assert floor.language == "en"
    assert floor.kiosk.admin_pin == "2468" and floor.kiosk.closed_weekdays == [7]
    assert floor.counter.number == 3
    assert floor.display.recent_calls == 6  # defaults where the file says nothing


def test_a_bad_floor_value_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[floor.kiosk]\nopening_hours = ["7h-11h"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="opening_hours"):
        load_settings(path)
    path.write_text("[floor.kiosk]\nclosed_weekdays = [0]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="closed_weekdays"):
        load_settings(path)
