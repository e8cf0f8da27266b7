"""The call phrase template: fixed words with a {số} slot for the ticket and a {quầy} slot for the counter."""

from __future__ import annotations

import enum
import re
import unicodedata

DEFAULT_TEMPLATE = "Mời công dân có số thứ tự {số} đến quầy số {quầy}"


class Slot(enum.Enum):
    NUMBER = "số"
    COUNTER = "quầy"


# Vietnamese slot names for the centre's IT staff, English ones for scripts; both mean the same.
_SLOT_NAMES = {"số": Slot.NUMBER, "number": Slot.NUMBER, "quầy": Slot.COUNTER, "counter": Slot.COUNTER}
_BRACES = re.compile(r"\{([^{}]*)\}")

Part = str | Slot


def parse_template(template: str) -> list[Part]:
    """Split a template into fixed text and slots; raise ValueError (in Vietnamese) when unusable."""
    text = unicodedata.normalize("NFC", template)
    parts: list[Part] = []
    position = 0
    for match in _BRACES.finditer(text):
        parts.append(text[position : match.start()])
        slot = _SLOT_NAMES.get(match.group(1).strip().lower())
        if slot is None:
            raise ValueError(f"chỗ trống {{{match.group(1)}}} không có; chỉ dùng {{số}} và {{quầy}}")
        parts.append(slot)
        position = match.end()
    parts.append(text[position:])
    literal_text = "".join(part for part in parts if isinstance(part, str))
    if "{" in literal_text or "}" in literal_text:
        raise ValueError("dấu ngoặc { } chỉ dùng cho {số} và {quầy}")
    if parts.count(Slot.NUMBER) != 1:
        raise ValueError("câu gọi phải có đúng một chỗ {số}")
    if parts.count(Slot.COUNTER) > 1:
        raise ValueError("câu gọi chỉ được có một chỗ {quầy}")
    return [part for part in parts if not isinstance(part, str) or part.strip()]
