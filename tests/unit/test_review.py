from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest

from nudger.domain.languages import Language
from nudger.domain.model import NudgeState
from nudger.domain.planning import local_day
from nudger.domain.review import (
    SCORE_DECAY,
    CategoryRow,
    DayRow,
    Delivered,
    Suggestion,
    TherapyReason,
    WeekReview,
    build_review,
    consistency_score,
    paused_all_week,
)
from nudger.domain.styles import CATEGORIES, AttachmentStyle
from nudger.i18n.texts import shared_texts
from nudger.services.week_words import CAPTION_LIMIT, category_name
from nudger.services.week_words import review_text as caption

#: The caption in English, for a partner called Sam.
SAM = shared_texts().words(Language.EN, "Sam")


def review_text(review: WeekReview, partner: str = "Sam") -> str:
    return caption(shared_texts().words(Language.EN, partner), review)


S = NudgeState
DAY = timedelta(days=1)
MON = date(2026, 11, 16)


def d(offset: int) -> date:
    """A day of the week starting ``MON`` (0 = Monday, 6 = Sunday, 7 = next Monday)."""
    return MON + offset * DAY


def review(
    records: Sequence[Delivered],
    *,
    week: date = MON,
    today: date = MON + 7 * DAY,
    first_day: date = MON,
    paused: Sequence[date] = (),
    conflicts: Sequence[date] = (),
    style: AttachmentStyle = AttachmentStyle.ANXIOUS,
) -> WeekReview:
    return build_review(
        records,
        week=week,
        today=today,
        first_day=first_day,
        paused_days=paused,
        conflict_days=conflicts,
        style=style,
    )


def utf16_len(text: str) -> int:
    """Telegram measures captions in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


# --- a hand-computed week ---------------------------------------------------------

HAND_WEEK = [
    Delivered(d(0), S.DONE, "reassurance"),
    Delivered(d(0), S.DONE, "gratitude"),
    Delivered(d(1), S.DONE, "reassurance"),
    Delivered(d(1), S.SKIPPED, "commitment"),
    Delivered(d(2), S.SENT, "commitment"),  # never answered: missed
    Delivered(d(2), S.SNOOZED, "reassurance"),  # counts once, through its resend below
    Delivered(d(2), S.DONE, "reassurance"),
    # Thursday d(3): paused, nothing delivered.
    Delivered(d(4), S.SKIPPED, "commitment"),
    Delivered(d(4), S.UNKNOWN, "gratitude"),  # outcome unknown: missed
    Delivered(d(5), S.FAILED, "gratitude"),  # never reached the user: ignored
    Delivered(d(5), S.EXPIRED, None),  # ignored
    Delivered(d(6), S.DONE, "gratitude"),
    Delivered(d(7), S.SKIPPED, "commitment"),  # next week: ignored
]


def test_a_hand_computed_week() -> None:
    r = review(HAND_WEEK, paused=[d(3)])
    assert r.as_of == d(6)
    assert r.days == (
        DayRow(d(0), done=2, skipped=0, missed=0, open=0, paused=False),
        DayRow(d(1), done=1, skipped=1, missed=0, open=0, paused=False),
        DayRow(d(2), done=1, skipped=0, missed=1, open=0, paused=False),
        DayRow(d(3), done=0, skipped=0, missed=0, open=0, paused=True),
        DayRow(d(4), done=0, skipped=1, missed=1, open=0, paused=False),
        DayRow(d(5), done=0, skipped=0, missed=0, open=0, paused=False),
        DayRow(d(6), done=1, skipped=0, missed=0, open=0, paused=False),
    )
    # sent = 2 + 2 + 2 + 0 + 2 + 0 + 1 = 9; done = 2 + 1 + 1 + 1 = 5; skipped = 1 + 1;
    # missed = Wednesday's sent + Friday's unknown = 2.
    assert (r.sent, r.done, r.skipped, r.missed) == (9, 5, 2, 2)
    # Done on Mon, Tue, Wed, Sun. Thursday is paused (bridges), Friday has no Done (breaks).
    # As of Sunday: Sunday, then Saturday breaks -> 1. Longest: Mon–Wed -> 3.
    assert (r.current_streak, r.longest_streak) == (1, 3)
    # m = 0.5 ** (1/13) ≈ 0.9480775; the day completions c are
    # Mon 2/2 = 1, Tue 1/2, Wed 1/2 (the snooze is left out), Thu paused (no step),
    # Fri 0/2, Sat nothing delivered (no step), Sun 1/1.
    # From 0: score = (1-m)·(1·m⁴ + ½·m³ + ½·m² + 0·m + 1)
    #              ≈ 0.0519225 · (0.8079331 + 0.4260902 + 0.4494255 + 0 + 1)
    #              ≈ 0.0519225 · 2.6834488 ≈ 0.139331 -> 14.
    assert r.score == 14
    exact = consistency_score(HAND_WEEK, first_day=MON, as_of=d(6), today=d(7), paused_days=[d(3)])
    assert exact == pytest.approx(0.139331, abs=1e-6)
    # reassurance 3 of 3 (snooze left out), gratitude 2 of 3 (Friday's unknown is missed,
    # Saturday's failed is ignored), commitment 0 of 3 (two skips, one missed).
    assert r.categories == (
        CategoryRow("reassurance", done=3, skipped=0, missed=0),
        CategoryRow("gratitude", done=2, skipped=0, missed=1),
        CategoryRow("commitment", done=0, skipped=2, missed=1),
    )
    assert [row.completion for row in r.categories] == [1.0, pytest.approx(2 / 3), 0.0]
    assert (r.done_most, r.skipped_most) == ("reassurance", "commitment")
    # Two of three commitment nudges skipped, none done: ease off there.
    assert (r.suggestion, r.suggestion_category) == (Suggestion.EASE_OFF, "commitment")
    assert r.therapy is None


def test_the_hand_computed_week_in_words() -> None:
    text = review_text(review(HAND_WEEK, paused=[d(3)]), "Sam")
    assert text.splitlines()[0] == "Your week, Mon 16 Nov\u2009–\u2009Sun 22 Nov"
    assert "Done: 5 of 9 sent (2 skipped, 2 unanswered)." in text
    assert "Streak: 1 day (longest 3 days). Consistency: 14/100 (it builds up over weeks)." in text
    assert "Done most: reassurance. Skipped most: commitment." in text
    assert "Paused days kept your streak and score as they were." in text
    # The suggestion follows from the figures (commitment skipped) and the style (anxious).
    assert "2 of 3 commitment nudges were skipped. Next week:" in text
    assert "thinking of Sam is reassurance too" in text
    assert "therapy" not in text


def test_mid_week_unanswered_nudges_of_today_are_open_not_missed() -> None:
    today = d(4)
    records = [*HAND_WEEK, Delivered(today, S.SENT, "gratitude"), Delivered(today, S.DONE, "trust")]
    r = review(records, paused=[d(3)], today=today)
    assert r.as_of == today
    friday = r.days[4]
    # Friday: skipped, done; the unknown and the sent one are still open today.
    assert (friday.done, friday.skipped, friday.missed, friday.open) == (1, 1, 0, 2)
    assert friday.sent == 4
    assert all(row.sent == 0 for row in r.days[5:])
    assert (r.sent, r.done, r.skipped, r.missed) == (10, 5, 2, 1)
    # Friday's settled nudges: c_Fri = 1/2 (not 1/4).
    m = SCORE_DECAY
    expected = (1 - m) * (1 * m**3 + 0.5 * m**2 + 0.5 * m + 0.5)
    assert r.score == round(expected * 100)
    assert r.score != round((1 - m) * (1 * m**3 + 0.5 * m**2 + 0.5 * m + 0.25) * 100)
    # Gratitude: Monday's done only; both of today's gratitude nudges are open.
    assert CategoryRow("gratitude", done=1, skipped=0, missed=0) in r.categories
    # Done today, Thursday paused, Wednesday to Monday done -> a streak of 4.
    assert r.current_streak == 4
    assert not r.finished
    text = review_text(r, "Sam")
    assert "Done: 5 of 10 sent (2 skipped, 1 unanswered, 2 still open)." in text
    assert "For the rest of the week:" in text


# --- a DST week -----------------------------------------------------------------


def berlin(year: int, month: int, day: int, hour: int, minute: int) -> date:
    """The Berlin date of a UTC instant (the caller's conversion, done here by hand)."""
    return local_day(datetime(year, month, day, hour, minute, tzinfo=UTC), "Europe/Berlin")


def test_a_week_with_the_autumn_clock_change() -> None:
    # Europe/Berlin leaves summer time on Sunday 2026-10-25: 03:00 CEST -> 02:00 CET.
    week = date(2026, 10, 19)
    sunday = date(2026, 10, 25)
    records = [
        Delivered(berlin(2026, 10, 24, 21, 30), S.DONE, "reassurance"),  # Sat 23:30 CEST
        Delivered(berlin(2026, 10, 24, 22, 30), S.DONE, "reassurance"),  # Sun 00:30 CEST
        Delivered(berlin(2026, 10, 25, 0, 30), S.SKIPPED, "gratitude"),  # Sun 02:30 CEST
        Delivered(berlin(2026, 10, 25, 1, 30), S.DONE, "gratitude"),  # Sun 02:30 CET
        Delivered(berlin(2026, 10, 25, 22, 30), S.SENT, "commitment"),  # Sun 23:30 CET
        Delivered(berlin(2026, 10, 25, 23, 30), S.DONE, "commitment"),  # Mon 00:30 CET
    ]
    assert [r.day for r in records] == [sunday - DAY, *[sunday] * 4, sunday + DAY]
    r = review(records, week=week, today=date(2026, 10, 26), first_day=week)
    assert [row.day for row in r.days] == [week + i * DAY for i in range(7)]
    assert r.days[5] == DayRow(sunday - DAY, done=1, skipped=0, missed=0, open=0, paused=False)
    assert r.days[6] == DayRow(sunday, done=2, skipped=1, missed=1, open=0, paused=False)
    assert (r.sent, r.done, r.skipped, r.missed) == (5, 3, 1, 1)
    assert (r.current_streak, r.longest_streak) == (2, 2)
    # Saturday c = 1, Sunday c = 2/4: (1-m)·(m + ½).
    m = SCORE_DECAY
    assert r.score == round((1 - m) * (m + 0.5) * 100)
    # The same week seen on the Sunday itself: the 23:30 nudge is still open.
    on_sunday = review(records, week=week, today=sunday, first_day=week)
    assert on_sunday.days[6] == DayRow(sunday, done=2, skipped=1, missed=0, open=1, paused=False)
    assert on_sunday.finished


# --- paused days and the score ---------------------------------------------------


def test_a_paused_day_freezes_streak_and_score() -> None:
    records = [
        Delivered(d(0), S.DONE, "trust"),
        Delivered(d(1), S.DONE, "trust"),
        Delivered(d(2), S.DONE, "trust"),
        Delivered(d(3), S.SKIPPED, "space"),  # skipped, then paused for the day
        Delivered(d(6), S.DONE, "trust"),
    ]
    paused = [d(3), d(4), d(5)]
    r = review(records, paused=paused, style=AttachmentStyle.AVOIDANT)
    # Thursday to Saturday are paused: the run Mon–Wed carries on to Sunday.
    assert (r.current_streak, r.longest_streak) == (4, 4)
    # Four full days and nothing else: 1 - m⁴ ≈ 1 - 0.807935 -> 19.
    assert r.score == 19
    assert r.days[3].skipped == 1  # still shown for the day
    assert [row.paused for row in r.days] == [False] * 3 + [True] * 3 + [False]
    # Without the pause, Thursday's skip lowers the score and Thu–Sat break the streak.
    unpaused = review(records, style=AttachmentStyle.AVOIDANT)
    assert (unpaused.current_streak, unpaused.longest_streak) == (1, 3)
    assert unpaused.score < r.score


def test_the_score_has_a_half_life_of_thirteen_days() -> None:
    start = date(2026, 11, 2)
    full = [Delivered(start + i * DAY, S.DONE, "trust") for i in range(26)]
    # 13 days of full completion from 0: 1 - m¹³ = 1 - 0.5.
    at_13 = review(full, week=date(2026, 11, 9), today=start + 12 * DAY, first_day=start)
    assert at_13.as_of == start + 12 * DAY
    assert at_13.score == 50
    # 26 days: 1 - 0.25.
    at_26 = review(full, week=date(2026, 11, 23), today=start + 25 * DAY, first_day=start)
    assert at_26.score == 75
    # One missed day after the run only dents the score.
    dented = review(
        [*full, Delivered(start + 26 * DAY, S.SENT, "trust")],
        week=date(2026, 11, 23),
        today=start + 27 * DAY,
        first_day=start,
    )
    assert dented.current_streak == 0
    assert dented.score == round(0.75 * SCORE_DECAY * 100)  # 71
    assert "A missed day doesn't undo a good run" in review_text(dented, "Sam")


def test_the_score_starts_on_the_first_day() -> None:
    records = [Delivered(d(0), S.DONE, None), Delivered(d(1), S.DONE, None)]
    assert consistency_score(records, first_day=d(1), as_of=d(6), today=d(7)) == pytest.approx(
        1 - SCORE_DECAY
    )
    assert consistency_score(records, first_day=d(2), as_of=d(6), today=d(7)) == 0


# --- therapy -------------------------------------------------------------------------


def week_of(monday: date, done: int, skipped: int) -> list[Delivered]:
    return [Delivered(monday, S.DONE, "trust")] * done + [
        Delivered(monday + DAY, S.SKIPPED, "space")
    ] * skipped


@pytest.mark.parametrize(
    ("weeks", "reason"),
    [
        pytest.param([(1, 2), (0, 3), (1, 4)], TherapyReason.SKIPS, id="three-skip-weeks"),
        pytest.param([(2, 2), (0, 3), (1, 4)], None, id="a-tie-is-not-more-skips"),
        pytest.param([(1, 2), (0, 2), (1, 4)], None, id="too-few-answered-one-week"),
        pytest.param([(0, 0), (0, 3), (1, 4)], None, id="a-quiet-week-first"),
        pytest.param([(1, 2), (0, 3), (3, 1)], None, id="this-week-went-well"),
    ],
)
def test_therapy_after_three_weeks_of_skips(
    weeks: list[tuple[int, int]], reason: TherapyReason | None
) -> None:
    mondays = [MON - 14 * DAY, MON - 7 * DAY, MON]
    records = [
        r
        for monday, (done, skipped) in zip(mondays, weeks, strict=True)
        for r in week_of(monday, done, skipped)
    ]
    result = review(records, first_day=mondays[0])
    assert result.therapy is reason
    assert (result.therapy is not None) == (reason is not None)
    text = review_text(result, "Sam")
    assert ("couples therapy" in text) == (reason is not None)


@pytest.mark.parametrize(
    ("conflicts", "expected"),
    [
        pytest.param([d(6), d(2), MON - 7 * DAY], True, id="three-days-within-two-weeks"),
        pytest.param([d(6), d(2), MON - 8 * DAY], False, id="third-day-fifteen-days-back"),
        pytest.param([d(2), d(2), d(2), d(1)], False, id="same-day-counts-once"),
        pytest.param([d(0), d(1)], False, id="two-days"),
        pytest.param([d(1), d(2), d(7)], False, id="after-the-week-does-not-count"),
    ],
)
def test_therapy_after_frequent_conflicts(conflicts: list[date], expected: bool) -> None:
    records = [Delivered(d(0), S.DONE, "trust")]
    result = review(records, conflicts=conflicts)
    assert (result.therapy is not None) is expected
    assert (result.therapy is TherapyReason.CONFLICT) is expected
    assert ("couples therapy" in review_text(result, "Sam")) is expected


def test_the_therapy_line_is_gentle() -> None:
    records = [Delivered(d(0), S.DONE, "trust")]
    text = review_text(review(records, conflicts=[d(0), d(1), d(2)]), "Sam").lower()
    assert "couples therapy" in text
    assert "your needs together" in text
    assert "emotionally focused" not in text  # the article names no particular therapy
    for word in ("disorder", "diagnos", "urgent", "warning", "problem", "toxic", "unhealthy"):
        assert word not in text


# --- suggestions ------------------------------------------------------------------


def many(day: date, state: NudgeState, n: int, category: str | None = "trust") -> list[Delivered]:
    return [Delivered(day, state, category)] * n


@pytest.mark.parametrize(
    ("records", "paused", "style", "suggestion", "about"),
    [
        pytest.param([], [], AttachmentStyle.ANXIOUS, Suggestion.QUIET, None, id="quiet"),
        pytest.param(
            [], [d(i) for i in range(7)], AttachmentStyle.ANXIOUS, Suggestion.RESUME, None,
            id="paused-all-week",
        ),
        pytest.param(
            many(d(0), S.SENT, 3) + many(d(1), S.DONE, 1), [], AttachmentStyle.SECURE,
            Suggestion.NEW_TIME, None, id="mostly-unanswered",
        ),
        pytest.param(
            many(d(0), S.SKIPPED, 3, "space") + many(d(1), S.DONE, 2), [],
            AttachmentStyle.AVOIDANT, Suggestion.EASE_OFF, "space", id="skips-dominate",
        ),
        pytest.param(
            many(d(0), S.SKIPPED, 1) + many(d(1), S.SENT, 1), [], AttachmentStyle.FEARFUL,
            Suggestion.START_SMALL, None, id="nothing-done",
        ),
        pytest.param(
            many(d(0), S.DONE, 4, "kindness") + many(d(1), S.DONE, 3, "support")
            + many(d(2), S.SKIPPED, 1),
            [], AttachmentStyle.SECURE, Suggestion.KEEP, "kindness", id="strong-week",
        ),
        pytest.param(
            many(d(0), S.DONE, 2, "gratitude") + many(d(1), S.SKIPPED, 1)
            + many(d(2), S.SENT, 1),
            [], AttachmentStyle.ANXIOUS, Suggestion.ONE_MORE, "gratitude", id="middling-week",
        ),
    ],
)  # fmt: skip
def test_the_suggestion_follows_from_the_week(
    records: list[Delivered],
    paused: list[date],
    style: AttachmentStyle,
    suggestion: Suggestion,
    about: str | None,
) -> None:
    r = review(records, paused=paused, style=style)
    assert (r.suggestion, r.suggestion_category) == (suggestion, about)


def test_ease_off_wording_depends_on_the_style() -> None:
    records = many(d(0), S.SKIPPED, 3, "space") + many(d(1), S.DONE, 1, "trust")
    texts = {style: review_text(review(records, style=style), "Sam") for style in AttachmentStyle}
    assert "3 of 3 space nudges were skipped." in texts[AttachmentStyle.AVOIDANT]
    assert "fewer nudges or a calmer time" in texts[AttachmentStyle.AVOIDANT]
    assert "Sam values room of their own" in texts[AttachmentStyle.AVOIDANT]
    assert "smallest version" in texts[AttachmentStyle.ANXIOUS]
    assert "at their own pace" in texts[AttachmentStyle.FEARFUL]
    assert len(set(texts.values())) == 4  # secure and unknown share the plain wording
    assert texts[AttachmentStyle.SECURE] == texts[AttachmentStyle.UNKNOWN]


def test_strong_and_middling_weeks_in_words() -> None:
    strong = many(d(0), S.DONE, 4, "positive_regard") + many(d(1), S.SKIPPED, 1)
    text = review_text(review(strong), "Sam")
    assert "A strong week. Next week: keep the same times" in text
    assert "Positive regard is working well" in text
    middling = many(d(0), S.DONE, 2, "calm_conflict") + many(d(1), S.SKIPPED, 1)
    middling += many(d(2), S.SENT, 1)
    text = review_text(review(middling, style=AttachmentStyle.AVOIDANT), "Sam")
    assert "Next week: aim for 3 done, one more than this week." in text
    assert "Start with calm in conflict" in text


# --- empty weeks ----------------------------------------------------------------------


def test_a_week_with_nothing_sent() -> None:
    r = review([Delivered(MON - DAY, S.DONE, "trust")], first_day=MON - DAY)
    assert (r.sent, r.done, r.categories, r.done_most, r.skipped_most) == (0, 0, (), None, None)
    text = review_text(r, "Sam")
    assert "Nothing was sent this week." in text
    assert "Next week: start with one small thing" in text
    assert "Streak: 0 days (longest 1 day)" in text
    mid_week = review_text(review([], today=d(2)), "Sam")
    assert "Nothing sent yet this week." in mid_week
    assert "For the rest of the week: start with one small thing" in mid_week


def test_a_week_paused_throughout() -> None:
    run = [Delivered(MON - i * DAY, S.DONE, "trust") for i in range(1, 6)]
    r = review(run, first_day=MON - 5 * DAY, paused=[d(i) for i in range(7)])
    assert r.paused_all_week
    assert r.current_streak == 5  # frozen, not lost
    text = review_text(r, "Sam")
    assert "Nudges were paused all week." in text
    assert "Your streak and score waited for you." in text
    assert "Nothing was sent" not in text
    early = review(run, first_day=MON - 5 * DAY, paused=[d(0), d(1)], today=d(1))
    assert "Nudges have been paused this week." in review_text(early, "Sam")


# --- the caption limit ---------------------------------------------------------------


@pytest.mark.parametrize("language", Language)
def test_the_caption_fits_telegram_even_in_the_worst_case(language: Language) -> None:
    name = "\U0001d49c" * 40  # 40 characters outside the BMP: 80 UTF-16 code units
    t = shared_texts().words(language, name)
    longest = max(
        (c for group in CATEGORIES.values() for c in group),
        key=lambda c: len(category_name(t, c)),
    )
    rows = tuple(
        CategoryRow(category, done=9999, skipped=9999, missed=9999)
        for group in CATEGORIES.values()
        for category in group
    )
    base = review(HAND_WEEK, paused=[d(3)])
    worst = 0
    for style, suggestion, therapy, finished in itertools.product(
        AttachmentStyle, Suggestion, [*TherapyReason, None], [True, False]
    ):
        big = dataclasses.replace(
            base,
            as_of=base.week_end if finished else d(5),
            style=style,
            days=tuple(
                dataclasses.replace(row, done=9999, skipped=9999, missed=9999, open=9999)
                for row in base.days
            ),
            sent=4 * 7 * 9999,
            done=7 * 9999,
            skipped=7 * 9999,
            missed=7 * 9999,
            current_streak=99999,
            longest_streak=99999,
            score=100,
            categories=rows,
            done_most=longest,
            skipped_most=longest,
            suggestion=suggestion,
            suggestion_category=longest,
            therapy=therapy,
        )
        text = caption(t, big, partner_helps=name)
        worst = max(worst, utf16_len(text))
        assert utf16_len(text) <= CAPTION_LIMIT, (style, suggestion, therapy)
    assert worst > 600  # the worst case really is long, so the check means something


def test_the_partners_line_comes_when_it_fits_and_never_pushes_the_review_out() -> None:
    """The linked partner's "what helps" line (never what it says) joins a usual caption;
    when the caption would be too long it is left out, not the figures or the idea (the
    worst case above, with the line asked for, stays within the limit)."""
    t = shared_texts().words(Language.EN, "Sam")
    usual = review(HAND_WEEK)
    line = t("week-partner-helps")
    assert line in caption(t, usual, partner_helps="Sam")
    assert line not in caption(t, usual)
    assert caption(t, usual, partner_helps="Sam").replace(line + "\n", "") == caption(t, usual)
    # Named as the user knows them in the link, which may differ from their own setting.
    assert t("week-partner-helps", partner="Alex") in caption(t, usual, partner_helps="Alex")


# --- odds and ends ---------------------------------------------------------------------


def test_category_names() -> None:
    assert category_name(SAM, "positive_regard") == "positive regard"
    assert category_name(SAM, "calm_conflict") == "calm in conflict"
    assert category_name(SAM, "space") == "space"
    for group in CATEGORIES.values():
        for category in group:
            assert "_" not in category_name(SAM, category)


def test_the_week_must_start_on_a_monday_and_have_begun() -> None:
    with pytest.raises(ValueError, match="Monday"):
        review([], week=d(1))
    with pytest.raises(ValueError, match="not started"):
        review([], week=d(7), today=d(6))


def test_a_week_spanning_two_months() -> None:
    text = review_text(review([], week=date(2026, 11, 30), today=date(2026, 12, 7)), "Sam")
    assert text.splitlines()[0] == "Your week, Mon 30 Nov\u2009–\u2009Sun 6 Dec"


def test_the_score_hint_shows_only_while_the_score_is_low() -> None:
    low = review(HAND_WEEK, paused=[d(3)])
    assert low.score < 50 and "(it builds up over weeks)" in review_text(low, "Sam")
    high = dataclasses.replace(low, score=72)
    assert "Consistency: 72/100." in review_text(high, "Sam")


def test_paused_all_week_ignores_days_before_the_user_started() -> None:
    """Started on Thursday and paused from then on: the week counts as paused."""
    start = d(3)
    r = build_review(
        [],
        week=MON,
        today=d(6),
        first_day=start,
        paused_days=[start + timedelta(days=i) for i in range(4)],
        style=AttachmentStyle.ANXIOUS,
    )
    assert r.paused_all_week
    assert r.suggestion is Suggestion.RESUME


WHOLE_WEEK = [d(i) for i in range(7)]


@pytest.mark.parametrize(
    ("as_of", "first_day", "paused", "sent", "expected"),
    [
        (d(6), MON - 7 * DAY, WHOLE_WEEK, [], True),
        (d(6), MON - 7 * DAY, WHOLE_WEEK[1:], [], False),  # Monday was not paused
        (d(6), MON - 7 * DAY, WHOLE_WEEK, [d(2)], False),  # a nudge went out on Wednesday
        (d(6), MON - 7 * DAY, WHOLE_WEEK[:3], [], False),  # paused until Wednesday only
        (d(2), MON - 7 * DAY, WHOLE_WEEK[:3], [], True),  # ... which is so far, on Wednesday
        (d(2), MON - 7 * DAY, WHOLE_WEEK[:3], [d(3)], True),  # later days do not count
        (d(6), d(3), WHOLE_WEEK[3:], [], True),  # started on Thursday, paused from then on
        (d(6), d(3), WHOLE_WEEK[4:], [], False),  # ... but not on Thursday itself
        (d(6), d(6), [d(6)], [], True),  # started on Sunday, paused at once
        (d(2), d(3), WHOLE_WEEK, [], False),  # not started yet: no day to be paused on
        (d(6), MON - 7 * DAY, [], [], False),
    ],
)
def test_paused_all_week_is_every_day_since_the_user_started_with_nothing_sent(
    as_of: date, first_day: date, paused: list[date], sent: list[date], expected: bool
) -> None:
    assert paused_all_week(MON, as_of, first_day, paused, sent) is expected
