"""The weekly review: figures for one Monday–Sunday week (their wording is
:mod:`nudger.services.week_words`).

Pure: the caller passes every nudge that reached the user (``Delivered``, with
the local date already worked out in the user's zone), the days the user was
paused and the days /conflict was used. Nothing here reads a clock.

Counting rules:

* A snoozed nudge counts once, through its resend: ``snoozed`` records are left
  out of every count.
* ``sent`` and ``unknown`` records (a send whose answer never came most likely
  arrived) are *missed* (delivered, never answered),
  except on ``today``, where they are still *open*: they count as sent, not
  as missed, and not in the score or the completion rates.
* Records in other states (planned, failed, expired, ...) never reached the
  user and are ignored.

The consistency score follows Loop Habit Tracker's habit strength: an
exponentially smoothed daily completion, ``s_t = m·s_{t−1} + (1−m)·c_t`` with
``m = 0.5 ** (1/13)`` (a half-life of 13 days), starting at 0 on the user's first
day. ``c_t`` is done / (done + skipped + missed) for the day. Days with nothing
settled and paused days leave the score as it was, so a missed day after a long
run dents the score rather than erasing it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from nudger.domain.model import NudgeState
from nudger.domain.streaks import current_streak, longest_streak
from nudger.domain.styles import AttachmentStyle

#: Score decay per day: the weight of yesterday's score (half-life 13 days).
SCORE_DECAY = 0.5 ** (1 / 13)
#: Answered nudges (done + skipped) a week needs before its skips can count
#: towards suggesting couples therapy.
THERAPY_MIN_ANSWERED = 3
#: Weeks in a row in which skips outnumber dones before therapy is suggested.
THERAPY_WEEKS = 3
#: Days with /conflict, within ``CONFLICT_WINDOW_DAYS``, that suggest therapy.
THERAPY_CONFLICT_DAYS = 3
CONFLICT_WINDOW_DAYS = 14
#: Done share of settled nudges that counts as a strong week.
STRONG_WEEK = 0.7

_DAY = timedelta(days=1)
_MISSED = frozenset({NudgeState.SENT, NudgeState.UNKNOWN})
_COUNTED = _MISSED | {NudgeState.DONE, NudgeState.SKIPPED}


@dataclass(frozen=True)
class Delivered:
    """One nudge that reached the user, on its local (user's zone) send date."""

    day: date
    state: NudgeState
    category: str | None = None


@dataclass(frozen=True)
class DayRow:
    day: date
    done: int
    skipped: int
    missed: int
    #: Sent today and not answered yet (only ever on ``today``).
    open: int
    paused: bool

    @property
    def sent(self) -> int:
        return self.done + self.skipped + self.missed + self.open


@dataclass(frozen=True)
class CategoryRow:
    category: str
    done: int
    skipped: int
    missed: int

    @property
    def settled(self) -> int:
        return self.done + self.skipped + self.missed

    @property
    def completion(self) -> float:
        """Done share of the settled nudges, 0–1."""
        return self.done / self.settled


class Suggestion(StrEnum):
    """The one thing the review proposes; ``services.week_words`` words it for the style."""

    #: Paused all week.
    RESUME = "resume"
    #: Nothing was sent.
    QUIET = "quiet"
    #: Nudges went out but nothing was done yet.
    START_SMALL = "start_small"
    #: Most nudges went unanswered: a different time of day may suit better.
    NEW_TIME = "new_time"
    #: Skips dominate: fewer nudges or a gentler time (shaped by the style).
    EASE_OFF = "ease_off"
    #: A strong week: keep the same times.
    KEEP = "keep"
    #: A middling week: one more than this week.
    ONE_MORE = "one_more"


class TherapyReason(StrEnum):
    SKIPS = "skips"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class WeekReview:
    week: date
    #: The day the figures are as of: the week's Sunday, or today if earlier.
    as_of: date
    style: AttachmentStyle
    days: tuple[DayRow, ...]
    sent: int
    done: int
    skipped: int
    missed: int
    current_streak: int
    longest_streak: int
    #: Consistency score, 0–100 (rounded).
    score: int
    #: Categories with something settled this week, best completion first.
    categories: tuple[CategoryRow, ...]
    done_most: str | None
    skipped_most: str | None
    suggestion: Suggestion
    #: The category the suggestion is about (the one skipped or done most), if any.
    suggestion_category: str | None
    therapy: TherapyReason | None
    #: The user's first day (the score starts there; earlier days were not theirs to miss).
    first_day: date = date.min

    @property
    def week_end(self) -> date:
        return self.week + 6 * _DAY

    @property
    def finished(self) -> bool:
        """Whether the figures reach the week's Sunday (the review looks ahead to next week)."""
        return self.as_of == self.week_end

    @property
    def paused_all_week(self) -> bool:
        """See :func:`paused_all_week`."""
        return paused_all_week(
            self.week,
            self.as_of,
            self.first_day,
            paused_days={row.day for row in self.days if row.paused},
            sent_days={row.day for row in self.days if row.sent},
        )


def paused_all_week(
    week: date,
    as_of: date,
    first_day: date,
    paused_days: Collection[date],
    sent_days: Collection[date] = (),
) -> bool:
    """Whether the user was paused on every day of the week up to ``as_of`` since they
    started (``first_day``), with nothing sent on those days; False before the user started.

    The review then says so (and suggests nothing but coming back), and the weekly push is
    not sent to a user who is still paused.
    """
    days = [week + i * _DAY for i in range(7) if first_day <= week + i * _DAY <= as_of]
    return bool(days) and all(day in paused_days and day not in sent_days for day in days)


def consistency_score(
    delivered: Iterable[Delivered],
    *,
    first_day: date,
    as_of: date,
    today: date,
    paused_days: Collection[date] = (),
) -> float:
    """The smoothed completion, 0–1, at the end of ``as_of`` (see the module docstring)."""
    settled: Counter[date] = Counter()
    done: Counter[date] = Counter()
    for record in delivered:
        if _settled(record, today):
            settled[record.day] += 1
            done[record.day] += record.state is NudgeState.DONE
    paused = set(paused_days)
    score = 0.0
    day = first_day
    while day <= as_of:
        if day not in paused and settled[day]:
            score = SCORE_DECAY * score + (1 - SCORE_DECAY) * done[day] / settled[day]
        day += _DAY
    return score


def build_review(
    delivered: Iterable[Delivered],
    *,
    week: date,
    today: date,
    first_day: date,
    paused_days: Collection[date] = (),
    conflict_days: Sequence[date] = (),
    style: AttachmentStyle,
) -> WeekReview:
    """The review of the week starting on Monday ``week``, as of ``min(today, Sunday)``.

    ``delivered`` should hold the user's whole history up to the week's end (the
    streaks, the score and the therapy check look back); later records are ignored.
    """
    if week.weekday() != 0:
        raise ValueError(f"a week starts on a Monday, not on {week:%A}")
    if week > today:
        raise ValueError("the week has not started yet")
    as_of = min(today, week + 6 * _DAY)
    records = [record for record in delivered if record.state in _COUNTED and record.day <= as_of]
    paused = frozenset(paused_days)

    days = tuple(_day_row(records, week + i * _DAY, today, paused) for i in range(7))
    in_week = [record for record in records if record.day >= week]
    categories = _categories(in_week, today)
    done_days = {record.day for record in records if record.state is NudgeState.DONE}
    score = consistency_score(
        records, first_day=first_day, as_of=as_of, today=today, paused_days=paused
    )
    review = WeekReview(
        week=week,
        as_of=as_of,
        style=style,
        days=days,
        sent=sum(row.sent for row in days),
        done=sum(row.done for row in days),
        skipped=sum(row.skipped for row in days),
        missed=sum(row.missed for row in days),
        current_streak=current_streak(done_days, as_of, paused),
        longest_streak=longest_streak(done_days, paused),
        score=int(score * 100 + 0.5),
        categories=categories,
        done_most=_done_most(categories),
        skipped_most=_skipped_most(categories),
        suggestion=Suggestion.QUIET,
        suggestion_category=None,
        therapy=_therapy(records, week, as_of, conflict_days),
        first_day=first_day,
    )
    suggestion, about = _suggest(review)
    return replace(review, suggestion=suggestion, suggestion_category=about)


def _settled(record: Delivered, today: date) -> bool:
    """Done, skipped, or missed for good (an unanswered nudge from today is still open)."""
    if record.state not in _COUNTED:
        return False
    return not (record.state in _MISSED and record.day >= today)


def _day_row(
    records: Sequence[Delivered], day: date, today: date, paused: Collection[date]
) -> DayRow:
    states = Counter(record.state for record in records if record.day == day)
    unanswered = states[NudgeState.SENT] + states[NudgeState.UNKNOWN]
    is_open = day >= today
    return DayRow(
        day=day,
        done=states[NudgeState.DONE],
        skipped=states[NudgeState.SKIPPED],
        missed=0 if is_open else unanswered,
        open=unanswered if is_open else 0,
        paused=day in paused,
    )


def _categories(records: Iterable[Delivered], today: date) -> tuple[CategoryRow, ...]:
    counts: dict[str, Counter[NudgeState]] = {}
    for record in records:
        if record.category is not None and _settled(record, today):
            counts.setdefault(record.category, Counter())[record.state] += 1
    rows = [
        CategoryRow(
            category=category,
            done=states[NudgeState.DONE],
            skipped=states[NudgeState.SKIPPED],
            missed=states[NudgeState.SENT] + states[NudgeState.UNKNOWN],
        )
        for category, states in counts.items()
    ]
    rows.sort(key=lambda row: (-row.completion, -row.settled, row.category))
    return tuple(rows)


def _done_most(categories: Iterable[CategoryRow]) -> str | None:
    """The category done most often; ties go to the higher share, then the name."""
    ranked = sorted(
        (row for row in categories if row.done),
        key=lambda row: (-row.done, -row.done / row.settled, row.category),
    )
    return ranked[0].category if ranked else None


def _skipped_most(categories: Iterable[CategoryRow]) -> str | None:
    """The category skipped most often (None without skips); ties as in ``_done_most``."""
    ranked = sorted(
        (row for row in categories if row.skipped),
        key=lambda row: (-row.skipped, -row.skipped / row.settled, row.category),
    )
    return ranked[0].category if ranked else None


def _therapy(
    records: Sequence[Delivered], week: date, as_of: date, conflict_days: Sequence[date]
) -> TherapyReason | None:
    recent = {day for day in conflict_days if 0 <= (as_of - day).days < CONFLICT_WINDOW_DAYS}
    if len(recent) >= THERAPY_CONFLICT_DAYS:
        return TherapyReason.CONFLICT
    for back in range(THERAPY_WEEKS):
        start = week - 7 * back * _DAY
        states = Counter(
            record.state for record in records if start <= record.day < start + 7 * _DAY
        )
        done, skipped = states[NudgeState.DONE], states[NudgeState.SKIPPED]
        if done + skipped < THERAPY_MIN_ANSWERED or skipped <= done:
            return None
    return TherapyReason.SKIPS


def _suggest(review: WeekReview) -> tuple[Suggestion, str | None]:
    if review.sent == 0:
        return (Suggestion.RESUME if review.paused_all_week else Suggestion.QUIET), None
    answered = review.done + review.skipped
    if review.missed >= 2 and review.missed > answered:
        return Suggestion.NEW_TIME, None
    if review.skipped >= 2 and review.skipped > review.done:
        return Suggestion.EASE_OFF, review.skipped_most
    worst = next((row for row in review.categories if row.category == review.skipped_most), None)
    if worst is not None and worst.skipped >= 2 and worst.skipped > worst.done:
        return Suggestion.EASE_OFF, worst.category
    if review.done == 0:
        return Suggestion.START_SMALL, None
    settled = answered + review.missed
    if settled and review.done / settled >= STRONG_WEEK:
        return Suggestion.KEEP, review.done_most
    return Suggestion.ONE_MORE, review.done_most
