"""A nudge as the user sees it: its text, its Done/Skip/Snooze buttons, and the codec of their data.

The dispatcher builds the message when it sends a nudge; the bot rebuilds the same text when
an answer edits the message. Both come here, so the two can't drift apart.
"""

from __future__ import annotations

from nudger.domain.button_data import pack, unpack
from nudger.domain.model import Outcome
from nudger.domain.prompts import Prompt
from nudger.i18n.texts import Words
from nudger.messaging.base import Button, Keyboard

#: The button data prefix of a nudge's answers: ``n:<nudge id>:<d|s|z>``.
PREFIX = "n"
_OUTCOME_CODES = {"d": Outcome.DONE, "s": Outcome.SKIP, "z": Outcome.SNOOZE}
_CODE_OF = {outcome: code for code, outcome in _OUTCOME_CODES.items()}
#: A nudge id is 1 to 18 decimal digits (any script's, as ``int`` reads them).
_MAX_ID_DIGITS = 18


def nudge_text(t: Words, prompt: Prompt | None) -> str:
    """The nudge's message in the user's words: the action for the partner, then why it
    helps. A prompt that left the catalog since it was sent (None) reads "Nudge"."""
    if prompt is None:
        return t("nudge-unknown-prompt")
    return t("nudge-message", action=t.prompt(prompt.id), why=t.why(prompt.id))


def answer_data(nudge_id: int, outcome: Outcome) -> str:
    return pack(PREFIX, nudge_id, _CODE_OF[outcome])


def nudge_keyboard(t: Words, nudge_id: int) -> Keyboard:
    return (
        (
            Button(t("nudge-button-done"), answer_data(nudge_id, Outcome.DONE)),
            Button(t("nudge-button-skip"), answer_data(nudge_id, Outcome.SKIP)),
            Button(t("nudge-button-snooze"), answer_data(nudge_id, Outcome.SNOOZE)),
        ),
    )


def parse_answer(data: str) -> tuple[int, Outcome] | None:
    """The nudge id and the answer from a button's data; None if it isn't a nudge answer."""
    # One newline after the data is let through: the regex this codec had before
    # (``^n:(\d{1,18}):([dsz])$``) allowed it, and what is accepted stays as it was.
    match unpack(data.removesuffix("\n"), PREFIX):
        case [nudge_id, code] if _is_id(nudge_id) and code in _OUTCOME_CODES:
            return int(nudge_id), _OUTCOME_CODES[code]
    return None


def _is_id(text: str) -> bool:
    return 1 <= len(text) <= _MAX_ID_DIGITS and text.isdecimal()
