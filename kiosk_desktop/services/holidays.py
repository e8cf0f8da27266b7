"""Public holidays for promised return dates: read from a small TOML or CSV file, upserted by day.

TOML:  [[holiday]]  day = 2026-04-30  name = "Ngày Chiến thắng"
CSV:   ngày,tên  (dates as 30/04/2026 or 2026-04-30; a header row is optional)

Importing never deletes: a day already in the table gets the new name. A day taken off by mistake
is removed with a database tool (it is rare, and silent removal would shift promised dates).
The default list for 2026 ships as kiosk_desktop/data/holidays_2026.toml."""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.intake_schema import Holiday
from kiosk_desktop.catalogue.folding import tidy
from kiosk_desktop.errors import ConfigError

DEFAULT_HOLIDAYS = "holidays_2026.toml"
NAME_MAX = 200


@dataclass(frozen=True)
class HolidayEntry:
    day: date
    name: str


@dataclass(frozen=True)
class HolidayImport:
    added: int
    updated: int
    unchanged: int

    def to_json(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}


def default_holidays_path() -> Path:
    return Path(str(resources.files("kiosk_desktop") / "data" / DEFAULT_HOLIDAYS))


def read_holidays(path: Path) -> list[HolidayEntry]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"Không tìm thấy tệp {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Không đọc được tệp {path}: tệp phải là văn bản UTF-8.", detail=str(exc)) from exc
    entries = _from_toml(path, text) if path.suffix.lower() == ".toml" else _from_csv(path, text)
    if not entries:
        raise ConfigError(f"Tệp {path.name} không có ngày nghỉ nào.")
    seen: dict[date, int] = {}
    for index, entry in enumerate(entries, start=1):
        if entry.day in seen:
            raise ConfigError(
                f"Tệp {path.name}: ngày {entry.day:%d/%m/%Y} ghi hai lần (mục {seen[entry.day]} và {index})."
            )
        seen[entry.day] = index
    return entries


def _from_toml(path: Path, text: str) -> list[HolidayEntry]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Tệp {path.name}: sai cú pháp TOML ({exc}).", detail=str(exc)) from exc
    entries = []
    for index, item in enumerate(data.get("holiday", []), start=1):
        day, name = (
            item.get("day") if isinstance(item, dict) else None,
            item.get("name") if isinstance(item, dict) else None,
        )
        if isinstance(day, datetime) or not isinstance(day, date):
            raise ConfigError(f"Tệp {path.name}, mục [[holiday]] thứ {index}: «day» phải là ngày dạng 2026-04-30.")
        entries.append(HolidayEntry(day, _name(path, name, f"mục [[holiday]] thứ {index}")))
    return entries


def _from_csv(path: Path, text: str) -> list[HolidayEntry]:
    entries = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        day = _csv_date(cells[0])
        if day is None:
            if number == 1:
                continue  # a header row
            raise ConfigError(f"Tệp {path.name}, dòng {number}: {cells[0]!r} không phải ngày (dạng 30/04/2026).")
        entries.append(HolidayEntry(day, _name(path, cells[1] if len(cells) > 1 else None, f"dòng {number}")))
    return entries


def _csv_date(text: str) -> date | None:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _name(path: Path, raw: object, where: str) -> str:
    if not isinstance(raw, str) or not tidy(raw):
        raise ConfigError(f"Tệp {path.name}, {where}: thiếu tên ngày nghỉ.")
    return tidy(raw)[:NAME_MAX]


def import_holidays(database: Database, entries: list[HolidayEntry]) -> HolidayImport:
    def work(s: Session) -> HolidayImport:
        known = {holiday.day: holiday for holiday in s.scalars(select(Holiday))}
        added = updated = 0
        for entry in entries:
            row = known.get(entry.day)
            if row is None:
                s.add(Holiday(day=entry.day, name=entry.name))
                added += 1
            elif row.name != entry.name:
                row.name = entry.name
                updated += 1
        return HolidayImport(added, updated, len(entries) - added - updated)

    return database.run(work)


def holidays_between(database: Database, first: date, last: date) -> list[HolidayEntry]:
    def work(s: Session) -> list[HolidayEntry]:
        rows = s.scalars(select(Holiday).where(Holiday.day.between(first, last)).order_by(Holiday.day))
        return [HolidayEntry(row.day, row.name) for row in rows]

    return database.run(work, readonly=True)
