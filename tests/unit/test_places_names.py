"""Time zones from a city name as people type it, in the scripts of nudger's languages."""

from __future__ import annotations

import pytest

from nudger.services.places import TimezoneResolver


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("münchen", "Europe/Berlin"),
        ("Munchen", "Europe/Berlin"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Nueva York", "America/New_York"),
        ("Москва", "Europe/Moscow"),
        ("санкт-петербург", "Europe/Moscow"),
        ("Київ", "Europe/Kyiv"),
        ("Львів", "Europe/Kyiv"),
        ("Мюнхен", "Europe/Berlin"),
        ("تهران", "Asia/Tehran"),
        ("شیراز", "Asia/Tehran"),
        # The same name typed with Arabic letters (ي, ك) rather than Persian ones.
        ("شيراز", "Asia/Tehran"),
        ("Europe/Kyiv", "Europe/Kyiv"),
    ],
)
def test_a_city_in_the_users_script_gives_its_zone(
    places: TimezoneResolver, typed: str, zone: str
) -> None:
    assert places.resolve(typed) == zone


@pytest.mark.parametrize("typed", ["Москваа", "東京", "", "تهرانتهران"])
def test_an_unknown_name_gives_nothing(places: TimezoneResolver, typed: str) -> None:
    assert places.resolve(typed) is None
