"""Which column holds what, from a province's header row, however it is spelled.

Headers differ between provinces ("Mã TTHC", "Mã số thủ tục", "MÃ THỦ TỤC"); they are folded
(no accents, lower case, single spaces) and matched by the words they contain. The header row is
the first of the top rows that names both a procedure name and a code column (lists often start
with a title such as "DANH MỤC THỦ TỤC HÀNH CHÍNH ...")."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk_desktop.catalogue.folding import fold, tidy

#: How far down a sheet the header row may be (title lines, a decision number, a blank line).
HEADER_SEARCH_ROWS = 15


class Role(enum.StrEnum):
    STT = "stt"
    NAME = "name"
    CODE = "code"
    FIELD = "field"
    DECISION = "decision"
    TIME_LIMIT = "time_limit"
    UNIT = "unit"
    ONLINE_LEVEL = "online_level"
    FEE = "fee"
    POST = "post"


def _has(header: str, *words: str) -> bool:
    padded = f" {header} "
    return all(f" {word} " in padded for word in words)


def role_of(header_text: str) -> Role | None:
    """The role of one header cell; None for columns we do not read (agency, legal basis, ...)."""
    h = fold(header_text)
    if not h:
        return None
    if h in {"stt", "tt", "so tt", "so thu tu"}:
        return Role.STT
    if (_has(h, "ma") and (_has(h, "tthc") or _has(h, "thu tuc"))) or h in {"ma", "ma so", "ma thu tuc"}:
        return Role.CODE
    if _has(h, "linh vuc"):  # before the name: "Tên lĩnh vực" is the field
        return Role.FIELD
    if _has(h, "ten") or h in {"thu tuc hanh chinh", "tthc", "thu tuc"}:
        return Role.NAME
    if _has(h, "quyet dinh") or _has(h, "qd"):
        return Role.DECISION
    if h.startswith("thoi han") or _has(h, "thoi gian giai quyet"):
        return Role.TIME_LIMIT
    if h.startswith("don vi") and (h == "don vi" or "thoi" in h or "tinh" in h):  # not "Đơn vị thực hiện"
        return Role.UNIT
    if _has(h, "phi") or _has(h, "le phi"):  # before online: "Phí (nộp trực tuyến)" is a fee
        return Role.FEE
    if _has(h, "muc do") or _has(h, "dvc") or _has(h, "dich vu cong") or _has(h, "truc tuyen"):
        return Role.ONLINE_LEVEL
    if _has(h, "buu chinh") or _has(h, "buu dien"):
        return Role.POST
    return None


@dataclass(frozen=True)
class Header:
    row: int  # 1-based row number in the file
    columns: dict[Role, int]  # role -> 0-based column index (the first column with that role)
    time_limit_header: str | None  # may carry the unit: "Thời hạn giải quyết (ngày làm việc)"
    ignored: list[str]  # header texts we do not read, reported so nobody wonders where they went

    def cell(self, cells: Sequence[object], role: Role) -> object:
        index = self.columns.get(role)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        return None if isinstance(value, str) and not value.strip() else value


def read_header(number: int, cells: Sequence[object]) -> Header | None:
    columns: dict[Role, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        text = tidy(str(cell)) if cell is not None else ""
        role = role_of(text)
        if role is None or role in columns:
            if text:
                ignored.append(text)
            continue
        columns[role] = index
    if Role.NAME not in columns or Role.CODE not in columns:
        return None
    time_header = cells[columns[Role.TIME_LIMIT]] if Role.TIME_LIMIT in columns else None
    return Header(number, columns, str(time_header) if time_header is not None else None, ignored)


def find_header(rows: Sequence[tuple[int, Sequence[object]]]) -> Header | None:
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        header = read_header(number, cells)
        if header is not None:
            return header
    return None
