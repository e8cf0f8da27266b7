"""Reading one catalogue cell: the procedure code, the time limit, the online level, post allowed.

Every parser returns the value or raises CellProblem with the Vietnamese reason shown against the
row; nothing here knows about files or the database."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk_desktop.catalogue.folding import fold, tidy
from kiosk_desktop.intake_terms import OnlineLevel, TimeUnit

#: National code d.dddddd, optionally a province variant suffix such as .H19 (DOMAIN.md).
CODE_PATTERN = re.compile(r"^\d\.\d{6}(\.[A-Z0-9]{1,12})?$")
CODE_EXAMPLE = "1.001766 hoặc 1.012753.H19"


class CellProblem(ValueError):
    """A cell that cannot be read; the message is the reason staff see for the row."""


@dataclass(frozen=True)
class TimeLimit:
    amount: float  # 0 = "trong ngày": the same working day (or the next one after the cut-off)
    unit: TimeUnit


def parse_code(raw: object) -> str:
    if isinstance(raw, float):
        # Excel stores 1.001760 as the number 1.00176: six decimals bring the code back
        raw = f"{raw:.6f}"
    text = "".join(str(raw).split()).upper()
    if not CODE_PATTERN.match(text):
        raise CellProblem(f"mã TTHC {str(raw).strip()!r} sai định dạng (đúng: {CODE_EXAMPLE})")
    return text


def normalise_code(text: str) -> str:
    """A code as typed at the counter (spaces, lower-case suffix) in its stored form."""
    return "".join(text.split()).upper()


_SAME_DAY = ("trong ngay", "ngay trong ngay", "trong ngay lam viec")
_AMOUNT_UNIT = re.compile(r"(\d+(?:p\d+)?)\s*(gio lam viec|gio|ngay lam viec|ngay)\b")
_DECIMAL = re.compile(r"(\d)[.,](\d)")
_UNIT_WORDS = {
    "gio lam viec": TimeUnit.HOURS,
    "gio": TimeUnit.HOURS,
    "ngay lam viec": TimeUnit.WORKING_DAYS,
    "ngay": TimeUnit.DAYS,
}
_EMPTY = {"", "khong", "khong quy dinh", "none", "0"}


def parse_time_limit(raw: object, unit_hint: str | None = None) -> TimeLimit | None:
    """ "05 ngày làm việc", "Trong ngày", "04 giờ", "30 ngày", or a bare number with the unit in
    its own column or in the header ("Thời hạn (ngày làm việc)"). Empty means no legal limit.

    Hours count office hours (the law's "giờ làm việc"); a plain "ngày" is a calendar day."""
    if raw is None:
        return None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return _bare_number(float(raw), unit_hint, str(raw))
    # "0,5 ngày": keep the decimal mark through folding, which drops punctuation
    text = fold(_DECIMAL.sub(r"\1p\2", str(raw)))
    if text in _EMPTY:
        return None
    if text.startswith(_SAME_DAY):
        return TimeLimit(0, TimeUnit.WORKING_DAYS)
    match = _AMOUNT_UNIT.search(text)
    if match:
        return TimeLimit(_number(match.group(1)), _UNIT_WORDS[match.group(2)])
    if re.fullmatch(r"\d+(?:p\d+)?", text):
        return _bare_number(_number(text), unit_hint, str(raw))
    raise CellProblem(
        f"không hiểu thời hạn giải quyết {tidy(str(raw))!r} (ví dụ: 05 ngày làm việc, 30 ngày, 04 giờ, Trong ngày)"
    )


def _number(text: str) -> float:
    return float(text.replace("p", "."))


def _bare_number(amount: float, unit_hint: str | None, shown: str) -> TimeLimit:
    unit = parse_unit(unit_hint) if unit_hint else None
    if unit is None:
        raise CellProblem(f"thời hạn {shown!r} thiếu đơn vị (ghi rõ: ngày làm việc, ngày hoặc giờ)")
    if amount < 0 or amount > 999:
        raise CellProblem(f"thời hạn {shown!r} không hợp lý")
    return TimeLimit(amount, unit)


def parse_unit(raw: str) -> TimeUnit | None:
    """The unit column or a header hint; None when it says nothing about a unit."""
    text = fold(raw)
    for words, unit in _UNIT_WORDS.items():  # longest first: "gio lam viec" before "gio"
        if re.search(rf"\b{words}\b", text):
            return unit
    if text in {value.value.replace("_", " ") for value in TimeUnit}:
        return TimeUnit(text.replace(" ", "_"))
    return None


def parse_online_level(raw: object) -> OnlineLevel:
    """ "Toàn trình" / "Một phần" / empty; older lists say "Mức độ 4" / "Mức độ 3"."""
    text = fold(str(raw)) if raw is not None else ""
    if "toan trinh" in text or text in {"4", "muc do 4", "toan trinh"}:
        return OnlineLevel.TOAN_TRINH
    if "mot phan" in text or text in {"3", "muc do 3"}:
        return OnlineLevel.MOT_PHAN
    if text in {"", "none", "khong", "x khong", "1", "2", "muc do 1", "muc do 2"} or "thong tin" in text:
        return OnlineLevel.NONE
    raise CellProblem(f"mức độ dịch vụ công {tidy(str(raw))!r} không rõ (ghi: Toàn trình, Một phần hoặc để trống)")


_YES = {"x", "co", "yes", "true", "1", "v", "dat", "co tiep nhan"}
_NO = {"", "khong", "no", "false", "0", "none"}


def parse_yes_no(raw: object, what: str) -> bool:
    if isinstance(raw, bool):
        return raw
    text = fold(str(raw)) if raw is not None else ""
    if text in _YES or str(raw).strip() in {"✓", "✔", "☑"}:
        return True
    if text in _NO:
        return False
    raise CellProblem(f"cột {what} ghi {tidy(str(raw))!r}: chỉ ghi x/Có hoặc để trống/Không")


def parse_text(raw: object) -> str | None:
    if raw is None:
        return None
    text = tidy(str(raw))
    return text or None


def parse_field_name(raw: object) -> str | None:
    """A field cell; a leading "Lĩnh vực" is dropped ("Lĩnh vực Hộ tịch" -> "Hộ tịch")."""
    text = parse_text(raw)
    if text is None:
        return None
    words = text.split(" ")
    if len(words) > 2 and fold(" ".join(words[:2])) == "linh vuc":
        text = " ".join(words[2:])
    return text[:1].upper() + text[1:]
