"""Accent-, case- and spacing-insensitive text keys: "Chứng  thực" and "chung thuc" match.

Staff type without diacritics (Telex off, a kiosk keyboard), provinces spell headers and field
names with stray capitals, double spaces and "Lĩnh vực" prefixes; every comparison goes through
`fold` so all of those are the same text."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: "Mã  TTHC" -> "ma tthc"."""
    # đ/Đ is a letter of its own, not d with a mark: NFD leaves it whole
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare.lower()).strip()


def tidy(text: str) -> str:
    """Display text as typed, in NFC with runs of whitespace collapsed (Excel cells keep line breaks)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def field_key(name: str) -> str:
    """The key a field (lĩnh vực) is matched by: folded, without a leading "Lĩnh vực"."""
    key = fold(name)
    return key.removeprefix("linh vuc ").strip() if key != "linh vuc" else key
