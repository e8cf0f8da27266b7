"""What a call says: the phrase as text, and the clip plan (the recorded pieces, in order)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk_desktop.voice.numbers import DIGIT_WORDS, MAX_NUMBER, NumberWords, read_digits, read_number
from kiosk_desktop.voice.settings import VoiceSettings
from kiosk_desktop.voice.template import Slot, parse_template
from kiosk_desktop.voice.words import LETTER_NAMES, clip_name, spoken_letters

_TICKET = re.compile(r"^([A-Z]{0,4})(\d{1,6})$")


@dataclass(frozen=True)
class Clip:
    """One recorded piece: a word ("mươi"), a letter name ("e lờ") or a fixed part of the template."""

    text: str

    @property
    def name(self) -> str:
        return clip_name(self.text)

    @property
    def words(self) -> list[Clip]:
        """The same text word by word: what a library without this whole recording can say instead."""
        return [Clip(word) for word in self.text.split()]


def split_ticket(number: str) -> tuple[str, str]:
    """ "A105" -> ("A", "105"). Raises ValueError for anything that is not a ticket number."""
    match = _TICKET.match(number.strip().upper())
    if match is None:
        raise ValueError(f"không phải số thứ tự: {number!r} (ví dụ đúng: A105, 0012)")
    return match.group(1), match.group(2)


def ticket_words(number: str, voice: VoiceSettings) -> list[str]:
    """The ticket as spoken: letters by name, then the number (or its digits)."""
    prefix, digits = split_ticket(number)
    spoken_number = read_digits(digits) if voice.read_digits else read_number(int(digits), voice.number_words)
    return spoken_letters(prefix) + spoken_number


def call_plan(number: str, counter: int, voice: VoiceSettings) -> list[Clip]:
    """The clips of one call, in order (without chime or repeats: the player adds those)."""
    if not 0 <= counter <= MAX_NUMBER:
        raise ValueError(f"số quầy không hợp lệ: {counter}")
    plan: list[Clip] = []
    for part in parse_template(voice.template):
        if part is Slot.NUMBER:
            plan += [Clip(word) for word in ticket_words(number, voice)]
        elif part is Slot.COUNTER:
            plan += [Clip(word) for word in read_number(counter, voice.number_words)]
        else:
            assert isinstance(part, str)
            plan.append(Clip(" ".join(part.split())))
    return plan


def spoken_text(plan: Iterable[Clip]) -> str:
    """The words of a call as one line: what a speech engine is given."""
    text = " ".join(clip.text for clip in plan)
    return text[:1].upper() + text[1:]


def display_text(number: str, counter: int, voice: VoiceSettings) -> str:
    """The phrase with the number as printed on the ticket: "... số thứ tự A105 đến quầy số 3"."""
    out: list[str] = []
    for part in parse_template(voice.template):
        if part is Slot.NUMBER:
            out.append(number.strip().upper())
        elif part is Slot.COUNTER:
            out.append(str(counter))
        else:
            assert isinstance(part, str)
            out.append(" ".join(part.split()))
    return " ".join(out)


def vocabulary(voice: VoiceSettings) -> list[Clip]:
    """Every clip a call can need under these settings, each once: the library must hold them all."""
    texts: list[str] = [part for part in parse_template(voice.template) if isinstance(part, str)]
    texts = [" ".join(text.split()) for text in texts]
    texts += number_vocabulary(voice.number_words)
    texts += LETTER_NAMES.values()
    return [Clip(text) for text in dict.fromkeys(texts)]


def number_vocabulary(words: NumberWords) -> list[str]:
    """Every word read_number can say with these regional choices."""
    return [*DIGIT_WORDS, "mười", "mươi", "mốt", "tư", "lăm", "trăm", words.zero_tens, words.thousand]
