"""Commands on tickets and counters: the same moves the kiosk and counter windows make."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kiosk_desktop.app import App
from kiosk_desktop.cli import printer_commands
from kiosk_desktop.cli.context import Context
from kiosk_desktop.cli.output import clock, describe_ticket, emit_json, say
from kiosk_desktop.domain import PRIORITY_LABELS, PriorityReason, TransferPlacement
from kiosk_desktop.services.ticket_text import status_label
from kiosk_desktop.services.views import TicketView


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ticket = commands.add_parser("ticket", help="cấp, hủy, trả lại phiếu").add_subparsers(dest="action", required=True)
    issue = _json(ticket.add_parser("issue", help="cấp một số thứ tự"))
    issue.add_argument("--service", required=True, type=str.upper, help="mã dịch vụ, ví dụ CT")
    issue.add_argument("--priority", choices=[reason.value for reason in PriorityReason], help="lý do ưu tiên")
    issue.add_argument("--print", action="store_true", help="in phiếu ra máy in của máy này (cài đặt [printer])")
    issue.set_defaults(handler=issue_ticket)
    for name, handler, text in (
        ("cancel", cancel_ticket, "hủy một phiếu đang chờ"),
        ("unpark", unpark_ticket, "công dân tạm gác đã quay lại: xếp lại vào chỗ cũ"),
    ):
        parser = _json(ticket.add_parser(name, help=text))
        _ticket_ref(parser)
        if name == "cancel":
            parser.add_argument("--reason", help="lý do")
        parser.set_defaults(handler=handler)
    priority = _json(ticket.add_parser("priority", help="đổi ưu tiên của số đang chờ (có ghi lý do)"))
    _ticket_ref(priority)
    priority.add_argument(
        "--reason",
        required=True,
        choices=[*(r.value for r in PriorityReason), "none"],
        help="đối tượng ưu tiên, none = bỏ",
    )
    priority.add_argument("--note", required=True, help="vì sao đổi (lưu lại để đối chiếu)")
    priority.set_defaults(handler=prioritise_ticket)

    counter = commands.add_parser("counter", help="thao tác của quầy").add_subparsers(dest="action", required=True)
    simple: dict[str, tuple[Callable[..., TicketView | None], str]] = {
        "call-next": (lambda app, args: app.queue.call_next(args.counter), "gọi số tiếp theo"),
        "recall": (lambda app, args: app.queue.recall(args.counter), "gọi lại số đang gọi"),
        "start": (lambda app, args: app.queue.start(args.counter), "công dân đã đến quầy"),
        "finish": (lambda app, args: app.queue.finish(args.counter), "hoàn thành"),
        "no-show": (lambda app, args: app.queue.no_show(args.counter), "vắng mặt"),
    }
    for name, (move, text) in simple.items():
        parser = _counter(counter.add_parser(name, help=text))
        parser.set_defaults(handler=_ticket_move(move))
    call = _counter(counter.add_parser("call", help="gọi một số cụ thể (công dân quay lại)"))
    _ticket_ref(call)
    call.set_defaults(handler=_ticket_move(lambda app, args: app.queue.call_ticket(args.counter, _ref(args))))
    park = _counter(counter.add_parser("park", help="tạm gác (công dân đi bổ sung giấy tờ)"))
    park.add_argument("--reason", help="lý do")
    park.set_defaults(handler=_ticket_move(lambda app, args: app.queue.park(args.counter, args.reason)))
    transfer = _counter(counter.add_parser("transfer", help="chuyển sang dịch vụ khác"))
    transfer.add_argument("--service", required=True, type=str.upper, help="mã dịch vụ nhận")
    transfer.add_argument("--placement", choices=[p.value for p in TransferPlacement], help="đầu hay cuối hàng")
    transfer.set_defaults(
        handler=_ticket_move(
            lambda app, args: app.queue.transfer(
                args.counter, args.service, TransferPlacement(args.placement) if args.placement else None
            )
        )
    )
    pause = _counter(counter.add_parser("pause", help="tạm dừng quầy"))
    pause.add_argument("--reason", help="lý do, ví dụ: nghỉ trưa, họp")
    pause.set_defaults(handler=pause_counter)
    _counter(counter.add_parser("resume", help="quầy làm việc trở lại")).set_defaults(handler=resume_counter)
    sign_in = _counter(counter.add_parser("sign-in", help="cán bộ nhận quầy (số liệu theo cán bộ)"))
    sign_in.add_argument("--officer", required=True, metavar="MA_CAN_BO", help="mã cán bộ trong tệp trung tâm")
    sign_in.set_defaults(handler=sign_in_counter)
    _counter(counter.add_parser("sign-out", help="cán bộ rời quầy")).set_defaults(handler=sign_out_counter)

    queue = commands.add_parser("queue", help="tình hình hàng đợi").add_subparsers(dest="action", required=True)
    _json(queue.add_parser("status", help="số người chờ và số đang phục vụ")).set_defaults(handler=show_status)


def _json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    return parser


def _counter(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--counter", type=int, required=True, help="số quầy")
    return _json(parser)


def _ticket_ref(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--number", help="số trên phiếu hôm nay, ví dụ A001")
    group.add_argument("--id", type=int, help="mã phiếu (id)")


def _ref(args: argparse.Namespace) -> int | str:
    return int(args.id) if args.id is not None else str(args.number)


def issue_ticket(ctx: Context) -> int:
    args = ctx.args
    if args.print:
        return printer_commands.issue_and_print(ctx)
    app = ctx.app()
    reason = PriorityReason(args.priority) if args.priority else None
    issued = app.queue.issue(args.service, reason)
    if ctx.json:
        emit_json(issued.to_json())
    else:
        ticket = issued.ticket
        extra = f" · ưu tiên: {PRIORITY_LABELS[reason]}" if reason else ""
        say(f"Đã cấp số {ticket.number} — {ticket.service_name}{extra} — lúc {clock(ticket.issued_at, app.zone)}")
        say(f"Số người đang chờ trước: {issued.waiting_ahead}")
    return 0


def _ticket_move(move: Callable[..., TicketView | None]) -> Callable[[Context], int]:
    def handler(ctx: Context) -> int:
        app = ctx.app()
        ticket = move(app, ctx.args)
        if ctx.json:
            emit_json({"ticket": ticket.to_json() if ticket else None})
        elif ticket is None:
            say("Không còn ai chờ cho các dịch vụ của quầy này.")
        else:
            say(describe_ticket(ticket, app.zone))
        return 0

    return handler


def cancel_ticket(ctx: Context) -> int:
    return _ticket_move(lambda app, args: app.queue.cancel(_ref(args), args.reason))(ctx)


def prioritise_ticket(ctx: Context) -> int:
    def move(app: App, args: argparse.Namespace) -> TicketView:
        reason = None if args.reason == "none" else PriorityReason(args.reason)
        return app.queue.set_priority(_ref(args), reason, args.note)

    return _ticket_move(move)(ctx)


def unpark_ticket(ctx: Context) -> int:
    return _ticket_move(lambda app, args: app.queue.unpark(_ref(args)))(ctx)


def pause_counter(ctx: Context) -> int:
    ctx.app().queue.pause(ctx.args.counter, ctx.args.reason)
    return _counter_state(ctx)


def resume_counter(ctx: Context) -> int:
    ctx.app().queue.resume(ctx.args.counter)
    return _counter_state(ctx)


def sign_in_counter(ctx: Context) -> int:
    ctx.app().queue.sign_in(ctx.args.counter, ctx.args.officer)
    return _counter_state(ctx)


def sign_out_counter(ctx: Context) -> int:
    ctx.app().queue.sign_out(ctx.args.counter)
    return _counter_state(ctx)


def _counter_state(ctx: Context) -> int:
    state = next(c for c in ctx.app().status().counters if c.number == ctx.args.counter)
    officer = f", cán bộ: {state.officer}" if state.officer else ""
    if ctx.json:
        emit_json({"counter": state.to_json()})
    elif state.paused:
        say(f"{state.name}: tạm dừng ({state.pause_reason}){officer}")
    else:
        say(f"{state.name}: đang làm việc{officer}")
    return 0


def show_status(ctx: Context) -> int:
    app = ctx.app()
    status = app.status()
    if ctx.json:
        emit_json(status.to_json())
        return 0
    say(f"{status.centre} — {status.date:%d/%m/%Y} {clock(status.at, app.zone)}")
    say(f"Đang chờ: {status.waiting}")
    for service in status.services:
        oldest = f", chờ lâu nhất {service.oldest_wait_s / 60:.0f} phút" if service.oldest_wait_s else ""
        parked = f", {service.parked} tạm gác" if service.parked else ""
        say(
            f"  {service.code:<4} {service.name}: {service.waiting} chờ "
            f"({service.priority_waiting} ưu tiên){parked}{oldest}; đã cấp {service.issued_today}"
        )
    for counter in status.counters:
        if counter.paused:
            now = f"tạm dừng ({counter.pause_reason})"
        elif counter.ticket:
            now = f"số {counter.ticket.number} ({status_label(counter.ticket.status)})"
        else:
            now = "đang trống"
        say(f"  {counter.name}: {now}")
    return 0
