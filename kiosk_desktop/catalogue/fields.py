"""Fields (lĩnh vực) in the database: found by their folded name, created on first sight.

The centre file's [[field]] list maps a field to the queue service whose counters take it; a
field that only appears in a procedure list is created without a service (reports still group by
it). Re-importing the centre file is the one place a mapping changes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.intake_schema import Field
from db.schema import Service
from kiosk_desktop.catalogue.folding import field_key


class FieldBook:
    """The centre's fields by key, inside one transaction."""

    def __init__(self, s: Session, centre_id: int) -> None:
        self.s = s
        self.centre_id = centre_id
        rows = s.scalars(select(Field).where(Field.centre_id == centre_id).order_by(Field.position, Field.id))
        self.by_key = {field_key(row.name): row for row in rows}
        self.added: list[str] = []

    def get_or_create(self, name: str) -> Field:
        key = field_key(name)
        found = self.by_key.get(key)
        if found is not None:
            return found
        position = self.s.scalar(
            select(func.coalesce(func.max(Field.position), -1)).where(Field.centre_id == self.centre_id)
        )
        row = Field(centre_id=self.centre_id, name=name, service_id=None, position=int(position or 0) + 1)
        self.s.add(row)
        self.s.flush()  # versions point at it by id
        self.by_key[key] = row
        self.added.append(name)
        return row


def apply_field_map(
    s: Session, centre_id: int, entries: Sequence[tuple[str, str]], services: dict[str, Service]
) -> int:
    """Set each (field name, service code) mapping; fields left out lose their service.
    Returns how many fields were added or changed."""
    book = FieldBook(s, centre_id)
    changed = 0
    mapped: set[int] = set()
    for position, (name, code) in enumerate(entries):
        before = len(book.added)
        row = book.get_or_create(name)
        is_new = len(book.added) > before
        wanted = {"name": name, "service_id": services[code].id, "position": position}
        differs = any(getattr(row, key) != value for key, value in wanted.items())
        for key, value in wanted.items():
            setattr(row, key, value)
        changed += is_new or differs
        mapped.add(row.id)
    for row in book.by_key.values():
        if row.id not in mapped and row.service_id is not None:
            row.service_id = None
            changed += 1
    return changed


def field_map(s: Session, centre_id: int) -> list[tuple[str, str]]:
    """(field name, service code) for every field mapped to an active service, in file order."""
    rows = s.execute(
        select(Field.name, Service.code)
        .join(Service, Service.id == Field.service_id)
        .where(Field.centre_id == centre_id, Service.active.is_(True))
        .order_by(Field.position, Field.id)
    ).all()
    return [(name, code) for name, code in rows]
