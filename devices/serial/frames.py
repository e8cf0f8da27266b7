"""Frame templates: how one vendor's bytes look, written as text a centre's IT person can edit.

    "<STX>{address:02d}S{number:>6}<ETX>{checksum}"

`<STX>`, `<ETX>`, `<CR>`, `<LF>`, `<EOT>`, `<ACK>`, `<NAK>`, `<ESC>`, `<NUL>` and `<xNN>` (any byte in
hex) are control bytes; `{field:spec}` is a value formatted like Python's format() (02d: two digits,
>6: right-aligned in six places). Fields: address, number, key, argument, level, checksum. The
checksum covers the bytes after a leading <STX> up to the checksum itself; kinds: none, xor, sum
(one raw byte), xor-hex, sum-hex (two ASCII hex digits). The same template both builds frames and
recognises them in received bytes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, reduce

CONTROL_BYTES = {
    "STX": b"\x02",
    "ETX": b"\x03",
    "EOT": b"\x04",
    "ACK": b"\x06",
    "CR": b"\r",
    "LF": b"\n",
    "NAK": b"\x15",
    "ESC": b"\x1b",
    "NUL": b"\x00",
}
FIELDS = ("address", "number", "key", "argument", "level", "checksum")
CHECKSUMS = ("none", "xor", "sum", "xor-hex", "sum-hex")
_TOKEN = re.compile(r"<(?P<ctrl>[A-Z]{2,3}|x[0-9A-Fa-f]{2})>|\{(?P<field>\w+)(?::(?P<spec>[^{}]*))?\}")
_WIDTH = re.compile(r"^(?:.?[<>^=])?0?(\d+)")
# Without a fixed width a field matches as little as it can, up to the template's next bytes.
_FREE = {"address": rb"\d+", "level": rb"\d+", "number": rb"[ -~]*?", "key": rb"[ -~]+?", "argument": rb"[ -~]*?"}


class TemplateError(ValueError):
    """A template that cannot be used (unknown field or control name, bad checksum kind)."""


@dataclass(frozen=True)
class Field:
    name: str
    spec: str


Piece = bytes | Field


@dataclass(frozen=True)
class FrameTemplate:
    text: str
    pieces: tuple[Piece, ...]
    checksum: str

    @classmethod
    def parse(cls, text: str, checksum: str = "none") -> FrameTemplate:
        if checksum not in CHECKSUMS:
            raise TemplateError(f"kiểu checksum {checksum!r} không có; dùng: {', '.join(CHECKSUMS)}")
        pieces: list[Piece] = []
        position = 0
        for match in _TOKEN.finditer(text):
            pieces.append(_literal(text[position : match.start()]))
            pieces.append(_token(match))
            position = match.end()
        pieces.append(_literal(text[position:]))
        has_checksum = any(isinstance(p, Field) and p.name == "checksum" for p in pieces)
        if checksum != "none" and not has_checksum:
            raise TemplateError(f"mẫu {text!r} thiếu chỗ {{checksum}} cho checksum {checksum}")
        return cls(text, tuple(p for p in pieces if p != b""), checksum if has_checksum else "none")

    @property
    def fields(self) -> set[str]:
        return {piece.name for piece in self.pieces if isinstance(piece, Field)}

    def encode(self, **values: object) -> bytes:
        out = bytearray()
        checksum_at: int | None = None
        for piece in self.pieces:
            if isinstance(piece, bytes):
                out += piece
            elif piece.name == "checksum":
                checksum_at = len(out)
            else:
                out += format(values[piece.name], piece.spec).encode("ascii")
        if checksum_at is not None:
            out[checksum_at:checksum_at] = checksum_bytes(self.checksum, _covered(bytes(out[:checksum_at])))
        return bytes(out)

    @cached_property
    def regex(self) -> re.Pattern[bytes]:
        parts: list[bytes] = []
        for piece in self.pieces:
            if isinstance(piece, bytes):
                parts.append(re.escape(piece))
            else:
                parts.append(b"(?P<" + piece.name.encode() + b">" + self._field_pattern(piece) + b")")
        return re.compile(b"".join(parts), re.DOTALL)

    def decode(self, match: re.Match[bytes]) -> dict[str, str] | None:
        """The fields of a matched frame as text, or None when its checksum is wrong."""
        values = {name: value.decode("ascii", "replace") for name, value in match.groupdict().items()}
        if self.checksum != "none":
            covered = _covered(match.group(0)[: match.start("checksum") - match.start()])
            if checksum_bytes(self.checksum, covered) != match.group("checksum"):
                return None
        return values

    def _field_pattern(self, piece: Field) -> bytes:
        if piece.name == "checksum":
            return rb"[0-9A-Fa-f]{2}" if self.checksum.endswith("-hex") else b"."
        width = _WIDTH.match(piece.spec)
        if width:
            return b".{" + width.group(1).encode() + b"}"
        return _FREE[piece.name]


def checksum_bytes(kind: str, data: bytes) -> bytes:
    if kind == "none":
        return b""
    value = reduce(lambda a, b: a ^ b, data, 0) if kind.startswith("xor") else sum(data) & 0xFF
    return f"{value:02X}".encode() if kind.endswith("-hex") else bytes([value])


def _covered(frame_start: bytes) -> bytes:
    return frame_start[1:] if frame_start.startswith(CONTROL_BYTES["STX"]) else frame_start


def _literal(text: str) -> bytes:
    try:
        return text.encode("ascii")
    except UnicodeEncodeError:
        raise TemplateError(f"mẫu khung chỉ được chứa ký tự ASCII: {text!r}") from None


def _token(match: re.Match[str]) -> Piece:
    control = match.group("ctrl")
    if control is not None:
        if control.startswith("x"):
            return bytes([int(control[1:], 16)])
        if control not in CONTROL_BYTES:
            raise TemplateError(f"<{control}> không có; dùng: {', '.join(CONTROL_BYTES)} hoặc <xNN>")
        return CONTROL_BYTES[control]
    name = match.group("field")
    if name not in FIELDS:
        raise TemplateError(f"{{{name}}} không có; dùng: {', '.join(FIELDS)}")
    return Field(name, match.group("spec") or "")
