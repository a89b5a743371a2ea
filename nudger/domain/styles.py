"""Attachment styles and what helps each one.

Grounded in Overall et al. (Nature Reviews Psychology, 2022) as summarised in
``shared/seed/attachment-article.txt``: an anxious partner is helped by clear
reassurance, words of commitment, positive regard, gratitude and soothing
touch; an avoidant partner by trustworthiness, respect for autonomy, space,
validation of their view, credit for their sacrifices and a lower temperature
in conflict.
"""

from __future__ import annotations

from enum import StrEnum


class AttachmentStyle(StrEnum):
    """The partner's attachment style as the user registered it."""

    ANXIOUS = "anxious"
    AVOIDANT = "avoidant"
    SECURE = "secure"
    #: High on both anxiety and avoidance (fearful-avoidant): prompts from both
    #: sides, only the gentlest ones.
    FEARFUL = "fearful"
    UNKNOWN = "unknown"

    @property
    def audiences(self) -> tuple[Audience, ...]:
        """Which parts of the prompt catalog serve this style."""
        return _AUDIENCES[self]

    @property
    def gentle_only(self) -> bool:
        """Whether only prompts marked ``gentle`` suit this style."""
        return self is AttachmentStyle.FEARFUL


class Audience(StrEnum):
    """The part of the catalog a prompt is written for."""

    ANXIOUS = "anxious"
    AVOIDANT = "avoidant"
    GENERAL = "general"


_AUDIENCES = {
    AttachmentStyle.ANXIOUS: (Audience.ANXIOUS,),
    AttachmentStyle.AVOIDANT: (Audience.AVOIDANT,),
    AttachmentStyle.SECURE: (Audience.GENERAL,),
    AttachmentStyle.FEARFUL: (Audience.ANXIOUS, Audience.AVOIDANT),
    AttachmentStyle.UNKNOWN: (Audience.GENERAL,),
}

#: Categories each audience's prompts may use. The catalog check rejects any other.
CATEGORIES: dict[Audience, frozenset[str]] = {
    Audience.ANXIOUS: frozenset(
        {"reassurance", "commitment", "positive_regard", "gratitude", "closeness"}
    ),
    Audience.AVOIDANT: frozenset(
        {"trust", "autonomy", "space", "validation", "credit", "calm_conflict"}
    ),
    Audience.GENERAL: frozenset({"appreciation", "attention", "kindness", "support", "connection"}),
}
