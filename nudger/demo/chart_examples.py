"""One example of the weekly picture in each language, for a person to look at.

``python -m nudger.demo.chart_examples docs/charts`` writes ``week-<language>.png`` for the
same week (a typical one: done, skipped, unanswered, a paused day) in every language, with
a partner's name from that language. The repository keeps them in ``docs/charts/``.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from nudger.domain.languages import Language
from nudger.domain.model import NudgeState
from nudger.domain.review import Delivered, build_review
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import shared_texts
from nudger.services.charts import render_week
from nudger.services.week_words import chart_words

NAMES = {
    Language.EN: "Sam",
    Language.ES: "Lucía",
    Language.PT_BR: "João",
    Language.DE: "Jonas",
    Language.RU: "Маша",
    Language.UK: "Олена",
    Language.FA: "سارا",
}
_MONDAY = date(2026, 11, 16)


def example_week() -> list[Delivered]:
    day = timedelta(days=1)
    s = NudgeState
    return [
        Delivered(_MONDAY, s.DONE, "space"),
        Delivered(_MONDAY, s.DONE, "trust"),
        Delivered(_MONDAY + day, s.SKIPPED, "space"),
        Delivered(_MONDAY + 2 * day, s.SENT, "credit"),
        Delivered(_MONDAY + 4 * day, s.DONE, "validation"),
        Delivered(_MONDAY + 5 * day, s.DONE, "autonomy"),
        Delivered(_MONDAY + 6 * day, s.DONE, "calm_conflict"),
    ]


def write_examples(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    review = build_review(
        example_week(),
        week=_MONDAY,
        today=_MONDAY + timedelta(days=7),
        first_day=_MONDAY - timedelta(days=14),
        paused_days=[_MONDAY + timedelta(days=3)],
        conflict_days=[],
        style=AttachmentStyle.AVOIDANT,
    )
    written = []
    for language in Language:
        t = shared_texts().words(language, NAMES[language])
        path = folder / f"week-{language.value}.png"
        path.write_bytes(render_week(review, chart_words(t, review)))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_examples(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/charts")):
        print(path)
