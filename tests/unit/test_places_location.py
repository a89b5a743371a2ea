"""Time zones from a shared location (timezonefinder, offline)."""

from __future__ import annotations

import math

import pytest

from nudger.services.places import TimezoneResolver, known_zone, valid_coordinates


@pytest.fixture(scope="module")
def resolver() -> TimezoneResolver:
    return TimezoneResolver()


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [
        (52.52, 13.405, "Europe/Berlin"),
        (40.7128, -74.006, "America/New_York"),
        (-33.8688, 151.2093, "Australia/Sydney"),
        (35.6762, 139.6503, "Asia/Tokyo"),
        (-34.6037, -58.3816, "America/Argentina/Buenos_Aires"),
    ],
)
def test_a_city_on_land_gives_its_zone(
    resolver: TimezoneResolver, latitude: float, longitude: float, zone: str
) -> None:
    assert resolver.zone_at(latitude, longitude) == zone


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (0.0, -30.0),  # middle of the Atlantic
        (-40.0, -120.0),  # South Pacific
        (30.0, -40.0),  # North Atlantic
    ],
)
def test_open_sea_has_no_zone(
    resolver: TimezoneResolver, latitude: float, longitude: float
) -> None:
    assert resolver.zone_at(latitude, longitude) is None


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (90.5, 0.0),
        (-91.0, 10.0),
        (10.0, 180.5),
        (10.0, -181.0),
        (math.nan, 13.4),
        (52.5, math.inf),
    ],
)
def test_coordinates_out_of_range_give_none(
    resolver: TimezoneResolver, latitude: float, longitude: float
) -> None:
    assert not valid_coordinates(latitude, longitude)
    assert resolver.zone_at(latitude, longitude) is None


def test_the_range_edges_are_valid() -> None:
    assert valid_coordinates(90, 180)
    assert valid_coordinates(-90.0, -180.0)
    assert not valid_coordinates(True, 10.0)


def test_the_finder_is_made_once_and_reused() -> None:
    resolver = TimezoneResolver()
    assert resolver._finder is None  # nothing loaded until a location comes in
    resolver.zone_at(52.52, 13.405)
    first = resolver._finder
    assert first is not None
    resolver.zone_at(40.71, -74.0)
    assert resolver._finder is first


def test_known_zone_accepts_exact_iana_names_only() -> None:
    assert known_zone("Europe/Berlin")
    assert known_zone("America/Argentina/ComodRivadavia")
    assert not known_zone("europe/berlin")
    assert not known_zone("Berlin")
    assert not known_zone("posix/Europe/Berlin")
    assert not known_zone("")
