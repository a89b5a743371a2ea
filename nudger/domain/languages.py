"""The languages nudger speaks, how a Telegram language code picks one, and how a user
wants their partner referred to where a language's grammar needs it.

Pure: the words themselves are in ``nudger/locales/`` and are read by ``nudger.i18n``.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A supported language, by its BCP 47 tag (the name of its folder in ``locales/``)."""

    EN = "en"
    ES = "es"
    PT_BR = "pt-BR"
    DE = "de"
    RU = "ru"
    UK = "uk"
    FA = "fa"

    @property
    def gendered(self) -> bool:
        """Whether sentences about the partner depend on the partner's gender."""
        return self in _GENDERED

    @property
    def rtl(self) -> bool:
        """Whether the language is written right to left."""
        return self is Language.FA

    @property
    def telegram_code(self) -> str | None:
        """The two-letter code Telegram's ``setMyCommands`` takes (None: the default, English)."""
        return None if self is Language.EN else self.value.split("-")[0]

    @property
    def autonym(self) -> str:
        """The language's name in itself, as the Language button shows it."""
        return _AUTONYMS[self]


class PartnerGender(StrEnum):
    """How the bot refers to the partner in a gendered language."""

    SHE = "she"
    HE = "he"
    #: By name only: phrasings that avoid gendered forms.
    NAME = "name"


DEFAULT = Language.EN
_GENDERED = frozenset({Language.ES, Language.PT_BR, Language.DE, Language.RU, Language.UK})
_AUTONYMS = {
    Language.EN: "English",
    Language.ES: "Español",
    Language.PT_BR: "Português (Brasil)",
    Language.DE: "Deutsch",
    Language.RU: "Русский",
    Language.UK: "Українська",
    Language.FA: "فارسی",
}


def from_telegram(code: str | None) -> Language:
    """The language for Telegram's ``language_code`` (an IETF tag such as ``ru`` or ``pt-br``).

    Portuguese of any region is Brazilian Portuguese; any other region of a supported
    language is that language; an unsupported or missing code is English.
    """
    if not code:
        return DEFAULT
    base = code.strip().replace("_", "-").split("-")[0].lower()
    if base == "pt":
        return Language.PT_BR
    for language in Language:
        if language.value == base:
            return language
    return DEFAULT


def parse(value: str | None) -> Language:
    """A stored language tag back into a :class:`Language` (English if unknown)."""
    for language in Language:
        if language.value == value:
            return language
    return DEFAULT
