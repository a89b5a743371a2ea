from __future__ import annotations

import dataclasses
import itertools
import random
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from nudger.domain.catalog import Catalog
from nudger.domain.model import NudgeState
from nudger.domain.planning import Schedule, Window, plan_day
from nudger.domain.prompts import Context, Days, Prompt, When
from nudger.domain.selection import (
    HALF_LIFE,
    REPEAT_WINDOW,
    ROTATION_FACTOR,
    CategoryStats,
    category_stats,
    choose_prompt,
    time_of_day,
)
from nudger.domain.styles import AttachmentStyle, Audience
from nudger.resources import default_catalog_path

ZONE = ZoneInfo("Europe/Berlin")
#: A Friday, 13:00 in Berlin.
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
LOCAL = NOW.astimezone(ZONE)
ANXIOUS = ("reassurance", "gratitude", "closeness")


def _prompt(
    pid: str,
    category: str,
    audience: Audience = Audience.ANXIOUS,
    *,
    when: When = When.ANY,
    days: Days = Days.ANY,
    context: Context = Context.DAILY,
    gentle: bool = False,
) -> Prompt:
    return Prompt(
        id=pid,
        audience=audience,
        category=category,
        when=when,
        days=days,
        context=context,
        gentle=gentle,
    )


def _catalog(per_category: int = 20) -> Catalog:
    prompts = [
        _prompt(f"{audience.value[:3]}-{category}-{n}", category, audience)
        for audience, categories in (
            (Audience.ANXIOUS, ANXIOUS),
            (Audience.AVOIDANT, ("space", "credit")),
            (Audience.GENERAL, ("kindness",)),
        )
        for category in categories
        for n in range(per_category)
    ]
    return Catalog(prompts)


CATALOG = _catalog()
#: The same, but each category's prompts spread over every ``when`` and ``days``.
MIXED = Catalog(
    [
        dataclasses.replace(
            p, when=list(When)[n % len(When)], days=list(Days)[n // len(When) % len(Days)]
        )
        for n, p in enumerate(CATALOG)
    ]
)


def _pick(
    catalog: Catalog,
    history: Mapping[str, datetime] | None = None,
    stats: Mapping[str, CategoryStats] | None = None,
    local: datetime = LOCAL,
    seed: int = 0,
    style: AttachmentStyle = AttachmentStyle.ANXIOUS,
) -> Prompt:
    return choose_prompt(catalog, style, history or {}, stats or {}, local, random.Random(seed))


def _simulate(
    catalog: Catalog,
    picks: int,
    answer: Callable[[Prompt], NudgeState],
    seed: int,
    style: AttachmentStyle = AttachmentStyle.ANXIOUS,
) -> list[tuple[datetime, Prompt]]:
    """Three nudges a day, each answered at once, the stats rebuilt before every pick."""
    rng = random.Random(seed)
    history: dict[str, datetime] = {}
    answers: list[tuple[str, NudgeState, datetime]] = []
    sent: list[tuple[datetime, Prompt]] = []
    now = NOW
    for _ in range(picks):
        stats = category_stats(catalog, answers, now)
        prompt = choose_prompt(catalog, style, history, stats, now.astimezone(ZONE), rng)
        history[prompt.id] = now
        answers.append((prompt.id, answer(prompt), now))
        sent.append((now, prompt))
        now += timedelta(hours=8)
    return sent


def _skips(category: str) -> Callable[[Prompt], NudgeState]:
    return lambda p: NudgeState.SKIPPED if p.category == category else NudgeState.DONE


def _recently_sent(categories: Iterable[str], hours: int = 1) -> dict[str, datetime]:
    """One prompt of each category sent in the last hours, so none is due for rotation."""
    return {f"anx-{c}-0": NOW - timedelta(hours=hours + i) for i, c in enumerate(categories)}


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (time(8), When.MORNING),
        (time(11, 59), When.MORNING),
        (time(12), When.AFTERNOON),
        (time(16, 59), When.AFTERNOON),
        (time(17), When.EVENING),
        (time(21, 59), When.EVENING),
    ],
)
def test_time_of_day(local: time, expected: When) -> None:
    assert time_of_day(local) is expected


def test_only_prompts_for_the_style() -> None:
    for style, prefix in (
        (AttachmentStyle.ANXIOUS, "anx-"),
        (AttachmentStyle.AVOIDANT, "avo-"),
        (AttachmentStyle.SECURE, "gen-"),
        (AttachmentStyle.UNKNOWN, "gen-"),
    ):
        for seed in range(20):
            assert _pick(CATALOG, seed=seed, style=style).id.startswith(prefix)


def test_fearful_gets_only_gentle_prompts_from_both_sides() -> None:
    prompts = [_prompt(f"anx-{c}-{n}", c, gentle=n % 2 == 0) for c in ANXIOUS for n in range(4)] + [
        _prompt(f"avo-{c}-{n}", c, Audience.AVOIDANT, gentle=n % 2 == 0)
        for c in ("space", "credit")
        for n in range(4)
    ]
    prompts.append(_prompt("gen-kindness-0", "kindness", Audience.GENERAL, gentle=True))
    catalog = Catalog(prompts)
    sent = _simulate(catalog, 60, _skips("space"), seed=4, style=AttachmentStyle.FEARFUL)
    chosen = {p for _, p in sent}
    assert all(p.gentle and p.audience is not Audience.GENERAL for p in chosen)
    assert {p.audience for p in chosen} == {Audience.ANXIOUS, Audience.AVOIDANT}


def test_after_conflict_uses_its_own_pool_with_the_same_rules() -> None:
    prompts = [_prompt(f"anx-{c}-{n}", c) for c in ANXIOUS for n in range(3)] + [
        _prompt(f"anx-{c}-after-{n}", c, context=Context.AFTER_CONFLICT)
        for c in ("reassurance", "closeness")
        for n in range(3)
    ]
    catalog = Catalog(prompts)
    rng = random.Random(8)
    history: dict[str, datetime] = {}
    now = NOW
    after: list[Prompt] = []
    for _ in range(6):
        daily = choose_prompt(
            catalog, AttachmentStyle.ANXIOUS, history, {}, now.astimezone(ZONE), rng
        )
        assert daily.context is Context.DAILY
        prompt = choose_prompt(
            catalog,
            AttachmentStyle.ANXIOUS,
            history,
            {},
            now.astimezone(ZONE),
            rng,
            Context.AFTER_CONFLICT,
        )
        after.append(prompt)
        history[daily.id] = history[prompt.id] = now
        now += timedelta(days=1)
    assert all(p.context is Context.AFTER_CONFLICT for p in after)
    assert len({p.id for p in after}) == 6  # all six, none twice within 14 days
    assert [p.category for p in after[:2]].count("closeness") == 1  # rotation applies too


def test_no_repeat_within_14_days_while_others_remain() -> None:
    sent = _simulate(CATALOG, 300, _skips("gratitude"), seed=3)
    last: dict[str, datetime] = {}
    repeats = 0
    for at, prompt in sent:
        if prompt.id in last:
            assert at - last[prompt.id] >= REPEAT_WINDOW, prompt.id
            repeats += 1
        last[prompt.id] = at
    assert repeats > 200  # 300 sends from 60 prompts: the window was tested, not avoided


def test_when_all_were_used_recently_the_oldest_of_the_category_comes_back() -> None:
    pool = CATALOG.for_style(AttachmentStyle.AVOIDANT)
    history = {p.id: NOW - timedelta(days=1, minutes=i) for i, p in enumerate(pool)}
    for seed in range(10):
        prompt = _pick(CATALOG, history, seed=seed, style=AttachmentStyle.AVOIDANT)
        same = [p for p in pool if p.category == prompt.category]
        assert history[prompt.id] == min(history[p.id] for p in same)


def test_a_prompt_is_fresh_again_after_the_window() -> None:
    pool = CATALOG.for_style(AttachmentStyle.SECURE)
    history = {p.id: NOW - timedelta(days=1) for p in pool}
    history[pool[0].id] = NOW - REPEAT_WINDOW
    prompt = _pick(CATALOG, history, style=AttachmentStyle.SECURE)
    assert prompt.id == pool[0].id


def test_only_categories_with_a_fresh_prompt_are_chosen() -> None:
    # Every reassurance and gratitude prompt went out this week; closeness has one left.
    history = {
        p.id: NOW - timedelta(days=2)
        for p in CATALOG.for_style(AttachmentStyle.ANXIOUS)
        if p.id != "anx-closeness-7"
    }
    favour = {"reassurance": CategoryStats(done=50), "closeness": CategoryStats(skipped=50)}
    assert {_pick(CATALOG, history, favour, seed=s).id for s in range(10)} == {"anx-closeness-7"}


@pytest.mark.parametrize("catalog", [CATALOG, MIXED], ids=["any-time", "timed"])
def test_an_always_skipped_category_comes_less_often_yet_still_now_and_then(
    catalog: Catalog,
) -> None:
    sent = _simulate(catalog, 300, _skips("gratitude"), seed=7)
    counts = Counter(p.category for _, p in sent)
    assert set(counts) == set(ANXIOUS)
    assert counts["gratitude"] < 0.5 * min(counts["reassurance"], counts["closeness"])
    assert counts["gratitude"] >= 10
    # Never left out for long: rotation brings it back after 2 x 3 sends of other categories.
    positions = [i for i, (_, p) in enumerate(sent) if p.category == "gratitude"]
    gaps = [b - a for a, b in itertools.pairwise(positions)]
    assert max(gaps) <= 2 * 3 + 1


def test_without_answers_the_categories_share_evenly() -> None:
    sent = _simulate(CATALOG, 300, lambda p: NudgeState.SNOOZED, seed=7)
    counts = Counter(p.category for _, p in sent)
    assert all(70 <= counts[c] <= 130 for c in ANXIOUS), counts


def test_a_category_with_many_dones_is_favoured() -> None:
    history = _recently_sent(ANXIOUS)
    stats = {"closeness": CategoryStats(done=20, skipped=1), "gratitude": CategoryStats(done=2)}
    counts = Counter(_pick(CATALOG, history, stats, seed=s).category for s in range(300))
    assert counts["closeness"] > 200
    assert counts["closeness"] > 3 * max(counts["gratitude"], counts["reassurance"])


def test_rotation_sends_a_never_sent_category_first() -> None:
    history = _recently_sent(("reassurance", "gratitude"))
    stats = {
        "reassurance": CategoryStats(done=100),
        "gratitude": CategoryStats(done=100),
        "closeness": CategoryStats(skipped=100),
    }
    assert {_pick(CATALOG, history, stats, seed=s).category for s in range(20)} == {"closeness"}


def test_rotation_brings_back_a_category_missing_from_the_recent_sends() -> None:
    stats = {"reassurance": CategoryStats(done=1000), "closeness": CategoryStats(skipped=100)}
    recent = ROTATION_FACTOR * len(ANXIOUS)
    history = {f"anx-reassurance-{i}": NOW - timedelta(hours=8 * (i + 1)) for i in range(recent)}
    # Closeness went out just before the last six sends: it is due.
    history["anx-closeness-0"] = NOW - timedelta(hours=8 * recent + 1)
    history["anx-gratitude-0"] = NOW - timedelta(days=10)
    assert {_pick(CATALOG, history, stats, seed=s).category for s in range(20)} == {"gratitude"}
    history["anx-gratitude-0"] = NOW - timedelta(hours=8 * recent - 1)  # among the last six
    assert {_pick(CATALOG, history, stats, seed=s).category for s in range(20)} == {"closeness"}
    history["anx-gratitude-0"] = NOW - timedelta(hours=4)  # both among the last six now
    history["anx-closeness-0"] = NOW - timedelta(hours=5)
    assert {_pick(CATALOG, history, stats, seed=s).category for s in range(20)} == {"reassurance"}


def test_the_first_sends_cover_every_category() -> None:
    for seed in range(10):
        sent = _simulate(CATALOG, 3, _skips("closeness"), seed=seed)
        assert sorted(p.category for _, p in sent) == sorted(ANXIOUS)


def test_weekday_and_weekend_prompts_fit_the_local_day() -> None:
    catalog = Catalog(
        [
            _prompt("anx-closeness-weekday", "closeness", days=Days.WEEKDAY),
            _prompt("anx-closeness-weekend", "closeness", days=Days.WEEKEND),
            _prompt("gen-kindness-0", "kindness", Audience.GENERAL),
            _prompt("avo-space-0", "space", Audience.AVOIDANT),
        ]
    )
    friday_night_utc = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # Saturday 00:30 in Berlin
    for seed in range(10):
        assert _pick(catalog, local=LOCAL, seed=seed).id == "anx-closeness-weekday"
        saturday = friday_night_utc.astimezone(ZONE)
        assert _pick(catalog, local=saturday, seed=seed).id == "anx-closeness-weekend"
        sunday = (NOW + timedelta(days=2)).astimezone(ZONE)
        assert _pick(catalog, local=sunday, seed=seed).id == "anx-closeness-weekend"


def test_a_prompt_that_does_not_fit_the_moment_waits_while_another_fits() -> None:
    catalog = Catalog(
        [
            _prompt(
                "anx-closeness-weekend-morning", "closeness", when=When.MORNING, days=Days.WEEKEND
            ),
            _prompt(
                "anx-closeness-weekday-evening", "closeness", when=When.EVENING, days=Days.WEEKDAY
            ),
            _prompt("anx-gratitude-any", "gratitude"),
            _prompt("gen-kindness-0", "kindness", Audience.GENERAL),
            _prompt("avo-space-0", "space", Audience.AVOIDANT),
        ]
    )
    # Closeness is never sent (due for rotation) and far more often done.
    stats = {"closeness": CategoryStats(done=100), "gratitude": CategoryStats(skipped=100)}

    def picks(local: datetime) -> set[str]:
        return {_pick(catalog, stats=stats, local=local, seed=s).id for s in range(20)}

    assert picks(datetime(2026, 11, 28, 19, 0, tzinfo=ZONE)) == {"anx-gratitude-any"}  # Sat
    assert picks(datetime(2026, 11, 28, 9, 0, tzinfo=ZONE)) == {"anx-closeness-weekend-morning"}
    assert picks(datetime(2026, 11, 25, 19, 0, tzinfo=ZONE)) == {"anx-closeness-weekday-evening"}
    assert picks(datetime(2026, 11, 25, 9, 0, tzinfo=ZONE)) == {"anx-gratitude-any"}  # Wed


def test_when_no_prompt_fits_the_day_counts_before_the_time_of_day() -> None:
    catalog = Catalog(
        [
            _prompt(
                "anx-closeness-weekend-morning", "closeness", when=When.MORNING, days=Days.WEEKEND
            ),
            _prompt(
                "anx-closeness-weekday-evening", "closeness", when=When.EVENING, days=Days.WEEKDAY
            ),
            _prompt("anx-closeness-weekday-any", "closeness", days=Days.WEEKDAY),
            _prompt("gen-kindness-0", "kindness", Audience.GENERAL),
            _prompt("avo-space-0", "space", Audience.AVOIDANT),
        ]
    )
    saturday_evening = datetime(2026, 11, 28, 19, 0, tzinfo=ZONE)
    wednesday_evening = datetime(2026, 11, 25, 19, 0, tzinfo=ZONE)
    for seed in range(10):
        assert _pick(catalog, local=saturday_evening, seed=seed).id == (
            "anx-closeness-weekend-morning"
        )
        assert _pick(catalog, local=wednesday_evening, seed=seed).id in {
            "anx-closeness-weekday-evening",
            "anx-closeness-weekday-any",
        }


def test_a_fresh_prompt_that_does_not_fit_beats_a_fitting_one_sent_within_14_days() -> None:
    catalog = Catalog(
        [
            _prompt("anx-closeness-morning-0", "closeness", when=When.MORNING),
            _prompt("anx-closeness-morning-1", "closeness", when=When.MORNING),
            _prompt("anx-closeness-evening", "closeness", when=When.EVENING),
        ]
    )
    morning = datetime(2026, 11, 27, 9, 0, tzinfo=ZONE)

    def picks(history: dict[str, datetime]) -> set[str]:
        return {_pick(catalog, history, local=morning, seed=s).id for s in range(20)}

    # Both morning prompts went out within 14 days, one of them a minute short of it:
    # the fresh evening prompt goes out rather than an early repeat.
    history = {
        "anx-closeness-morning-0": morning - REPEAT_WINDOW + timedelta(minutes=1),
        "anx-closeness-morning-1": morning - timedelta(days=8),
    }
    assert picks(history) == {"anx-closeness-evening"}
    # Exactly 14 days ago counts as fresh, and it fits: it comes back.
    history["anx-closeness-morning-0"] = morning - REPEAT_WINDOW
    assert picks(history) == {"anx-closeness-morning-0"}
    # Everything sent within 14 days: the prompt sent longest ago, even though it does
    # not fit the morning.
    history = {
        "anx-closeness-morning-0": morning - timedelta(days=3),
        "anx-closeness-morning-1": morning - timedelta(days=2),
        "anx-closeness-evening": morning - timedelta(days=13),
    }
    assert picks(history) == {"anx-closeness-evening"}


def _real_catalog_run(style: AttachmentStyle, seed: int) -> list[tuple[datetime, Prompt]]:
    """60 days of three planned nudges a day from the shipped catalog, answered at random."""
    catalog = Catalog.from_toml(default_catalog_path().read_text(encoding="utf-8"))
    schedule = Schedule(timezone=str(ZONE), per_day=3, windows=frozenset(Window))
    rng, plan_rng = random.Random(seed), random.Random(seed + 1000)
    history: dict[str, datetime] = {}
    answers: list[tuple[str, NudgeState, datetime]] = []
    sent: list[tuple[datetime, Prompt]] = []
    first = LOCAL.date()
    for day in range(60):
        for slot in plan_day(schedule, first + timedelta(days=day), plan_rng):
            now = slot.due_at
            stats = category_stats(catalog, answers, now)
            prompt = choose_prompt(catalog, style, history, stats, now.astimezone(ZONE), rng)
            history[prompt.id] = now
            done = rng.random() < 0.6
            answers.append((prompt.id, NudgeState.DONE if done else NudgeState.SKIPPED, now))
            sent.append((now, prompt))
    return sent


@pytest.mark.parametrize("style", list(AttachmentStyle))
def test_the_shipped_catalog_never_repeats_a_prompt_within_14_days_at_three_a_day(
    style: AttachmentStyle,
) -> None:
    sent = _real_catalog_run(style, seed=list(AttachmentStyle).index(style))
    assert len(sent) == 180
    last: dict[str, datetime] = {}
    repeats = 0
    for at, prompt in sent:
        if prompt.id in last:
            assert at - last[prompt.id] >= REPEAT_WINDOW, (style, prompt.id, at)
            repeats += 1
        last[prompt.id] = at
    assert repeats > 0  # 180 sends from a pool under 180: the window was tested
    # The pool is deep enough that almost every send fits the local day and time of day.
    misfits = [
        (at, p.id)
        for at, p in sent
        if not p.days.fits(at.astimezone(ZONE).weekday())
        or p.when not in (When.ANY, time_of_day(at.astimezone(ZONE).time()))
    ]
    assert len(misfits) <= 2, misfits


def test_with_enough_prompts_every_send_fits_the_moment() -> None:
    sent = _simulate(MIXED, 300, _skips("gratitude"), seed=5)
    for at, prompt in sent:
        local = at.astimezone(ZONE)
        assert prompt.days.fits(local.weekday()), (local, prompt.id)
        assert prompt.when in (When.ANY, time_of_day(local.time())), (local, prompt.id)
    last: dict[str, datetime] = {}
    for at, prompt in sent:
        assert prompt.id not in last or at - last[prompt.id] >= REPEAT_WINDOW
        last[prompt.id] = at
    assert {p.when for _, p in sent} == set(When)
    assert {p.days for _, p in sent} == set(Days)


def test_prefers_prompts_that_fit_the_time_of_day() -> None:
    catalog = Catalog(
        [_prompt(f"anx-gratitude-{w.value}", "gratitude", when=w) for w in When]
        + [
            _prompt("gen-kindness-0", "kindness", Audience.GENERAL),
            _prompt("avo-space-0", "space", Audience.AVOIDANT),
        ]
    )
    evening = datetime(2026, 11, 27, 19, 0, tzinfo=ZONE)
    chosen = {_pick(catalog, local=evening, seed=s).when for s in range(50)}
    assert chosen == {When.ANY, When.EVENING}
    morning = datetime(2026, 11, 27, 8, 0, tzinfo=ZONE)
    assert {_pick(catalog, local=morning, seed=s).when for s in range(50)} == {
        When.ANY,
        When.MORNING,
    }


def test_the_same_seed_gives_the_same_choices_whatever_the_catalog_order() -> None:
    shuffled = list(CATALOG)
    random.Random(1).shuffle(shuffled)
    first = [p.id for _, p in _simulate(CATALOG, 60, _skips("gratitude"), seed=21)]
    again = [p.id for _, p in _simulate(Catalog(shuffled), 60, _skips("gratitude"), seed=21)]
    other = [p.id for _, p in _simulate(CATALOG, 60, _skips("gratitude"), seed=22)]
    assert first == again
    assert first != other


def test_category_stats_decay_with_the_half_life() -> None:
    answers = [
        ("anx-closeness-0", NudgeState.DONE, NOW),
        ("anx-closeness-1", NudgeState.DONE, NOW - HALF_LIFE),
        ("anx-closeness-2", NudgeState.SKIPPED, NOW - 2 * HALF_LIFE),
        ("anx-gratitude-0", NudgeState.SKIPPED, NOW - HALF_LIFE / 2),
        ("anx-gratitude-1", NudgeState.SKIPPED, NOW + timedelta(minutes=5)),  # counts as now
    ]
    stats = category_stats(CATALOG, answers, NOW)
    assert stats.keys() == {"closeness", "gratitude"}
    assert stats["closeness"].done == pytest.approx(1.5)
    assert stats["closeness"].skipped == pytest.approx(0.25)
    assert stats["gratitude"].done == 0
    assert stats["gratitude"].skipped == pytest.approx(1 + 2**-0.5)


def test_category_stats_ignore_snoozes_and_unknown_prompts() -> None:
    answers = [
        ("anx-closeness-0", NudgeState.SNOOZED, NOW),
        ("anx-closeness-1", NudgeState.SENT, NOW),
        ("retired-prompt", NudgeState.DONE, NOW),
        ("anx-closeness-2", NudgeState.SKIPPED, NOW),
    ]
    assert category_stats(CATALOG, answers, NOW) == {
        "closeness": CategoryStats(done=0.0, skipped=1.0)
    }
    with pytest.raises(ValueError, match="half_life"):
        category_stats(CATALOG, answers, NOW, half_life=timedelta(0))


def test_old_skips_count_for_less_than_recent_dones() -> None:
    answers = [("anx-gratitude-0", NudgeState.SKIPPED, NOW - timedelta(days=300))] * 10 + [
        ("anx-gratitude-1", NudgeState.DONE, NOW - timedelta(days=1))
    ] * 3
    stats = category_stats(CATALOG, answers, NOW)
    history = _recently_sent(ANXIOUS)
    counts = Counter(_pick(CATALOG, history, stats, seed=s).category for s in range(300))
    assert counts["gratitude"] > max(counts["reassurance"], counts["closeness"])


def test_refuses_a_naive_local_time_and_an_empty_pool() -> None:
    with pytest.raises(ValueError, match="aware"):
        _pick(CATALOG, local=datetime(2026, 11, 27, 13, 0))
    only_daily = Catalog([_prompt("anx-closeness-0", "closeness")])
    with pytest.raises(LookupError, match="after_conflict"):
        choose_prompt(
            only_daily,
            AttachmentStyle.ANXIOUS,
            {},
            {},
            LOCAL,
            random.Random(0),
            Context.AFTER_CONFLICT,
        )
