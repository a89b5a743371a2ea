"""/settings: change any setting by buttons, showing the current value; time zone by location.

One message holds the menu; each button edits that same message into an editor
(with Back) and a change edits it back into the menu with the new value. A change of
language shows the menu in the new language; to a gendered one (see
:attr:`Language.gendered`) when the user has never said how to refer to their partner,
it asks that first. The buttons
and their data are in :mod:`nudger.bot.settings.buttons`, the wording in
:mod:`nudger.bot.settings.words`, a shared location in :mod:`nudger.bot.settings.location`.

The only waiting states are the two text answers, kept in the onboarding row:
``Step.SET_NAME`` and ``Step.SET_TIMEZONE``. Any other settings action (Back, Close,
another editor, a saved change, a new /settings) ends that wait, so a later message is
not taken as a name by surprise.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from nudger.bot import base
from nudger.bot import words as shared
from nudger.bot.base import (
    Action,
    Deps,
    Reply,
    Send,
    Sender,
    clean_name,
    profile_reactivating,
    words_for,
    words_for_sender,
)
from nudger.bot.partners.sharing import overridden_text
from nudger.bot.routes import Answers, Command, Routes, Taps
from nudger.bot.settings import buttons, location, words
from nudger.bot.settings.buttons import (
    Choice,
    Close,
    DeclineZone,
    Open,
    PickQuietStart,
    PickReviewDay,
    PickWindows,
    SaveWindows,
    SetGender,
    SetLanguage,
    SetPerDay,
    SetQuiet,
    SetReview,
    SetStyle,
    SetZone,
)
from nudger.domain import calendar
from nudger.domain.conversation import Draft, Step
from nudger.domain.model import Profile
from nudger.domain.planning import Schedule, ScheduleError, Window, quiet_hour, validate_schedule
from nudger.i18n.texts import Texts, Words
from nudger.logs import log_event
from nudger.messaging.base import Keyboard
from nudger.storage import drafts, nudges, partners, users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

_WAITING = frozenset({Step.SET_NAME, Step.SET_TIMEZONE})
#: Telegram shows about 200 characters of a tap's notice.
_NOTICE_MAX = 190


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


def _problem(t: Words, schedule: Schedule) -> str | None:
    try:
        validate_schedule(schedule)
    except ScheduleError as error:
        return words.schedule_problem(t, error, schedule)
    return None


def _short(text: str) -> str:
    return text if len(text) <= _NOTICE_MAX else text[: _NOTICE_MAX - 1] + "…"


#: What a change saved, in the words of the user after it (a new name, a new language).
Saved = Callable[[Words], str]


@dataclass
class _Tap:
    """A settings tap in progress: its transaction, the user and the message to edit."""

    session: Session
    profile: Profile
    message_id: int | None
    now: datetime
    texts: Texts

    @property
    def t(self) -> Words:
        return words_for(self.texts, self.profile)

    def show(self, text: str, keyboard: Keyboard = ()) -> list[Action]:
        """``text`` in place of the tapped message (see :func:`base.show`)."""
        return [base.show(self.message_id, text, keyboard)]

    async def menu(self, notice: str | None = None, saved_line: str | None = None) -> Reply:
        """The menu in place of the tapped message, with ``notice`` on the tap.

        ``saved_line`` (what a change saved) goes above the menu and is the notice too.
        """
        await _stop_waiting(self.session, self.profile.id)
        next_nudge = await nudges.next_planned(self.session, self.profile.id)
        link = await partners.status(self.session, self.profile.id)
        t = self.t
        text = words.menu_text(t, self.profile, self.now, next_nudge, link)
        if saved_line is not None:
            text = f"{saved_line}\n\n{text}"
            notice = notice or _short(saved_line)
        return Reply(self.show(text, buttons.menu_keyboard(t)), notice=notice)


async def _stop_waiting(session: Session, user_id: int) -> None:
    """Forget a name or time zone the settings were waiting for (onboarding stays)."""
    draft = await drafts.load(session, user_id)
    if draft is not None and draft.step in _WAITING:
        await drafts.drop(session, user_id)


class SettingsFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._location = location.ZoneByLocation(deps)

    def routes(self) -> Routes:
        return Routes(
            commands=(Command("settings", lambda sender, _args: self.show(sender)),),
            taps=Taps(buttons.PREFIX, buttons.parse, self.tap),
            answers=Answers(_WAITING, self.answer),
            location=self._location.location,
        )

    async def show(self, sender: Sender) -> Reply:
        """/settings: the menu with every current value (a wait for a typed answer ends)."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            if profile is None or not profile.onboarded:
                t = words_for_sender(self._deps.texts, sender, profile)
                return Reply([Send(t(shared.NOT_SET_UP))])
            await _stop_waiting(session, profile.id)
            next_nudge = await nudges.next_planned(session, profile.id)
            link = await partners.status(session, profile.id)
        t = words_for(self._deps.texts, profile)
        text = words.menu_text(t, profile, now, next_nudge, link)
        return Reply([Send(text, buttons.menu_keyboard(t))])

    async def tap(self, sender: Sender, choice: Choice, message_id: int | None) -> Reply:
        """A settings button."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None:
                return Reply(notice=t(shared.NOT_SET_UP))
            if isinstance(choice, DeclineZone):
                return await location.decline(session, profile.id, message_id, t)
            if not profile.onboarded:
                return Reply(notice=t(shared.STALE_QUESTION))
            tap = _Tap(session, profile, message_id, now, self._deps.texts)
            return await self._on_tap(tap, choice)

    async def _on_tap(self, tap: _Tap, choice: Choice) -> Reply:
        profile, t = tap.profile, tap.t
        match choice:
            case Open(editor="menu"):
                return await tap.menu()
            case Open(editor=editor):
                return await self._open(tap, editor)
            case Close():
                await _stop_waiting(tap.session, profile.id)
                return Reply(tap.show(t(words.CLOSED)), notice=t(words.CLOSED_NOTICE))
            case SetStyle(style=style):
                return await self._change(tap, lambda t: words.style_saved(t, style), style=style)
            case SetLanguage(language=language):
                return await self._change(tap, words.language_saved, language=language)
            case SetGender(gender=gender):
                return await self._change(tap, words.gender_saved, partner_gender=gender)
            case SetZone(zone=zone):
                saved = lambda t: words.zone_saved(t, zone, tap.now)  # noqa: E731
                return await self._change(tap, saved, timezone=zone)
            case SetPerDay(per_day=per_day):
                saved = lambda t: words.count_saved(t, per_day)  # noqa: E731
                return await self._change(tap, saved, per_day=per_day)
            case PickWindows(windows=windows):
                return Reply(
                    tap.show(
                        words.windows_editor(t, windows),
                        buttons.windows_editor_keyboard(t, windows),
                    )
                )
            case SaveWindows(windows=windows):
                if not windows:
                    return Reply(notice=t(shared.NEED_WINDOW))
                saved = lambda t: words.windows_saved(t, windows)  # noqa: E731
                return await self._change(tap, saved, windows=windows)
            case PickReviewDay(day=day):
                current = profile.review_hour if day == profile.review_day else None
                keyboard = buttons.review_hour_keyboard(t, day, current)
                return Reply(tap.show(words.review_hour_editor(t, day), keyboard))
            case SetReview(day=day, hour=hour):
                saved = lambda t: words.review_saved(t, day, hour)  # noqa: E731
                return await self._change(tap, saved, review_day=day, review_hour=hour)
            case PickQuietStart(start=start):
                current = profile.quiet_end if start == profile.quiet_start else None
                keyboard = buttons.quiet_end_keyboard(t, start, current)
                return Reply(tap.show(words.quiet_end_editor(t, start), keyboard))
            case SetQuiet(start=start, end=end):
                saved = lambda t: words.quiet_saved(t, start, end)  # noqa: E731
                return await self._change(tap, saved, quiet_start=start, quiet_end=end)
        return Reply(notice=t(shared.BAD_BUTTON))  # pragma: no cover - DeclineZone is handled above

    async def _open(self, tap: _Tap, editor: str) -> Reply:
        """Turn the menu into one setting's editor, showing its current value."""
        profile, now, t = tap.profile, tap.now, tap.t
        if editor in ("name", "tz"):
            step = Step.SET_NAME if editor == "name" else Step.SET_TIMEZONE
            await drafts.save(tap.session, profile.id, Draft(step=step), now)
        else:
            await _stop_waiting(tap.session, profile.id)
        back = (buttons.back_row(t),)
        if editor == "name":
            return Reply(tap.show(words.name_editor(t), back))
        if editor == "tz":
            return Reply(tap.show(words.zone_editor(t, profile.timezone or "UTC", now), back))
        if editor == "style":
            text = words.style_editor(t, profile.style)
            return Reply(tap.show(text, buttons.style_editor_keyboard(t, profile.style)))
        if editor == "lang":
            keyboard = buttons.language_editor_keyboard(t, profile.language)
            return Reply(tap.show(t(words.LANGUAGE_EDITOR), keyboard))
        if editor == "gen":
            return Reply(tap.show(*_gender_editor(t, profile)))
        if editor == "pd":
            text = words.count_editor(t, profile.per_day or 1)
            return Reply(tap.show(text, buttons.count_editor_keyboard(t, profile.per_day)))
        if editor == "win":
            text = words.windows_editor(t, profile.windows)
            return Reply(tap.show(text, buttons.windows_editor_keyboard(t, profile.windows)))
        if editor == "rd":
            text = words.review_day_editor(t, profile.review_day, profile.review_hour)
            return Reply(tap.show(text, buttons.review_day_keyboard(t, profile.review_day)))
        text = words.quiet_start_editor(t, profile.quiet_start, profile.quiet_end)
        return Reply(tap.show(text, buttons.quiet_start_keyboard(t, profile.quiet_start)))

    async def _change(self, tap: _Tap, saved: Saved, **changes: object) -> Reply:
        """Check, save and re-plan one change, then show the menu; refuse what can't work.

        ``saved`` words what was saved, in the user's words once it is saved.
        """
        profile, t = tap.profile, tap.t
        # Choosing a style while the nudges follow the one the partner shared is a choice
        # of one's own, even if it is the style set before.
        if "style" in changes:  # may end following the partner's style: both locks first
            await partners.lock_link(tap.session, profile.id)
        overriding = "style" in changes and await partners.stop_following(tap.session, profile.id)
        if not overriding and all(
            getattr(profile, name) == value for name, value in changes.items()
        ):
            return await tap.menu(t(words.NO_CHANGE))
        problem = self._check(t, profile, changes)
        if problem is not None:
            return Reply(notice=_short(problem))
        updated = await self._apply(tap.session, profile, tap.now, changes)
        after = _Tap(tap.session, updated, tap.message_id, tap.now, tap.texts)
        saved_line = saved(after.t)
        if overriding:
            saved_line += "\n" + await overridden_text(tap.session, tap.texts, updated)
        if "language" in changes and updated.language.gendered and updated.partner_gender is None:
            # A newly gendered language: how to refer to the partner, before anything else.
            text, keyboard = _gender_editor(after.t, updated)
            return Reply(after.show(f"{saved_line}\n\n{text}", keyboard), notice=_short(saved_line))
        return await after.menu(saved_line=saved_line)

    @staticmethod
    def _check(t: Words, profile: Profile, changes: dict[str, object]) -> str | None:
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
            problem = _problem(t, schedule)
            if problem is not None:
                return problem
        if {"review_hour", "quiet_start", "quiet_end"} & set(changes) and quiet_hour(
            day_hour, time(start), time(end)
        ):
            return words.review_in_quiet_hours(t, day_hour, start, end)
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

    async def answer(self, sender: Sender, text: str, step: Step) -> Reply:
        """Text while a new partner name or time zone is awaited."""
        now = self._deps.clock()
        zone = None
        if step is Step.SET_TIMEZONE:
            # Looked up outside the transaction: a cold city index takes a moment to build.
            zone = await asyncio.to_thread(self._deps.places.resolve, text)
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None or draft is None or draft.step not in _WAITING:
                return Reply([Send(t(shared.UNKNOWN_TEXT))])  # the wait ended meanwhile
            if not profile.onboarded:
                await drafts.drop(session, profile.id)
                return Reply([Send(t(shared.NOT_SET_UP))])
            if draft.step is Step.SET_NAME:
                name = clean_name(text)
                if name is None:
                    return Reply([Send(t(words.BAD_NEW_NAME))])
                if name == profile.partner_name:
                    saved_line = words.name_kept(t)
                else:
                    profile = await self._apply(session, profile, now, {"partner_name": name})
                    saved_line = words.name_saved(words_for(self._deps.texts, profile))
            else:
                if zone is None:
                    return Reply([Send(words.bad_zone(t, text))])
                if zone != profile.timezone:
                    profile = await self._apply(session, profile, now, {"timezone": zone})
                saved_line = words.zone_saved(t, zone, now)
            await _stop_waiting(session, profile.id)
            next_nudge = await nudges.next_planned(session, profile.id)
            link = await partners.status(session, profile.id)
        t = words_for(self._deps.texts, profile)
        menu = words.menu_text(t, profile, now, next_nudge, link)
        return Reply([Send(f"{saved_line}\n\n{menu}", buttons.menu_keyboard(t))])


def _gender_editor(t: Words, profile: Profile) -> tuple[str, Keyboard]:
    """How to refer to the partner: the question and She / He / By name only, and Back."""
    keyboard = buttons.gender_editor_keyboard(t, profile.partner_gender)
    return t(words.GENDER_EDITOR), keyboard
