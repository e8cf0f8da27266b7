"""Vietnamese for argparse's own messages (usage, missing or invalid arguments).

argparse looks its texts up through a module-level gettext function at call time, and ships no
Vietnamese catalogue; replacing that function is the one hook it offers."""

from __future__ import annotations

import argparse
from collections.abc import Callable

VIETNAMESE = {
    "usage: ": "cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "giá trị %(value)r không hợp lệ (chọn một trong: %(choices)s)"
    ),
    "not allowed with argument %s": "không dùng cùng lúc với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "chỉ nhận tối đa một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ, có thể là %(matches)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (chọn: %(choices)s)",
}


def _translate(text: str) -> str:
    return VIETNAMESE.get(text, text)


def install() -> Callable[[str], str]:
    """Make argparse speak Vietnamese; returns the function it used before."""
    previous: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    argparse._ = _translate  # type: ignore[attr-defined]
    return previous
