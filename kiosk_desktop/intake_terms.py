"""The vocabulary of dossier intake shared by the counter, the CLI and the reports.

Values are the CLI spellings (ASCII, stable); labels are what staff read."""

from __future__ import annotations

import enum


class Channel(enum.StrEnum):
    """Kênh tiếp nhận. Kept apart in data; the official II.06a table merges in person and post."""

    TRUC_TIEP = "truc_tiep"
    TRUC_TUYEN = "truc_tuyen"
    BUU_CHINH = "buu_chinh"


class Outcome(enum.StrEnum):
    """What the counter did with the dossier at intake."""

    TIEP_NHAN = "tiep_nhan"  # received: receipt and promised return date (form 01, Circular 03/2025/TT-VPCP)
    BO_SUNG = "bo_sung"  # supplement requested (Phiếu yêu cầu bổ sung)
    TU_CHOI = "tu_choi"  # refused (Phiếu từ chối)
    HUONG_DAN = "huong_dan"  # guidance only: counts as a citizen guided, not a dossier received


class DossierStatus(enum.StrEnum):
    """Status after intake; `dossier update --status` takes the last five."""

    DA_TIEP_NHAN = "da_tiep_nhan"  # received, in progress
    DA_GIAI_QUYET = "da_giai_quyet"  # resolved (official code 9)
    DA_TRA_KET_QUA = "da_tra_ket_qua"  # result returned (code 10)
    YEU_CAU_BO_SUNG = "yeu_cau_bo_sung"  # waiting for the citizen's supplement (code 5): the clock stops
    DA_BO_SUNG = "da_bo_sung"  # supplement received: the clock runs again
    RUT_HO_SO = "rut_ho_so"  # withdrawn by the citizen (code 7)
    KHONG_TIEP_NHAN = "khong_tiep_nhan"  # refused or guidance only at intake: never in progress


class OnlineLevel(enum.StrEnum):
    TOAN_TRINH = "toan_trinh"
    MOT_PHAN = "mot_phan"
    NONE = "none"


class TimeUnit(enum.StrEnum):
    """Unit of a procedure's legal time limit."""

    HOURS = "hours"
    DAYS = "days"
    WORKING_DAYS = "working_days"


CHANNEL_VI = {
    Channel.TRUC_TIEP: "Trực tiếp",
    Channel.TRUC_TUYEN: "Trực tuyến",
    Channel.BUU_CHINH: "Bưu chính công ích",
}
OUTCOME_VI = {
    Outcome.TIEP_NHAN: "Tiếp nhận",
    Outcome.BO_SUNG: "Yêu cầu bổ sung",
    Outcome.TU_CHOI: "Từ chối",
    Outcome.HUONG_DAN: "Chỉ hướng dẫn",
}
DOSSIER_STATUS_VI = {
    DossierStatus.DA_TIEP_NHAN: "Đang giải quyết",
    DossierStatus.DA_GIAI_QUYET: "Đã giải quyết",
    DossierStatus.DA_TRA_KET_QUA: "Đã trả kết quả",
    DossierStatus.YEU_CAU_BO_SUNG: "Chờ bổ sung",
    DossierStatus.DA_BO_SUNG: "Đã bổ sung",
    DossierStatus.RUT_HO_SO: "Công dân rút hồ sơ",
    DossierStatus.KHONG_TIEP_NHAN: "Không tiếp nhận",
}
ONLINE_LEVEL_VI = {OnlineLevel.TOAN_TRINH: "Toàn trình", OnlineLevel.MOT_PHAN: "Một phần", OnlineLevel.NONE: "Không"}
