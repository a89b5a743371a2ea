"""The demo's own commands: their help text, and reading their arguments.

Kept apart from the chat that acts on them, so what a person may type and why it is refused
reads in one place (and is tested without starting the bot).
"""

from __future__ import annotations

import re
from datetime import timedelta

#: The furthest ``/skip-time`` moves the clock at once.
MAX_SKIP = timedelta(days=30)

INTRO = """\
nudger demo: the real bot, a fake Telegram, and a clock you can fast-forward.
Type as you would in Telegram: /start to begin, /help for the bot's commands.
Demo commands:
  N                   press button N of the latest message with buttons
  /skip-time 3h       move time forward (m, h, d: 90m, 2d, 1d12h; up to 30d)
  /location LAT LON   share a location (e.g. /location 52.52 13.40)
  /say TEXT           send TEXT exactly as typed (e.g. a number)
  /time               show the demo time
  /demo-help          show these commands again
  /quit               end the demo (so does Ctrl-D)
Tip: skip a few hours at a time to answer nudges on their day (a nudge from an
earlier day can't be answered); /skip-time 7d shows a weekly review."""

_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?", re.ASCII)


class DemoError(Exception):
    """Something the person typed that the demo cannot do; the message says why."""


def parse_duration(text: str) -> timedelta:
    """``"90m"``, ``"3h"``, ``"2d"``, ``"1d12h"`` (spaces allowed) as a timedelta of 1m-30d."""
    compact = "".join(text.split()).lower()
    match = _DURATION.fullmatch(compact)
    if not compact or match is None:
        raise DemoError(
            f"/skip-time needs a duration like 90m, 3h, 2d or 1d12h, not {text.strip()!r}."
        )
    days, hours, minutes = (int(part or 0) for part in match.groups())
    delta = timedelta(days=days, hours=hours, minutes=minutes)
    if delta <= timedelta(0):
        raise DemoError("/skip-time needs a duration of at least 1m.")
    if delta > MAX_SKIP:
        raise DemoError("/skip-time goes up to 30d at a time.")
    return delta


def describe_duration(delta: timedelta) -> str:
    """A duration the way ``/skip-time`` takes it (``1d12h``), to echo what is skipped."""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [f"{n}{unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "m")) if n]
    return "".join(parts) or "0m"


def parse_location(text: str) -> tuple[float, float]:
    """``"52.52 13.40"`` (or with a comma) as a (latitude, longitude) on the globe."""
    parts = text.replace(",", " ").split()
    try:
        latitude, longitude = (float(part) for part in parts)
    except ValueError:
        raise DemoError(
            "/location needs a latitude and a longitude, e.g. /location 52.52 13.40"
        ) from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise DemoError("latitude goes from -90 to 90 and longitude from -180 to 180.")
    return latitude, longitude
