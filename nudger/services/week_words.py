"""What /week and the weekly review say: the caption, the picture's labels, the week buttons
and the notice, in the user's words.

Both sides say these: the weekly push (``jobs/weekly_review``) sends the same picture and
week buttons as /week (``bot/week``), so the words live here, where both may import them.
The figures come from :mod:`nudger.domain.review`; this module only words them, for the
user's language, their partner and their partner's style. The messages are in
``nudger/locales/<language>/week.ftl``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from nudger.domain.review import Suggestion, TherapyReason, WeekReview
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Words

#: Telegram's limit for a photo caption (in UTF-16 code units).
CAPTION_LIMIT = 1024
#: Categories the chart's lower panel shows (the most-used ones).
MAX_CATEGORIES = 8


def week_of(t: Words, monday: date) -> str:
    """'Week of 16 Nov': the notice of a week shown."""
    return t("week-of", day=t.day_month(monday))


def chart_title(t: Words, monday: date) -> str:
    """'Week of 16 Nov 2026': the title drawn on the chart."""
    return t("week-chart-title", day=t.day_month(monday), year=t.number(monday.year))


def earlier_button(t: Words, monday: date) -> str:
    """'◀ Week of 9 Nov': the button to the week before."""
    return t("week-earlier-button", day=t.day_month(monday))


def later_button(t: Words, monday: date) -> str:
    """'Week of 23 Nov ▶': the button to a later week (not the current one)."""
    return t("week-later-button", day=t.day_month(monday))


def this_week_button(t: Words) -> str:
    return t("week-this-week-button")


def category_name(t: Words, category: str) -> str:
    """A catalog category in a sentence: 'positive regard'."""
    return t(f"category-{category}")


def category_start(t: Words, category: str) -> str:
    """A catalog category starting a sentence or a label: 'Positive regard'."""
    return t.attribute(f"category-{category}", "start")


# --- the caption -------------------------------------------------------------------------


def review_text(t: Words, review: WeekReview, partner_helps: str | None = None) -> str:
    """The review as a short plain-text photo caption (fits ``CAPTION_LIMIT``); with
    ``partner_helps`` (the linked partner's name as the user knows them in the link), a line
    that their "what helps me" shaped the nudges (never what it says), when it fits: the rest
    of the review comes first."""
    lines = [t("week-caption-title", span=t.span(review.week, review.week_end))]
    if review.sent == 0:
        lines.append(_nothing_sent(t, review))
    else:
        lines.append(_tally(t, review))
        most = []
        if review.done_most is not None:
            most.append(t("week-done-most", category=category_name(t, review.done_most)))
        if review.skipped_most is not None:
            most.append(t("week-skipped-most", category=category_name(t, review.skipped_most)))
        if most:
            lines.append(" ".join(most))
    lines.append(_streak_line(t, review))
    if review.sent and review.current_streak == 0 and review.score >= 30:
        lines.append(t("week-missed-day"))
    elif review.sent and any(row.paused for row in review.days):
        lines.append(t("week-paused-days-kept"))
    tail = ["", _suggestion_text(t, review)]
    if review.therapy is not None:
        tail += ["", _therapy_text(t, review.therapy)]
    if partner_helps is not None and review.sent:
        # Named as in the link; their gender is the user's setting only if it is the same name.
        gender = t.gender.value if partner_helps == t.partner else "name"
        line = t("week-partner-helps", partner=partner_helps, gender=gender)
        longer = "\n".join([*lines, line, *tail])
        if _utf16_len(longer) <= CAPTION_LIMIT:
            return longer
    return "\n".join([*lines, *tail])


def _utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _nothing_sent(t: Words, review: WeekReview) -> str:
    if review.paused_all_week:
        return t("week-paused-all-week" if review.finished else "week-paused-so-far")
    return t("week-nothing-sent" if review.finished else "week-nothing-sent-yet")


def _tally(t: Words, review: WeekReview) -> str:
    extra = []
    if review.skipped:
        extra.append(t("week-tally-skipped", count=review.skipped))
    if review.missed:
        extra.append(t("week-tally-unanswered", count=review.missed))
    opened = sum(row.open for row in review.days)
    if opened:
        extra.append(t("week-tally-open", count=opened))
    if not extra:
        return t("week-tally", done=review.done, sent=review.sent)
    details = t.join(extra, style="unit")
    return t("week-tally-details", done=review.done, sent=review.sent, details=details)


def _streak_line(t: Words, review: WeekReview) -> str:
    # Early on the score is low by design: say so, so it doesn't read as a bad grade.
    message = "week-streak-early" if review.score < 50 else "week-streak"
    return t(
        message,
        current=review.current_streak,
        longest=review.longest_streak,
        score=review.score,
    )


def _suggestion_text(t: Words, review: WeekReview) -> str:
    """Why (from the figures), then what to do, worded for the partner's style."""
    why, what = _suggestion_parts(t, review)
    heading = "week-next-week" if review.finished else "week-rest-of-week"
    return t(f"{heading}-why", why=why, what=what) if why else t(heading, what=what)


def _suggestion_parts(t: Words, review: WeekReview) -> tuple[str, str]:
    about = review.suggestion_category
    match review.suggestion:
        case Suggestion.RESUME:
            return "", t("week-what-resume")
        case Suggestion.QUIET:
            return "", t("week-what-quiet")
        case Suggestion.START_SMALL:
            return t("week-why-start-small"), t(f"week-what-start-small-{_small(review.style)}")
        case Suggestion.NEW_TIME:
            return t("week-why-new-time"), t("week-what-new-time")
        case Suggestion.EASE_OFF:
            row = next((row for row in review.categories if row.category == about), None)
            if row is not None:
                why = t(
                    "week-why-ease-off-category",
                    skipped=row.skipped,
                    settled=row.settled,
                    category=category_name(t, row.category),
                )
            else:
                why = t("week-why-ease-off", skipped=review.skipped, sent=review.sent)
            return why, t(f"week-what-ease-off-{_ease(review.style)}")
        case Suggestion.KEEP:
            if about:
                return t("week-why-keep"), t(
                    "week-what-keep-category", category=category_start(t, about)
                )
            return t("week-why-keep"), t("week-what-keep")
        case Suggestion.ONE_MORE:
            count = review.done + 1
            if about:
                return "", t(
                    "week-what-one-more-category", count=count, category=category_name(t, about)
                )
            return "", t("week-what-one-more", count=count)


def _small(style: AttachmentStyle) -> str:
    if style is AttachmentStyle.ANXIOUS:
        return "anxious"
    if style in (AttachmentStyle.AVOIDANT, AttachmentStyle.FEARFUL):
        return "avoidant"
    return "other"


def _ease(style: AttachmentStyle) -> str:
    if style in (AttachmentStyle.AVOIDANT, AttachmentStyle.FEARFUL, AttachmentStyle.ANXIOUS):
        return style.value
    return "other"


def _therapy_text(t: Words, reason: TherapyReason) -> str:
    return t("week-therapy-skips" if reason is TherapyReason.SKIPS else "week-therapy-conflict")


# --- the picture's labels ------------------------------------------------------------------


@dataclass(frozen=True)
class ChartWords:
    """Every string the chart draws, worded before drawing (the chart module draws only)."""

    title: str
    header: str
    paused: str
    legend: tuple[str, str, str, str]
    empty: str
    by_category: str
    no_categories: str
    #: Per day, Monday first: "Mon\n16".
    days: tuple[str, ...]
    #: Per category row, in the chart's order: (label, "75% (3/4)").
    categories: tuple[tuple[str, str], ...]
    #: The language's BCP 47 tag, by which matplotlib's layout engine shapes the text ("fa").
    language: str
    rtl: bool
    #: The language's digits, "0123456789" or "۰۱۲۳۴۵۶۷۸۹", for the numbers drawn.
    digits: str = "0123456789"

    def number(self, value: int) -> str:
        """A count as the language writes it."""
        return str(value).translate(str.maketrans("0123456789", self.digits))


def category_order(review: WeekReview) -> tuple[str, ...]:
    """The categories the chart's lower panel shows, top to bottom: the most-used ones, best
    first."""
    rows = sorted(review.categories, key=lambda row: (-row.settled, row.category))
    rows = sorted(rows[:MAX_CATEGORIES], key=lambda row: (-row.completion, row.category))
    return tuple(row.category for row in rows)


def chart_words(t: Words, review: WeekReview) -> ChartWords:
    """Every string the chart draws, in ``t``'s language."""
    rows = category_order(review)
    by_id = {row.category: row for row in review.categories}
    header = "\n".join(
        (
            t(
                "chart-header-streak",
                current=review.current_streak,
                longest=review.longest_streak,
                score=review.score,
            ),
            t("chart-header-done", done=review.done, sent=review.sent),
        )
    )
    if review.paused_all_week:
        empty = t("chart-paused-all-week" if review.finished else "chart-paused-so-far")
    else:
        empty = t("chart-nothing-sent" if review.finished else "chart-nothing-sent-yet")
    days = tuple(
        f"{t.weekday(i, 'abbreviated')}\n{t.number((review.week + timedelta(days=i)).day)}"
        for i in range(7)
    )
    categories = tuple(
        (
            category_start(t, category),
            t(
                "chart-category-share",
                percent=t.percent(by_id[category].completion),
                done=by_id[category].done,
                settled=by_id[category].settled,
            ),
        )
        for category in rows
    )
    return ChartWords(
        title=chart_title(t, review.week),
        header=header,
        paused=t("chart-paused"),
        legend=(t("chart-done"), t("chart-skipped"), t("chart-unanswered"), t("chart-open")),
        empty=empty,
        by_category=t("chart-by-category"),
        no_categories=t("chart-no-nudges"),
        days=days,
        categories=categories,
        language=t.language.value,
        rtl=t.language.rtl,
        digits="".join(t.number(digit) for digit in range(10)),
    )
