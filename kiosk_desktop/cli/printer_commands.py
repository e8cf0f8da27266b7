"""Printer commands: self-test page, status, ticket preview and reprint, the daily summary slip.

Without --printer a command uses this PC's [printer] settings (the simulator sim:// when none is
set). devices.printers is imported inside the handlers: python-escpos takes a noticeable moment
to load, and only printer commands should pay for it."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk_desktop.cli.context import Context
from kiosk_desktop.cli.output import clock, emit_json, say
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import ConfigError, DeviceUnavailable
from kiosk_desktop.printing.config import PrinterSettings
from kiosk_desktop.printing.service import PrintOutcome, TicketPrinting

if TYPE_CHECKING:
    from PIL import Image

    from devices.printers import EscposTicketPrinter

STATE_VI = {
    "ready": "sẵn sàng",
    "paper_near_end": "sắp hết giấy",
    "paper_out": "hết giấy",
    "offline": "không phản hồi",
    "error": "báo lỗi",
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printer = commands.add_parser("printer", help="máy in phiếu").add_subparsers(dest="action", required=True)
    test = _printer_options(printer.add_parser("test", help="in trang thử (mọi dấu tiếng Việt, mã QR)"))
    test.add_argument("--out", help="ghi hình xem trước ra tệp PNG (không có --printer thì chỉ ghi hình)")
    test.set_defaults(handler=printer_test)
    status = _printer_options(printer.add_parser("status", help="hỏi tình trạng máy in"))
    status.set_defaults(handler=printer_status)
    render = _printer_options(printer.add_parser("render", help="xem trước đúng phiếu sẽ in (PNG)"))
    render.add_argument("--ticket", type=int, required=True, help="mã phiếu (id)")
    render.add_argument("--out", required=True, help="tệp PNG")
    render.add_argument("--bytes", help="ghi cả dữ liệu ESC/POS gửi máy in ra tệp này")
    render.set_defaults(handler=printer_render)
    reprint = _printer_options(printer.add_parser("reprint", help="in lại một phiếu còn trong hàng chờ hôm nay"))
    reprint.add_argument("--ticket", type=int, required=True, help="mã phiếu (id)")
    reprint.set_defaults(handler=printer_reprint)
    slip = _printer_options(printer.add_parser("slip", help="in phiếu tổng hợp trong ngày (khổ 80 mm)"))
    slip.add_argument("--date", type=_day, help="YYYY-MM-DD (mặc định: hôm nay)")
    slip.add_argument("--out", help="ghi hình xem trước ra tệp PNG (không có --printer thì chỉ ghi hình)")
    slip.set_defaults(handler=printer_slip)
    profiles = printer.add_parser("profiles", help="liệt kê các mẫu máy in (profile) có sẵn")
    profiles.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    profiles.set_defaults(handler=printer_profiles)


def _printer_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--printer", help="địa chỉ máy in, ví dụ usb://04b8:0e15, tcp://192.168.1.50:9100, sim://")
    parser.add_argument("--paper", type=int, choices=[80, 58], help="khổ giấy, mm")
    parser.add_argument("--profile", help="mẫu máy in (xem: kiosk-desktop printer profiles)")
    parser.add_argument("--mode", choices=["raster", "tcvn3"], help="cách in chữ tiếng Việt")
    parser.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    return parser


def _day(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (dạng YYYY-MM-DD)") from None


def _settings(ctx: Context) -> PrinterSettings:
    """This PC's printer settings with the command line's choices on top."""
    base = ctx.resolved.settings.printer
    given = {"url": "printer", "paper_mm": "paper", "profile": "profile", "mode": "mode"}
    # `ticket issue --print` has none of these options; open_printer checks whatever is chosen.
    changes = {field: getattr(ctx.args, option) for field, option in given.items() if getattr(ctx.args, option, None)}
    return base.model_copy(update=changes)


def _open(ctx: Context) -> EscposTicketPrinter:
    from devices.printers import open_configured

    return open_configured(_settings(ctx))


def printer_test(ctx: Context) -> int:
    from devices.printers.preview import document_png
    from devices.printers.selftest import selftest_document

    printer = _open(ctx)
    document = selftest_document(printer.model, printer.mode, printer.name, datetime.now())
    if ctx.args.out:
        _save_png(document_png(document), Path(ctx.args.out))
    if ctx.args.out and not ctx.args.printer:
        return _done(ctx, {"printed": False, "out": ctx.args.out})
    state = printer.print_document(document)
    url = _settings(ctx).url
    text = f"Đã in trang thử ra {url}; máy in {STATE_VI[state.value]}."
    return _done(ctx, {"printed": True, "printer": url, "state": state.value}, text)


def printer_status(ctx: Context) -> int:
    url = _settings(ctx).url
    state = _open(ctx).status()
    return _done(ctx, {"printer": url, "state": state.value}, f"Máy in {url}: {STATE_VI[state.value]}.")


def printer_render(ctx: Context) -> int:
    app = ctx.app()
    printer = _open(ctx)
    slip = TicketPrinting(app, printer, printer.name).slip_for(ctx.args.ticket)
    _save_png(printer.ticket_png(slip), Path(ctx.args.out))
    if ctx.args.bytes:
        _write_bytes(Path(ctx.args.bytes), printer.ticket_bytes(slip))
    return _done(ctx, {"ticket": slip.ticket_id, "number": slip.number, "out": ctx.args.out})


def printer_reprint(ctx: Context) -> int:
    printing = _printing(ctx)
    return _report_outcome(ctx, printing.reprint(ctx.args.ticket), printing)


def issue_and_print(ctx: Context) -> int:
    """`ticket issue --print`: the ticket exists even when the printer fails (exit 6, then reprint)."""
    printing = _printing(ctx)
    reason = PriorityReason(ctx.args.priority) if ctx.args.priority else None
    return _report_outcome(ctx, printing.issue_and_print(ctx.args.service, reason), printing)


def printer_slip(ctx: Context) -> int:
    from devices.printers.daily_slip import daily_slip_document
    from devices.printers.preview import document_png
    from kiosk_desktop.printing.slips import centre_name

    app = ctx.app()
    report = app.daily_report(ctx.args.date.date() if ctx.args.date else None)
    printer = _open(ctx)
    document = daily_slip_document(report, centre_name(app.db), printer.model, datetime.now(app.zone))
    if ctx.args.out:
        _save_png(document_png(document), Path(ctx.args.out))
        if not ctx.args.printer:
            return _done(ctx, {"date": report["date"], "printed": False, "out": ctx.args.out})
    state = printer.print_document(document)
    text = f"Đã in phiếu tổng hợp ngày {report['date']} ra {_settings(ctx).url}; máy in {STATE_VI[state.value]}."
    return _done(ctx, {"date": report["date"], "printed": True, "state": state.value}, text)


def printer_profiles(ctx: Context) -> int:
    from devices.printers.escpos_setup import profile_names

    names = profile_names()
    if ctx.json:
        emit_json({"profiles": names})
    else:
        say("\n".join(names))
    return 0


def _printing(ctx: Context) -> TicketPrinting:
    settings = _settings(ctx)
    printer = _open(ctx)
    return TicketPrinting(ctx.app(), printer, settings.name, settings.ticket)


def _report_outcome(ctx: Context, outcome: PrintOutcome, printing: TicketPrinting) -> int:
    ticket = outcome.issued.ticket
    if ctx.json:
        emit_json(
            {
                **outcome.issued.to_json(),
                "printed": outcome.printed,
                "printer_state": outcome.state.value,
                "problem": outcome.problem,
            }
        )
    else:
        say(f"Số {ticket.number} — {ticket.service_name} — cấp lúc {clock(ticket.issued_at, printing.app.zone)}")
        say(f"Số người đang chờ trước: {outcome.issued.waiting_ahead}")
        if outcome.printed:
            say(f"Đã in phiếu ra {_settings(ctx).url}.")
    if outcome.problem:
        print(f"{'Lỗi' if not outcome.printed else 'Lưu ý'}: {outcome.problem}", file=sys.stderr)
    return 0 if outcome.printed else DeviceUnavailable.exit_code


def _done(ctx: Context, data: dict[str, object], text: str | None = None) -> int:
    if ctx.json:
        emit_json(data)
    elif text:
        say(text)
    return 0


def _save_png(picture: Image.Image, path: Path) -> None:
    try:
        picture.save(path, format="PNG")
    except OSError as exc:
        raise ConfigError(f"Không ghi được tệp {path}: {exc.strerror or exc}.") from exc
    print(f"Đã ghi {path.resolve()}", file=sys.stderr)  # stdout stays clean for --json


def _write_bytes(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ConfigError(f"Không ghi được tệp {path}: {exc.strerror}.") from exc
    print(f"Đã ghi {path.resolve()} ({len(data)} byte)", file=sys.stderr)
