"""What the bot says in English, for tests that assert on its exact words."""

from __future__ import annotations

from nudger.domain.languages import Language
from nudger.i18n.texts import Words, shared_texts

#: The English words, with no partner named.
EN = shared_texts().words(Language.EN)
DONE_BUTTON = EN("nudge-button-done")
SKIP_BUTTON = EN("nudge-button-skip")
SNOOZE_BUTTON = EN("nudge-button-snooze")
NUDGE_BUTTONS = [DONE_BUTTON, SKIP_BUTTON, SNOOZE_BUTTON]
DONE_MARK = EN("nudge-done-mark")


def english(partner: str | None = None) -> Words:
    """The English words about a partner called ``partner``."""
    return shared_texts().words(Language.EN, partner)
