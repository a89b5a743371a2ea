"""What right-to-left keyboards put into typed text: invisible direction marks are left out
before a name, a pause length or a city is read; the joiners Persian spelling needs stay."""

from __future__ import annotations

import pytest

from nudger.bot.base import clean_name
from nudger.domain.durations import Length, parse_length
from nudger.domain.languages import Language
from nudger.domain.typed import without_direction_marks
from nudger.i18n.texts import shared_texts
from nudger.services.places import TimezoneResolver

RLM, LRM, ALM, FSI, PDI, ZWNJ = "\u200f", "\u200e", "\u061c", "\u2068", "\u2069", "\u200c"
PERSIAN = shared_texts().vocabulary(Language.FA).lengths


@pytest.mark.parametrize("mark", [RLM, LRM, ALM, FSI, PDI, "\u202b", "\u202c", "\u2066"])
def test_every_direction_mark_is_left_out(mark: str) -> None:
    assert without_direction_marks(f"{mark}۳ روز{mark}") == "۳ روز"


def test_a_persian_length_with_marks_is_read() -> None:
    assert parse_length(f"۳ روز{RLM}", PERSIAN) == Length(days=3)
    assert parse_length(f"{FSI}۱ هفته{PDI}", PERSIAN) == Length(days=7)


def test_a_city_with_marks_finds_its_zone(places: TimezoneResolver) -> None:
    assert places.resolve(f"تهران{RLM}") == "Asia/Tehran"
    assert places.resolve(f"{LRM}Москва") == "Europe/Moscow"


def test_a_name_keeps_its_joiner_and_loses_its_marks() -> None:
    assert clean_name(f"{RLM}مهر{ZWNJ}انگیز{RLM}") == f"مهر{ZWNJ}انگیز"
    assert clean_name(f"Sam{RLM}") == "Sam"
    # Other control and format characters are still refused, and marks alone are nothing.
    assert clean_name("Sam\u0007") is None
    assert clean_name("Sa\u200bm") is None  # a zero-width space hides a second word
    assert clean_name(RLM * 3) is None
