"""Finding a procedure at the counter: by code or by name, with or without accents."""

from __future__ import annotations

from pathlib import Path

from kiosk_desktop.app import App
from kiosk_desktop.catalogue.search import ProcedureEntry, rank, search_procedures
from tests.intake_helpers import setup_intake


def _entry(code: str, name: str, field: str = "Hộ tịch") -> ProcedureEntry:
    return ProcedureEntry(code, name, field, None, 1, None, None, "none", None, False)


ENTRIES = [
    _entry("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực"),
    _entry("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực"),
    _entry("2.000942", "Cấp bản sao có chứng thực từ bản chính hợp đồng", "Chứng thực"),
    _entry("1.001193", "Đăng ký khai sinh"),
    _entry("1.003583", "Đăng ký khai sinh lưu động"),
    _entry("1.012753.H19", "Đăng ký đất đai lần đầu đối với tổ chức", "Đất đai"),
]


def codes(text: str) -> list[str]:
    return [entry.code for entry in rank(ENTRIES, text)]


def test_accent_insensitive_names() -> None:
    assert codes("chung thuc") == ["2.000815", "2.000884", "2.000942"]  # names starting with it first, A-Z
    assert codes("CHỨNG THỰC chữ ký") == ["2.000884"]
    assert codes("khai sinh") == ["1.001193", "1.003583"]
    assert codes("luu dong khai sinh") == ["1.003583"]  # every word, any order


def test_codes_exact_prefix_and_digits() -> None:
    assert codes("1.001193") == ["1.001193"]
    assert codes("2.0008") == ["2.000815", "2.000884"]
    assert codes("001193") == ["1.001193"]
    assert codes("1.012753.h19") == ["1.012753.H19"]


def test_words_must_start_a_word_and_nothing_matches_nothing() -> None:
    assert codes("hung thuc") == []  # "hung" is inside "chung", not a word of its own
    assert codes("   ") == []
    assert codes("hộ chiếu") == []


def test_the_field_counts_as_words_too() -> None:
    assert codes("dat dai to chuc") == ["1.012753.H19"]


def test_search_reads_the_active_catalogue(app: App, clock: object, tmp_path: Path) -> None:
    setup_intake(app, tmp_path)
    hits = search_procedures(app.db, "chung thuc")
    assert [hit.code for hit in hits] == ["2.000815", "2.000884"]
    assert (hits[0].field, hits[0].service, hits[0].time_limit, hits[0].time_limit_unit) == (
        "Chứng thực", "CT", 0, "working_days"
    )  # fmt: skip
    assert [hit.code for hit in search_procedures(app.db, "nuoi con")] == ["2.001263"]
    assert search_procedures(app.db, "nuoi con")[0].service is None
