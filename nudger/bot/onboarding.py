"""/start and the setup questions: partner's name, style, time zone, nudges a day, times of day.

The answers so far are a :class:`Draft` in the onboarding row; its ``step`` says which
question is open. Name and time zone are typed; style, count and times of day are buttons
with ``o:`` data (``o:style:<style>``, ``o:tz:<zone>`` from a shared location,
``o:count:<n>``, ``o:win:<window>``, ``o:save``). Save checks that the count fits the
times of day, stores the profile and plans the first nudges.

Only this module writes the setup steps and the ``o:`` data. The quiz ("Not sure" on the
style question) answers the style through :func:`style_chosen`; /settings offers a shared
location's zone through :func:`zone_data`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, time

from nudger.bot import words
from nudger.bot.base import (
    Action,
    Deps,
    Edit,
    Reply,
    Send,
    Sender,
    clean_name,
    profile_reactivating,
    to_local,
)
from nudger.bot.keyboards import count_keyboard, style_keyboard, windows_keyboard
from nudger.bot.routes import Answers, Command, Routes, Taps
from nudger.domain.button_data import pack, unpack
from nudger.domain.calendar import day_and_time
from nudger.domain.conversation import Draft, Step
from nudger.domain.model import Profile
from nudger.domain.planning import Schedule, ScheduleError, Window, capacity_of, validate_schedule
from nudger.domain.prompts import partner_called
from nudger.domain.styles import AttachmentStyle
from nudger.logs import log_event
from nudger.messaging.base import Keyboard
from nudger.services.places import known_zone
from nudger.storage import drafts, nudges, users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

# --- words ---------------------------------------------------------------------------

WELCOME = (
    "Hi! I'm nudger. I'll remind you to do small, specific things that help your partner "
    "feel loved and secure. Research on attachment shows that small, consistent actions "
    "like these ease a partner's worries over time.\n\n"
    "What I store, and why:\n"
    "• your partner's first name or nickname and the style you pick, to choose and word "
    "your nudges\n"
    "• your time zone, nudge times, quiet hours and review day, to send them at good moments\n"
    "• which nudges you got, what you ticked off, when you paused and when you used "
    "/conflict, to show you your week\n"
    "• quiz answers, only while a quiz is under way\n\n"
    "I don't keep your messages or your location (a shared location only finds your time "
    "zone). Nothing is shared with anyone. Send /export for a copy of it all, or /delete "
    "to erase it.\n\n"
    "A few quick questions, and we're done."
)
ASK_NAME = "What's your partner's first name or nickname?"
ASK_COUNT = "How many nudges a day would you like?"
ASK_WINDOWS = "When should they come? Tap one or more, then Save."
IN_ONBOARDING_TAP = "Please use the buttons on the last question."
SAVED_NOTICE = "Saved"


def ask_style(name: str) -> str:
    lines = [f"Which sounds most like {name}?", ""]
    for style in AttachmentStyle:
        lines.append(f"{style.label}: {style.description}.")
    lines += [
        "",
        "This only decides which ideas you get. It's not a diagnosis, and you can change it "
        "any time in /settings.",
    ]
    return "\n".join(lines)


def answered(question: str, answer: str) -> str:
    """A setup question with its answer, as it stays in the chat once answered."""
    return f"{question}\n\nYour answer: {answer}"


def zone_set(zone: str, now: datetime) -> str:
    return f"Time zone: {words.zone_text(zone, now)}."


def too_many_for_windows(per_day: int, fits: int) -> str:
    return (
        f"{per_day} nudges a day need more room: they come at least 2 hours apart, and "
        f"these times fit {fits}. Pick another time of day too, or send /start to choose fewer."
    )


def summary(
    name: str,
    style: AttachmentStyle,
    timezone: str,
    per_day: int,
    windows: Iterable[Window],
    first: datetime | None,
    review: str,
    quiet: str,
) -> str:
    lines = [
        "All set. Here's your plan:",
        f"• Partner: {name}",
        f"• Style: {style.label}",
        f"• Time zone: {timezone}",
        f"• {words.count_text(per_day)}, {words.window_names(windows).lower()}",
        f"• Your week in review: {review}",
        f"• Quiet hours: {quiet}, when I send nothing",
        "",
    ]
    if first is not None:
        lines.append(f"Your first nudge comes {day_and_time(first)} (your time).")
    lines.append(
        f"Each one is a small thing to do for {name}, with Done, Skip and Snooze buttons. "
        "Send /now if you'd like one right away, /settings to change any of this, "
        "or /help for everything else."
    )
    return "\n".join(lines)


# --- buttons ---------------------------------------------------------------------------

PREFIX = "o"


@dataclass(frozen=True)
class PickStyle:
    style: AttachmentStyle
    step = Step.STYLE


@dataclass(frozen=True)
class PickZone:
    """A time zone confirmed from a shared location (offered by /settings' location)."""

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


def parse(data: str) -> SetupChoice | None:
    """The setup button behind ``o:...`` data, or None if it is not one of ours."""
    match unpack(data, PREFIX):
        case ["style", value] if value in set(AttachmentStyle):
            return PickStyle(AttachmentStyle(value))
        case ["tz", value] if known_zone(value):
            return PickZone(value)
        case ["count", ("1" | "2" | "3") as value]:
            return PickCount(int(value))
        case ["win", value] if value in set(Window):
            return ToggleWindow(Window(value))
        case ["save"]:
            return Save()
    return None


def zone_data(zone: str) -> str:
    """The data of a button that answers the time zone question with ``zone``."""
    return pack(PREFIX, "tz", zone)


def _style_keyboard() -> Keyboard:
    return style_keyboard(lambda style: pack(PREFIX, "style", style.value))


def _count_keyboard() -> Keyboard:
    return count_keyboard(lambda n: pack(PREFIX, "count", n))


def _windows_keyboard(chosen: frozenset[Window]) -> Keyboard:
    return windows_keyboard(chosen, lambda w: pack(PREFIX, "win", w.value), pack(PREFIX, "save"))


# --- what other features may ask -------------------------------------------------------


def asks_style(draft: Draft | None) -> bool:
    """Whether setup is at the style question (where the quiz may answer it)."""
    return draft is not None and draft.step is Step.STYLE


def asks_zone(draft: Draft | None) -> bool:
    """Whether setup is at the time zone question (where a shared location may answer it)."""
    return draft is not None and draft.step is Step.TIMEZONE


async def style_chosen(
    session: Session, user_id: int, draft: Draft, style: AttachmentStyle, now: datetime
) -> list[Action]:
    """The style question is answered: on to the time zone; what to send next."""
    await drafts.save(session, user_id, replace(draft, step=Step.TIMEZONE, style=style), now)
    return [Send(words.ASK_TIMEZONE)]


# --- use cases -------------------------------------------------------------------------

#: The quiz, started from "Not sure" on the style question (tapped on message ``int``).
StartQuiz = Callable[[Sender, int | None], Awaitable[Reply]]


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
        return [Edit(self.message_id, answered(question, answer))]


class OnboardingFlow:
    def __init__(self, deps: Deps, start_quiz: StartQuiz) -> None:
        self._deps = deps
        self._start_quiz = start_quiz

    def routes(self) -> Routes:
        return Routes(
            commands=(Command("start", lambda sender, _args: self.start(sender)),),
            taps=Taps(PREFIX, parse, self.tap),
            answers=Answers(
                frozenset({Step.NAME, Step.STYLE, Step.TIMEZONE, Step.COUNT, Step.WINDOWS}),
                self.answer,
            ),
        )

    async def start(self, sender: Sender) -> Reply:
        """/start: a fresh setup, from the first question (also after /delete)."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await users.ensure(session, sender.telegram_id, sender.chat_id, now)
            await drafts.save(session, profile.id, Draft(step=Step.NAME), now)
        log_event(logger, "onboarding_started", user=profile.id)
        return Reply([Send(WELCOME), Send(ASK_NAME)])

    async def answer(self, sender: Sender, text: str, step: Step) -> Reply:
        """Typed text while a setup question is open: a name, a time zone, or a nudge to tap."""
        now = self._deps.clock()
        zone = None
        if step is Step.TIMEZONE:
            # Looked up outside the transaction: a cold city index takes a moment to build.
            zone = await asyncio.to_thread(self._deps.places.resolve, text)
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
            if profile is None or draft is None:  # the question went meanwhile
                onboarded = profile is not None and profile.onboarded
                return Reply([Send(words.UNKNOWN_TEXT if onboarded else words.NOT_SET_UP)])
            if draft.step is Step.NAME:
                name = clean_name(text)
                if name is None:
                    return Reply([Send(words.BAD_NAME)])
                await drafts.save(
                    session, profile.id, replace(draft, step=Step.STYLE, partner_name=name), now
                )
                return Reply([Send(ask_style(name), _style_keyboard())])
            if draft.step is Step.TIMEZONE:
                if zone is None:
                    return Reply([Send(words.bad_timezone(text))])
                await drafts.save(
                    session, profile.id, replace(draft, step=Step.COUNT, timezone=zone), now
                )
                return Reply([Send(zone_set(zone, now)), Send(ASK_COUNT, _count_keyboard())])
        return Reply([Send(IN_ONBOARDING_TAP)])

    async def tap(self, sender: Sender, choice: SetupChoice, message_id: int | None) -> Reply:
        """A setup button; one for a question no longer open is refused."""
        if isinstance(choice, PickStyle) and choice.style is AttachmentStyle.UNKNOWN:
            # "Not sure" leads to the quiz; its result (or "Not sure" kept) continues the setup.
            return await self._start_quiz(sender, message_id)
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
            if profile is None or draft is None or draft.step is not choice.step:
                return Reply(notice=words.STALE_QUESTION)
            tap = _SetupTap(session, profile, draft, message_id, now)
            match choice:
                case PickStyle(style=style):
                    ask = await style_chosen(session, profile.id, draft, style, now)
                    question = ask_style(partner_called(draft.partner_name))
                    return Reply([*tap.answered(question, style.label), *ask], notice=style.label)
                case PickZone(zone=zone):
                    # Confirmed from a shared location: the same next step as a typed zone.
                    await tap.save(replace(draft, step=Step.COUNT, timezone=zone))
                    confirmed = (
                        [] if message_id is None else [Edit(message_id, zone_set(zone, now))]
                    )
                    ask_count = Send(ASK_COUNT, _count_keyboard())
                    return Reply([*confirmed, ask_count], notice=zone)
                case PickCount(per_day=per_day):
                    await tap.save(replace(draft, step=Step.WINDOWS, per_day=per_day))
                    ask_windows = Send(ASK_WINDOWS, _windows_keyboard(frozenset()))
                    answer = str(per_day)
                    return Reply([*tap.answered(ASK_COUNT, answer), ask_windows], notice=answer)
                case ToggleWindow(window=window):
                    chosen = draft.windows ^ {window}
                    await tap.save(replace(draft, windows=chosen))
                    keyboard = _windows_keyboard(chosen)
                    edits: list[Action] = (
                        [] if message_id is None else [Edit(message_id, ASK_WINDOWS, keyboard)]
                    )
                    return Reply(edits, notice=window.label)
                case Save():
                    return await self._save(tap)
        raise AssertionError(choice)  # pragma: no cover - the match is exhaustive

    async def _save(self, tap: _SetupTap) -> Reply:
        draft = tap.draft
        if not draft.windows:
            return Reply(notice=words.NEED_WINDOW)
        if (
            draft.partner_name is None
            or draft.style is None
            or draft.timezone is None
            or draft.per_day is None
        ):
            return Reply(notice=words.STALE_QUESTION)
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
            problem = too_many_for_windows(draft.per_day, capacity_of(schedule))
            return Reply([Send(problem)], notice=problem)
        updated = await users.finish_onboarding(tap.session, tap.profile.id, draft, tap.now)
        await self._deps.planner.plan_user(tap.session, updated, tap.now)
        first = await nudges.next_planned(tap.session, tap.profile.id)
        log_event(logger, "onboarding_finished", user=tap.profile.id, per_day=draft.per_day)
        plan = summary(
            draft.partner_name,
            draft.style,
            draft.timezone,
            draft.per_day,
            draft.windows,
            to_local(first, updated),
            review=words.review_text(updated.review_day, updated.review_hour),
            quiet=words.quiet_text(updated.quiet_start, updated.quiet_end),
        )
        shown = tap.answered(ASK_WINDOWS, words.window_names(draft.windows))
        return Reply([*shown, Send(plan)], notice=SAVED_NOTICE)
