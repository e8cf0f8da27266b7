"""Read TOML files and turn every problem into a ConfigError naming the file line and the field."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk_desktop.errors import ConfigError

# pydantic error types -> what to tell staff; anything unlisted falls back to a generic line.
_MESSAGES = {
    "extra_forbidden": "khóa không được phép (không có trong mẫu cấu hình)",
    "missing": "thiếu trường bắt buộc",
    "string_type": "phải là chuỗi ký tự",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên",
    "int_from_float": "phải là số nguyên",
    "bool_type": "phải là true hoặc false",
    "bool_parsing": "phải là true hoặc false",
    "list_type": "phải là danh sách",
    "dict_type": "phải là một bảng",
    "model_type": "phải là một bảng",
    "greater_than": "giá trị quá nhỏ",
    "greater_than_equal": "giá trị quá nhỏ",
    "less_than_equal": "giá trị quá lớn",
    "string_too_short": "không được để trống",
    "string_too_long": "quá dài",
    "string_pattern_mismatch": "sai định dạng",
    "enum": "giá trị không hợp lệ",
    "literal_error": "giá trị không hợp lệ",
}

_TOML_POSITION = re.compile(r"line (\d+)")


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; return the data and the text (kept to locate fields in errors)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"Không tìm thấy tệp {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Không đọc được tệp {path}: tệp phải là văn bản UTF-8.", detail=str(exc)) from exc
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.search(str(exc))
        where = f", dòng {match.group(1)}" if match else ""
        raise ConfigError(f"Tệp {path}{where}: sai cú pháp TOML.", detail=str(exc)) from exc


def locate(text: str, loc: Sequence[str | int]) -> int | None:
    """Best-effort 1-based line of the field at `loc` (e.g. ("service", 2, "prefix"))."""
    lines = text.splitlines()
    table: list[str | int] = []
    array_seen: dict[str, int] = {}
    best: int | None = None
    key_re = re.compile(r'^\s*"?([A-Za-z0-9_\-]+)"?\s*=')
    for number, line in enumerate(lines, start=1):
        stripped = line.split("#", 1)[0].strip() if line.lstrip().startswith("[") else line.strip()
        if stripped.startswith("[["):
            name = stripped.strip("[] ")
            index = array_seen.get(name, -1) + 1
            array_seen[name] = index
            table = [name, index]
        elif stripped.startswith("["):
            table = [stripped.strip("[] ")]
        else:
            match = key_re.match(line)
            if match and list(loc) == [*table, match.group(1)]:
                return number
            continue
        if list(loc[: len(table)]) == table:
            best = number  # the table that holds the field: a fallback when the key is absent
    return best


def _explain(error: Any, rule: str | None) -> str:
    kind = error["type"]
    if kind == "string_pattern_mismatch" and rule:
        return f"sai định dạng: {rule}"
    if kind in ("enum", "literal_error"):
        expected = str(error.get("ctx", {}).get("expected", "")).replace(" or ", " hoặc ")
        return f"giá trị không hợp lệ; chọn một trong: {expected}"
    if kind == "too_short" and error.get("ctx", {}).get("min_length") == 1:
        return "cần ít nhất một mục"
    return _MESSAGES.get(kind) or error["msg"].removeprefix("Value error, ")


def config_error_from_validation(
    path: Path, text: str, exc: ValidationError, *, nothing_written: bool = True, rules: dict[str, str] | None = None
) -> ConfigError:
    """One ConfigError listing every problem as 'dòng N, trường a.b: what is wrong'."""
    lines = []
    for error in exc.errors():
        loc = [part for part in error["loc"] if isinstance(part, (str, int))]
        field = ".".join(str(part) if isinstance(part, str) else f"[{part + 1}]" for part in loc)
        field = field.replace(".[", "[")
        line = locate(text, loc)
        where = f"dòng {line}, " if line else ""
        what = _explain(error, (rules or {}).get(str(loc[-1]) if loc else ""))
        lines.append(f"  {where}trường {field or '(gốc)'}: {what}")
    headline = f"Tệp {path} có lỗi, chưa ghi gì:" if nothing_written else f"Tệp {path} có lỗi:"
    return ConfigError(headline + "\n" + "\n".join(lines), detail=str(exc))
