"""Find a procedure at the counter by name or code, without caring about accents or case.

"chung thuc" finds "Chứng thực bản sao ...", "001766" and "1.0017" find 1.001766. Matching is
done in Python over the active catalogue (a commune has a few hundred procedures, a province list
about two thousand): SQLite has no accent folding, and one code path keeps both databases equal.
A window loads `catalogue_entries` once into a `CatalogueIndex` and searches it on every key press."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.intake_schema import Field, Procedure, ProcedureVersion
from db.schema import Service
from kiosk_desktop.catalogue.folding import fold

DEFAULT_LIMIT = 20
_CODE_QUERY = re.compile(r"^[\d.]+[a-z0-9.]*$")


@dataclass(frozen=True)
class ProcedureEntry:
    code: str
    name: str
    field: str
    service: str | None  # the queue service of its field, when the centre file maps it
    version: int
    time_limit: float | None
    time_limit_unit: str | None
    online_level: str
    fee: str | None
    post_allowed: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def catalogue_entries(database: Database) -> list[ProcedureEntry]:
    return database.run(_entries, readonly=True)


def search_procedures(database: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[ProcedureEntry]:
    return rank(catalogue_entries(database), text, limit)


def rank(entries: list[ProcedureEntry], text: str, limit: int = DEFAULT_LIMIT) -> list[ProcedureEntry]:
    """One-off search; a window typing letter by letter keeps a CatalogueIndex instead."""
    return CatalogueIndex(entries).search(text, limit)


class CatalogueIndex:
    """Entries with their folded names computed once (folding is most of the cost of a search:
    about 80 ms for 2,000 procedures when redone on every key press, 5-10 ms with an index)."""

    def __init__(self, entries: list[ProcedureEntry]) -> None:
        self.items = [(entry, fold(entry.name), fold(entry.field), entry.code.lower()) for entry in entries]

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> list[ProcedureEntry]:
        """Best matches first: code, then names starting with the text, containing it as a phrase,
        then containing every word of it (in any order)."""
        query = fold(text)
        if not query:
            return []
        words = query.split()
        compact = "".join(text.split()).lower()
        scored: list[tuple[int, str, str, ProcedureEntry]] = []
        for entry, name, field, code in self.items:
            score = _score(code, name, field, query, words, compact)
            if score is not None:
                scored.append((score, name, code, entry))
        scored.sort(key=lambda item: item[:3])
        return [entry for *_, entry in scored[:limit]]


def _score(code: str, name: str, field: str, query: str, words: list[str], compact: str) -> int | None:
    if _CODE_QUERY.match(compact):
        if code == compact:
            return 0
        if code.startswith(compact):
            return 1
        if compact.replace(".", "") in code.replace(".", ""):
            return 2
    if name.startswith(query):
        return 3
    if f" {query}" in f" {name}":
        return 4
    haystack = f" {name} {field}"
    if all(f" {word}" in haystack for word in words):  # each word at a word start
        return 5
    return None


def _entries(s: Session) -> list[ProcedureEntry]:
    rows = s.execute(
        select(
            Procedure.code,
            ProcedureVersion.name,
            Field.name,
            Service.code,
            ProcedureVersion.version,
            ProcedureVersion.time_limit,
            ProcedureVersion.time_limit_unit,
            ProcedureVersion.online_level,
            ProcedureVersion.fee,
            ProcedureVersion.post_allowed,
        )
        .join(
            ProcedureVersion,
            and_(ProcedureVersion.procedure_id == Procedure.id, ProcedureVersion.version == Procedure.current_version),
        )
        .join(Field, Field.id == ProcedureVersion.field_id)
        .outerjoin(Service, Service.id == Field.service_id)
        .where(Procedure.active.is_(True))
        .order_by(Procedure.code)
    ).all()
    return [
        ProcedureEntry(code, name, field, service, version, limit, unit, online, fee, post)
        for code, name, field, service, version, limit, unit, online, fee, post in rows
    ]
