"""The weekly review in words: a short caption for the review's picture.

The figures come from :mod:`nudger.domain.review`; this module only words them, for the
user's attachment style and partner.
"""

from __future__ import annotations

from datetime import date

from nudger.domain.calendar import WEEKDAY_NAMES
from nudger.domain.review import Suggestion, TherapyReason, WeekReview, category_label
from nudger.domain.styles import AttachmentStyle

#: Telegram's limit for a photo caption (in UTF-16 code units).
CAPTION_LIMIT = 1024

_WEEKDAYS = tuple(name[:3] for name in WEEKDAY_NAMES)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def review_text(review: WeekReview, partner_name: str) -> str:
    """The review as a short plain-text photo caption (fits ``CAPTION_LIMIT``)."""
    lines = [f"Your week, {_span(review.week, review.week_end)}"]
    if review.sent == 0:
        lines.append(_nothing_sent(review))
    else:
        lines.append(_tally(review))
        most = []
        if review.done_most is not None:
            most.append(f"Done most: {category_label(review.done_most)}.")
        if review.skipped_most is not None:
            most.append(f"Skipped most: {category_label(review.skipped_most)}.")
        if most:
            lines.append(" ".join(most))
    lines.append(_streak_line(review))
    if review.sent and review.current_streak == 0 and review.score >= 30:
        lines.append("A missed day doesn't undo a good run: the score moves slowly on purpose.")
    elif review.sent and any(row.paused for row in review.days):
        lines.append("Paused days kept your streak and score as they were.")
    lines += ["", _suggestion_text(review, partner_name)]
    if review.therapy is not None:
        lines += ["", _therapy_text(review.therapy)]
    return "\n".join(lines)


def _nothing_sent(review: WeekReview) -> str:
    if review.paused_all_week:
        return (
            "Nudges were paused all week."
            if review.finished
            else "Nudges have been paused this week."
        )
    return "Nothing was sent this week." if review.finished else "Nothing sent yet this week."


def _tally(review: WeekReview) -> str:
    text = f"Done: {review.done} of {review.sent} sent"
    extra = []
    if review.skipped:
        extra.append(f"{review.skipped} skipped")
    if review.missed:
        extra.append(f"{review.missed} unanswered")
    opened = sum(row.open for row in review.days)
    if opened:
        extra.append(f"{opened} still open")
    return text + (f" ({', '.join(extra)})." if extra else ".")


def _streak_line(review: WeekReview) -> str:
    return (
        f"Streak: {_days(review.current_streak)} (longest {_days(review.longest_streak)}). "
        f"Consistency: {review.score}/100{_score_hint(review)}."
    )


def _score_hint(review: WeekReview) -> str:
    """Early on the score is low by design: say so, so it doesn't read as a bad grade."""
    return " (it builds up over weeks)" if review.score < 50 else ""


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _suggestion_text(review: WeekReview, partner: str) -> str:
    """Why (from the figures), then what to do, worded for the partner's style."""
    why, what = _suggestion_parts(review, partner)
    heading = "Next week" if review.finished else "For the rest of the week"
    return f"{why} {heading}: {what}" if why else f"{heading}: {what}"


def _suggestion_parts(review: WeekReview, partner: str) -> tuple[str, str]:
    about = review.suggestion_category
    label = category_label(about) if about else None
    match review.suggestion:
        case Suggestion.RESUME:
            return "", (
                "when nudges are on again, start with one small thing. "
                "Your streak and score waited for you."
            )
        case Suggestion.QUIET:
            return "", (
                f"start with one small thing. When you have a free minute, send /now and do "
                f"just that one for {partner}."
            )
        case Suggestion.START_SMALL:
            return "Nothing was ticked off as done yet.", (
                f"pick one nudge a day and do only that one. {_small_thing(review.style, partner)}"
            )
        case Suggestion.NEW_TIME:
            return "Most nudges went unanswered, so they may arrive at busy moments.", (
                "pick times when you're usually free (send /settings to change them)."
            )
        case Suggestion.EASE_OFF:
            row = next((row for row in review.categories if row.category == about), None)
            if row is not None and label is not None:
                why = f"{row.skipped} of {row.settled} {label} nudges were skipped."
            else:
                why = f"{review.skipped} of {review.sent} nudges were skipped."
            return why, _ease_off(review.style, partner)
        case Suggestion.KEEP:
            tail = f" {label.capitalize()} is working well, so keep it in." if label else ""
            return "A strong week.", f"keep the same times and the same number of nudges.{tail}"
        case Suggestion.ONE_MORE:
            tail = f" Start with {label}: it's what you did most." if label else ""
            return "", f"aim for {review.done + 1} done, one more than this week.{tail}"


def _small_thing(style: AttachmentStyle, partner: str) -> str:
    if style is AttachmentStyle.ANXIOUS:
        return f"A two-line message telling {partner} you're thinking of them counts."
    if style in (AttachmentStyle.AVOIDANT, AttachmentStyle.FEARFUL):
        return f"Something low-key counts, like thanking {partner} for one thing they did."
    return f"A short, kind word to {partner} counts."


def _ease_off(style: AttachmentStyle, partner: str) -> str:
    if style is AttachmentStyle.AVOIDANT:
        return (
            f"try fewer nudges or a calmer time of day. {partner} values room of their own, "
            "and leaving space is care too (send /settings to change both)."
        )
    if style is AttachmentStyle.FEARFUL:
        return (
            f"try fewer nudges or a calmer time of day. {partner} warms up at their own pace, "
            "and gentle and steady is enough (send /settings to change both)."
        )
    if style is AttachmentStyle.ANXIOUS:
        return (
            "instead of skipping, try the smallest version: a quick message that you're "
            f"thinking of {partner} is reassurance too. Fewer nudges are fine as well "
            "(send /settings to change them)."
        )
    return "try fewer nudges a day or a different time (send /settings to change them)."


def _therapy_text(reason: TherapyReason) -> str:
    opening = {
        TherapyReason.SKIPS: (
            "The last three weeks had more skips than dones, and that's okay: some "
            "stretches are hard."
        ),
        TherapyReason.CONFLICT: "Tense moments have come up several times lately.",
    }[reason]
    return (
        f"{opening} If it feels right, couples therapy can help, as the research behind "
        "these nudges says: a place to work on both your needs together."
    )


def _span(start: date, end: date) -> str:
    first = f"{_WEEKDAYS[start.weekday()]} {start.day}"
    if start.month != end.month:
        first += f" {_MONTHS[start.month - 1]}"
    return f"{first} – {_WEEKDAYS[end.weekday()]} {end.day} {_MONTHS[end.month - 1]}"
