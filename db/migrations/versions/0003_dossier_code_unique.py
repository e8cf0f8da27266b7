"""dossier code unique among live dossiers, across PCs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Until now only the program checked that a province dossier code (mã hồ sơ) is recorded once, so
two PCs saving the same code at the same instant could both succeed. A partial unique index makes
the database refuse the second one. Dossiers refused at intake (khong_tiep_nhan) or withdrawn
(rut_ho_so) are left out: their code may be received again (db/intake_schema.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk_desktop.errors import RuleViolation

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written out here, not imported: a migration must keep doing what it did when the schema moves on.
INDEX = "uq_dossier_code_live"
LIVE = "code IS NOT NULL AND status NOT IN ('khong_tiep_nhan', 'rut_ho_so')"


def upgrade() -> None:
    _refuse_existing_duplicates()
    op.create_index(INDEX, "dossier", ["code"], unique=True, sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE))


def downgrade() -> None:
    op.drop_index(INDEX, table_name="dossier")


def _refuse_existing_duplicates() -> None:
    """A race before this revision may have left one code on two live dossiers. Which one is the
    double entry only staff can tell, so stop with both named (nothing is changed) instead of
    failing on the index with a database error."""
    query = f"SELECT code, min(id), max(id), count(*) FROM dossier WHERE {LIVE} GROUP BY code HAVING count(*) > 1"
    rows = op.get_bind().execute(sa.text(query + " ORDER BY code")).all()
    if rows:
        listed = "; ".join(f"{code}: {n} hồ sơ (#{low} … #{high})" for code, low, high, n in rows[:10])
        raise RuleViolation(
            f"Chưa nâng cấp được cơ sở dữ liệu: {len(rows)} mã hồ sơ được ghi cho hơn một hồ sơ đang xử lý "
            f"({listed}). Mỗi mã hồ sơ chỉ thuộc một hồ sơ: báo quản trị hệ thống xử lý các hồ sơ ghi trùng "
            "rồi chạy lại kiosk-desktop db upgrade. Chưa có gì thay đổi.",
            detail=f"live duplicate dossier codes: {[tuple(r) for r in rows]}",
        )
