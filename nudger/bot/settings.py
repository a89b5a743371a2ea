"""/settings: change any setting by buttons, showing the current value; time zone by location.

One message holds the menu; each button edits that same message into an editor
(with Back) and a change edits it back into the menu with the new value.

Editors are stateless: every button's data carries the whole value it sets
(``s:pd:2``, ``s:ws:5`` for a set of times of day, ``s:rh:1:18`` for Tuesdays
at 18:00, ``s:qe:21:7`` for 21:00-07:00), so an older button still does
exactly what its label says. The only waiting states are the two text answers,
kept in the onboarding row: ``Step.SET_NAME`` and ``Step.SET_TIMEZONE``. Any
other settings action (Back, Close, another editor, a saved change, a new
/settings) ends that wait, so a later message is not taken as a name by surprise.

A shared location is used only to look up a time zone and is never stored.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from nudger import texts
from nudger.bot import base
from nudger.bot.base import (
    Action,
    Deps,
    Edit,
    Reply,
    Send,
    Sender,
    clean_name,
    known_profile,
    set_up_profile,
    to_local,
)
from nudger.bot.keyboards import (
    count_keyboard,
    marked,
    rows,
    style_keyboard,
    windows_keyboard,
)
from nudger.domain import calendar
from nudger.domain.conversation import Draft, Step
from nudger.domain.model import Profile
from nudger.domain.planning import (
    QUIET_ENDS,
    QUIET_STARTS,
    Schedule,
    ScheduleError,
    Window,
    quiet_hour,
    validate_schedule,
)
from nudger.domain.styles import AttachmentStyle
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.services.places import known_zone, valid_coordinates
from nudger.storage import drafts, nudges, users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

#: Choices for quiet hours (local o'clock, as the profile stores them): begin and end.
QUIET_START_HOURS = tuple(t.hour for t in QUIET_STARTS)
QUIET_END_HOURS = tuple(t.hour for t in QUIET_ENDS)

_WAITING = (Step.SET_NAME, Step.SET_TIMEZONE)
_WINDOWS = tuple(Window)

# --- wording -------------------------------------------------------------------

BACK = "« Back"
CLOSE = "Close"
QUIZ_BUTTON = "Take the quiz"
MENU_FOOTER = "Tap what you'd like to change."
CLOSED = "Settings closed. Send /settings any time to change something."
LOCATION_PROMISE = "I only use it to find your time zone and don't keep it."
ASK_NEW_NAME = "Send me the new name or nickname as a message."
BAD_NEW_NAME = texts.BAD_NAME + " Or tap Back on the settings message to keep the name you have."
ASK_NEW_ZONE = (
    "Send the name of your time zone, like Europe/Berlin, or a city near you, like Lisbon "
    "or Toronto. You can also share a location (📎 → Location) and I'll look up its time "
    "zone. " + LOCATION_PROMISE
)
ZONE_HINT = "You can also share a location and I'll look up its time zone."
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
NO_CHANGE = "That's what it already is."
_NOTICE_MAX = 190


def hour_text(hour: int) -> str:
    return f"{hour:02d}:00"


def review_text(day: int, hour: int) -> str:
    """'Sundays at 19:00'."""
    return f"{calendar.WEEKDAY_NAMES[day]}s at {hour_text(hour)}"


def quiet_text(start: int, end: int) -> str:
    """'22:00–08:00'."""
    return f"{hour_text(start)}–{hour_text(end)}"


def saved(what: str) -> str:
    """The line (and notice) that confirms a change: 'Saved: 2 nudges a day.'"""
    return f"Saved: {what}."


def count_text(per_day: int) -> str:
    return "1 nudge a day" if per_day == 1 else f"{per_day} nudges a day"


def local_now(zone: str, now: datetime) -> str:
    return now.astimezone(ZoneInfo(zone)).strftime("%H:%M")


def zone_text(zone: str, now: datetime) -> str:
    """'Europe/Berlin (it's 14:05 there now)'."""
    return f"{zone} (it's {local_now(zone, now)} there now)"


def location_offer(zone: str, now: datetime) -> str:
    return f"That looks like {zone_text(zone, now)}. Use it?\n\n{LOCATION_PROMISE}"


def _pause_text(profile: Profile) -> str:
    if not profile.paused:
        return "Nudges are on."
    until = to_local(profile.paused_until, profile)
    if until is not None:
        return f"Paused until {texts.local_time(until)} (your time)."
    return "Paused until you send /resume."


def menu_text(profile: Profile, now: datetime, next_nudge: datetime | None) -> str:
    """Every current value, one per line."""
    zone = profile.timezone or "UTC"
    windows = texts.window_names(profile.windows).lower() if profile.windows else "none"
    lines = [
        "Your settings",
        "",
        f"• Partner: {profile.partner_name}",
        f"• Style: {profile.style.label if profile.style else 'Not sure'}",
        f"• Time zone: {zone_text(zone, now)}",
        f"• Nudges: {count_text(profile.per_day or 1)}",
        f"• Times of day: {windows}",
        f"• Weekly review: {review_text(profile.review_day, profile.review_hour)}",
        f"• Quiet hours: {quiet_text(profile.quiet_start, profile.quiet_end)}",
        f"• {_pause_text(profile)}",
    ]
    local_next = to_local(next_nudge, profile)
    if local_next is not None and not profile.paused:
        lines.append(f"• Next nudge: {texts.local_time(local_next)} (your time)")
    lines += ["", MENU_FOOTER]
    return "\n".join(lines)


def menu_keyboard() -> Keyboard:
    buttons = [
        Button("Partner name", "s:name"),
        Button("Style", "s:style"),
        Button("Time zone", "s:tz"),
        Button("Nudges a day", "s:pd"),
        Button("Times of day", "s:win"),
        Button("Weekly review", "s:rd"),
        Button("Quiet hours", "s:qs"),
        Button(CLOSE, "s:close"),
    ]
    return rows(buttons, 2)


_BACK_ROW = (Button(BACK, "s:menu"),)


def _mask(windows: frozenset[Window]) -> int:
    return sum(1 << i for i, w in enumerate(_WINDOWS) if w in windows)


def _windows_of(mask: int) -> frozenset[Window]:
    return frozenset(w for i, w in enumerate(_WINDOWS) if mask & (1 << i))


def windows_editor(chosen: frozenset[Window]) -> tuple[str, Keyboard]:
    keyboard = windows_keyboard(
        chosen, lambda w: f"s:win:{_mask(chosen ^ {w})}", f"s:ws:{_mask(chosen)}"
    )
    now_text = texts.window_names(chosen).lower() if chosen else "nothing chosen yet"
    text = f"When should nudges come? Tap to choose one or more, then Save.\n\nChosen: {now_text}."
    return text, (*keyboard, _BACK_ROW)


# --- what a button means -----------------------------------------------------------


@dataclass(frozen=True)
class Open:
    """Show the menu (``menu``) or one setting's editor."""

    editor: str


@dataclass(frozen=True)
class Close:
    pass


@dataclass(frozen=True)
class SetStyle:
    style: AttachmentStyle


@dataclass(frozen=True)
class SetZone:
    zone: str


@dataclass(frozen=True)
class DeclineZone:
    pass


@dataclass(frozen=True)
class SetPerDay:
    per_day: int


@dataclass(frozen=True)
class PickWindows:
    windows: frozenset[Window]


@dataclass(frozen=True)
class SaveWindows:
    windows: frozenset[Window]


@dataclass(frozen=True)
class PickReviewDay:
    day: int


@dataclass(frozen=True)
class SetReview:
    day: int
    hour: int


@dataclass(frozen=True)
class PickQuietStart:
    start: int


@dataclass(frozen=True)
class SetQuiet:
    start: int
    end: int


Choice = (
    Open
    | Close
    | SetStyle
    | SetZone
    | DeclineZone
    | SetPerDay
    | PickWindows
    | SaveWindows
    | PickReviewDay
    | SetReview
    | PickQuietStart
    | SetQuiet
)

_EDITORS = frozenset({"menu", "name", "style", "tz", "pd", "win", "rd", "qs"})


def _number(text: str, allowed: tuple[int, ...] | range) -> int | None:
    """``text`` as one of ``allowed``, written exactly as ``str(n)`` (no '+', '02' or ' 2')."""
    return next((n for n in allowed if str(n) == text), None)


def parse_tap(data: str) -> Choice | None:
    """The settings button behind ``s:...`` callback data, or None if it isn't one of ours."""
    match data.split(":"):
        case ["s", editor] if editor in _EDITORS:
            return Open(editor)
        case ["s", "close"]:
            return Close()
        case ["s", "st", value] if value in set(AttachmentStyle):
            return SetStyle(AttachmentStyle(value))
        case ["s", "tz", zone] if known_zone(zone):
            return SetZone(zone)
        case ["s", "tzno"]:
            return DeclineZone()
        case ["s", "pd", value] if (n := _number(value, range(1, 4))) is not None:
            return SetPerDay(n)
        case ["s", ("win" | "ws") as kind, value] if (m := _number(value, range(8))) is not None:
            windows = _windows_of(m)
            return PickWindows(windows) if kind == "win" else SaveWindows(windows)
        case ["s", "rd", value] if (day := _number(value, range(7))) is not None:
            return PickReviewDay(day)
        case ["s", "rh", d, h] if (day := _number(d, range(7))) is not None and (
            hour := _number(h, calendar.REVIEW_HOURS)
        ) is not None:
            return SetReview(day, hour)
        case ["s", "qs", value] if (start := _number(value, QUIET_START_HOURS)) is not None:
            return PickQuietStart(start)
        case ["s", "qe", s, e] if (start := _number(s, QUIET_START_HOURS)) is not None and (
            end := _number(e, QUIET_END_HOURS)
        ) is not None:
            return SetQuiet(start, end)
    return None


def _schedule(
    profile: Profile,
    *,
    timezone: str | None = None,
    per_day: int | None = None,
    windows: frozenset[Window] | None = None,
    quiet: tuple[int, int] | None = None,
) -> Schedule:
    """The user's schedule with some values replaced, for checking before saving."""
    start, end = quiet or (profile.quiet_start, profile.quiet_end)
    return Schedule(
        timezone=timezone or profile.timezone or "UTC",
        per_day=per_day or profile.per_day or 1,
        windows=profile.windows if windows is None else windows,
        quiet_start=time(start),
        quiet_end=time(end),
    )


def _problem(schedule: Schedule) -> str | None:
    try:
        validate_schedule(schedule)
    except ScheduleError as error:
        return str(error)
    return None


def _short(text: str) -> str:
    return text if len(text) <= _NOTICE_MAX else text[: _NOTICE_MAX - 1] + "…"


# --- the flow ----------------------------------------------------------------------


@dataclass
class _Tap:
    """A settings tap in progress: its transaction, the user and the message to edit."""

    session: Session
    profile: Profile
    message_id: int | None
    now: datetime

    def show(self, text: str, keyboard: Keyboard = ()) -> list[Action]:
        """``text`` in place of the tapped message (see :func:`base.show`)."""
        return [base.show(self.message_id, text, keyboard)]

    async def menu(self, notice: str | None = None, saved_line: str | None = None) -> Reply:
        """The menu in place of the tapped message, with ``notice`` on the tap.

        ``saved_line`` (see :func:`saved`) goes above the menu and is the notice too.
        """
        await _stop_waiting(self.session, self.profile.id)
        next_nudge = await nudges.next_planned(self.session, self.profile.id)
        text = menu_text(self.profile, self.now, next_nudge)
        if saved_line is not None:
            text = f"{saved_line}\n\n{text}"
            notice = notice or _short(saved_line)
        return Reply(self.show(text, menu_keyboard()), notice=notice)


async def _stop_waiting(session: Session, user_id: int) -> None:
    """Forget a name or time zone the settings were waiting for (onboarding stays)."""
    draft = await drafts.load(session, user_id)
    if draft is not None and draft.step in _WAITING:
        await drafts.drop(session, user_id)


class SettingsFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    async def show(self, sender: Sender) -> Reply:
        """/settings: the menu with every current value (a wait for a typed answer ends)."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await set_up_profile(session, sender, now)
            if profile is None:
                return Reply([Send(texts.NOT_SET_UP)])
            await _stop_waiting(session, profile.id)
            next_nudge = await nudges.next_planned(session, profile.id)
        return Reply([Send(menu_text(profile, now, next_nudge), menu_keyboard())])

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        """A button with ``s:`` callback data."""
        choice = parse_tap(data)
        if choice is None:
            return Reply(notice=texts.BAD_BUTTON)
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            if profile is None:
                return Reply(notice=texts.NOT_SET_UP)
            if isinstance(choice, DeclineZone):
                return await self._decline_zone(session, profile.id, message_id)
            if not profile.onboarded:
                return Reply(notice=texts.STALE_QUESTION)
            return await self._on_tap(_Tap(session, profile, message_id, now), choice)

    async def _on_tap(self, tap: _Tap, choice: Choice) -> Reply:
        profile = tap.profile
        match choice:
            case Open(editor="menu"):
                return await tap.menu()
            case Open(editor=editor):
                return await self._open(tap, editor)
            case Close():
                await _stop_waiting(tap.session, profile.id)
                return Reply(tap.show(CLOSED), notice="Closed")
            case SetStyle(style=style):
                return await self._change(tap, f"the style is now {style.label}", style=style)
            case SetZone(zone=zone):
                what = f"your time zone is {zone_text(zone, tap.now)}"
                return await self._change(tap, what, timezone=zone)
            case SetPerDay(per_day=per_day):
                return await self._change(tap, count_text(per_day), per_day=per_day)
            case PickWindows(windows=windows):
                text, keyboard = windows_editor(windows)
                return Reply(tap.show(text, keyboard))
            case SaveWindows(windows=windows):
                if not windows:
                    return Reply(notice=texts.NEED_WINDOW)
                what = f"nudges in the {texts.window_names(windows).lower()}"
                return await self._change(tap, what, windows=windows)
            case PickReviewDay(day=day):
                return Reply(tap.show(*self._review_hours(profile, day)))
            case SetReview(day=day, hour=hour):
                what = f"weekly review on {review_text(day, hour)}"
                return await self._change(tap, what, review_day=day, review_hour=hour)
            case PickQuietStart(start=start):
                return Reply(tap.show(*self._quiet_ends(profile, start)))
            case SetQuiet(start=start, end=end):
                what = f"quiet hours {quiet_text(start, end)}"
                return await self._change(tap, what, quiet_start=start, quiet_end=end)
        return Reply(notice=texts.BAD_BUTTON)  # pragma: no cover - DeclineZone is handled above

    async def _open(self, tap: _Tap, editor: str) -> Reply:
        """Turn the menu into one setting's editor, showing its current value."""
        profile, now = tap.profile, tap.now
        if editor in ("name", "tz"):
            step = Step.SET_NAME if editor == "name" else Step.SET_TIMEZONE
            await drafts.save(tap.session, profile.id, Draft(step=step), now)
        else:
            await _stop_waiting(tap.session, profile.id)
        name = profile.partner_name or "your partner"
        if editor == "name":
            text = f"Right now I call your partner {name}.\n\n{ASK_NEW_NAME}"
            return Reply(tap.show(text, (_BACK_ROW,)))
        if editor == "tz":
            zone = zone_text(profile.timezone or "UTC", now)
            return Reply(tap.show(f"Your time zone is {zone}.\n\n{ASK_NEW_ZONE}", (_BACK_ROW,)))
        if editor == "style":
            current = profile.style.label if profile.style else "Not sure"
            lines = [f"Which sounds most like {name}? Right now: {current}.", ""]
            lines += [f"{s.label}: {s.description}." for s in AttachmentStyle]
            lines += [
                "",
                "This only decides which ideas you get; it's not a diagnosis. "
                "Not sure? The short quiz can help.",
            ]
            keyboard = (
                *style_keyboard("s:st:", profile.style),
                (Button(QUIZ_BUTTON, "q:start"),),
                _BACK_ROW,
            )
            return Reply(tap.show("\n".join(lines), keyboard))
        if editor == "pd":
            text = f"Right now you get {count_text(profile.per_day or 1)}. How many would you like?"
            keyboard = (*count_keyboard("s:pd:", profile.per_day), _BACK_ROW)
            return Reply(tap.show(text, keyboard))
        if editor == "win":
            return Reply(tap.show(*windows_editor(profile.windows)))
        if editor == "rd":
            review = review_text(profile.review_day, profile.review_hour)
            text = (
                f"Your weekly review comes on {review} (your time): a short look back at "
                "your week. Which day suits you?"
            )
            days = [
                Button(marked(calendar.WEEKDAY_NAMES[d][:3], d == profile.review_day), f"s:rd:{d}")
                for d in range(7)
            ]
            return Reply(tap.show(text, (*rows(days, 4), _BACK_ROW)))
        quiet = quiet_text(profile.quiet_start, profile.quiet_end)
        text = f"Right now quiet hours are {quiet}: no nudges then. When should they begin?"
        starts = [
            Button(marked(hour_text(h), h == profile.quiet_start), f"s:qs:{h}")
            for h in QUIET_START_HOURS
        ]
        return Reply(tap.show(text, (tuple(starts), _BACK_ROW)))

    @staticmethod
    def _review_hours(profile: Profile, day: int) -> tuple[str, Keyboard]:
        text = f"Weekly review on {calendar.WEEKDAY_NAMES[day]}s. At what time?"
        current = day == profile.review_day
        hours = [
            Button(marked(hour_text(h), current and h == profile.review_hour), f"s:rh:{day}:{h}")
            for h in calendar.REVIEW_HOURS
        ]
        return text, (*rows(hours, 3), (Button(BACK, "s:rd"),))

    @staticmethod
    def _quiet_ends(profile: Profile, start: int) -> tuple[str, Keyboard]:
        text = f"Quiet from {hour_text(start)}. Until when in the morning?"
        current = start == profile.quiet_start
        ends = [
            Button(marked(hour_text(h), current and h == profile.quiet_end), f"s:qe:{start}:{h}")
            for h in QUIET_END_HOURS
        ]
        return text, (tuple(ends), (Button(BACK, "s:qs"),))

    async def _change(self, tap: _Tap, what: str, **changes: object) -> Reply:
        """Check, save and re-plan one change, then show the menu; refuse what can't work.

        ``what`` says what was saved (see :func:`saved`).
        """
        profile = tap.profile
        if all(getattr(profile, name) == value for name, value in changes.items()):
            return await tap.menu(NO_CHANGE)
        problem = self._check(profile, changes)
        if problem is not None:
            return Reply(notice=_short(problem))
        updated = await self._apply(tap.session, profile, tap.now, changes)
        return await _Tap(tap.session, updated, tap.message_id, tap.now).menu(
            saved_line=saved(what)
        )

    @staticmethod
    def _check(profile: Profile, changes: dict[str, object]) -> str | None:
        """Why these changes can't be saved, or None."""
        per_day = changes.get("per_day")
        windows = changes.get("windows")
        start = changes.get("quiet_start", profile.quiet_start)
        end = changes.get("quiet_end", profile.quiet_end)
        day_hour = changes.get("review_hour", profile.review_hour)
        assert isinstance(start, int) and isinstance(end, int) and isinstance(day_hour, int)
        if {"per_day", "windows", "quiet_start", "quiet_end"} & set(changes):
            schedule = _schedule(
                profile,
                per_day=per_day if isinstance(per_day, int) else None,
                windows=windows if isinstance(windows, frozenset) else None,
                quiet=(start, end),
            )
            problem = _problem(schedule)
            if problem is not None:
                return problem
        if {"review_hour", "quiet_start", "quiet_end"} & set(changes) and quiet_hour(
            day_hour, time(start), time(end)
        ):
            return (
                f"Your weekly review at {hour_text(day_hour)} would fall in quiet hours "
                f"{quiet_text(start, end)}. Pick a later end, or move the review first."
            )
        return None

    async def _apply(
        self, session: Session, profile: Profile, now: datetime, changes: dict[str, object]
    ) -> Profile:
        updated = await users.update_settings(session, profile.id, now, **changes)
        if {"timezone", "per_day", "windows", "quiet_start", "quiet_end"} & set(changes):
            await self._deps.planner.plan_user(session, updated, now)
        if {"timezone", "review_day", "review_hour"} & set(changes) and updated.timezone:
            due = calendar.next_review_at(
                now, updated.timezone, updated.review_day, updated.review_hour
            )
            await users.set_next_review(session, profile.id, due)
        await _stop_waiting(session, profile.id)
        log_event(logger, "settings_changed", user=profile.id, settings=",".join(sorted(changes)))
        return updated

    async def _decline_zone(self, session: Session, user_id: int, message_id: int | None) -> Reply:
        draft = await drafts.load(session, user_id)
        waiting = draft is not None and draft.step in (Step.TIMEZONE, Step.SET_TIMEZONE)
        text = DECLINED_WAITING if waiting else DECLINED
        edits: list[Action] = [] if message_id is None else [Edit(message_id, text)]
        return Reply(edits, notice="Okay")

    async def text(self, sender: Sender, text: str, zone: str | None) -> Reply:
        """Text while a new partner name or time zone is awaited (``zone``: text looked up)."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
            if profile is None or draft is None or draft.step not in _WAITING:
                return Reply([Send(texts.UNKNOWN_TEXT)])  # the wait ended meanwhile
            if not profile.onboarded:
                await drafts.drop(session, profile.id)
                return Reply([Send(texts.NOT_SET_UP)])
            if draft.step is Step.SET_NAME:
                name = clean_name(text)
                if name is None:
                    return Reply([Send(BAD_NEW_NAME)])
                if name == profile.partner_name:
                    saved_line = f"{name} it stays."
                else:
                    profile = await self._apply(session, profile, now, {"partner_name": name})
                    saved_line = saved(f"your partner's name is now {name}")
            else:
                if zone is None:
                    return Reply([Send(f"{texts.bad_timezone(text)} {ZONE_HINT}")])
                if zone != profile.timezone:
                    profile = await self._apply(session, profile, now, {"timezone": zone})
                saved_line = saved(f"your time zone is {zone_text(zone, now)}")
            await _stop_waiting(session, profile.id)
            next_nudge = await nudges.next_planned(session, profile.id)
        menu = menu_text(profile, now, next_nudge)
        return Reply([Send(f"{saved_line}\n\n{menu}", menu_keyboard())])

    async def location(self, sender: Sender, latitude: float, longitude: float) -> Reply:
        """A shared location: offer its time zone, with confirmation. Nothing is stored.

        During onboarding (at the time zone question) the offer's button continues the
        setup (``o:tz:<zone>``); for a set-up user it changes the setting (``s:tz:<zone>``).
        """
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
        if profile is None:
            return Reply([Send(LOCATION_NOT_SET_UP)])
        onboarding = draft is not None and draft.step is Step.TIMEZONE
        if not onboarding and not profile.onboarded:
            return Reply([Send(LOCATION_NOT_NOW if draft is not None else LOCATION_NOT_SET_UP)])
        if not valid_coordinates(latitude, longitude):
            return Reply([Send(BAD_LOCATION)])
        zone = await asyncio.to_thread(self._deps.places.zone_at, latitude, longitude)
        log_event(logger, "location_looked_up", user=profile.id, found=zone is not None)
        if zone is None:
            return Reply([Send(NO_ZONE_THERE)])
        use = f"o:tz:{zone}" if onboarding else f"s:tz:{zone}"
        keyboard = ((Button(f"Use {zone}", use), Button("No", "s:tzno")),)
        return Reply([Send(location_offer(zone, now), keyboard)])
