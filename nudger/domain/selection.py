"""Which prompt to send next.

Rules, in order:
1. Only prompts written for the partner's style.
2. No prompt repeats within ``REPEAT_WINDOW`` while any other is available;
   when all were used recently, the one used longest ago is chosen.
3. Categories rotate: the category sent least recently is preferred, so
   every need of the style is served.
4. Among equals, a prompt whose ``when`` fits the local time of day wins;
   the rest is chosen by the caller's random generator.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import datetime, time, timedelta

from nudger.domain.catalog import Catalog, Prompt, When
from nudger.domain.styles import AttachmentStyle

REPEAT_WINDOW = timedelta(days=14)


def time_of_day(local: time) -> When:
    if local < time(12):
        return When.MORNING
    if local < time(17):
        return When.AFTERNOON
    return When.EVENING


def choose_prompt(
    catalog: Catalog,
    style: AttachmentStyle,
    history: Mapping[str, datetime],
    now: datetime,
    local_time: time,
    rng: random.Random,
) -> Prompt:
    """Pick the next prompt.

    ``history`` maps prompt id to when it was last sent to this user.
    """
    pool = catalog.for_style(style)
    if not pool:
        raise LookupError(f"the catalog has no prompts for style {style.value!r}")
    fresh = [p for p in pool if p.id not in history or now - history[p.id] >= REPEAT_WINDOW]
    if not fresh:
        oldest = min(history[p.id] for p in pool)
        fresh = [p for p in pool if history[p.id] == oldest]
    category_last: dict[str, datetime] = {}
    for p in pool:
        sent = history.get(p.id)
        if sent is not None and (
            p.category not in category_last or sent > category_last[p.category]
        ):
            category_last[p.category] = sent
    candidates = _least_recent_category(fresh, category_last)
    slot = time_of_day(local_time)
    fitting = [p for p in candidates if p.when in (When.ANY, slot)]
    return rng.choice(sorted(fitting or candidates, key=lambda p: p.id))


def _least_recent_category(
    prompts: Sequence[Prompt], category_last: Mapping[str, datetime]
) -> list[Prompt]:
    never = [p for p in prompts if p.category not in category_last]
    if never:
        return never
    oldest = min(category_last[p.category] for p in prompts)
    return [p for p in prompts if category_last[p.category] == oldest]
