"""Voice calls from the command line: the phrase as text, the call as a WAV file, a clip check."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk_desktop.cli.context import Context
from kiosk_desktop.cli.output import emit_json, say
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.voice import VoiceSettings, call_plan, display_text, split_ticket, spoken_text, vocabulary


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    voice = commands.add_parser("voice", help="giọng gọi số").add_subparsers(dest="action", required=True)
    text = _call(voice.add_parser("text", help="in câu gọi số (đúng như sẽ đọc)"))
    text.set_defaults(handler=voice_text)
    render = _call(voice.add_parser("render", help="ghi câu gọi số ra tệp WAV (chuông, câu gọi, lặp lại)"))
    render.add_argument("--out", required=True, help="tệp WAV sẽ ghi")
    render.set_defaults(handler=voice_render)
    check = voice.add_parser("check", help="kiểm tra bộ tệp ghi âm có đủ từ cho câu gọi không")
    check.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    check.set_defaults(handler=voice_check)


def _call(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--number", required=True, type=_ticket_number, help="số thứ tự, ví dụ A105")
    parser.add_argument("--counter", required=True, type=_counter, help="số quầy")
    parser.add_argument("--digits", action="store_true", help="đọc từng chữ số (một không năm)")
    parser.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    return parser


def _ticket_number(value: str) -> str:
    try:
        split_ticket(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value.strip().upper()


def _counter(value: str) -> int:
    if not value.isdigit() or int(value) > 999_999:
        raise argparse.ArgumentTypeError(f"số quầy phải là số nguyên dương: {value!r}")
    return int(value)


def _voice(ctx: Context) -> VoiceSettings:
    voice = ctx.resolved.settings.voice
    if getattr(ctx.args, "digits", False):
        voice = voice.model_copy(update={"read_digits": True})
    return voice


def voice_text(ctx: Context) -> int:
    args, voice = ctx.args, _voice(ctx)
    plan = call_plan(args.number, args.counter, voice)
    if ctx.json:
        emit_json(
            {
                "phrase": spoken_text(plan),
                "display": display_text(args.number, args.counter, voice),
                "clips": [clip.name for clip in plan],
            }
        )
    else:
        say(spoken_text(plan))
    return 0


def voice_render(ctx: Context) -> int:
    from devices.voice import ClipLibrary, render_call  # the sound side is only needed here
    from devices.voice.wav import write_wav

    args, voice = ctx.args, _voice(ctx)
    out = Path(args.out)
    if out.suffix.lower() != ".wav":
        raise ConfigError(f"Tệp ra {out} phải có đuôi .wav.")
    pcm = render_call(args.number, args.counter, voice, ClipLibrary.from_settings(voice))
    try:
        write_wav(out, pcm)
    except OSError as exc:
        message = f"Không ghi được tệp {out}: kiểm tra thư mục có tồn tại và ghi được."
        raise ConfigError(message, detail=str(exc)) from exc
    phrase = spoken_text(call_plan(args.number, args.counter, voice))
    if ctx.json:
        emit_json({"out": str(out), "seconds": round(pcm.seconds, 3), "phrase": phrase})
    else:
        seconds = f"{pcm.seconds:.1f}".replace(".", ",")  # Vietnamese decimal comma
        say(f"Đã ghi {out} ({seconds} giây): {phrase}")
    return 0


def voice_check(ctx: Context) -> int:
    from devices.voice import ClipLibrary

    voice = ctx.resolved.settings.voice
    library = ClipLibrary.from_settings(voice)
    clips = vocabulary(voice)
    missing = library.missing(clips)
    own = [clip.name for clip in clips if library.is_own(clip)]
    if ctx.json:
        emit_json({"clips": len(clips), "own": own, "missing": [clip.name for clip in missing]})
    else:
        say(f"Câu gọi cần {len(clips)} tệp ghi âm; {len(own)} tệp dùng giọng riêng của trung tâm.")
        for clip in missing:
            say(f"  thiếu {clip.name}.wav ({clip.text})")
    library.require(clips)
    return 0
