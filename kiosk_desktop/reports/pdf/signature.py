"""The signature block: the person who drew up the table on the left, the director on the right."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.reports.pdf import styles

PREPARER = "NGƯỜI LẬP BIỂU"


def _column(title: str, hint: str, name: str) -> list[Flowable]:
    return [
        Paragraph(title, styles.CENTRED_BOLD),
        Paragraph(hint, styles.style("hint", 8, align=1)),
        Spacer(1, 22 * mm),
        Paragraph(name or "&nbsp;", styles.CENTRED_BOLD),
    ]


def signature_block(settings: ReportSettings) -> Flowable:
    left = _column(PREPARER, "(Ký, ghi rõ họ tên)", settings.preparer_name)
    right = _column(settings.signer_title.upper(), "(Ký, ghi rõ họ tên, đóng dấu)", settings.signer_name)
    block = Table([[left, right]], colWidths=[85 * mm, 95 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), block])
