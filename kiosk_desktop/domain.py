"""Vocabulary of the queue: ticket states, event kinds, priority reasons, policies."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass


class TicketStatus(enum.StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    PARKED = "parked"
    FINISHED = "finished"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


#: A counter holds at most one ticket in one of these states.
ACTIVE_STATUSES = (TicketStatus.CALLED, TicketStatus.SERVING)
#: States of a ticket that still needs somebody to act on it.
OPEN_STATUSES = (TicketStatus.WAITING, TicketStatus.PARKED, *ACTIVE_STATUSES)
#: States from which a counter may call a ticket by its number.
CALLABLE_STATUSES = (TicketStatus.WAITING, TicketStatus.PARKED, TicketStatus.NO_SHOW)


class EventKind(enum.StrEnum):
    ISSUED = "issued"
    CALLED = "called"
    RECALLED = "recalled"
    STARTED = "started"
    FINISHED = "finished"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    PARKED = "parked"
    UNPARKED = "unparked"
    CANCELLED = "cancelled"
    COUNTER_PAUSED = "counter_paused"
    COUNTER_RESUMED = "counter_resumed"
    PRIORITY_CHANGED = "priority_changed"
    OFFICER_SIGNED_IN = "officer_signed_in"
    OFFICER_SIGNED_OUT = "officer_signed_out"


class PriorityReason(enum.StrEnum):
    """Who the law gives priority (Decree 63/2010 art. 18.8)."""

    NGUOI_CO_CONG = "nguoi_co_cong"
    NGUOI_CAO_TUOI = "nguoi_cao_tuoi"
    NGUOI_KHUYET_TAT = "nguoi_khuyet_tat"
    PHU_NU_MANG_THAI = "phu_nu_mang_thai"
    NGUOI_NGHEO = "nguoi_ngheo"
    TRE_MO_COI = "tre_mo_coi"
    BAO_TRO_XA_HOI = "bao_tro_xa_hoi"
    KHAC = "khac"


PRIORITY_LABELS = {
    PriorityReason.NGUOI_CO_CONG: "Người có công với cách mạng",
    PriorityReason.NGUOI_CAO_TUOI: "Người cao tuổi",
    PriorityReason.NGUOI_KHUYET_TAT: "Người khuyết tật",
    PriorityReason.PHU_NU_MANG_THAI: "Phụ nữ mang thai",
    PriorityReason.NGUOI_NGHEO: "Người nghèo",
    PriorityReason.TRE_MO_COI: "Trẻ mồ côi",
    PriorityReason.BAO_TRO_XA_HOI: "Đối tượng bảo trợ xã hội",
    PriorityReason.KHAC: "Ưu tiên khác",
}


class PriorityPolicy(enum.StrEnum):
    STRICT = "strict"  # every waiting priority ticket before any normal one
    INTERLEAVE = "interleave"  # one priority ticket after every N normal ones (per counter)


class TransferPlacement(enum.StrEnum):
    FRONT = "front"  # the transferred citizen is next at the new service
    END = "end"  # the transferred citizen queues behind everyone waiting there


@dataclass(frozen=True)
class QueuePolicy:
    priority: PriorityPolicy = PriorityPolicy.STRICT
    interleave_every: int = 3
    #: A priority ticket overtakes only normal tickets queued less than this before it; 0 = no cap.
    aging_cap_minutes: int = 30
    transfer_placement: TransferPlacement = TransferPlacement.FRONT


def format_number(prefix: str, seq: int, digits: int) -> str:
    """The number as printed: prefix plus the sequence padded to `digits` (A001, B0123)."""
    return f"{prefix}{seq:0{digits}d}"


def nearest_rank(sorted_values: list[float], percent: float) -> float | None:
    """Percentile by the nearest-rank method over an ascending list; None when empty."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(percent / 100 * len(sorted_values)))
    return sorted_values[rank - 1]
