"""Voice calls, the part with no sound in it: Vietnamese number reading, the call phrase, the clip plan.

`devices/voice/` turns a plan into sound (recorded clips, a speech engine or a chime)."""

from kiosk_desktop.voice.numbers import NumberWords, read_digits, read_number
from kiosk_desktop.voice.phrase import (
    Clip,
    call_plan,
    display_text,
    split_ticket,
    spoken_text,
    ticket_words,
    vocabulary,
)
from kiosk_desktop.voice.settings import VoiceSettings
from kiosk_desktop.voice.template import DEFAULT_TEMPLATE

__all__ = [
    "DEFAULT_TEMPLATE",
    "Clip",
    "NumberWords",
    "VoiceSettings",
    "call_plan",
    "display_text",
    "read_digits",
    "read_number",
    "split_ticket",
    "spoken_text",
    "ticket_words",
    "vocabulary",
]
