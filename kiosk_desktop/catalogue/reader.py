"""Read a province's procedure list (CSV or XLSX) into checked rows, without touching the database.

Row numbers are the ones staff see: the Excel row, or the record number of a CSV opened in Excel.
A row without a code that names a field ("I. Lĩnh vực Hộ tịch") is a section heading: the rows
below it without a field column take that field. Other code-less rows are titles and are skipped
when they are short and not numbered like a procedure (1, 2, 3); anything else without a code is
a bad row, so no procedure disappears without a reason."""

from __future__ import annotations

import csv
import dataclasses
import io
import logging
import re
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk_desktop.catalogue.columns import Header, Role, find_header
from kiosk_desktop.catalogue.folding import fold, tidy
from kiosk_desktop.catalogue.values import (
    CellProblem,
    TimeLimit,
    normalise_code,
    parse_code,
    parse_field_name,
    parse_online_level,
    parse_text,
    parse_time_limit,
    parse_yes_no,
)
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.intake_terms import OnlineLevel

log = logging.getLogger(__name__)

Rows = list[tuple[int, Sequence[object]]]
_HEADING = re.compile(r"l[iĩí]nh\s+v[uựứừửữ]c\s*[:\-–.]?\s*(.+)$", re.IGNORECASE)
NAME_MAX = 2000


@dataclass(frozen=True)
class CatalogueRow:
    """One procedure as published: everything a procedure version holds."""

    row: int
    code: str
    name: str
    field: str
    decision: str | None
    time_limit: TimeLimit | None
    online_level: OnlineLevel
    fee: str | None
    post_allowed: bool


@dataclass(frozen=True)
class BadRow:
    row: int
    reason: str
    code: str | None = None  # when the code itself was readable: that procedure is not retired
    #: Every cell of the row as a code would be written (a shifted column or a code Excel cut
    #: short still names its procedure): none of these is retired by an import that skips the row.
    mentions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "reason": self.reason, "code": self.code}


@dataclass
class ParsedCatalogue:
    header: Header
    sheet: str | None
    rows: list[CatalogueRow] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)


def read_catalogue(path: Path) -> ParsedCatalogue:
    suffix = path.suffix.lower()
    sheets: list[tuple[str | None, Rows]]
    if suffix in {".csv", ".txt"}:
        sheets = [(None, _csv_rows(path))]
    elif suffix in {".xlsx", ".xlsm"}:
        sheets = _xlsx_sheets(path)
    elif suffix == ".xls":
        raise ConfigError(
            f"Tệp {path.name} là định dạng Excel cũ (.xls). Mở bằng Excel rồi lưu lại dạng .xlsx hoặc CSV."
        )
    else:
        raise ConfigError(f"Không đọc được tệp {path.name}: chỉ nhận .csv hoặc .xlsx.")
    for sheet, rows in sheets:
        header = find_header(rows)
        if header is not None:
            return _parse(rows, header, sheet)
    raise ConfigError(
        f"Tệp {path.name}: không tìm thấy dòng tiêu đề có cột «Tên TTHC» và «Mã TTHC» trong "
        "15 dòng đầu. Kiểm tra tệp có đúng là danh mục thủ tục hành chính."
    )


def _csv_rows(path: Path) -> Rows:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"Không tìm thấy tệp {path}.") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"Tệp {path.name} không phải UTF-8. Trong Excel chọn Lưu dưới dạng → «CSV UTF-8» rồi nạp lại.",
            detail=str(exc),
        ) from exc
    except OSError as exc:
        raise ConfigError(f"Không đọc được tệp {path}: {exc.strerror}.") from exc
    sample = "\n".join(text.splitlines()[:20])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column, or an unusual file: the header check says what is wrong
    return [(number, row) for number, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1)]


def _xlsx_sheets(path: Path) -> list[tuple[str | None, Rows]]:
    from openpyxl import load_workbook  # only this path needs it; keeps CLI start-up light

    try:
        with warnings.catch_warnings():
            # files saved by other tools trigger style warnings that say nothing about the data
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ConfigError(f"Không tìm thấy tệp {path}.") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ConfigError(
            f"Không mở được tệp Excel {path.name}: tệp hỏng hoặc không phải .xlsx.", detail=str(exc)
        ) from exc
    try:
        return [
            (sheet.title, list(enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1)))
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def _parse(rows: Rows, header: Header, sheet: str | None) -> ParsedCatalogue:
    result = ParsedCatalogue(header=header, sheet=sheet)
    section_field: str | None = None
    first_seen: dict[str, int] = {}
    for number, cells in rows:
        if number <= header.row or all(_blank(cell) for cell in cells):
            continue
        if header.cell(cells, Role.CODE) is None:
            heading = _heading_field(cells)
            if heading is not None:
                section_field = heading
            elif _numbered(header.cell(cells, Role.STT)) or sum(not _blank(cell) for cell in cells) > 2:
                # a procedure row, not a title
                result.bad_rows.append(BadRow(number, "thiếu mã TTHC", mentions=_mentions(cells)))
            continue
        outcome = _parse_row(number, cells, header, section_field)
        if isinstance(outcome, CatalogueRow) and outcome.code in first_seen:
            outcome = BadRow(number, f"mã {outcome.code} trùng với dòng {first_seen[outcome.code]}", outcome.code)
        if isinstance(outcome, CatalogueRow):
            first_seen[outcome.code] = number
            result.rows.append(outcome)
        else:
            result.bad_rows.append(dataclasses.replace(outcome, mentions=_mentions(cells)))
    return result


def _mentions(cells: Sequence[object]) -> tuple[str, ...]:
    found: list[str] = []
    for cell in cells:
        if _blank(cell):
            continue
        text = normalise_code(f"{cell:.6f}" if isinstance(cell, float) else str(cell))
        found.append(text)
        head, dot, tail = text.partition(".")
        if dot and head.isdigit() and tail.isdigit() and len(tail) < 6:
            found.append(f"{head}.{tail.ljust(6, '0')}")  # 1.00176 as saved by Excel: 1.001760
    return tuple(found)


def _parse_row(
    number: int, cells: Sequence[object], header: Header, section_field: str | None
) -> CatalogueRow | BadRow:
    code: str | None = None
    try:
        code = parse_code(header.cell(cells, Role.CODE))
        name = parse_text(header.cell(cells, Role.NAME))
        if name is None:
            raise CellProblem("thiếu tên thủ tục")
        if len(name) > NAME_MAX:
            raise CellProblem(f"tên thủ tục dài quá {NAME_MAX} ký tự")
        field_name = parse_field_name(header.cell(cells, Role.FIELD)) or section_field
        if field_name is None:
            raise CellProblem("thiếu lĩnh vực (cột «Lĩnh vực» trống và không có dòng tiêu đề «Lĩnh vực ...» phía trên)")
        unit_hint = _text_or_none(header.cell(cells, Role.UNIT)) or header.time_limit_header
        return CatalogueRow(
            row=number,
            code=code,
            name=name,
            field=field_name[:200],
            decision=_short(parse_text(header.cell(cells, Role.DECISION)), 200),
            time_limit=parse_time_limit(header.cell(cells, Role.TIME_LIMIT), unit_hint),
            online_level=parse_online_level(header.cell(cells, Role.ONLINE_LEVEL)),
            fee=parse_text(header.cell(cells, Role.FEE)),
            post_allowed=parse_yes_no(header.cell(cells, Role.POST), "Bưu chính"),
        )
    except CellProblem as problem:
        return BadRow(number, str(problem), code)


def _heading_field(cells: Sequence[object]) -> str | None:
    for cell in cells:
        if isinstance(cell, str) and "linh vuc" in fold(cell):
            match = _HEADING.search(tidy(cell))
            if match:
                name = match.group(1).strip()
                return name[:1] + name[1:].lower() if name.isupper() else name
    return None


def _numbered(stt: object) -> bool:
    """A row numbered 1, 2, 3 is a procedure; headings are numbered I, II or A, B (or not at all)."""
    return isinstance(stt, int | float) or (isinstance(stt, str) and stt.strip().rstrip(".").isdigit())


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _text_or_none(value: object) -> str | None:
    return str(value) if value is not None else None


def _short(text: str | None, limit: int) -> str | None:
    return text[:limit] if text else text
