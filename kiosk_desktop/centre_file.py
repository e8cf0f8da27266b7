"""The centre file (TOML): centre name, queue policy, services and counters.

Validated whole before anything is written; every problem names the file line and the field."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from kiosk_desktop.catalogue.folding import field_key
from kiosk_desktop.domain import PriorityPolicy, TransferPlacement
from kiosk_desktop.tomlfile import config_error_from_validation, read_toml

CODE_PATTERN = r"^[A-Z0-9]{1,16}$"
PREFIX_PATTERN = r"^[A-Z]{0,4}$"
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"

#: What to tell staff when a field does not match its pattern.
FIELD_RULES = {
    "code": "chỉ gồm chữ in hoa không dấu và chữ số, tối đa 16 ký tự (ví dụ CT)",
    "prefix": "từ 0 đến 4 chữ cái in hoa không dấu (ví dụ A)",
}


class _Strict(BaseModel):
    # strict: `daily_limit = true` or `number = "3"` is a mistake to report, not to convert
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class CentreSection(_Strict):
    name: str = Field(min_length=1, max_length=200)
    timezone: str = Field(DEFAULT_TIMEZONE, description="IANA zone; the business day is its local date")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"múi giờ không tồn tại: {value!r} (Việt Nam: {DEFAULT_TIMEZONE!r})") from None
        return value


class QueueSection(_Strict):
    priority_policy: PriorityPolicy = Field(PriorityPolicy.STRICT, strict=False)  # enums come as text
    interleave_every: int = Field(3, ge=1, le=50)
    aging_cap_minutes: int = Field(30, ge=0, le=600, description="longest head start of priority over normal; 0 = none")
    transfer_placement: TransferPlacement = Field(TransferPlacement.FRONT, strict=False)


class ServiceEntry(_Strict):
    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(min_length=1, max_length=200)
    prefix: str = Field("", pattern=PREFIX_PATTERN)
    digits: int = Field(3, ge=1, le=6)
    first_number: int = Field(1, ge=0, le=999_999)
    daily_limit: int | None = Field(None, ge=1, le=999_999)
    target_wait_minutes: int | None = Field(None, ge=1, le=600)


class CounterEntry(_Strict):
    number: int = Field(ge=1, le=999)
    name: str | None = Field(None, min_length=1, max_length=100)
    services: list[str] = Field(min_length=1, description="calling preference order")

    @property
    def display_name(self) -> str:
        return self.name or f"Quầy {self.number}"


class OfficerEntry(_Strict):
    """A counter officer who signs in at a counter; per-officer figures need it, nothing else does."""

    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(min_length=1, max_length=200)


class FieldEntry(_Strict):
    """A field (lĩnh vực) of the procedure catalogue and the queue service whose counters take it."""

    name: str = Field(min_length=1, max_length=200)
    service: str = Field(pattern=CODE_PATTERN)


class CentreFile(_Strict):
    centre: CentreSection
    queue: QueueSection = QueueSection()
    service: list[ServiceEntry] = Field(min_length=1)
    counter: list[CounterEntry] = Field(default_factory=list)
    officer: list[OfficerEntry] = Field(default_factory=list)
    field: list[FieldEntry] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> CentreFile:
        problems = _cross_field_problems(self)
        if problems:
            raise _Located(problems)
        return self


def _cross_field_problems(centre: CentreFile) -> list[tuple[tuple[str | int, ...], str]]:
    """Every problem between entries, not just the first: a file is fixed in one go."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    codes: set[str] = set()
    prefixes: set[str] = set()
    for index, service in enumerate(centre.service):
        if service.code in codes:
            problems.append((("service", index, "code"), f"mã dịch vụ {service.code!r} bị trùng"))
        if service.prefix in prefixes:  # two services printing "A001" would confuse everyone
            problems.append((("service", index, "prefix"), f"chữ đầu số {service.prefix!r} đã dùng cho dịch vụ khác"))
        codes.add(service.code)
        prefixes.add(service.prefix)
    unknown = "dịch vụ {!r} không có trong danh sách [[service]]"
    numbers: set[int] = set()
    for index, counter in enumerate(centre.counter):
        if counter.number in numbers:
            problems.append((("counter", index, "number"), f"số quầy {counter.number} bị trùng"))
        numbers.add(counter.number)
        problems += [(("counter", index, "services"), unknown.format(c)) for c in counter.services if c not in codes]
        if len(set(counter.services)) != len(counter.services):
            problems.append((("counter", index, "services"), "một dịch vụ được liệt kê hai lần"))
    officer_codes: set[str] = set()
    for index, officer in enumerate(centre.officer):
        if officer.code in officer_codes:
            problems.append((("officer", index, "code"), f"mã cán bộ {officer.code!r} bị trùng"))
        officer_codes.add(officer.code)
    field_keys: set[str] = set()
    for index, entry in enumerate(centre.field):
        if entry.service not in codes:
            problems.append((("field", index, "service"), unknown.format(entry.service)))
        if field_key(entry.name) in field_keys:  # "Hộ tịch" and "HỘ TỊCH" are one field
            problems.append((("field", index, "name"), f"lĩnh vực {entry.name!r} bị trùng"))
        field_keys.add(field_key(entry.name))
    return problems


class _Located(ValueError):
    """Cross-field problems that know which field each is about (pydantic only knows the model)."""

    def __init__(self, problems: list[tuple[tuple[str | int, ...], str]]) -> None:
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems


def load_centre_file(path: Path) -> CentreFile:
    data, text = read_toml(path)
    try:
        return CentreFile.model_validate(data)
    except ValidationError as exc:
        located = _find_located(exc)
        if located is not None:
            raise config_error_from_validation(path, text, _relocated(located), rules=FIELD_RULES) from exc
        raise config_error_from_validation(path, text, exc, rules=FIELD_RULES) from exc


def _find_located(exc: ValidationError) -> _Located | None:
    for error in exc.errors():
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, _Located):
            return cause
    return None


def _relocated(located: _Located) -> ValidationError:
    """Rebuild the errors with each field's own location so the line finder can point at it."""
    return ValidationError.from_exception_data(
        "CentreFile",
        [
            {"type": "value_error", "loc": loc, "input": None, "ctx": {"error": message}}
            for loc, message in located.problems
        ],
    )


def dump_centre_file(centre: CentreFile) -> str:
    """TOML text of a centre, in the same shape `load_centre_file` reads."""
    data = centre.model_dump(mode="json", exclude_none=True)
    parts = ["# Trung tâm, chính sách hàng đợi, dịch vụ và quầy (kiosk-desktop config export)\n"]
    parts.append("[centre]\n" + tomli_w.dumps(data["centre"]))
    parts.append("[queue]\n" + tomli_w.dumps(data["queue"]))
    parts += ["[[service]]\n" + tomli_w.dumps(entry) for entry in data["service"]]
    parts += ["[[counter]]\n" + tomli_w.dumps(entry) for entry in data["counter"]]
    parts += ["[[officer]]\n" + tomli_w.dumps(entry) for entry in data["officer"]]
    parts += ["[[field]]\n" + tomli_w.dumps(entry) for entry in data["field"]]
    return "\n".join(parts)
