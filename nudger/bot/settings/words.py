"""What /settings says: the menu, each editor's question, and what a change confirms.

The messages are in ``nudger/locales/<language>/settings.ftl``; constants here are their ids
(write ``t(words.CLOSED)``), functions build the texts that take values.
"""

from __future__ import annotations

from datetime import datetime

from nudger.bot import words
from nudger.bot.base import to_local
from nudger.domain.model import Profile
from nudger.domain.partners import nudge_style
from nudger.domain.planning import Schedule, ScheduleError, ScheduleProblem, Window
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Words
from nudger.storage.partners import LinkStatus

# --- buttons ---------------------------------------------------------------------------

BACK = "settings-back-button"
CLOSE = "settings-close-button"
QUIZ_BUTTON = "settings-quiz-button"
NAME_BUTTON = "settings-name-button"
STYLE_BUTTON = "settings-style-button"
ZONE_BUTTON = "settings-zone-button"
COUNT_BUTTON = "settings-count-button"
WINDOWS_BUTTON = "settings-windows-button"
REVIEW_BUTTON = "settings-review-button"
QUIET_BUTTON = "settings-quiet-button"
LANGUAGE_BUTTON = "settings-language-button"
GENDER_BUTTON = "settings-gender-button"
DECLINE_ZONE_BUTTON = "settings-decline-zone-button"


def use_zone_button(t: Words, zone: str) -> str:
    return t("settings-use-zone-button", zone=zone)


# --- the menu --------------------------------------------------------------------------

CLOSED = "settings-closed"
CLOSED_NOTICE = "settings-closed-notice"
NO_CHANGE = "settings-no-change"


def _pause_line(t: Words, profile: Profile) -> str:
    if not profile.paused:
        return t("settings-menu-on")
    until = to_local(profile.paused_until, profile)
    if until is not None:
        return t("settings-menu-paused-until", moment=t.moment(until))
    return t("settings-menu-paused")


def _windows(t: Words, windows: frozenset[Window]) -> str:
    return words.windows_in_sentence(t, windows)


def _link_line(t: Words, profile: Profile, link: LinkStatus, now: datetime) -> str:
    if link.linked_with is not None:
        return t("settings-menu-linked", name=link.linked_with)
    until = to_local(link.invitation_expires, profile)
    if until is not None and link.invitation_expires is not None and link.invitation_expires > now:
        return t("settings-menu-invitation-open", moment=t.moment(until))
    return t("settings-menu-not-linked")


def menu_text(
    t: Words,
    profile: Profile,
    now: datetime,
    next_nudge: datetime | None,
    link: LinkStatus | None = None,
) -> str:
    """Every current value, one per line (``t`` is the user's words, with their partner);
    with ``link``, whether they are linked or have an invitation open, and the style their
    nudges use if it is the one the partner shared."""
    zone = profile.timezone or "UTC"
    style = profile.style or AttachmentStyle.UNKNOWN
    link = link or LinkStatus()
    followed = nudge_style(profile.style, link.shared)
    if link.linked_with is not None and followed is not None and followed is not profile.style:
        style_line = t(
            "settings-menu-style-shared",
            style=words.style_label(t, followed),
            name=link.linked_with,
        )
    else:
        style_line = t("settings-menu-style", style=words.style_label(t, style))
    windows = _windows(t, profile.windows) if profile.windows else t("settings-menu-no-windows")
    lines = [
        t("settings-menu-title"),
        "",
        t("settings-menu-partner"),
        style_line,
        t("settings-menu-zone", zone_now=words.zone_text(t, zone, now)),
        t("settings-menu-count", nudges=words.count_text(t, profile.per_day or 1)),
        t("settings-menu-windows", windows=windows),
        t(
            "settings-menu-review",
            review=words.review_text(t, profile.review_day, profile.review_hour),
        ),
        t("settings-menu-quiet", quiet=words.quiet_text(t, profile.quiet_start, profile.quiet_end)),
        t("settings-menu-language", language=profile.language.autonym),
    ]
    if profile.language.gendered:
        lines.append(t("settings-menu-gender"))
    lines.append(_link_line(t, profile, link, now))
    lines.append(_pause_line(t, profile))
    local_next = to_local(next_nudge, profile)
    if local_next is not None and not profile.paused:
        lines.append(t("settings-menu-next", moment=t.moment(local_next)))
    lines += ["", t("settings-menu-footer")]
    return "\n".join(lines)


# --- the editors -----------------------------------------------------------------------

ASK_NEW_NAME = "settings-ask-new-name"
BAD_NEW_NAME = "settings-bad-new-name"
LOCATION_PROMISE = "settings-location-promise"
LANGUAGE_EDITOR = "settings-language-editor"
GENDER_EDITOR = "settings-gender-editor"


def name_editor(t: Words) -> str:
    return t("settings-name-editor")


def zone_editor(t: Words, zone: str, now: datetime) -> str:
    return t("settings-zone-editor", zone_now=words.zone_text(t, zone, now))


def bad_zone(t: Words, text: str) -> str:
    return t("settings-bad-zone", problem=words.bad_timezone(t, text))


def style_editor(t: Words, current: AttachmentStyle | None) -> str:
    now = words.style_label(t, current or AttachmentStyle.UNKNOWN)
    lines = [t("settings-style-editor", style=now), "", *words.style_lines(t), ""]
    lines.append(t("settings-style-editor-footer"))
    return "\n".join(lines)


def count_editor(t: Words, per_day: int) -> str:
    return t("settings-count-editor", nudges=words.count_text(t, per_day))


def windows_editor(t: Words, chosen: frozenset[Window]) -> str:
    now_text = _windows(t, chosen) if chosen else t("settings-windows-none")
    return t("settings-windows-editor", chosen=now_text)


def review_day_editor(t: Words, day: int, hour: int) -> str:
    return t("settings-review-day-editor", review=words.review_text(t, day, hour))


def weekday_button(t: Words, day: int) -> str:
    """'Mon'."""
    return t.weekday(day, "abbreviated")


def review_hour_editor(t: Words, day: int) -> str:
    return t("settings-review-hour-editor", day=t.weekday(day))


def quiet_start_editor(t: Words, start: int, end: int) -> str:
    return t("settings-quiet-start-editor", quiet=words.quiet_text(t, start, end))


def quiet_end_editor(t: Words, start: int) -> str:
    return t("settings-quiet-end-editor", start=words.hour_text(t, start))


def review_in_quiet_hours(t: Words, hour: int, start: int, end: int) -> str:
    return t(
        "settings-review-in-quiet-hours",
        time=words.hour_text(t, hour),
        quiet=words.quiet_text(t, start, end),
    )


def schedule_problem(t: Words, error: ScheduleError, schedule: Schedule) -> str:
    """Why ``schedule`` can't be saved, in the user's words."""
    windows = _windows(t, schedule.windows)
    match error.problem:
        case ScheduleProblem.TOO_MANY:
            return t("settings-too-many", count=error.fits, windows=windows)
        case ScheduleProblem.TOO_MANY_QUIET:
            return t(
                "settings-too-many-quiet",
                count=error.fits,
                windows=windows,
                start=t.clock(schedule.quiet_start),
                end=t.clock(schedule.quiet_end),
            )
        case ScheduleProblem.NO_WINDOWS:
            return t(words.NEED_WINDOW)
    # The buttons offer only valid zones, counts and quiet hours: anything else is a bug.
    return t(words.SOMETHING_WRONG)


# --- what a change saved: the line above the menu (and the notice) ------------------------


def count_saved(t: Words, per_day: int) -> str:
    return t("settings-saved-count", nudges=words.count_text(t, per_day))


def style_saved(t: Words, style: AttachmentStyle) -> str:
    return t("settings-saved-style", style=words.style_label(t, style))


def zone_saved(t: Words, zone: str, now: datetime) -> str:
    return t("settings-saved-zone", zone_now=words.zone_text(t, zone, now))


def windows_saved(t: Words, windows: frozenset[Window]) -> str:
    return t("settings-saved-windows", windows=_windows(t, windows))


def review_saved(t: Words, day: int, hour: int) -> str:
    return t("settings-saved-review", review=words.review_text(t, day, hour))


def quiet_saved(t: Words, start: int, end: int) -> str:
    return t("settings-saved-quiet", quiet=words.quiet_text(t, start, end))


def name_saved(t: Words) -> str:
    """With ``t`` naming the partner by the new name."""
    return t("settings-saved-name")


def name_kept(t: Words) -> str:
    return t("settings-name-kept")


def language_saved(t: Words) -> str:
    """In the new language."""
    return t("settings-saved-language", language=t.language.autonym)


def gender_saved(t: Words) -> str:
    """With ``t`` referring to the partner the new way."""
    return t("settings-saved-gender")


# --- a shared location ---------------------------------------------------------------

LOCATION_NOT_SET_UP = "settings-location-not-set-up"
LOCATION_NOT_NOW = "settings-location-not-now"
BAD_LOCATION = "settings-bad-location"
NO_ZONE_THERE = "settings-no-zone-there"
DECLINED_WAITING = "settings-declined-waiting"
DECLINED = "settings-declined"
DECLINED_NOTICE = "settings-declined-notice"


def location_offer(t: Words, zone: str, now: datetime) -> str:
    return t("settings-location-offer", zone_now=words.zone_text(t, zone, now))
