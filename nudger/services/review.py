"""A week's review, for /week and for the weekly push: load its history, draw it, and the
buttons to the weeks around it.

The figures come from :mod:`nudger.domain.review`, the picture from
:mod:`nudger.services.charts`. Loading happens in one short transaction; the chart is
drawn afterwards in a worker thread, so no database lock is held meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from nudger.domain.button_data import pack, unpack
from nudger.domain.catalog import Catalog
from nudger.domain.model import Profile
from nudger.domain.partners import nudge_style
from nudger.domain.review import (
    CONFLICT_WINDOW_DAYS,
    THERAPY_WEEKS,
    Delivered,
    build_review,
    paused_all_week,
)
from nudger.domain.streaks import week_start
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Words
from nudger.messaging.base import Button, Keyboard
from nudger.services.week_words import (
    chart_words,
    earlier_button,
    later_button,
    review_text,
    this_week_button,
)
from nudger.storage import history, partners
from nudger.storage.db import Session

#: The button data prefix of a week button: ``w:<Monday, ISO date>``.
PREFIX = "w"
_WEEK = timedelta(days=7)
#: How far back /week's buttons go.
MAX_WEEKS_BACK = 52


@dataclass(frozen=True)
class ReviewInputs:
    """Everything one review needs, loaded from the database."""

    week: date
    today: date
    first_day: date
    delivered: tuple[Delivered, ...]
    paused_days: frozenset[date]
    conflict_days: tuple[date, ...]
    style: AttachmentStyle
    #: The user's linked partner shares what helps them: the name the user knows them by in
    #: the link (the review says so, never what); None if not.
    partner_helps: str | None = None

    @property
    def first_week(self) -> date:
        """The Monday of the user's first nudge (or of today): /week goes no further back."""
        return week_start(self.first_day)

    @property
    def paused_all_week(self) -> bool:
        """The week so far, as :func:`nudger.domain.review.paused_all_week` sees it."""
        return paused_all_week(
            self.week,
            min(self.today, self.week + timedelta(days=6)),
            self.first_day,
            self.paused_days,
            sent_days={d.day for d in self.delivered},
        )


@dataclass(frozen=True)
class RenderedReview:
    png: bytes
    caption: str


def _local_day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _days_touched(start: datetime, end: datetime, zone: ZoneInfo) -> set[date]:
    """Local dates that the span [start, end] touches."""
    first, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


async def load_inputs(
    session: Session, catalog: Catalog, profile: Profile, week: date, now: datetime
) -> ReviewInputs:
    """Read the user's history for the review of the week starting on Monday ``week``."""
    if profile.timezone is None or profile.style is None:
        raise ValueError("the user is not set up")
    zone = ZoneInfo(profile.timezone)
    today = now.astimezone(zone).date()
    week_end = _local_day_start(week + _WEEK, zone)
    # Streaks and the consistency score look at the whole history.
    records = await history.delivered_since(session, profile.id, datetime.min.replace(tzinfo=UTC))
    delivered: list[Delivered] = []
    for record in records:
        if record.sent_at is None or record.sent_at >= week_end:
            continue
        prompt = catalog.get(record.prompt_id) if record.prompt_id else None
        delivered.append(
            Delivered(
                day=record.sent_at.astimezone(zone).date(),
                state=record.state,
                category=prompt.category if prompt else None,
            )
        )
    with_nudges = {d.day for d in delivered}
    paused: set[date] = set()
    for start, end in await history.pause_periods(session, profile.id):
        paused |= _days_touched(start, min(end or now, now), zone)
    # A day with a nudge delivered counts as it went, even if a pause began later that day.
    paused -= with_nudges
    since = _local_day_start(
        week - timedelta(days=max(CONFLICT_WINDOW_DAYS, 7 * THERAPY_WEEKS)), zone
    )
    conflicts = await history.conflict_times(session, profile.id, since)
    first = min(with_nudges, default=today)
    shared = (await partners.shared_with(session, [profile.id])).get(profile.id)
    side = await partners.side_of(session, profile.id) if shared and shared.helps else None
    return ReviewInputs(
        week=week,
        today=today,
        first_day=first,
        delivered=tuple(delivered),
        paused_days=frozenset(paused),
        conflict_days=tuple(t.astimezone(zone).date() for t in conflicts if t < week_end),
        style=nudge_style(profile.style, shared) or profile.style,
        partner_helps=side.partner_name if side is not None else None,
    )


def render(inputs: ReviewInputs, t: Words) -> RenderedReview:
    """Figures, caption and chart in the user's words ``t`` (CPU work: call it in a worker
    thread)."""
    # Imported on first use: matplotlib and numpy add about 40 MiB that a process which
    # never draws a review (or not yet) need not hold.
    from nudger.services.charts import render_week

    review = build_review(
        inputs.delivered,
        week=inputs.week,
        today=inputs.today,
        first_day=inputs.first_day,
        paused_days=inputs.paused_days,
        conflict_days=inputs.conflict_days,
        style=inputs.style,
    )
    caption = review_text(t, review, partner_helps=inputs.partner_helps)
    return RenderedReview(render_week(review, chart_words(t, review)), caption)


def week_keyboard(t: Words, week: date, current: date, first: date) -> Keyboard:
    """Buttons to the week before (back to ``first``) and, for past weeks, the week after."""
    buttons: list[Button] = []
    if week > first and (current - week).days // 7 < MAX_WEEKS_BACK:
        earlier = week - _WEEK
        buttons.append(Button(earlier_button(t, earlier), week_data(earlier)))
    if week < current:
        later = week + _WEEK
        label = this_week_button(t) if later == current else later_button(t, later)
        buttons.append(Button(label, week_data(later)))
    return (tuple(buttons),) if buttons else ()


def week_data(monday: date) -> str:
    """The data of a button to the week starting on ``monday``: ``w:2026-11-16``."""
    return pack(PREFIX, monday.isoformat())


def parse_week(data: str) -> date | None:
    """The Monday in a week button's data (``w:<Monday>``); None if it isn't one.

    Any 10-character form ``date.fromisoformat`` reads is taken, as it always was
    (``w:2026-W47-1`` too).
    """
    match unpack(data, PREFIX):
        case [value] if len(value) == 10:
            try:
                day = date.fromisoformat(value)
            except ValueError:
                return None
            return day if day.weekday() == 0 else None
    return None
