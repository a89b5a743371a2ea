"""What /settings says: the menu, each editor's question, and what a change confirms."""

from __future__ import annotations

from datetime import datetime

from nudger.bot import words
from nudger.bot.base import to_local
from nudger.domain import calendar
from nudger.domain.calendar import day_and_time
from nudger.domain.model import Profile
from nudger.domain.planning import Window
from nudger.domain.prompts import partner_called
from nudger.domain.styles import AttachmentStyle

# --- buttons ---------------------------------------------------------------------------

BACK = "« Back"
CLOSE = "Close"
QUIZ_BUTTON = "Take the quiz"
NAME_BUTTON = "Partner name"
STYLE_BUTTON = "Style"
ZONE_BUTTON = "Time zone"
COUNT_BUTTON = "Nudges a day"
WINDOWS_BUTTON = "Times of day"
REVIEW_BUTTON = "Weekly review"
QUIET_BUTTON = "Quiet hours"
DECLINE_ZONE_BUTTON = "No"


def use_zone_button(zone: str) -> str:
    return f"Use {zone}"


# --- the menu --------------------------------------------------------------------------

MENU_FOOTER = "Tap what you'd like to change."
CLOSED = "Settings closed. Send /settings any time to change something."
CLOSED_NOTICE = "Closed"
NO_CHANGE = "That's what it already is."
NOT_SURE = "Not sure"


def saved(what: str) -> str:
    """The line (and notice) that confirms a change: 'Saved: 2 nudges a day.'"""
    return f"Saved: {what}."


def _pause_text(profile: Profile) -> str:
    if not profile.paused:
        return "Nudges are on."
    until = to_local(profile.paused_until, profile)
    if until is not None:
        return f"Paused until {day_and_time(until)} (your time)."
    return "Paused until you send /resume."


def menu_text(profile: Profile, now: datetime, next_nudge: datetime | None) -> str:
    """Every current value, one per line."""
    zone = profile.timezone or "UTC"
    windows = words.window_names(profile.windows).lower() if profile.windows else "none"
    lines = [
        "Your settings",
        "",
        f"• Partner: {profile.partner_name}",
        f"• Style: {profile.style.label if profile.style else NOT_SURE}",
        f"• Time zone: {words.zone_text(zone, now)}",
        f"• Nudges: {words.count_text(profile.per_day or 1)}",
        f"• Times of day: {windows}",
        f"• Weekly review: {words.review_text(profile.review_day, profile.review_hour)}",
        f"• Quiet hours: {words.quiet_text(profile.quiet_start, profile.quiet_end)}",
        f"• {_pause_text(profile)}",
    ]
    local_next = to_local(next_nudge, profile)
    if local_next is not None and not profile.paused:
        lines.append(f"• Next nudge: {day_and_time(local_next)} (your time)")
    lines += ["", MENU_FOOTER]
    return "\n".join(lines)


# --- the editors -----------------------------------------------------------------------

ASK_NEW_NAME = "Send me the new name or nickname as a message."
BAD_NEW_NAME = words.BAD_NAME + " Or tap Back on the settings message to keep the name you have."
LOCATION_PROMISE = "I only use it to find your time zone and don't keep it."
ASK_NEW_ZONE = (
    "Send the name of your time zone, like Europe/Berlin, or a city near you, like Lisbon "
    "or Toronto. You can also share a location (📎 → Location) and I'll look up its time "
    "zone. " + LOCATION_PROMISE
)
ZONE_HINT = "You can also share a location and I'll look up its time zone."


def name_editor(partner_name: str | None) -> str:
    return f"Right now I call your partner {partner_called(partner_name)}.\n\n{ASK_NEW_NAME}"


def zone_editor(zone: str, now: datetime) -> str:
    return f"Your time zone is {words.zone_text(zone, now)}.\n\n{ASK_NEW_ZONE}"


def bad_zone(text: str) -> str:
    return f"{words.bad_timezone(text)} {ZONE_HINT}"


def style_editor(partner_name: str | None, current: AttachmentStyle | None) -> str:
    now = current.label if current else NOT_SURE
    lines = [f"Which sounds most like {partner_called(partner_name)}? Right now: {now}.", ""]
    lines += [f"{s.label}: {s.description}." for s in AttachmentStyle]
    lines += [
        "",
        "This only decides which ideas you get; it's not a diagnosis. "
        "Not sure? The short quiz can help.",
    ]
    return "\n".join(lines)


def count_editor(per_day: int) -> str:
    return f"Right now you get {words.count_text(per_day)}. How many would you like?"


def windows_editor(chosen: frozenset[Window]) -> str:
    now_text = words.window_names(chosen).lower() if chosen else "nothing chosen yet"
    return f"When should nudges come? Tap to choose one or more, then Save.\n\nChosen: {now_text}."


def review_day_editor(day: int, hour: int) -> str:
    return (
        f"Your weekly review comes on {words.review_text(day, hour)} (your time): a short "
        "look back at your week. Which day suits you?"
    )


def weekday_button(day: int) -> str:
    return calendar.WEEKDAY_NAMES[day][:3]


def review_hour_editor(day: int) -> str:
    return f"Weekly review on {calendar.WEEKDAY_NAMES[day]}s. At what time?"


def quiet_start_editor(start: int, end: int) -> str:
    quiet = words.quiet_text(start, end)
    return f"Right now quiet hours are {quiet}: no nudges then. When should they begin?"


def quiet_end_editor(start: int) -> str:
    return f"Quiet from {words.hour_text(start)}. Until when in the morning?"


def review_in_quiet_hours(hour: int, start: int, end: int) -> str:
    return (
        f"Your weekly review at {words.hour_text(hour)} would fall in quiet hours "
        f"{words.quiet_text(start, end)}. Pick a later end, or move the review first."
    )


# --- what a change says it saved (see saved) ---------------------------------------------


def style_changed(style: AttachmentStyle) -> str:
    return f"the style is now {style.label}"


def zone_changed(zone: str, now: datetime) -> str:
    return f"your time zone is {words.zone_text(zone, now)}"


def windows_changed(windows: frozenset[Window]) -> str:
    return f"nudges in the {words.window_names(windows).lower()}"


def review_changed(day: int, hour: int) -> str:
    return f"weekly review on {words.review_text(day, hour)}"


def quiet_changed(start: int, end: int) -> str:
    return f"quiet hours {words.quiet_text(start, end)}"


def name_changed(name: str) -> str:
    return f"your partner's name is now {name}"


def name_kept(name: str) -> str:
    return f"{name} it stays."


# --- a shared location ---------------------------------------------------------------

LOCATION_NOT_SET_UP = (
    "Thanks. I only use a shared location to find your time zone, so I didn't keep it. "
    "We haven't set things up yet: send /start to begin."
)
LOCATION_NOT_NOW = (
    "Thanks. I only use a shared location to find your time zone, so I didn't keep it. "
    "Please answer the question above first; I'll ask for your time zone in a moment."
)
BAD_LOCATION = (
    "That location doesn't look right, so I couldn't use it. Please share it again, "
    "or send the name of a city near you."
)
NO_ZONE_THERE = (
    "I couldn't find a time zone there; it looks like open sea. Please share a place on land, "
    "or send the name of a city near you, like Lisbon or Toronto."
)
DECLINED_WAITING = (
    "Okay, I won't use it. Send your time zone's name, like Europe/Berlin, "
    "or a city near you instead."
)
DECLINED = "Okay, your time zone stays as it was."
DECLINED_NOTICE = "Okay"


def location_offer(zone: str, now: datetime) -> str:
    return f"That looks like {words.zone_text(zone, now)}. Use it?\n\n{LOCATION_PROMISE}"
