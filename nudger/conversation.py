"""Messenger-neutral use cases: what happens when a user says or taps something.

Each entry point takes who sent it and what they sent, does its work in one
transaction, and returns what to show: new messages, edits, and a short notice
for a button tap. Handlers in ``messaging/`` turn these into platform calls.
"""

from __future__ import annotations

import asyncio
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from nudger import texts
from nudger.clock import Clock
from nudger.domain.catalog import MAX_PARTNER_NAME, Catalog
from nudger.domain.model import NudgeSource, NudgeState, Outcome, Profile
from nudger.domain.planning import Schedule, ScheduleError, Window, capacity, validate_schedule
from nudger.domain.streaks import current_streak, longest_streak, week_start
from nudger.domain.styles import AttachmentStyle
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.places import TimezoneResolver
from nudger.planner import Planner
from nudger.storage import repository as repo
from nudger.storage.db import Session, Sessions
from nudger.storage.repository import AnswerStatus, Draft, Step

logger = logging.getLogger(__name__)

SNOOZE = timedelta(hours=1)
_OUTCOME_CODES = {"d": Outcome.DONE, "s": Outcome.SKIP, "z": Outcome.SNOOZE}
_NUDGE_DATA = re.compile(r"^n:(\d{1,18}):([dsz])$")


@dataclass(frozen=True)
class Sender:
    """Who sent an update: their platform user id and the chat to answer in."""

    user_id: int
    chat_id: int


@dataclass(frozen=True)
class Send:
    text: str
    keyboard: Keyboard = ()


@dataclass(frozen=True)
class Edit:
    message_id: int
    text: str
    keyboard: Keyboard = ()


Action = Send | Edit


@dataclass(frozen=True)
class Reply:
    actions: list[Action] = field(default_factory=list)
    #: For a button tap: the short notice shown when the tap is acknowledged.
    notice: str | None = None


def nudge_keyboard(nudge_id: int) -> Keyboard:
    return (
        (
            Button(texts.DONE_BUTTON, f"n:{nudge_id}:d"),
            Button(texts.SKIP_BUTTON, f"n:{nudge_id}:s"),
            Button(texts.SNOOZE_BUTTON, f"n:{nudge_id}:z"),
        ),
    )


def clean_name(text: str) -> str | None:
    """A usable partner name, or None: one line, 1-40 characters, with a letter or digit."""
    if "\n" in text.strip():
        return None
    name = " ".join(text.split())
    if not 1 <= len(name) <= MAX_PARTNER_NAME or name.startswith("/"):
        return None
    if any(unicodedata.category(c).startswith("C") for c in name):
        return None
    if not any(c.isalnum() for c in name):
        return None
    return name


@dataclass(frozen=True)
class PickStyle:
    style: AttachmentStyle
    step = Step.STYLE


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


SetupChoice = PickStyle | PickCount | ToggleWindow | Save


def _parse_setup_tap(data: str) -> SetupChoice | None:
    """The setup button behind ``o:...`` callback data, or None if it is not one of ours."""
    match data.split(":"):
        case ["o", "style", value] if value in set(AttachmentStyle):
            return PickStyle(AttachmentStyle(value))
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
        await repo.save_draft(self.session, self.profile.id, draft, self.now)

    def answered(self, question: str, answer: str) -> list[Action]:
        """The question message, edited to show the answer and without its buttons."""
        if self.message_id is None:
            return []
        return [Edit(self.message_id, f"{question}\n\nYour answer: {answer}")]


def _style_keyboard() -> Keyboard:
    styles = list(AttachmentStyle)
    buttons = [Button(s.label, f"o:style:{s.value}") for s in styles]
    return (tuple(buttons[:2]), tuple(buttons[2:]))


def _count_keyboard() -> Keyboard:
    return (tuple(Button(str(n), f"o:count:{n}") for n in (1, 2, 3)),)


def _windows_keyboard(chosen: frozenset[Window]) -> Keyboard:
    return (
        tuple(Button(texts.window_label(w, w in chosen), f"o:win:{w.value}") for w in Window),
        (Button("Save", "o:save"),),
    )


class Conversation:
    def __init__(
        self,
        sessions: Sessions,
        catalog: Catalog,
        planner: Planner,
        places: TimezoneResolver,
        clock: Clock,
        wake_dispatcher: Callable[[], None],
    ) -> None:
        self._sessions = sessions
        self._catalog = catalog
        self._planner = planner
        self._places = places
        self._clock = clock
        self._wake_dispatcher = wake_dispatcher

    # --- commands ------------------------------------------------------------

    async def start(self, sender: Sender) -> Reply:
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await repo.ensure_user(session, sender.user_id, sender.chat_id, now)
            await repo.save_draft(session, profile.id, Draft(step=Step.NAME), now)
        log_event(logger, "onboarding_started", user=profile.id)
        return Reply([Send(texts.WELCOME), Send(texts.ASK_NAME)])

    async def help(self, sender: Sender) -> Reply:
        return Reply([Send(texts.HELP)])

    async def now(self, sender: Sender) -> Reply:
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await self._known(session, sender, now)
            if profile is None or not profile.onboarded:
                return Reply([Send(texts.NOT_SET_UP)])
            if await repo.has_pending(session, profile.id, NudgeSource.NOW):
                return Reply([Send(texts.NOW_ON_ITS_WAY)])
            nudge_id = await repo.add_nudge(session, profile.id, now, NudgeSource.NOW, now)
        log_event(logger, "nudge_requested", user=profile.id, nudge=nudge_id)
        self._wake_dispatcher()  # the nudge itself is the reply
        return Reply()

    async def pause(self, sender: Sender) -> Reply:
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await self._known(session, sender, now)
            if profile is None or not profile.onboarded:
                return Reply([Send(texts.NOT_SET_UP)])
            changed = await repo.set_paused(session, profile.id, True, now)
        if changed:
            log_event(logger, "paused", user=profile.id)
        return Reply([Send(texts.PAUSED if changed else texts.ALREADY_PAUSED)])

    async def resume(self, sender: Sender) -> Reply:
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await self._known(session, sender, now)
            if profile is None or not profile.onboarded:
                return Reply([Send(texts.NOT_SET_UP)])
            if not await repo.set_paused(session, profile.id, False, now):
                return Reply([Send(texts.NOT_PAUSED)])
            profile = replace(profile, paused=False)
            await self._planner.plan_user(session, profile, now)
            first = await repo.next_planned(session, profile.id)
        log_event(logger, "resumed", user=profile.id)
        return Reply([Send(texts.resumed(_local(first, profile)))])

    async def week(self, sender: Sender) -> Reply:
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await self._known(session, sender, now)
            if profile is None or not profile.onboarded or profile.timezone is None:
                return Reply([Send(texts.NOT_SET_UP)])
            zone = ZoneInfo(profile.timezone)
            today = now.astimezone(zone).date()
            monday = week_start(today)
            start = datetime.combine(monday, time(0), tzinfo=zone)
            end = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=zone)
            records = await repo.delivered_since(session, profile.id, start.astimezone(UTC))
            done_at = await repo.done_times(session, profile.id)
        this_week = [r for r in records if r.sent_at is not None and r.sent_at < end]
        states = [r.state for r in this_week]
        done_days = {t.astimezone(zone).date() for t in done_at}
        return Reply(
            [
                Send(
                    texts.week(
                        start,
                        end - timedelta(days=1),
                        sent=sum(1 for s in states if s is not NudgeState.SNOOZED),
                        done=states.count(NudgeState.DONE),
                        skipped=states.count(NudgeState.SKIPPED),
                        current=current_streak(done_days, today),
                        longest=longest_streak(done_days),
                    )
                )
            ]
        )

    # --- free text -----------------------------------------------------------

    async def text(self, sender: Sender, text: str) -> Reply:
        now = self._clock()
        zone = None
        if await self._expects_timezone(sender):
            # Looked up outside the transaction: a cold city index takes a moment to build.
            zone = await asyncio.to_thread(self._places.resolve, text)
        async with self._sessions.begin() as session:
            profile = await self._known(session, sender, now)
            if profile is None:
                return Reply([Send(texts.NOT_SET_UP)])
            draft = await repo.get_draft(session, profile.id)
            if draft is None:
                return Reply([Send(texts.UNKNOWN_TEXT if profile.onboarded else texts.NOT_SET_UP)])
            if draft.step is Step.NAME:
                name = clean_name(text)
                if name is None:
                    return Reply([Send(texts.BAD_NAME)])
                await repo.save_draft(
                    session, profile.id, replace(draft, step=Step.STYLE, partner_name=name), now
                )
                return Reply([Send(texts.ask_style(name), _style_keyboard())])
            if draft.step is Step.TIMEZONE:
                if zone is None:
                    return Reply([Send(texts.bad_timezone(text))])
                await repo.save_draft(
                    session, profile.id, replace(draft, step=Step.COUNT, timezone=zone), now
                )
                local = now.astimezone(ZoneInfo(zone)).strftime("%H:%M")
                return Reply(
                    [
                        Send(f"Time zone: {zone} (it's {local} there now)."),
                        Send(texts.ASK_COUNT, _count_keyboard()),
                    ]
                )
        return Reply([Send(texts.IN_ONBOARDING_TAP)])

    async def _expects_timezone(self, sender: Sender) -> bool:
        async with self._sessions() as session:
            profile = await repo.get_profile(session, sender.user_id)
            draft = await repo.get_draft(session, profile.id) if profile else None
        return draft is not None and draft.step is Step.TIMEZONE

    # --- button taps ---------------------------------------------------------

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        if data.startswith("n:"):
            return await self._answer_nudge(sender, data, message_id)
        if data.startswith("o:"):
            return await self._onboarding_tap(sender, data, message_id)
        return Reply(notice=texts.BAD_BUTTON)

    async def _answer_nudge(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        match = _NUDGE_DATA.match(data)
        if match is None:
            return Reply(notice=texts.BAD_BUTTON)
        nudge_id, outcome = int(match.group(1)), _OUTCOME_CODES[match.group(2)]
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await self._known(session, sender, now)
            if profile is None:
                return Reply(notice=texts.NOT_YOURS)
            today = _local_midnight(now, profile)
            result = await repo.answer(
                session, nudge_id, profile.id, outcome, now, now + SNOOZE, today
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
        body = (
            texts.nudge(prompt.render(profile.partner_name or "your partner"), prompt.why)
            if prompt
            else "Nudge"
        )
        if outcome is Outcome.DONE:
            mark = texts.DONE_MARK
        elif outcome is Outcome.SKIP:
            mark = texts.SKIP_MARK
        else:
            mark = texts.snooze_mark(_local(now + SNOOZE, profile) or now + SNOOZE)
        actions: list[Action] = []
        if message_id is not None:
            actions.append(Edit(message_id, f"{body}\n\n{mark}"))
        return Reply(actions, notice=mark)

    async def _onboarding_tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        choice = _parse_setup_tap(data)
        if choice is None:
            return Reply(notice=texts.BAD_BUTTON)
        now = self._clock()
        async with self._sessions.begin() as session:
            profile = await self._known(session, sender, now)
            draft = await repo.get_draft(session, profile.id) if profile else None
            if profile is None or draft is None or draft.step is not choice.step:
                return Reply(notice=texts.STALE_QUESTION)
            tap = _SetupTap(session, profile, draft, message_id, now)
            match choice:
                case PickStyle(style=style):
                    await tap.save(replace(draft, step=Step.TIMEZONE, style=style))
                    question = texts.ask_style(draft.partner_name or "your partner")
                    ask = Send(texts.ASK_TIMEZONE)
                    return Reply([*tap.answered(question, style.label), ask], notice=style.label)
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
        schedule = Schedule(timezone=draft.timezone, per_day=draft.per_day, windows=draft.windows)
        try:
            validate_schedule(schedule)
        except ScheduleError:
            problem = texts.too_many_for_windows(draft.per_day, capacity(draft.windows))
            return Reply([Send(problem)], notice=problem[:190])
        updated = await repo.finish_onboarding(tap.session, tap.profile.id, draft, tap.now)
        await self._planner.plan_user(tap.session, updated, tap.now)
        first = await repo.next_planned(tap.session, tap.profile.id)
        log_event(logger, "onboarding_finished", user=tap.profile.id, per_day=draft.per_day)
        summary = texts.summary(
            draft.partner_name,
            draft.style,
            draft.timezone,
            draft.per_day,
            draft.windows,
            _local(first, updated),
        )
        answered = tap.answered(texts.ASK_WINDOWS, texts.window_names(draft.windows))
        return Reply([*answered, Send(summary)], notice="Saved")

    # --- helpers -------------------------------------------------------------

    async def _known(self, session: Session, sender: Sender, now: datetime) -> Profile | None:
        """The sender's profile, or None if they never sent /start.

        Anyone who writes to the bot has evidently not blocked it, so an
        inactive user is marked active again.
        """
        profile = await repo.get_profile(session, sender.user_id)
        if profile is not None and not profile.active:
            profile = await repo.ensure_user(session, sender.user_id, sender.chat_id, now)
        return profile


def _local_midnight(now: datetime, profile: Profile) -> datetime:
    """The start of the user's local day (UTC), or of the UTC day if they have no zone."""
    zone = ZoneInfo(profile.timezone) if profile.timezone else UTC
    local = now.astimezone(zone)
    return datetime.combine(local.date(), time(0), tzinfo=zone).astimezone(UTC)


def _local(at: datetime | None, profile: Profile) -> datetime | None:
    if at is None or profile.timezone is None:
        return None
    return at.astimezone(ZoneInfo(profile.timezone))
