"""Messenger-neutral use cases: what happens when a user says or taps something.

Each entry point takes who sent it and what they sent, does its work in one
transaction, and returns what to show: new messages, edits, and a short notice
for a button tap. Handlers in ``messaging/`` turn these into platform calls.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from nudger import texts
from nudger.bot.base import (  # re-exported for the messaging handlers
    Action,
    Deps,
    Edit,
    Reply,
    Send,
    SendDocument,
    Sender,
    SendPhoto,
    clean_name,
    known_profile,
    local_midnight,
    to_local,
)
from nudger.bot.conflict import ConflictFlow
from nudger.bot.keyboards import count_keyboard, style_keyboard, windows_keyboard
from nudger.bot.pause import PauseFlow
from nudger.bot.privacy import PrivacyFlow
from nudger.bot.quiz import QuizFlow
from nudger.bot.settings import SettingsFlow, quiet_text, review_text, zone_text
from nudger.bot.week import ReviewFlow
from nudger.domain.conversation import Draft, Step
from nudger.domain.model import NudgeSource, Outcome, Profile
from nudger.domain.planning import (
    Schedule,
    ScheduleError,
    Window,
    capacity_of,
    next_send_time,
    validate_schedule,
)
from nudger.domain.styles import AttachmentStyle
from nudger.logs import log_event
from nudger.messaging.base import Keyboard
from nudger.services import nudge_message, review
from nudger.services.places import known_zone
from nudger.storage import drafts, nudges, updates, users
from nudger.storage.db import Session
from nudger.storage.nudges import AnswerStatus

__all__ = [
    "Action",
    "Conversation",
    "Deps",
    "Edit",
    "Reply",
    "Send",
    "SendDocument",
    "SendPhoto",
    "Sender",
]

logger = logging.getLogger(__name__)

SNOOZE = timedelta(hours=1)


@dataclass(frozen=True)
class PickStyle:
    style: AttachmentStyle
    step = Step.STYLE


@dataclass(frozen=True)
class PickZone:
    """A time zone confirmed from a shared location (see SettingsFlow.location)."""

    zone: str
    step = Step.TIMEZONE


@dataclass(frozen=True)
class PickCount:
    per_day: int
    step = Step.COUNT


@dataclass(frozen=True)
class ToggleWindow:
    window: Window
    step = Step.WINDOWS


@dataclass(frozen=True)
class Save:
    step = Step.WINDOWS


SetupChoice = PickStyle | PickZone | PickCount | ToggleWindow | Save


def _parse_setup_tap(data: str) -> SetupChoice | None:
    """The setup button behind ``o:...`` callback data, or None if it is not one of ours."""
    match data.split(":"):
        case ["o", "style", value] if value in set(AttachmentStyle):
            return PickStyle(AttachmentStyle(value))
        case ["o", "tz", value] if known_zone(value):
            return PickZone(value)
        case ["o", "count", ("1" | "2" | "3") as value]:
            return PickCount(int(value))
        case ["o", "win", value] if value in set(Window):
            return ToggleWindow(Window(value))
        case ["o", "save"]:
            return Save()
    return None


@dataclass(frozen=True)
class _SetupTap:
    """A setup button tap in progress: its transaction, the user and their draft."""

    session: Session
    profile: Profile
    draft: Draft
    message_id: int | None
    now: datetime

    async def save(self, draft: Draft) -> None:
        await drafts.save(self.session, self.profile.id, draft, self.now)

    def answered(self, question: str, answer: str) -> list[Action]:
        """The question message, edited to show the answer and without its buttons."""
        if self.message_id is None:
            return []
        return [Edit(self.message_id, f"{question}\n\nYour answer: {answer}")]


def _style_keyboard() -> Keyboard:
    return style_keyboard("o:style:")


def _count_keyboard() -> Keyboard:
    return count_keyboard("o:count:")


def _windows_keyboard(chosen: frozenset[Window]) -> Keyboard:
    return windows_keyboard(chosen, lambda w: f"o:win:{w.value}", "o:save")


def _zone_set(zone: str, now: datetime) -> str:
    return f"Time zone: {zone_text(zone, now)}."


class Conversation:
    """The front door: onboarding, nudges and routing to the features in :mod:`nudger.features`."""

    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._sessions = deps.sessions
        self._catalog = deps.catalog
        self._planner = deps.planner
        self._places = deps.places
        self._clock = deps.clock
        self._wake_dispatcher = deps.wake_dispatcher
        self.settings = SettingsFlow(deps)
        self.quiz = QuizFlow(deps)
        self.conflict = ConflictFlow(deps)
        self.privacy = PrivacyFlow(deps)
        self.pauses = PauseFlow(deps)
        self.review = ReviewFlow(deps)
        self._taps: dict[str, Callable[[Sender, str, int | None], Awaitable[Reply]]] = {
            nudge_message.PREFIX: self._answer_nudge,
            "o": self._onboarding_tap,
            "s": self.settings.tap,
            "q": self.quiz.tap,
            "c": self.conflict.tap,
            "x": self.privacy.tap,
            review.PREFIX: self.review.tap,
        }

    # --- commands ------------------------------------------------------------

    def _command_table(self) -> dict[str, Callable[[Sender, str], Awaitable[Reply]]]:
        return {
            "start": lambda sender, _args: self.start(sender),
            "help": lambda sender, _args: self.help(sender),
            "now": lambda sender, _args: self.now(sender),
            "week": lambda sender, _args: self.review.week(sender),
            "pause": self.pauses.pause,
            "resume": lambda sender, _args: self.pauses.resume(sender),
            "settings": lambda sender, _args: self.settings.show(sender),
            "quiz": lambda sender, _args: self.quiz.start(sender),
            "conflict": lambda sender, _args: self.conflict.start(sender),
            "export": lambda sender, _args: self.privacy.export(sender),
            "delete": lambda sender, _args: self.privacy.delete(sender),
        }

    def commands(self) -> list[str]:
        """The commands the bot answers, without the slash."""
        return list(self._command_table())

    async def command(self, sender: Sender, name: str, args: str = "") -> Reply:
        """A command (``name`` without the slash) with the text after it."""
        use_case = self._command_table().get(name)
        if use_case is None:
            return Reply([Send(texts.UNKNOWN_TEXT)])
        return await use_case(sender, args)

    async def start(self, sender: Sender) -> Reply:
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await users.ensure(session, sender.telegram_id, sender.chat_id, now)
            await drafts.save(session, profile.id, Draft(step=Step.NAME), now)
        log_event(logger, "onboarding_started", user=profile.id)
        return Reply([Send(texts.WELCOME), Send(texts.ASK_NAME)])

    async def help(self, sender: Sender) -> Reply:
        return Reply([Send(texts.HELP)])

    async def now(self, sender: Sender) -> Reply:
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            if profile is None or not profile.onboarded:
                return Reply([Send(texts.NOT_SET_UP)])
            if await nudges.has_pending(session, profile.id, NudgeSource.NOW):
                return Reply([Send(texts.NOW_ON_ITS_WAY)])
            nudge_id = await nudges.add(session, profile.id, now, NudgeSource.NOW, now)
        log_event(logger, "nudge_requested", user=profile.id, nudge=nudge_id)
        self._wake_dispatcher()  # the nudge itself is the reply
        return Reply()

    async def seen_update(self, update_id: int) -> bool:
        """Whether this platform update was handled before (a redelivery)."""
        async with self._sessions.begin() as session:
            return await updates.seen(session, update_id)

    async def remember_update(self, update_id: int) -> None:
        """Record a platform update as handled."""
        async with self._sessions.begin() as session:
            await updates.record_seen(session, update_id, self._clock())

    # --- free text -----------------------------------------------------------

    async def text(self, sender: Sender, text: str) -> Reply:
        now = self._clock()
        zone = None
        step = await self._awaited_step(sender)
        if step in (Step.TIMEZONE, Step.SET_TIMEZONE):
            # Looked up outside the transaction: a cold city index takes a moment to build.
            zone = await asyncio.to_thread(self._places.resolve, text)
        if step in (Step.SET_NAME, Step.SET_TIMEZONE):
            return await self.settings.text(sender, text, zone)
        async with self._sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            if profile is None:
                return Reply([Send(texts.NOT_SET_UP)])
            draft = await drafts.load(session, profile.id)
            if draft is None:
                pointer = self.quiz.typed(profile, await drafts.load_quiz(session, profile.id))
                if pointer is not None:
                    return Reply([Send(pointer)])  # the open /quiz waits for a button
                return Reply([Send(texts.UNKNOWN_TEXT if profile.onboarded else texts.NOT_SET_UP)])
            if draft.step is Step.NAME:
                name = clean_name(text)
                if name is None:
                    return Reply([Send(texts.BAD_NAME)])
                await drafts.save(
                    session, profile.id, replace(draft, step=Step.STYLE, partner_name=name), now
                )
                return Reply([Send(texts.ask_style(name), _style_keyboard())])
            if draft.step is Step.TIMEZONE:
                if zone is None:
                    return Reply([Send(texts.bad_timezone(text))])
                await drafts.save(
                    session, profile.id, replace(draft, step=Step.COUNT, timezone=zone), now
                )
                return Reply([Send(_zone_set(zone, now)), Send(texts.ASK_COUNT, _count_keyboard())])
        return Reply([Send(texts.IN_ONBOARDING_TAP)])

    async def _awaited_step(self, sender: Sender) -> Step | None:
        """Which answer the user's open question waits for, if any."""
        async with self._sessions() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
            draft = await drafts.load(session, profile.id) if profile else None
        return draft.step if draft is not None else None

    # --- button taps ---------------------------------------------------------

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        """A button tap, routed by the prefix of its callback data (``n:``, ``o:``, ...)."""
        prefix, colon, _ = data.partition(":")
        route = self._taps.get(prefix) if colon else None
        if route is None:
            return Reply(notice=texts.BAD_BUTTON)
        return await route(sender, data, message_id)

    async def location(self, sender: Sender, latitude: float, longitude: float) -> Reply:
        """A shared location: only ever used to find the user's time zone."""
        return await self.settings.location(sender, latitude, longitude)

    async def _answer_nudge(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        parsed = nudge_message.parse_answer(data)
        if parsed is None:
            return Reply(notice=texts.BAD_BUTTON)
        nudge_id, outcome = parsed
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            if profile is None:
                return Reply(notice=texts.NOT_SET_UP)
            today = local_midnight(now, profile)
            resend_at = _snooze_until(now, profile)
            result = await nudges.answer(
                session, nudge_id, profile.id, outcome, now, resend_at, today
            )
        if result.status is AnswerStatus.NOT_FOUND:
            log_event(logger, "tap_rejected", user=profile.id, reason="not_found")
            return Reply(notice=texts.NOT_YOURS)
        if result.status is AnswerStatus.OLD:
            return Reply(notice=texts.OLD_NUDGE)
        if result.status is AnswerStatus.ALREADY:
            state = result.state.value if result.state else ""
            return Reply(notice=texts.already(state))
        log_event(logger, "nudge_answered", user=profile.id, nudge=nudge_id, outcome=outcome.value)
        prompt = self._catalog.get(result.prompt_id or "")
        body = nudge_message.nudge_text(prompt, profile.partner_name) if prompt else "Nudge"
        if outcome is Outcome.DONE:
            mark = texts.DONE_MARK
        elif outcome is Outcome.SKIP:
            mark = texts.SKIP_MARK
        else:
            local = to_local(resend_at, profile) or resend_at
            today_local = to_local(now, profile) or now
            mark = texts.snooze_mark(local, next_day=local.date() != today_local.date())
        actions: list[Action] = []
        if message_id is not None:
            actions.append(Edit(message_id, f"{body}\n\n{mark}"))
        return Reply(actions, notice=mark)

    async def _onboarding_tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        choice = _parse_setup_tap(data)
        if choice is None:
            return Reply(notice=texts.BAD_BUTTON)
        if isinstance(choice, PickStyle) and choice.style is AttachmentStyle.UNKNOWN:
            # "Not sure" leads to the quiz; its result (or "Not sure" kept) continues the setup.
            return await self.quiz.start_in_onboarding(sender, message_id)
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
            if profile is None or draft is None or draft.step is not choice.step:
                return Reply(notice=texts.STALE_QUESTION)
            tap = _SetupTap(session, profile, draft, message_id, now)
            match choice:
                case PickStyle(style=style):
                    await tap.save(replace(draft, step=Step.TIMEZONE, style=style))
                    question = texts.ask_style(draft.partner_name or "your partner")
                    ask = Send(texts.ASK_TIMEZONE)
                    return Reply([*tap.answered(question, style.label), ask], notice=style.label)
                case PickZone(zone=zone):
                    # Confirmed from a shared location: the same next step as a typed zone.
                    await tap.save(replace(draft, step=Step.COUNT, timezone=zone))
                    confirmed = (
                        [] if message_id is None else [Edit(message_id, _zone_set(zone, now))]
                    )
                    ask = Send(texts.ASK_COUNT, _count_keyboard())
                    return Reply([*confirmed, ask], notice=zone)
                case PickCount(per_day=per_day):
                    await tap.save(replace(draft, step=Step.WINDOWS, per_day=per_day))
                    ask = Send(texts.ASK_WINDOWS, _windows_keyboard(frozenset()))
                    answer = str(per_day)
                    return Reply([*tap.answered(texts.ASK_COUNT, answer), ask], notice=answer)
                case ToggleWindow(window=window):
                    chosen = draft.windows ^ {window}
                    await tap.save(replace(draft, windows=chosen))
                    keyboard = _windows_keyboard(chosen)
                    edits: list[Action] = (
                        []
                        if message_id is None
                        else [Edit(message_id, texts.ASK_WINDOWS, keyboard)]
                    )
                    return Reply(edits, notice=window.label)
                case Save():
                    return await self._save(tap)
        raise AssertionError(choice)  # pragma: no cover - the match is exhaustive

    async def _save(self, tap: _SetupTap) -> Reply:
        draft = tap.draft
        if not draft.windows:
            return Reply(notice=texts.NEED_WINDOW)
        if (
            draft.partner_name is None
            or draft.style is None
            or draft.timezone is None
            or draft.per_day is None
        ):
            return Reply(notice=texts.STALE_QUESTION)
        schedule = Schedule(
            timezone=draft.timezone,
            per_day=draft.per_day,
            windows=draft.windows,
            quiet_start=time(tap.profile.quiet_start),
            quiet_end=time(tap.profile.quiet_end),
        )
        try:
            validate_schedule(schedule)
        except ScheduleError:
            problem = texts.too_many_for_windows(draft.per_day, capacity_of(schedule))
            return Reply([Send(problem)], notice=problem)
        updated = await users.finish_onboarding(tap.session, tap.profile.id, draft, tap.now)
        await self._planner.plan_user(tap.session, updated, tap.now)
        first = await nudges.next_planned(tap.session, tap.profile.id)
        log_event(logger, "onboarding_finished", user=tap.profile.id, per_day=draft.per_day)
        summary = texts.summary(
            draft.partner_name,
            draft.style,
            draft.timezone,
            draft.per_day,
            draft.windows,
            to_local(first, updated),
            review=review_text(updated.review_day, updated.review_hour),
            quiet=quiet_text(updated.quiet_start, updated.quiet_end),
        )
        answered = tap.answered(texts.ASK_WINDOWS, texts.window_names(draft.windows))
        return Reply([*answered, Send(summary)], notice="Saved")


def _snooze_until(now: datetime, profile: Profile) -> datetime:
    """An hour from now, or when the user's quiet hours end if it would fall in them."""
    due = now + SNOOZE
    schedule = profile.schedule
    if schedule is None:
        return due
    return next_send_time(due, schedule.timezone, schedule.quiet_start, schedule.quiet_end)
