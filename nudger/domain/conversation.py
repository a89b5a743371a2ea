"""Conversation state: where a user is in setup, /settings or the quiz (pure values)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nudger.domain.languages import PartnerGender
from nudger.domain.planning import Window
from nudger.domain.styles import AttachmentStyle


class Step(StrEnum):
    NAME = "name"
    #: How to refer to the partner (asked only in a language whose grammar needs it).
    GENDER = "gender"
    STYLE = "style"
    TIMEZONE = "timezone"
    COUNT = "count"
    WINDOWS = "windows"
    #: Outside onboarding: /settings is waiting for a new partner name or time zone.
    SET_NAME = "set_name"
    SET_TIMEZONE = "set_tz"


@dataclass(frozen=True)
class Draft:
    step: Step
    partner_name: str | None = None
    partner_gender: PartnerGender | None = None
    style: AttachmentStyle | None = None
    timezone: str | None = None
    per_day: int | None = None
    windows: frozenset[Window] = frozenset()


@dataclass(frozen=True)
class Quiz:
    answers: tuple[int, ...]
    onboarding: bool
