"""Report commands: the daily summary and period reports, as JSON, PDF, XLSX, text or a receipt slip.

    report daily [--date D] --format json|pdf|txt|escpos [--out FILE]
    report period (--from D --to D | --month 2026-07 | --week 2026-W27 | --quarter 2026-Q3 | --year 2026)
                  --format json|pdf|xlsx|txt [--out FILE]

Text and JSON go to stdout unless --out is given. PDF, XLSX and ESC/POS bytes go to --out, or to
stdout when it is redirected (never onto a terminal)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from kiosk_desktop.cli.context import Context
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.metrics.period import (
    Period,
    PeriodError,
    custom_period,
    day_period,
    month_period,
    parse_day,
    quarter_period,
    week_period,
    year_period,
)
from kiosk_desktop.metrics.report import PeriodReport, build_report, today
from kiosk_desktop.metrics.to_json import daily_json, report_json
from kiosk_desktop.reports.render import render

T = TypeVar("T")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser("report", help="báo cáo").add_subparsers(dest="action", required=True)
    daily = report.add_parser("daily", help="báo cáo trong ngày")
    daily.add_argument("--date", type=_day, metavar="NGÀY", help="YYYY-MM-DD (mặc định: hôm nay)")
    daily.add_argument(
        "--format",
        choices=["json", "pdf", "txt", "escpos"],
        required=True,
        help="escpos: phiếu in cho máy in số thứ tự",
    )
    daily.add_argument("--paper", type=int, choices=[80, 58], default=80, help="khổ giấy máy in phiếu, mm (escpos)")
    daily.add_argument("--out", metavar="TỆP", help="ghi ra tệp")
    daily.set_defaults(handler=report_daily)

    period = report.add_parser("period", help="báo cáo theo tuần, tháng, quý, năm hoặc khoảng ngày tùy chọn")
    which = period.add_mutually_exclusive_group(required=True)
    which.add_argument("--from", dest="first", type=_day, metavar="NGÀY", help="ngày đầu YYYY-MM-DD (cùng --to)")
    which.add_argument("--month", type=_month, metavar="THÁNG", help="tháng, ví dụ 2026-07")
    which.add_argument("--week", type=_week, metavar="TUẦN", help="tuần ISO, ví dụ 2026-W27, hoặc một ngày trong tuần")
    which.add_argument("--quarter", type=_quarter, metavar="QUÝ", help="quý, ví dụ 2026-Q3")
    which.add_argument("--year", type=_year, metavar="NĂM", help="năm, ví dụ 2026")
    period.add_argument("--to", dest="last", type=_day, metavar="NGÀY", help="ngày cuối YYYY-MM-DD (cùng --from)")
    period.add_argument(
        "--format", choices=["json", "pdf", "xlsx", "txt"], required=True, help="txt: câu văn dán vào báo cáo của xã"
    )
    period.add_argument("--out", metavar="TỆP", help="ghi ra tệp")
    period.set_defaults(handler=report_period)


def _argument(parse: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse type from a parser that raises PeriodError: the message becomes argparse's."""

    def convert(text: str) -> T:
        try:
            return parse(text)
        except PeriodError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None

    return convert


_day = _argument(parse_day)
_month = _argument(month_period)
_week = _argument(week_period)
_quarter = _argument(quarter_period)
_year = _argument(year_period)


def _chosen_period(args: argparse.Namespace) -> Period:
    if args.last is not None and args.first is None:
        raise PeriodError("--to chỉ dùng cùng --from, ví dụ --from 2025-07-01 --to 2025-07-18.")
    if args.first is not None:
        if args.last is None:
            raise PeriodError("Khoảng ngày cần cả --from và --to, ví dụ --from 2025-07-01 --to 2025-07-18.")
        return custom_period(args.first, args.last)
    chosen: Period = args.month or args.week or args.quarter or args.year
    return chosen


def _report(ctx: Context, period: Period) -> PeriodReport:
    app = ctx.app()
    return build_report(app.db, app.zone, period, ctx.resolved.settings.reports)


def report_daily(ctx: Context) -> int:
    app = ctx.app()
    day = ctx.args.date or today(app.db, app.zone)
    report = _report(ctx, day_period(day))
    if ctx.args.format == "json":
        _write_text(ctx, json.dumps(daily_json(report), ensure_ascii=False, indent=2) + "\n")
    elif ctx.args.format == "escpos":
        _write_bytes(ctx, _slip(report, ctx.args.paper))
    else:
        _deliver(ctx, render(report, ctx.args.format, daily=True))
    return 0


def report_period(ctx: Context) -> int:
    report = _report(ctx, _chosen_period(ctx.args))
    if ctx.args.format == "json":
        _write_text(ctx, json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n")
    else:
        _deliver(ctx, render(report, ctx.args.format, daily=False))
    return 0


def _slip(report: PeriodReport, paper_mm: int) -> bytes:
    from devices.printers import daily_slip_bytes  # the printer side pulls in escpos: only when asked

    # "In lúc ..." is when the figures were read, on the centre's clock (not this PC's clock or zone)
    made_at = report.made_at.astimezone(ZoneInfo(report.zone))
    return daily_slip_bytes(daily_json(report), report.centre, paper_mm, now=made_at)


def _deliver(ctx: Context, content: str | bytes) -> None:
    if isinstance(content, bytes):
        _write_bytes(ctx, content)
    else:
        _write_text(ctx, content)


def _write_text(ctx: Context, text: str) -> None:
    if ctx.args.out:
        _save(Path(ctx.args.out), text.encode("utf-8"))
    else:
        print(text, end="")


def _write_bytes(ctx: Context, data: bytes) -> None:
    if ctx.args.out:
        _save(Path(ctx.args.out), data)
        return
    if sys.stdout.isatty():
        raise PeriodError(
            f"Định dạng {ctx.args.format} là tệp nhị phân: ghi ra tệp bằng --out TỆP "
            f"(ví dụ --out bao-cao.{'bin' if ctx.args.format == 'escpos' else ctx.args.format})."
        )
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _save(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ConfigError(
            f"Không ghi được tệp {path}: {exc.strerror}. Chọn thư mục khác hoặc đóng tệp đang mở."
        ) from exc
    print(f"Đã ghi {path.resolve()}", file=sys.stderr)  # stdout stays clean for pipes
