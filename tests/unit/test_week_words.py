"""The words around a week's picture, said alike by /week and the weekly push."""

from __future__ import annotations

from datetime import date

import pytest

from nudger.domain.languages import Language
from nudger.i18n.texts import shared_texts
from nudger.services.week_words import chart_title, earlier_button, later_button, week_of

EN = shared_texts().words(Language.EN)


@pytest.mark.parametrize(
    ("monday", "notice", "title", "earlier", "later"),
    [
        (
            date(2026, 11, 16),
            "Week of 16 Nov",
            "Week of 16 Nov 2026",
            "◀ Week of 16 Nov",
            "Week of 16 Nov ▶",
        ),
        # No leading zero, as in a moment ("Sat 5 Dec, 08:00").
        (
            date(2022, 12, 5),
            "Week of 5 Dec",
            "Week of 5 Dec 2022",
            "◀ Week of 5 Dec",
            "Week of 5 Dec ▶",
        ),
    ],
)
def test_week_words(monday: date, notice: str, title: str, earlier: str, later: str) -> None:
    assert week_of(EN, monday) == notice
    assert chart_title(EN, monday) == title
    assert earlier_button(EN, monday) == earlier
    assert later_button(EN, monday) == later
