"""Which prompt to send next, learning from the user's Done and Skip.

Rules, in order:

1. Only prompts written for the partner's style and the context (daily nudges, or
   the follow-up after a conflict).
2. No prompt repeats within ``REPEAT_WINDOW``: a prompt sent that recently is
   never chosen while any prompt of the pool was not. A prompt *fits* the moment
   when its ``days`` fit the local weekday and its ``when`` fits the local time of
   day (:func:`time_of_day`). The candidates are, first of these that is not
   empty:

   a. the fresh prompts (not sent within ``REPEAT_WINDOW``) that fit;
   b. the fresh prompts that fit best: the day counts before the time of day;
   c. only when every prompt of the pool was sent within ``REPEAT_WINDOW``: every
      prompt.

   So "This morning, ..." never goes out in the evening, nor "This weekend, ..."
   on a Tuesday, while a fresh prompt fits the moment; the catalog is kept deep
   enough that one does at up to three nudges a day.
3. Only categories with a candidate are considered. Among them, rotation: a
   category the user has not been sent among the last ``ROTATION_FACTOR`` x
   (number of categories) sends, or never, is chosen first (the one sent longest
   ago), so every need of the style comes up now and then.
4. Otherwise Thompson sampling: for each category a draw from
   Beta(``PRIOR_DONE`` + done, ``PRIOR_SKIPPED`` + skipped), the highest wins.
   Done and Skip are counted per category with a half-life (see
   :func:`category_stats`), so recent answers weigh more. A category the user's
   linked partner said helps them (``favoured``) starts from
   Beta(``PRIOR_DONE`` + ``HELPS_PRIOR_DONE``, ``PRIOR_SKIPPED``): it comes up more
   often, but the user's own Skips still pull it down, and rotation still brings
   every other category up. A prior, never a filter.
5. Within the category, in case c the prompt sent longest ago comes back;
   otherwise the caller's random generator chooses from a stable order.

Everything random comes from the ``random.Random`` passed in, so a seed fixes
every choice.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from nudger.domain.catalog import Catalog
from nudger.domain.model import NudgeState
from nudger.domain.partners import HELPS_PRIOR_DONE
from nudger.domain.prompts import Context, Prompt, When
from nudger.domain.styles import AttachmentStyle

#: No prompt is sent twice within this long while the pool has one that was not.
REPEAT_WINDOW = timedelta(days=14)
#: An answer this old counts half as much as one given now.
HALF_LIFE = timedelta(days=30)
#: How far back answers are worth loading: older ones weigh 1/8 or less.
STATS_WINDOW = 3 * HALF_LIFE
#: Beta(1, 1): no opinion about a category before the first answer.
PRIOR_DONE = 1.0
PRIOR_SKIPPED = 1.0
#: A category missing from the last ROTATION_FACTOR x (number of categories) sends is due.
ROTATION_FACTOR = 2


@dataclass(frozen=True)
class CategoryStats:
    """Decayed counts of a user's answers to one category's prompts."""

    done: float = 0.0
    skipped: float = 0.0


def time_of_day(local: time) -> When:
    if local < time(12):
        return When.MORNING
    if local < time(17):
        return When.AFTERNOON
    return When.EVENING


def category_stats(
    catalog: Catalog,
    answers: Iterable[tuple[str, NudgeState, datetime]],
    now: datetime,
    half_life: timedelta = HALF_LIFE,
) -> dict[str, CategoryStats]:
    """Done and Skip per category, each weighted ``0.5 ** (age / half_life)``.

    ``answers`` are ``(prompt_id, state, answered_at)``. Only Done and Skip count
    (a snooze says nothing about the prompt); prompts no longer in the catalog are
    ignored. An answer time after ``now`` counts as given now.
    """
    if half_life <= timedelta(0):
        raise ValueError("half_life must be positive")
    done: dict[str, float] = {}
    skipped: dict[str, float] = {}
    for prompt_id, state, answered_at in answers:
        if state is NudgeState.DONE:
            counts = done
        elif state is NudgeState.SKIPPED:
            counts = skipped
        else:
            continue
        prompt = catalog.get(prompt_id)
        if prompt is None:
            continue
        age = max(now - answered_at, timedelta(0))
        weight: float = 0.5 ** (age / half_life)
        counts[prompt.category] = counts.get(prompt.category, 0.0) + weight
    return {
        category: CategoryStats(done.get(category, 0.0), skipped.get(category, 0.0))
        for category in sorted(done.keys() | skipped.keys())
    }


def choose_prompt(
    catalog: Catalog,
    style: AttachmentStyle,
    history: Mapping[str, datetime],
    stats: Mapping[str, CategoryStats],
    local: datetime,
    rng: random.Random,
    context: Context = Context.DAILY,
    favoured: frozenset[str] = frozenset(),
) -> Prompt:
    """Pick the next prompt.

    ``history`` maps prompt id to when it was last sent to this user; ``stats``
    maps category to the user's decayed answers (:func:`category_stats`);
    ``local`` is now, aware, in the user's time zone; ``favoured``: categories the
    user's partner shared as helping them (a prior in the draw, rule 4).
    """
    if local.tzinfo is None or local.utcoffset() is None:
        raise ValueError("local must be an aware datetime in the user's time zone")
    pool = catalog.for_style(style, context)
    if not pool:
        raise LookupError(f"the catalog has no {context.value} prompts for style {style.value!r}")
    slot = time_of_day(local.time())
    weekday = local.weekday()

    def rank(p: Prompt) -> tuple[bool, bool, bool]:
        """Fresh first; among fresh prompts the day fitting, then the time of day."""
        sent = history.get(p.id)
        if sent is not None and local - sent < REPEAT_WINDOW:
            return False, False, False  # case c: every prompt sent recently ranks alike
        return True, p.days.fits(weekday), p.when in (When.ANY, slot)

    ranks = {p.id: rank(p) for p in pool}
    best = max(ranks.values())
    eligible = [p for p in pool if ranks[p.id] == best]
    category = _choose_category(pool, eligible, history, stats, rng, favoured)
    candidates = [p for p in eligible if p.category == category]
    if not best[0]:  # case c: nothing is fresh, the prompt sent longest ago comes back
        oldest = min(history[p.id] for p in candidates)
        candidates = [p for p in candidates if history[p.id] == oldest]
    return rng.choice(sorted(candidates, key=lambda p: p.id))


def _choose_category(
    pool: Sequence[Prompt],
    eligible: Sequence[Prompt],
    history: Mapping[str, datetime],
    stats: Mapping[str, CategoryStats],
    rng: random.Random,
    favoured: frozenset[str] = frozenset(),
) -> str:
    last: dict[str, datetime] = {}
    sends: list[datetime] = []
    for p in pool:
        sent = history.get(p.id)
        if sent is None:
            continue
        sends.append(sent)
        if p.category not in last or sent > last[p.category]:
            last[p.category] = sent
    candidates = sorted({p.category for p in eligible})
    recent = ROTATION_FACTOR * len({p.category for p in pool})
    sends.sort(reverse=True)
    due = [
        c
        for c in candidates
        if c not in last or (len(sends) >= recent and last[c] < sends[recent - 1])
    ]
    if due:
        never = [c for c in due if c not in last]
        if never:
            candidates = never
        else:
            oldest = min(last[c] for c in due)
            candidates = [c for c in due if last[c] == oldest]
    if len(candidates) == 1:
        return candidates[0]
    return _thompson(candidates, stats, rng, favoured)


def _thompson(
    categories: Sequence[str],
    stats: Mapping[str, CategoryStats],
    rng: random.Random,
    favoured: frozenset[str] = frozenset(),
) -> str:
    """The category with the highest draw from its Beta posterior (first one on a tie);
    a ``favoured`` one starts from a prior leaning towards Done."""
    best, best_draw = categories[0], -1.0
    for category in categories:
        s = stats.get(category, CategoryStats())
        prior_done = PRIOR_DONE + (HELPS_PRIOR_DONE if category in favoured else 0.0)
        draw = rng.betavariate(prior_done + max(s.done, 0.0), PRIOR_SKIPPED + max(s.skipped, 0.0))
        if draw > best_draw:
            best, best_draw = category, draw
    return best
