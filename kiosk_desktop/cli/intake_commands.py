"""Commands for the procedure catalogue, dossiers, ratings and holidays (issue 5, data entry).

    procedures import FILE.csv|FILE.xlsx [--skip-bad-rows] [--retire-missing] [--json]
    procedures search TEXT [--limit N] [--json]
    dossier add [--ticket ID] [--counter N] --procedure CODE --channel ... --outcome ...
                [--code MA_HO_SO] [--digitised] [--by-post] [--paid-online] [--json]
    dossier update (--id ID | --code MA_HO_SO) --status ... [--at ISO_TIME] [--ticket ID] [--json]
    dossier list --ticket ID [--json]
    rating add --ticket ID --level N [--scale 3|5] [--reason TEXT] [--json]
    holidays import FILE.toml|FILE.csv [--json]

Exit codes as everywhere: 2 bad file (nothing written), 3 not found, 4 refused by the rules."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk_desktop.catalogue.importer import import_catalogue
from kiosk_desktop.catalogue.search import search_procedures
from kiosk_desktop.cli.context import Context
from kiosk_desktop.cli.output import emit_json, say
from kiosk_desktop.intake_terms import (
    CHANNEL_VI,
    DOSSIER_STATUS_VI,
    ONLINE_LEVEL_VI,
    OUTCOME_VI,
    Channel,
    DossierStatus,
    OnlineLevel,
    Outcome,
)
from kiosk_desktop.services.dossier_rules import UPDATE_STATUSES
from kiosk_desktop.services.dossier_views import DossierView
from kiosk_desktop.services.dossiers import DossierService
from kiosk_desktop.services.holidays import import_holidays, read_holidays
from kiosk_desktop.services.ratings import RatingService

UNIT_VI = {"hours": "giờ làm việc", "days": "ngày", "working_days": "ngày làm việc"}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    procedures = commands.add_parser("procedures", help="danh mục thủ tục hành chính").add_subparsers(
        dest="action", required=True
    )
    imp = _json(procedures.add_parser("import", help="nạp danh mục TTHC từ tệp CSV hoặc XLSX của tỉnh"))
    imp.add_argument("file", help="tệp .csv (UTF-8) hoặc .xlsx")
    imp.add_argument("--skip-bad-rows", action="store_true", help="vẫn nạp các dòng đúng khi có dòng lỗi")
    imp.add_argument(
        "--retire-missing",
        action="store_true",
        help="cho phép ngừng áp dụng quá nửa danh mục (các thủ tục không có trong tệp)",
    )
    imp.set_defaults(handler=procedures_import)
    find = _json(procedures.add_parser("search", help="tìm thủ tục theo tên hoặc mã (gõ không dấu cũng được)"))
    find.add_argument("text", help="ví dụ: chung thuc, khai sinh, 1.001193")
    find.add_argument("--limit", type=int, default=20, help="số kết quả tối đa (mặc định 20)")
    find.set_defaults(handler=procedures_search)

    dossier = commands.add_parser("dossier", help="hồ sơ tiếp nhận tại quầy").add_subparsers(
        dest="action", required=True
    )
    add = _json(dossier.add_parser("add", help="ghi một hồ sơ vừa tiếp nhận"))
    add.add_argument("--ticket", type=_ticket, help="mã phiếu (id) hoặc số hôm nay của lượt phục vụ")
    add.add_argument("--counter", type=int, help="quầy nhận hồ sơ (hồ sơ trực tuyến, không có phiếu)")
    add.add_argument("--procedure", required=True, help="mã TTHC, ví dụ 1.001193")
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel], help="kênh tiếp nhận")
    add.add_argument("--outcome", required=True, choices=[o.value for o in Outcome], help="kết quả tiếp nhận")
    add.add_argument("--code", help="mã hồ sơ trên hệ thống của tỉnh")
    add.add_argument("--digitised", action="store_true", help="hồ sơ đã được số hóa")
    add.add_argument("--by-post", action="store_true", help="trả kết quả qua bưu chính")
    add.add_argument("--paid-online", action="store_true", help="phí, lệ phí đã nộp trực tuyến")
    add.set_defaults(handler=dossier_add)
    update = _json(dossier.add_parser("update", help="ghi thay đổi trạng thái của hồ sơ"))
    which = update.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", type=int, help="số hồ sơ trong chương trình")
    which.add_argument("--code", help="mã hồ sơ trên hệ thống của tỉnh")
    update.add_argument("--status", required=True, choices=[s.value for s in UPDATE_STATUSES])
    update.add_argument("--at", type=_moment, help="thời điểm xảy ra, ví dụ 2026-03-02T14:30 (mặc định: bây giờ)")
    update.add_argument("--ticket", type=_ticket, help="lượt phục vụ khi việc này làm tại quầy (trả kết quả)")
    update.set_defaults(handler=dossier_update)
    listing = _json(dossier.add_parser("list", help="các hồ sơ của một lượt phục vụ"))
    listing.add_argument("--ticket", type=_ticket, required=True, help="mã phiếu (id) hoặc số hôm nay")
    listing.set_defaults(handler=dossier_list)

    rating = commands.add_parser("rating", help="đánh giá mức độ hài lòng").add_subparsers(dest="action", required=True)
    rate = _json(rating.add_parser("add", help="ghi đánh giá cho một lượt đã hoàn thành"))
    rate.add_argument("--ticket", type=_ticket, required=True, help="mã phiếu (id) hoặc số hôm nay")
    rate.add_argument("--level", type=int, required=True, help="1 = kém nhất ... thang = tốt nhất")
    rate.add_argument("--scale", type=int, choices=[3, 5], default=5, help="thang 3 hoặc 5 mức (mặc định 5)")
    rate.add_argument("--reason", help="lý do (khi chưa hài lòng)")
    rate.set_defaults(handler=rating_add)

    holidays = commands.add_parser("holidays", help="ngày nghỉ lễ (tính ngày hẹn trả)").add_subparsers(
        dest="action", required=True
    )
    hol = _json(holidays.add_parser("import", help="nạp ngày nghỉ từ tệp TOML hoặc CSV"))
    hol.add_argument("file")
    hol.set_defaults(handler=holidays_import)


def _json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    return parser


def _ticket(text: str) -> int | str:
    return int(text) if text.strip().isdigit() else text.strip().upper()


def _moment(text: str) -> datetime:
    """ISO 8601; without a zone it is the centre's local time (resolved in the handler)."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"thời điểm không hợp lệ: {text!r} (dạng 2026-03-02T14:30)") from None


def procedures_import(ctx: Context) -> int:
    summary = import_catalogue(
        ctx.app().db,
        Path(ctx.args.file),
        skip_bad_rows=ctx.args.skip_bad_rows,
        retire_missing=ctx.args.retire_missing,
    )
    if ctx.json:
        emit_json(summary.to_json())
        return 0
    say(
        f"Đã nạp danh mục {summary.file}: {summary.imported} thủ tục (thêm {summary.added}, "
        f"phiên bản mới {summary.changed}, không đổi {summary.unchanged}); "
        f"ngừng áp dụng {summary.deactivated}, áp dụng lại {summary.reactivated}."
    )
    if summary.fields_added:
        say(f"Lĩnh vực mới (chưa gắn dịch vụ, thêm vào [[field]] của tệp trung tâm): {', '.join(summary.fields_added)}")
    for bad in summary.bad_rows:
        say(f"  bỏ qua dòng {bad.row}: {bad.reason}")
    return 0


def procedures_search(ctx: Context) -> int:
    hits = search_procedures(ctx.app().db, ctx.args.text, ctx.args.limit)
    if ctx.json:
        emit_json({"procedures": [hit.to_json() for hit in hits]})
        return 0
    if not hits:
        say("Không tìm thấy thủ tục nào. Thử từ khóa ngắn hơn hoặc mã TTHC.")
    for hit in hits:
        limit = _limit_text(hit.time_limit, hit.time_limit_unit)
        online = ONLINE_LEVEL_VI[OnlineLevel(hit.online_level)]
        say(
            f"{hit.code:<14} {hit.name} — {hit.field}{f' ({hit.service})' if hit.service else ''}; "
            f"{limit}; DVC: {online}"
        )
    return 0


def dossier_add(ctx: Context) -> int:
    args = ctx.args
    app = ctx.app()
    view = DossierService(app.db, app.zone).add(
        args.ticket,
        args.procedure,
        Channel(args.channel),
        Outcome(args.outcome),
        code=args.code,
        digitised=args.digitised,
        by_post=args.by_post,
        counter_number=args.counter,
        paid_online=True if args.paid_online else None,
        source="cli",
    )
    return _show(ctx, view, app.zone)


def dossier_update(ctx: Context) -> int:
    args = ctx.args
    app = ctx.app()
    at = args.at.replace(tzinfo=app.zone) if args.at is not None and args.at.tzinfo is None else args.at
    ref: int | str = args.id if args.id is not None else args.code
    view = DossierService(app.db, app.zone).update(
        ref, DossierStatus(args.status), at, ticket=args.ticket, source="cli"
    )
    return _show(ctx, view, app.zone)


def dossier_list(ctx: Context) -> int:
    app = ctx.app()
    views = DossierService(app.db, app.zone).for_ticket(ctx.args.ticket)
    if ctx.json:
        emit_json({"ticket": ctx.args.ticket, "dossiers": [view.to_json() for view in views]})
        return 0
    if not views:
        say("Lượt phục vụ này chưa có hồ sơ nào.")
    for view in views:
        say(_describe(view, app.zone))
    return 0


def rating_add(ctx: Context) -> int:
    args = ctx.args
    app = ctx.app()
    view = RatingService(app.db, app.zone).add(args.ticket, args.level, args.scale, args.reason, source="cli")
    if ctx.json:
        emit_json({"rating": view.to_json()})
    else:
        say(
            f"Đã ghi đánh giá «{view.label}» ({view.level}/{view.scale}) cho số {view.ticket_number}, "
            f"quầy {view.counter}."
        )
    return 0


def holidays_import(ctx: Context) -> int:
    entries = read_holidays(Path(ctx.args.file))  # checked whole before anything is written
    result = import_holidays(ctx.app().db, entries)
    if ctx.json:
        emit_json({"holidays": len(entries), **result.to_json()})
    else:
        say(
            f"Đã nạp {len(entries)} ngày nghỉ: thêm {result.added}, đổi tên {result.updated}, "
            f"giữ nguyên {result.unchanged}."
        )
    return 0


def _show(ctx: Context, view: DossierView, zone: ZoneInfo) -> int:
    if ctx.json:
        emit_json({"dossier": view.to_json()})
    else:
        say(_describe(view, zone))
    return 0


def _describe(view: DossierView, zone: ZoneInfo) -> str:
    parts = [
        f"Hồ sơ #{view.id}" + (f" ({view.code})" if view.code else ""),
        f"{view.procedure} {view.procedure_name}",
        CHANNEL_VI[Channel(view.channel)],
        OUTCOME_VI[Outcome(view.outcome)],
        DOSSIER_STATUS_VI[DossierStatus(view.status)],
    ]
    if view.due_at:
        parts.append(f"hẹn trả {view.due_at.astimezone(zone):%H:%M %d/%m/%Y}")
    return " · ".join(parts)


def _limit_text(amount: float | None, unit: str | None) -> str:
    if amount is None or unit is None:
        return "không quy định thời hạn"
    if amount == 0:
        return "trong ngày"
    shown = f"{amount:g}".replace(".", ",")
    return f"{shown} {UNIT_VI.get(unit, unit)}"
