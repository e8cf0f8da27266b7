"""Import a procedure list into the database: versioned, all or nothing.

- A procedure is matched by its code. A row equal to the current version adds nothing; a row that
  differs in any published detail adds version n+1 and makes it current. Versions are never
  edited, so a dossier keeps pointing at the version it was received under.
- A procedure missing from the file is marked inactive (not deleted; old dossiers point at it);
  one that comes back is active again. A skipped bad row that names a code anywhere does not
  retire it. An import that would retire more than half of the active procedures is refused
  (nothing written) unless the caller says so with `retire_missing`: that is a wrong or cut-short
  file far more often than a province that dropped most of its list.
- Bad rows stop the import (nothing written) unless the caller asks to import the good rows.
- Everything happens in one transaction: a failure half-way leaves the catalogue as it was."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.intake_schema import Procedure, ProcedureVersion
from kiosk_desktop.catalogue.fields import FieldBook
from kiosk_desktop.catalogue.reader import BadRow, CatalogueRow, ParsedCatalogue, read_catalogue
from kiosk_desktop.errors import BadCatalogue
from kiosk_desktop.services.lookups import the_centre

log = logging.getLogger(__name__)
SHOWN_BAD_ROWS = 20


@dataclass(frozen=True)
class CatalogueImport:
    file: str
    sheet: str | None
    header_row: int
    added: int  # new procedures
    changed: int  # procedures that got a new version
    unchanged: int
    reactivated: int  # back in the list after being dropped
    deactivated: int  # missing from the file: no longer offered at the counter
    fields_added: list[str]
    bad_rows: list[BadRow]  # skipped (only when the caller chose to import the good rows)
    ignored_columns: list[str]

    @property
    def imported(self) -> int:
        return self.added + self.changed + self.unchanged

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "imported": self.imported,
            "added": self.added,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "reactivated": self.reactivated,
            "deactivated": self.deactivated,
            "fields_added": self.fields_added,
            "bad_rows": [bad.to_json() for bad in self.bad_rows],
            "ignored_columns": self.ignored_columns,
        }


def import_catalogue(
    database: Database, path: Path, *, skip_bad_rows: bool = False, retire_missing: bool = False
) -> CatalogueImport:
    parsed = read_catalogue(path)
    if parsed.bad_rows and not skip_bad_rows:
        raise BadCatalogue(
            _bad_rows_message(path, parsed.bad_rows, nothing_written=True), bad_rows=tuple(parsed.bad_rows)
        )
    if not parsed.rows:
        raise BadCatalogue(
            f"Tệp {path.name} không có dòng thủ tục nào dùng được; chưa ghi gì. "
            + ("Sửa các dòng lỗi rồi nạp lại." if parsed.bad_rows else "Kiểm tra lại nội dung tệp."),
            bad_rows=tuple(parsed.bad_rows),
        )
    summary = database.run(lambda s: _apply(s, database, parsed, path, retire_missing))
    log.info(
        "catalogue %s: +%d ~%d =%d -%d, %d bad rows skipped",
        path.name,
        summary.added,
        summary.changed,
        summary.unchanged,
        summary.deactivated,
        len(summary.bad_rows),
    )
    return summary


def _apply(
    s: Session, database: Database, parsed: ParsedCatalogue, path: Path, retire_missing: bool
) -> CatalogueImport:
    centre = the_centre(s)
    now = database.now(s)
    fields = FieldBook(s, centre.id)
    known = {p.code: p for p in s.scalars(select(Procedure).where(Procedure.centre_id == centre.id))}
    active_before = sum(p.active for p in known.values())
    current = _current_versions(s, centre.id)
    new_procedures = [
        Procedure(centre_id=centre.id, code=row.code, active=True, current_version=0)
        for row in parsed.rows
        if row.code not in known
    ]
    s.add_all(new_procedures)
    s.flush()
    added = len(new_procedures)
    known.update({p.code: p for p in new_procedures})
    changed = unchanged = reactivated = 0
    for row in parsed.rows:
        procedure = known[row.code]
        if not procedure.active:
            procedure.active = True
            reactivated += 1
        wanted = _version_values(row, fields.get_or_create(row.field).id)
        existing = current.get(procedure.id)
        if existing is not None and _same(existing, wanted):
            unchanged += 1
            continue
        procedure.current_version += 1
        s.add(ProcedureVersion(procedure_id=procedure.id, version=procedure.current_version, imported_at=now, **wanted))
        changed += existing is not None
    keep = {row.code for row in parsed.rows} | {bad.code for bad in parsed.bad_rows if bad.code}
    keep.update(code for bad in parsed.bad_rows for code in bad.mentions)
    retiring = [p for code, p in known.items() if code not in keep and p.active]
    if 2 * len(retiring) > active_before and not retire_missing:
        raise BadCatalogue(  # raised inside the transaction: everything above is rolled back
            f"Nạp tệp {path.name} sẽ ngừng áp dụng {len(retiring)} trong {active_before} thủ tục đang áp dụng "
            "(các thủ tục không có trong tệp); chưa ghi gì. Kiểm tra lại tệp: đúng tệp, đủ các dòng. Nếu đúng là "
            "tỉnh đã bỏ các thủ tục đó, nạp lại kèm tùy chọn --retire-missing.",
            bad_rows=tuple(parsed.bad_rows),
            detail=f"would retire {sorted(p.code for p in retiring)[:50]}",
        )
    for procedure in retiring:
        procedure.active = False
    return CatalogueImport(
        file=path.name,
        sheet=parsed.sheet,
        header_row=parsed.header.row,
        added=added,
        changed=changed,
        unchanged=unchanged,
        reactivated=reactivated,
        deactivated=len(retiring),
        fields_added=fields.added,
        bad_rows=parsed.bad_rows,
        ignored_columns=parsed.header.ignored,
    )


def _current_versions(s: Session, centre_id: int) -> dict[int, ProcedureVersion]:
    rows = s.scalars(
        select(ProcedureVersion)
        .join(Procedure, Procedure.id == ProcedureVersion.procedure_id)
        .where(Procedure.centre_id == centre_id, ProcedureVersion.version == Procedure.current_version)
    )
    return {version.procedure_id: version for version in rows}


def _version_values(row: CatalogueRow, field_id: int) -> dict[str, Any]:
    return {
        "name": row.name,
        "field_id": field_id,
        "decision": row.decision,
        "time_limit": row.time_limit.amount if row.time_limit else None,
        "time_limit_unit": row.time_limit.unit.value if row.time_limit else None,
        "online_level": row.online_level.value,
        "fee": row.fee,
        "post_allowed": row.post_allowed,
    }


def _same(version: ProcedureVersion, wanted: dict[str, Any]) -> bool:
    for key, value in wanted.items():
        stored = getattr(version, key)
        if key == "time_limit" and stored is not None and value is not None:
            if round(float(stored), 2) != round(float(value), 2):  # Numeric(8, 2) rounds what it stores
                return False
        elif stored != value:
            return False
    return True


def _bad_rows_message(path: Path, bad_rows: list[BadRow], *, nothing_written: bool) -> str:
    lines = [f"  dòng {bad.row}: {bad.reason}" for bad in bad_rows[:SHOWN_BAD_ROWS]]
    if len(bad_rows) > SHOWN_BAD_ROWS:
        lines.append(f"  ... và {len(bad_rows) - SHOWN_BAD_ROWS} dòng lỗi khác")
    head = f"Tệp {path.name} có {len(bad_rows)} dòng lỗi" + (", chưa ghi gì:" if nothing_written else ":")
    advice = "Sửa các dòng này rồi nạp lại, hoặc nạp riêng các dòng đúng bằng tùy chọn --skip-bad-rows."
    return "\n".join([head, *lines, advice])
