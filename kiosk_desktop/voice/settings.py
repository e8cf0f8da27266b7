"""The [voice] section of the per-PC settings file."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kiosk_desktop.voice.numbers import NumberWords
from kiosk_desktop.voice.template import DEFAULT_TEMPLATE, parse_template


class VoiceSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    backend: Literal["clips", "tts", "chime", "off"] = Field(
        "clips",
        description="clips: recorded words joined (default, works offline everywhere); tts: the Windows "
        "Vietnamese voice if present, else clips; chime: a chime only; off: silent",
    )
    template: str = Field(DEFAULT_TEMPLATE, description="the call; {số} is the ticket, {quầy} the counter")
    read_digits: bool = Field(False, description="read the ticket digit by digit (một không năm)")
    zero_tens: Literal["linh", "lẻ"] = Field("linh", description="105: một trăm linh năm / lẻ năm")
    thousand: Literal["nghìn", "ngàn"] = Field("nghìn", description="1000: một nghìn / một ngàn")
    repeat: int = Field(2, ge=1, le=3, description="how many times each call is said")
    chime: bool = Field(True, description="a chime before each call")
    clips_dir: str | None = Field(
        None, description="folder with the centre's own recordings (same file names); missing ones use the default"
    )
    word_gap_ms: int = Field(40, ge=0, le=1000, description="silence between recorded words")
    repeat_gap_ms: int = Field(700, ge=0, le=5000, description="silence between repeats of a call")
    volume: float = Field(1.0, ge=0.0, le=1.0, description="0.0 to 1.0")

    @field_validator("template")
    @classmethod
    def _usable_template(cls, value: str) -> str:
        parse_template(value)
        return value

    @property
    def number_words(self) -> NumberWords:
        return NumberWords(zero_tens=self.zero_tens, thousand=self.thousand)
