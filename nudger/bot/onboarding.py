"""/start and the setup questions: partner's name, how to refer to them (in a gendered
language), style, time zone, nudges a day, times of day.

The answers so far are a :class:`Draft` in the onboarding row; its ``step`` says which
question is open. Name and time zone are typed; the rest are buttons with ``o:`` data
(``o:gender:<she|he|name>``, ``o:style:<style>``, ``o:tz:<zone>`` from a shared location,
``o:count:<n>``, ``o:win:<window>``, ``o:save``). A new user's language comes from their
Telegram's ``language_code`` at /start; the gender question is asked only when that
language's sentences about the partner depend on it (:attr:`Language.gendered`). Save
checks that the count fits the times of day, stores the profile and plans the first nudges.

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
    words_for,
    words_for_sender,
)
from nudger.bot.keyboards import (
    count_keyboard,
    gender_keyboard,
    gender_label,
    style_keyboard,
    windows_keyboard,
)
from nudger.bot.partners.sharing import overridden_text
from nudger.bot.routes import Answers, Command, Routes, Taps
from nudger.domain import languages
from nudger.domain.button_data import pack, unpack
from nudger.domain.conversation import Draft, Step
from nudger.domain.languages import PartnerGender
from nudger.domain.model import Profile
from nudger.domain.partners import token_of
from nudger.domain.planning import Schedule, ScheduleError, Window, capacity_of, validate_schedule
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Texts, Words
from nudger.logs import log_event
from nudger.messaging.base import Keyboard
from nudger.services.places import known_zone
from nudger.storage import drafts, nudges, partners, users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

# --- words (nudger/locales/<language>/onboarding.ftl) ----------------------------------

WELCOME = "onboarding-welcome"
ASK_NAME = "onboarding-ask-name"
ASK_GENDER = "onboarding-ask-gender"
ASK_COUNT = "onboarding-ask-count"
ASK_WINDOWS = "onboarding-ask-windows"
IN_ONBOARDING_TAP = "onboarding-in-setup-tap"
SAVED_NOTICE = "onboarding-saved-notice"


def setup_words(texts: Texts, profile: Profile, draft: Draft | None) -> Words:
    """The words of a setup in progress: the user's language, the partner as the draft
    names them (a redone setup has not saved its answers yet)."""
    if draft is None:
        return words_for(texts, profile)
    return texts.words(profile.language, draft.partner_name, draft.partner_gender)


def ask_style(t: Words, offered: Offered | None = None) -> str:
    """The style question about ``t``'s partner, one line per style; with ``offered``, the
    style a linked partner shared about themselves, and whose it is."""
    lines = [t("onboarding-ask-style"), "", *words.style_lines(t), ""]
    if offered is not None:
        name, style = offered
        lines += [
            t("onboarding-partner-shared-style", name=name, style=words.style_label(t, style))
        ]
        lines += [""]
    return "\n".join([*lines, t("onboarding-ask-style-footer")])


#: A style a linked partner shared about themselves: (the name the user knows them by, it).
Offered = tuple[str, AttachmentStyle]


async def offered_style(session: Session, user_id: int) -> Offered | None:
    """The style the user's linked partner shares with them, to offer in setup."""
    shared = (await partners.shared_with(session, [user_id])).get(user_id)
    if shared is None or shared.partner_style is None:
        return None
    side = await partners.side_of(session, user_id)
    return (side.partner_name, shared.partner_style) if side else None


def answered(t: Words, question: str, answer: str) -> str:
    """A setup question with its answer, as it stays in the chat once answered."""
    return t("onboarding-answered", question=question, answer=answer)


def zone_set(t: Words, zone: str, now: datetime) -> str:
    return t("onboarding-zone-set", zone_now=words.zone_text(t, zone, now))


def too_many_for_windows(t: Words, per_day: int, fits: int) -> str:
    return t("onboarding-too-many", count=per_day, fits=fits)


def summary(
    t: Words,
    style: AttachmentStyle,
    timezone: str,
    per_day: int,
    windows: Iterable[Window],
    first: datetime | None,
    review: str,
    quiet: str,
) -> str:
    """The plan after Save (``t`` names the partner)."""
    plan = t(
        "onboarding-summary",
        style=words.style_label(t, style),
        zone=timezone,
        nudges=words.count_text(t, per_day),
        windows=words.windows_in_sentence(t, windows),
        review=review,
        quiet=quiet,
    )
    lines = [plan, ""]
    if first is not None:
        lines.append(t("onboarding-summary-first", moment=t.moment(first)))
    lines.append(t("onboarding-summary-end"))
    return "\n".join(lines)


# --- buttons ---------------------------------------------------------------------------

PREFIX = "o"


@dataclass(frozen=True)
class PickGender:
    gender: PartnerGender
    step = Step.GENDER


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


SetupChoice = PickGender | PickStyle | PickZone | PickCount | ToggleWindow | Save


def parse(data: str) -> SetupChoice | None:
    """The setup button behind ``o:...`` data, or None if it is not one of ours."""
    match unpack(data, PREFIX):
        case ["gender", value] if value in set(PartnerGender):
            return PickGender(PartnerGender(value))
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


def _gender_keyboard(t: Words) -> Keyboard:
    return gender_keyboard(t, lambda gender: pack(PREFIX, "gender", gender.value))


def _style_keyboard(t: Words) -> Keyboard:
    return style_keyboard(t, lambda style: pack(PREFIX, "style", style.value))


def _count_keyboard(t: Words) -> Keyboard:
    return count_keyboard(t, lambda n: pack(PREFIX, "count", n))


def _windows_keyboard(t: Words, chosen: frozenset[Window]) -> Keyboard:
    return windows_keyboard(t, chosen, lambda w: pack(PREFIX, "win", w.value), pack(PREFIX, "save"))


# --- what other features may ask -------------------------------------------------------


def asks_style(draft: Draft | None) -> bool:
    """Whether setup is at the style question (where the quiz may answer it)."""
    return draft is not None and draft.step is Step.STYLE


def asks_zone(draft: Draft | None) -> bool:
    """Whether setup is at the time zone question (where a shared location may answer it)."""
    return draft is not None and draft.step is Step.TIMEZONE


async def style_chosen(
    session: Session, user_id: int, draft: Draft, style: AttachmentStyle, now: datetime, t: Words
) -> list[Action]:
    """The style question is answered: on to the time zone; what to send next (in ``t``)."""
    await drafts.save(session, user_id, replace(draft, step=Step.TIMEZONE, style=style), now)
    return [Send(t(words.ASK_TIMEZONE))]


# --- use cases -------------------------------------------------------------------------

#: The quiz, started from "Not sure" on the style question (tapped on message ``int``).
StartQuiz = Callable[[Sender, int | None], Awaitable[Reply]]
#: Shows the invitation behind a link's token (``/start link_<token>``).
OpenInvitation = Callable[[Sender, str], Awaitable[Reply]]


@dataclass(frozen=True)
class _SetupTap:
    """A setup button tap in progress: its transaction, the user, their draft and words."""

    session: Session
    profile: Profile
    draft: Draft
    message_id: int | None
    now: datetime
    t: Words

    async def save(self, draft: Draft) -> None:
        await drafts.save(self.session, self.profile.id, draft, self.now)

    def answered(self, question: str, answer: str) -> list[Action]:
        """The question message, edited to show the answer and without its buttons."""
        if self.message_id is None:
            return []
        return [Edit(self.message_id, answered(self.t, question, answer))]


class OnboardingFlow:
    def __init__(self, deps: Deps, start_quiz: StartQuiz, open_invitation: OpenInvitation) -> None:
        self._deps = deps
        self._start_quiz = start_quiz
        self._open_invitation = open_invitation

    def routes(self) -> Routes:
        return Routes(
            commands=(Command("start", self.start_command),),
            taps=Taps(PREFIX, parse, self.tap),
            answers=Answers(
                frozenset(
                    {Step.NAME, Step.GENDER, Step.STYLE, Step.TIMEZONE, Step.COUNT, Step.WINDOWS}
                ),
                self.answer,
            ),
        )

    async def start_command(self, sender: Sender, args: str) -> Reply:
        """/start, or ``/start link_<token>`` from an invitation link (nothing is set up or
        stored for that: the invitation is shown)."""
        token = token_of(args)
        if token is not None:
            return await self._open_invitation(sender, token)
        return await self.start(sender)

    async def start(self, sender: Sender) -> Reply:
        """/start: a fresh setup, from the first question (also after /delete).

        A new user speaks the language their Telegram is set to; a known one keeps theirs.
        """
        now = self._deps.clock()
        language = languages.from_telegram(sender.language_code)
        async with self._deps.sessions.begin() as session:
            profile = await users.ensure(
                session, sender.telegram_id, sender.chat_id, now, language=language
            )
            await drafts.save(session, profile.id, Draft(step=Step.NAME), now)
        log_event(logger, "onboarding_started", user=profile.id)
        t = setup_words(self._deps.texts, profile, Draft(step=Step.NAME))
        return Reply([Send(t(WELCOME)), Send(t(ASK_NAME))])

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
                t = words_for_sender(self._deps.texts, sender, profile)
                onboarded = profile is not None and profile.onboarded
                return Reply([Send(t(words.UNKNOWN_TEXT if onboarded else words.NOT_SET_UP))])
            t = setup_words(self._deps.texts, profile, draft)
            if draft.step is Step.NAME:
                name = clean_name(text)
                if name is None:
                    return Reply([Send(t(words.BAD_NAME))])
                named = replace(draft, partner_name=name, partner_gender=None)
                t = setup_words(self._deps.texts, profile, named)
                if profile.language.gendered:
                    await drafts.save(session, profile.id, replace(named, step=Step.GENDER), now)
                    return Reply([Send(t(ASK_GENDER), _gender_keyboard(t))])
                await drafts.save(session, profile.id, replace(named, step=Step.STYLE), now)
                offered = await offered_style(session, profile.id)
                return Reply([Send(ask_style(t, offered), _style_keyboard(t))])
            if draft.step is Step.TIMEZONE:
                if zone is None:
                    return Reply([Send(words.bad_timezone(t, text))])
                await drafts.save(
                    session, profile.id, replace(draft, step=Step.COUNT, timezone=zone), now
                )
                ask_count = Send(t(ASK_COUNT), _count_keyboard(t))
                return Reply([Send(zone_set(t, zone, now)), ask_count])
        return Reply([Send(t(IN_ONBOARDING_TAP))])

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
                t = words_for_sender(self._deps.texts, sender, profile)
                return Reply(notice=t(words.STALE_QUESTION))
            t = setup_words(self._deps.texts, profile, draft)
            tap = _SetupTap(session, profile, draft, message_id, now, t)
            match choice:
                case PickGender(gender=gender):
                    chosen = replace(draft, step=Step.STYLE, partner_gender=gender)
                    await tap.save(chosen)
                    label = gender_label(t, gender)
                    after = setup_words(self._deps.texts, profile, chosen)
                    offered = await offered_style(session, profile.id)
                    ask = Send(ask_style(after, offered), _style_keyboard(after))
                    return Reply([*tap.answered(t(ASK_GENDER), label), ask], notice=label)
                case PickStyle(style=style):
                    ask_zone = await style_chosen(session, profile.id, draft, style, now, t)
                    label = words.style_label(t, style)
                    return Reply([*tap.answered(ask_style(t), label), *ask_zone], notice=label)
                case PickZone(zone=zone):
                    # Confirmed from a shared location: the same next step as a typed zone.
                    await tap.save(replace(draft, step=Step.COUNT, timezone=zone))
                    confirmed = (
                        [] if message_id is None else [Edit(message_id, zone_set(t, zone, now))]
                    )
                    ask_count = Send(t(ASK_COUNT), _count_keyboard(t))
                    return Reply([*confirmed, ask_count], notice=zone)
                case PickCount(per_day=per_day):
                    await tap.save(replace(draft, step=Step.WINDOWS, per_day=per_day))
                    ask_windows = Send(t(ASK_WINDOWS), _windows_keyboard(t, frozenset()))
                    answer = t.number(per_day)
                    return Reply([*tap.answered(t(ASK_COUNT), answer), ask_windows], notice=answer)
                case ToggleWindow(window=window):
                    chosen_windows = draft.windows ^ {window}
                    await tap.save(replace(draft, windows=chosen_windows))
                    keyboard = _windows_keyboard(t, chosen_windows)
                    edits: list[Action] = (
                        [] if message_id is None else [Edit(message_id, t(ASK_WINDOWS), keyboard)]
                    )
                    return Reply(edits, notice=words.window_label(t, window))
                case Save():
                    return await self._save(tap)
        raise AssertionError(choice)  # pragma: no cover - the match is exhaustive

    async def _save(self, tap: _SetupTap) -> Reply:
        draft, t = tap.draft, tap.t
        if not draft.windows:
            return Reply(notice=t(words.NEED_WINDOW))
        if (
            draft.partner_name is None
            or draft.style is None
            or draft.timezone is None
            or draft.per_day is None
        ):
            return Reply(notice=t(words.STALE_QUESTION))
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
            problem = too_many_for_windows(t, draft.per_day, capacity_of(schedule))
            # Said in the chat, where it fits (a tap's notice holds 200 characters): the
            # tap itself is only acknowledged.
            return Reply([Send(problem)])
        await partners.lock_link(tap.session, tap.profile.id)  # both locks, before any write
        offered = await offered_style(tap.session, tap.profile.id)
        # A style of their own, not the one their partner shared: their nudges use it.
        # ("Not sure" is no choice of style: the partner's shared one stays in use.)
        overrode = (
            offered is not None
            and offered[1] is not draft.style
            and draft.style is not AttachmentStyle.UNKNOWN
            and await partners.stop_following(tap.session, tap.profile.id)
        )
        updated = await users.finish_onboarding(tap.session, tap.profile.id, draft, tap.now)
        await self._deps.planner.plan_user(tap.session, updated, tap.now)
        first = await nudges.next_planned(tap.session, tap.profile.id)
        log_event(logger, "onboarding_finished", user=tap.profile.id, per_day=draft.per_day)
        plan = summary(
            t,
            draft.style,
            draft.timezone,
            draft.per_day,
            draft.windows,
            to_local(first, updated),
            review=words.review_text(t, updated.review_day, updated.review_hour),
            quiet=words.quiet_text(t, updated.quiet_start, updated.quiet_end),
        )
        if overrode:
            plan += "\n\n" + await overridden_text(tap.session, self._deps.texts, updated)
        shown = tap.answered(t(ASK_WINDOWS), words.window_names(t, draft.windows))
        return Reply([*shown, Send(plan)], notice=t(SAVED_NOTICE))
