"""The [reports] section of the per-PC settings file: who signs, and the targets reports judge by.

```toml
[reports]
authority = "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG"   # printed above the centre's name
place = "Hồng Bàng"                               # "Hồng Bàng, ngày 31 tháng 7 năm 2026"
signer_title = "GIÁM ĐỐC"
signer_name = "Nguyễn Văn A"
preparer_name = "Trần Thị B"

[reports.targets]                                 # percent; Decision 766 thresholds change: set them here
on_time_pct = 95.0
online_pct = 50.0
```"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _pct(default: float, description: str) -> float:
    return Field(default, ge=0, le=100, description=description)


class Targets(_Strict):
    on_time_pct: float = _pct(95.0, "hồ sơ giải quyết trước hạn, đúng hạn / hồ sơ đã giải quyết")
    online_pct: float = _pct(50.0, "hồ sơ nộp trực tuyến / hồ sơ tiếp nhận (766: đủ điểm từ 50%)")
    digitised_pct: float = _pct(80.0, "hồ sơ được số hóa / hồ sơ tiếp nhận (766: đủ điểm từ 80%)")
    online_payment_pct: float = _pct(50.0, "hồ sơ thanh toán trực tuyến / hồ sơ có thông tin thanh toán")
    satisfaction_pct: float = _pct(90.0, "đánh giá hài lòng, rất hài lòng / lượt đánh giá")
    handling_satisfaction_pct: float = _pct(90.0, "766: 100% − (% quá hạn + % không hài lòng)")
    wait_within_target_pct: float = _pct(80.0, "lượt chờ không quá thời gian mục tiêu của dịch vụ")


class ReportSettings(_Strict):
    authority: str = Field("", description="cơ quan chủ quản in trên tên trung tâm, ví dụ ỦY BAN NHÂN DÂN PHƯỜNG ...")
    place: str = Field("", description="địa danh ghi trước ngày tháng, ví dụ Hồng Bàng")
    signer_title: str = Field("GIÁM ĐỐC", description="chức danh người ký")
    signer_name: str = Field("", description="họ tên người ký (để trống: ký tay)")
    preparer_name: str = Field("", description="họ tên người lập biểu (để trống: ký tay)")
    targets: Targets = Targets()
