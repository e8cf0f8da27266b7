"""Vietnamese as TCVN-3 text, for printers whose font has the TCVN-3 code pages (Epson-type 30/31).

python-escpos' own encoder maps one character to one byte and puts '?' for ờ ố ế ầ, so this module
picks the code page per character: TCVN-3-1 holds the lower case letters, TCVN-3-2 the capitals.
Its capitals table has 'Ð' (U+00D0, Icelandic eth) where 'Đ' (U+0110) belongs: fixed below."""

from __future__ import annotations

import functools
import logging
import unicodedata

from devices.printers.escpos_setup import TCVN3_PAGES, code_page_table

log = logging.getLogger(__name__)

ESC_T = b"\x1bt"  # ESC t n: select character code table n
_ETH, _D_STROKE = "\u00d0", "\u0110"
#: Typographic marks with no TCVN-3 glyph, printed as their plain ASCII look-alikes.
_ASCII_LOOKALIKES = {"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "·": "-", "•": "*"}


@functools.cache
def _positions() -> dict[str, tuple[int, int]]:
    """character -> (0 for the lower-case page, 1 for capitals; byte)."""
    found: dict[str, tuple[int, int]] = {}
    for which, name in enumerate(TCVN3_PAGES):
        for offset, char in enumerate(code_page_table(name)):
            if char != " ":
                found.setdefault(_D_STROKE if char == _ETH else char, (which, 0x80 + offset))
    return found


def encode(text: str, pages: tuple[int, int]) -> bytes:
    """NFC-normalise `text` and encode it, switching code page (ESC t) only where needed."""
    positions = _positions()
    out = bytearray()
    current: int | None = None
    for char in unicodedata.normalize("NFC", text):
        char = _ASCII_LOOKALIKES.get(char, char)
        if all(ord(c) < 0x80 for c in char):  # ASCII is the same in both pages
            out += char.encode("ascii")
            continue
        if char not in positions:
            log.warning("no TCVN-3 glyph for %r (U+%04X): printed as '?'", char, ord(char))
            out += b"?"
            continue
        which, byte = positions[char]
        if current != which:
            out += ESC_T + bytes([pages[which]])
            current = which
        out.append(byte)
    return bytes(out)


def can_encode(char: str) -> bool:
    return ord(char) < 0x80 or char in _ASCII_LOOKALIKES or char in _positions()
