"""Words the windows share, translatable: priority reasons, ticket states, durations."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from kiosk_desktop.domain import PriorityReason, TicketStatus

translate = QCoreApplication.translate

#: The kiosk's priority buttons, in the order the law lists them (Decree 63/2010 art. 18.8).
KIOSK_REASONS = (
    PriorityReason.NGUOI_CAO_TUOI,
    PriorityReason.NGUOI_KHUYET_TAT,
    PriorityReason.PHU_NU_MANG_THAI,
    PriorityReason.NGUOI_CO_CONG,
    PriorityReason.TRE_MO_COI,
    PriorityReason.NGUOI_NGHEO,
    PriorityReason.BAO_TRO_XA_HOI,
    PriorityReason.KHAC,
)


def priority_label(reason: str | None) -> str:
    labels = {
        PriorityReason.NGUOI_CO_CONG: translate("Terms", "Người có công với cách mạng"),
        PriorityReason.NGUOI_CAO_TUOI: translate("Terms", "Người cao tuổi"),
        PriorityReason.NGUOI_KHUYET_TAT: translate("Terms", "Người khuyết tật"),
        PriorityReason.PHU_NU_MANG_THAI: translate("Terms", "Phụ nữ mang thai"),
        PriorityReason.NGUOI_NGHEO: translate("Terms", "Người nghèo"),
        PriorityReason.TRE_MO_COI: translate("Terms", "Trẻ mồ côi"),
        PriorityReason.BAO_TRO_XA_HOI: translate("Terms", "Đối tượng bảo trợ xã hội"),
        PriorityReason.KHAC: translate("Terms", "Ưu tiên khác"),
    }
    if reason is None:
        return translate("Terms", "Thường")
    return labels.get(PriorityReason(reason), reason)


def status_label(status: str) -> str:
    labels = {
        TicketStatus.WAITING: translate("Terms", "Đang chờ"),
        TicketStatus.CALLED: translate("Terms", "Đang mời"),
        TicketStatus.SERVING: translate("Terms", "Đang phục vụ"),
        TicketStatus.PARKED: translate("Terms", "Tạm gác"),
        TicketStatus.FINISHED: translate("Terms", "Đã xong"),
        TicketStatus.NO_SHOW: translate("Terms", "Vắng mặt"),
        TicketStatus.CANCELLED: translate("Terms", "Đã hủy"),
    }
    return labels.get(TicketStatus(status), status)


def minutes_text(seconds: float | None) -> str:
    """'12 phút', '< 1 phút', '—' — waits as staff say them."""
    if seconds is None:
        return "—"
    minutes = int(seconds // 60)
    if minutes < 1:
        return translate("Terms", "< 1 phút")
    return translate("Terms", "%n phút", None, minutes)


def elapsed_text(since: datetime | None, now: datetime) -> str:
    """'mm:ss' (or 'h:mm:ss') since a moment; '00:00' for a moment in the future (clock skew)."""
    if since is None:
        return "--:--"
    total = max(0, int((now - since).total_seconds()))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def counter_label(number: int) -> str:
    return translate("Terms", "Quầy %1").replace("%1", str(number))
