"""What staff and supervisors read about a printer, in Vietnamese, always with the next step."""

from __future__ import annotations

from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.errors import KioskError, PaperOut, PrinterAccessDenied, PrinterFault

#: For the device history a supervisor reads (one line per change).
STATE_VI = {
    PrinterState.READY: "Máy in phiếu hoạt động bình thường.",
    PrinterState.PAPER_NEAR_END: "Máy in phiếu sắp hết giấy: chuẩn bị cuộn giấy mới.",
    PrinterState.PAPER_OUT: "Máy in phiếu hết giấy.",
    PrinterState.OFFLINE: "Máy in phiếu không phản hồi (tắt nguồn, rời cáp hoặc mất mạng).",
    PrinterState.ERROR: "Máy in phiếu báo lỗi (nắp mở, kẹt giấy hoặc lỗi dao cắt).",
}

#: What the person at the kiosk or reception does, by state.
_FIX = {
    PrinterState.PAPER_OUT: ("Máy in hết giấy", "thay giấy rồi bấm In lại"),
    PrinterState.OFFLINE: ("Máy in không phản hồi", "kiểm tra nguồn điện và cáp của máy in rồi bấm In lại"),
    PrinterState.ERROR: ("Máy in báo lỗi", "đóng nắp máy in, gỡ giấy kẹt rồi bấm In lại"),
}


def state_of(error: KioskError) -> PrinterState:
    """The printer state a failed print stands for (the caller decides by type, never by text)."""
    if isinstance(error, PaperOut):
        return PrinterState.PAPER_OUT
    if isinstance(error, PrinterFault):
        return PrinterState.ERROR
    return PrinterState.OFFLINE  # PrinterOffline, a missing port, a device that vanished


def not_printed(state: PrinterState, number: str) -> str:
    """E.g. 'Máy in hết giấy. Số A012 đã được cấp, vẫn giữ chỗ: thay giấy rồi bấm In lại.'"""
    what, fix = _FIX.get(state, _FIX[PrinterState.ERROR])
    return f"{what}. Số {number} đã được cấp, vẫn giữ chỗ: {fix}."


def not_printed_because(error: KioskError, number: str) -> str:
    """Like not_printed, but a printer the program may not write to is a permission to grant (IT),
    not a cable to check."""
    if isinstance(error, PrinterAccessDenied):
        return f"{error.message} Số {number} đã được cấp, vẫn giữ chỗ: bấm In lại khi đã được cấp quyền."
    return not_printed(state_of(error), number)


def not_printed_fault(number: str) -> str:
    return (
        f"Không in được phiếu do lỗi chương trình. Số {number} đã được cấp, vẫn giữ chỗ: ghi số lên giấy "
        "cho công dân và báo quản trị hệ thống (chi tiết trong nhật ký)."
    )


def printed_with_warning(state: PrinterState) -> str | None:
    if state is PrinterState.PAPER_NEAR_END:
        return "Máy in sắp hết giấy: chuẩn bị cuộn giấy mới để thay."
    return None


def printed_not_recorded(number: str) -> str:
    return (
        f"Đã in phiếu số {number} nhưng chưa ghi được trạng thái «đã in» vào cơ sở dữ liệu "
        "(mất kết nối). Không cần in lại; báo quản trị hệ thống nếu lỗi lặp lại."
    )
