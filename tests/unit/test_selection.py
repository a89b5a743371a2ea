from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest

from nudger.domain.catalog import Catalog, When
from nudger.domain.selection import REPEAT_WINDOW, choose_prompt, time_of_day
from nudger.domain.styles import AttachmentStyle

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _catalog() -> Catalog:
    entries = []
    for audience, categories in (
        ("anxious", ("reassurance", "gratitude", "closeness")),
        ("avoidant", ("space", "credit")),
        ("general", ("kindness",)),
    ):
        for category in categories:
            for n, when in enumerate(("any", "morning", "evening")):
                entries.append(
                    f'[[prompt]]\nid = "{audience[:3]}-{category}-{n}"\naudience = "{audience}"\n'
                    f'category = "{category}"\nwhen = "{when}"\n'
                    f'text = "Do {n} for {{partner}}."\nwhy = "Because."\n'
                )
    return Catalog.from_toml("\n".join(entries))


CATALOG = _catalog()


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
    rng = random.Random(1)
    for style, prefix in (
        (AttachmentStyle.ANXIOUS, "anx-"),
        (AttachmentStyle.AVOIDANT, "avo-"),
        (AttachmentStyle.SECURE, "gen-"),
        (AttachmentStyle.UNKNOWN, "gen-"),
    ):
        for _ in range(20):
            assert choose_prompt(CATALOG, style, {}, NOW, time(9), rng).id.startswith(prefix)


def test_no_repeat_within_14_days_while_others_remain() -> None:
    rng = random.Random(3)
    history: dict[str, datetime] = {}
    now = NOW
    pool = CATALOG.for_style(AttachmentStyle.ANXIOUS)
    seen = []
    for _ in range(len(pool)):
        prompt = choose_prompt(CATALOG, AttachmentStyle.ANXIOUS, history, now, time(13), rng)
        seen.append(prompt.id)
        history[prompt.id] = now
        now += timedelta(hours=8)
    assert sorted(seen) == sorted(p.id for p in pool)  # every prompt once before any repeat


def test_when_all_were_used_the_oldest_comes_back() -> None:
    pool = CATALOG.for_style(AttachmentStyle.AVOIDANT)
    history = {p.id: NOW - timedelta(days=1, minutes=i) for i, p in enumerate(pool)}
    oldest = pool[-1].id
    prompt = choose_prompt(
        CATALOG, AttachmentStyle.AVOIDANT, history, NOW, time(9), random.Random(0)
    )
    assert prompt.id == oldest


def test_a_prompt_is_fresh_again_after_the_window() -> None:
    pool = CATALOG.for_style(AttachmentStyle.SECURE)
    history = {p.id: NOW - timedelta(days=1) for p in pool}
    history[pool[0].id] = NOW - REPEAT_WINDOW
    prompt = choose_prompt(CATALOG, AttachmentStyle.SECURE, history, NOW, time(9), random.Random(0))
    assert prompt.id == pool[0].id


def test_categories_rotate() -> None:
    rng = random.Random(11)
    history: dict[str, datetime] = {}
    now = NOW
    categories = []
    for _ in range(6):
        prompt = choose_prompt(CATALOG, AttachmentStyle.ANXIOUS, history, now, time(9), rng)
        categories.append(prompt.category)
        history[prompt.id] = now
        now += timedelta(hours=8)
    assert Counter(categories) == {"reassurance": 2, "gratitude": 2, "closeness": 2}
    assert len(set(categories[:3])) == 3


def test_prefers_prompts_that_fit_the_time_of_day() -> None:
    rng = random.Random(5)
    evening = [
        choose_prompt(CATALOG, AttachmentStyle.ANXIOUS, {}, NOW, time(19), rng).when
        for _ in range(50)
    ]
    assert When.MORNING not in evening
    assert set(evening) == {When.ANY, When.EVENING}
