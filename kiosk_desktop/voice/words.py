"""Spoken names of the ticket prefix letters, and the file name each spoken text has as a clip."""

from __future__ import annotations

import re
import unicodedata

# How Vietnamese staff read the Latin letters aloud (the names used in schools and on the radio
# for spelling). F, J, W and Z are not Vietnamese letters; these are their usual spoken names.
LETTER_NAMES = {
    "A": "a",
    "B": "bê",
    "C": "xê",
    "D": "dê",
    "E": "e",
    "F": "ép",
    "G": "giê",
    "H": "hát",
    "I": "i",
    "J": "gi",
    "K": "ca",
    "L": "e lờ",
    "M": "em mờ",
    "N": "en nờ",
    "O": "o",
    "P": "pê",
    "Q": "quy",
    "R": "e rờ",
    "S": "ét xì",
    "T": "tê",
    "U": "u",
    "V": "vê",
    "W": "vê kép",
    "X": "ích xì",
    "Y": "i dài",
    "Z": "dét",
}

# Telex, the way Vietnamese type on an ASCII keyboard: it keeps every vowel shape and tone apart
# (mười -> muwowif, mươi -> muwowi), so each spoken text gets its own plain ASCII file name.
_TONE = {"\u0300": "f", "\u0301": "s", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_HORN_OR_BREVE = {"\u031b", "\u0306"}  # ơ ư ă -> ow uw aw
_CIRCUMFLEX = "\u0302"  # â ê ô -> aa ee oo
_WORD = re.compile(r"[^\W_]+")


def clip_name(text: str) -> str:
    """The clip file stem for a spoken text: "đến quầy số" -> "ddeens_quaayf_soos"."""
    words = [_telex(word) for word in _WORD.findall(unicodedata.normalize("NFC", text.lower()))]
    if not words:
        raise ValueError(f"nothing to say in {text!r}")
    return "_".join(words)


def _telex(word: str) -> str:
    letters: list[str] = []
    tone = ""
    for char in unicodedata.normalize("NFD", word):
        if char == "đ":  # đ has no decomposition
            letters.append("dd")
        elif char in _TONE:
            tone = _TONE[char]  # Telex types the tone once, at the end of the word
        elif char == _CIRCUMFLEX and letters:
            letters.append(letters[-1][-1])
        elif char in _HORN_OR_BREVE:
            letters.append("w")
        elif char.isascii() and char.isalnum():
            letters.append(char)
        else:
            raise ValueError(f"cannot name a clip for the character {char!r} in {word!r}")
    return "".join(letters) + tone


def spoken_letters(prefix: str) -> list[str]:
    """Each prefix letter as its spoken name: "AB" -> ["a", "bê"]."""
    try:
        return [LETTER_NAMES[letter] for letter in prefix.upper()]
    except KeyError as exc:
        raise ValueError(f"no spoken name for the letter {exc.args[0]!r}") from None
