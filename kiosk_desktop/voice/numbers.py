"""Vietnamese number reading for voice calls: 105 -> "một trăm linh năm", not "một không năm".

The forms follow standard (Northern) usage as hall announcements say them:
- 10 is "mười"; a tens digit from 2 up is "<digit> mươi" (20 "hai mươi").
- After "mươi" a final 1 is "mốt" (21 "hai mươi mốt"; but 11 "mười một", 101 "một trăm linh một").
- After "mươi" a final 4 is "tư" (24 "hai mươi tư"; but 14 "mười bốn", 104 "một trăm linh bốn").
- After "mười" or "mươi" a final 5 is "lăm" (15 "mười lăm", 25 "hai mươi lăm"). The colloquial
  Northern "nhăm" (hai mươi nhăm) is not used: "lăm" is understood everywhere.
- A zero tens digit inside a number is "linh" (105 "một trăm linh năm"; "lẻ" in the South).
- A zero hundreds digit after thousands is said: 1012 "một nghìn không trăm mười hai".
- 1000 is "nghìn" ("ngàn" in the South).
"""

from __future__ import annotations

from dataclasses import dataclass

DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
MAX_NUMBER = 999_999  # tickets have at most 6 digits (centre file: digits <= 6)

TEN = "mười"
TENS = "mươi"
HUNDRED = "trăm"
# The irregular final digit after "mươi" (tens >= 2); after "mười" only 5 changes.
_AFTER_TENS = {1: "mốt", 4: "tư", 5: "lăm"}
_AFTER_TEN = {5: "lăm"}


@dataclass(frozen=True)
class NumberWords:
    """The two regional choices a centre can make."""

    zero_tens: str = "linh"  # "lẻ" in the South: 105 = một trăm lẻ năm
    thousand: str = "nghìn"  # "ngàn" in the South


def read_number(value: int, words: NumberWords = NumberWords()) -> list[str]:
    """The words for 0..999 999, one list item per spoken word."""
    if not 0 <= value <= MAX_NUMBER:
        raise ValueError(f"cannot read {value}: outside 0..{MAX_NUMBER}")
    if value < 1000:
        return _below_thousand(value, words, inside=False)
    thousands, rest = divmod(value, 1000)
    spoken = [*_below_thousand(thousands, words, inside=False), words.thousand]
    if rest:
        spoken += _below_thousand(rest, words, inside=True)
    return spoken


def read_digits(digits: str) -> list[str]:
    """Digit by digit: "0105" -> không một không năm."""
    if not digits.isdigit() or not digits.isascii():
        raise ValueError(f"not a string of digits: {digits!r}")
    return [DIGIT_WORDS[int(digit)] for digit in digits]


def _below_thousand(value: int, words: NumberWords, *, inside: bool) -> list[str]:
    """0..999. `inside`: after a thousands part, where a zero hundreds digit is still said."""
    hundreds, rest = divmod(value, 100)
    if hundreds == 0 and not inside:
        return [DIGIT_WORDS[rest]] if rest < 10 else _two_digits(rest)
    spoken = [DIGIT_WORDS[hundreds], HUNDRED]
    if rest == 0:
        return spoken
    if rest < 10:
        return [*spoken, words.zero_tens, DIGIT_WORDS[rest]]
    return spoken + _two_digits(rest)


def _two_digits(value: int) -> list[str]:
    """10..99."""
    tens, unit = divmod(value, 10)
    if tens == 1:
        head, irregular = [TEN], _AFTER_TEN
    else:
        head, irregular = [DIGIT_WORDS[tens], TENS], _AFTER_TENS
    if unit == 0:
        return head
    return [*head, irregular.get(unit, DIGIT_WORDS[unit])]
