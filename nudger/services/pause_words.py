"""What /pause and /resume say, and the "welcome back" when a pause runs out by itself.

Both sides say these: /pause and /resume (``bot/pause``) and the pause-ends job
(``services/pauses``, sent by ``jobs/pause_ends``) write the same moments the same way.
The words live here, where both may import them; the messages are in
``nudger/locales/<language>/pause.ftl``.
"""

from __future__ import annotations

from datetime import datetime

from nudger.domain.durations import MAX_PAUSE_DAYS, LengthProblem
from nudger.i18n.texts import Words

PAUSED = "pause-paused"
ALREADY_PAUSED = "pause-already-paused"
NOT_PAUSED = "pause-not-paused"


def resumed(t: Words, first: datetime | None) -> str:
    """After /resume; ``first``: the next nudge, in the user's zone."""
    if first is None:
        return t("pause-resumed")
    return t("pause-resumed-next", when=t.moment(first))


def pause_ended(t: Words, first: datetime | None) -> str:
    """The notice for a pause that ran out; ``first``: the next nudge, in the user's zone."""
    if first is None:
        return t("pause-ended")
    return t("pause-ended-next", when=t.moment(first))


def paused_until(t: Words, end: datetime, moved_from_quiet_hours: bool) -> str:
    message = "pause-until-moved" if moved_from_quiet_hours else "pause-until"
    return t(message, when=t.moment(end))


def pause_changed(t: Words, end: datetime, moved_from_quiet_hours: bool) -> str:
    message = "pause-changed-moved" if moved_from_quiet_hours else "pause-changed"
    return t(message, when=t.moment(end))


def already_paused_until(t: Words, end: datetime) -> str:
    return t("pause-already-until", when=t.moment(end))


def bad_length(t: Words, text: str, problem: LengthProblem) -> str:
    if problem is LengthProblem.TOO_SHORT:
        intro = t("pause-too-short")
    elif problem is LengthProblem.TOO_LONG:
        intro = t("pause-too-long", days=MAX_PAUSE_DAYS)
    else:
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 30 else shown[:29] + "…"
        intro = t("pause-unreadable", shown=shown)
    return f"{intro}\n\n{t('pause-examples', days=MAX_PAUSE_DAYS)}"
