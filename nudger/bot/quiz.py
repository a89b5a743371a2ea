"""/quiz: a short questionnaire about the partner's behaviour that suggests a style.

The quiz runs in one message: the intro is sent once, then a question message
with the buttons 1..7 (callback ``q:a:<question index>:<answer>``) and a Stop
button (``q:stop``). Each answer edits that message into the next question.
The answers so far live in the user's ``quiz`` row, so a press on a question
that is no longer the open one (an old message, a double tap) is recognised by
its index and ignored with a notice.

After the last answer the message shows the result and, when the result
differs from the stored style, a new message asks whether to switch
(``q:use``) or keep it (``q:keep``). The finished answers stay in the row until
then: ``q:use`` scores the *stored* answers again, never a style from callback
data.

In onboarding ("Not sure" on the style question) the quiz row is marked
``onboarding``; the result (``q:use``) or "Not sure" (``q:keep``, or ``q:stop``
at any point) becomes the draft's style and setup goes on to the time zone.

/quiz (or the ``q:start`` button) while a quiz is under way starts it again
from the first question; an onboarding quiz restarted that way stays an
onboarding quiz.

The items, the scale and the result's wording are the questionnaire's content, in
:mod:`nudger.domain.quiz`; what the bot says around them is below.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime

from nudger.bot import onboarding, words
from nudger.bot.base import Action, Deps, Edit, Reply, Send, Sender, profile_reactivating, show
from nudger.bot.routes import Command, Routes, Taps
from nudger.domain.button_data import pack, unpack
from nudger.domain.conversation import Draft, Quiz
from nudger.domain.languages import Language
from nudger.domain.model import Profile
from nudger.domain.prompts import partner_called
from nudger.domain.quiz import (
    ITEMS,
    SCALE,
    QuizResult,
    intro_text,
    question_text,
    result_text,
    score,
)
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import shared_texts
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.storage import drafts, users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

_NOT_SURE = AttachmentStyle.UNKNOWN

# --- words ---------------------------------------------------------------------------


def _label(style: AttachmentStyle) -> str:
    """The style's name in English (until the quiz's own words are converted)."""
    return words.style_label(shared_texts().words(Language.EN), style)


STOP_BUTTON = "Stop the quiz"
SKIP_BUTTON = "Skip it, keep “Not sure”"
STOPPED_TEXT = "Quiz stopped. Nothing changed; you can take it again any time with /quiz."
STOPPED_NOTICE = "Stopped"
SKIPPED_NOTICE = "Skipped"
STALE_ANSWER = "That question isn't the open one any more."
NO_QUIZ = "That quiz is over. Send /quiz to take it again."
FINISH_SETUP_FIRST = (
    "Let's finish setting up first. On the style question, tap “Not sure” to take the quiz."
)
KEEP_BUTTON = "No, keep it as it is"
KEPT_TEXT = "Okay, nothing changed. Your nudges stay as they were."
TYPED_DURING_QUIZ = (
    "We're in the middle of the quiz: please answer with the buttons 1 to 7 under the "
    f"last question, or tap “{STOP_BUTTON}”."
)
TYPED_AFTER_QUIZ = (
    "The quiz is done. Please use the buttons on my last message to switch your nudges "
    f"or keep them as they are (“{KEEP_BUTTON}”)."
)
SWITCHED_NOTICE = "Switched"
KEPT_NOTICE = "Kept"
KEEP_NOT_SURE_BUTTON = f"Keep “{_label(_NOT_SURE)}”"
SKIPPED_IN_SETUP = f"Quiz skipped. We'll go with “{_label(_NOT_SURE)}” for now."


def onboarding_question(result: QuizResult) -> str:
    """In setup: use the quiz's result, or stay with "Not sure"."""
    return (
        f"Shall I use “{_label(result.style)}” for your nudges, or keep “{_label(_NOT_SURE)}” "
        "(kind ideas that suit anyone)? You can change it later with /quiz or /settings."
    )


def use_button(style: AttachmentStyle) -> str:
    return f"Use {_label(style)}"


def save_question(result: QuizResult, current: AttachmentStyle) -> str | None:
    """Ask whether to switch to the result, or None when it matches ``current``."""
    if result.style is current:
        return None
    return (
        f"Your nudges are set for “{_label(current)}” now. Switch them to "
        f"“{_label(result.style)}”? You can change it again any time with /quiz or /start."
    )


def same_style_text(current: AttachmentStyle) -> str:
    """When the result matches the stored style, so nothing needs to change."""
    return (
        f"That matches what you picked before (“{_label(current)}”), "
        "so your nudges stay as they are."
    )


def switch_button(style: AttachmentStyle) -> str:
    return f"Yes, switch to {_label(style)}"


def switched_text(style: AttachmentStyle, partner: str) -> str:
    return f"Done. Your nudges for {partner} now follow “{_label(style)}”."


# --- buttons ---------------------------------------------------------------------------

PREFIX = "q"
START_DATA = pack(PREFIX, "start")
_STOP = pack(PREFIX, "stop")
_USE = pack(PREFIX, "use")
_KEEP = pack(PREFIX, "keep")
_INDEX = re.compile(r"[0-9]{1,2}")
_VALUE = re.compile(r"[0-9]")


@dataclass(frozen=True)
class Start:
    pass


@dataclass(frozen=True)
class Answer:
    """``q:a:<question index>:<value>``: checked against the open question when tapped."""

    index: int
    value: int


@dataclass(frozen=True)
class Stop:
    pass


@dataclass(frozen=True)
class Choose:
    """``q:use`` / ``q:keep`` under a finished quiz's result."""

    use: bool


QuizChoice = Start | Answer | Stop | Choose


def parse(data: str) -> QuizChoice | None:
    """The quiz button behind ``q:...`` data, or None if it isn't one of ours."""
    match unpack(data, PREFIX):
        case ["start"]:
            return Start()
        case ["a", index, value] if _INDEX.fullmatch(index) and _VALUE.fullmatch(value):
            return Answer(int(index), int(value))
        case ["stop"]:
            return Stop()
        case [("use" | "keep") as kind]:
            return Choose(kind == "use")
    return None


def question_keyboard(index: int, onboarding: bool) -> Keyboard:
    return (
        tuple(Button(str(value), pack(PREFIX, "a", index, value)) for value in SCALE),
        (Button(SKIP_BUTTON if onboarding else STOP_BUTTON, _STOP),),
    )


def _choice_keyboard(use_label: str, keep_label: str) -> Keyboard:
    return ((Button(use_label, _USE),), (Button(keep_label, _KEEP),))


# --- use cases -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    """A quiz tap in progress: its transaction, the user, their quiz and setup draft."""

    session: Session
    profile: Profile
    quiz: Quiz
    draft: Draft | None
    now: datetime

    @property
    def partner(self) -> str:
        if self.quiz.onboarding:
            name = self.draft.partner_name if self.draft else None
        else:
            name = self.profile.partner_name
        return partner_called(name)

    @property
    def usable(self) -> bool:
        """Whether the quiz still belongs to where the user is: setup at the style step,
        or a finished setup."""
        if self.quiz.onboarding:
            return onboarding.asks_style(self.draft)
        return self.profile.onboarded


class QuizFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def routes(self) -> Routes:
        return Routes(
            commands=(Command("quiz", lambda sender, _args: self.start(sender)),),
            taps=Taps(PREFIX, parse, self.tap),
            typed=self.typed,
        )

    # --- starting ------------------------------------------------------------

    async def start(self, sender: Sender) -> Reply:
        """/quiz (and the ``q:start`` button): a fresh quiz, from the first question."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            if profile is None:
                return Reply([Send(words.NOT_SET_UP)])
            draft = await drafts.load(session, profile.id)
            current = await drafts.load_quiz(session, profile.id)
            in_setup_quiz = (
                current is not None and current.onboarding and onboarding.asks_style(draft)
            )
            if in_setup_quiz and draft is not None:
                partner = partner_called(draft.partner_name)
                in_setup = True
            elif profile.onboarded:
                partner = partner_called(profile.partner_name)
                in_setup = False
            elif draft is not None:
                return Reply([Send(FINISH_SETUP_FIRST)])
            else:
                return Reply([Send(words.NOT_SET_UP)])
            await drafts.save_quiz(session, profile.id, Quiz((), in_setup), now)
        log_event(logger, "quiz_started", user=profile.id, onboarding=in_setup)
        return Reply(self._first_question(partner, in_setup))

    async def start_in_onboarding(self, sender: Sender, message_id: int | None) -> Reply:
        """Onboarding's "Not sure" on the style question (``message_id``): the quiz starts.

        Its result (or "Not sure", kept) becomes the draft's style and the setup
        goes on to the time zone question.
        """
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
            if profile is None or draft is None or not onboarding.asks_style(draft):
                return Reply(notice=words.STALE_QUESTION)
            await drafts.save_quiz(session, profile.id, Quiz((), True), now)
        log_event(logger, "quiz_started", user=profile.id, onboarding=True)
        partner = partner_called(draft.partner_name)
        actions: list[Action] = []
        if message_id is not None:
            t = onboarding.setup_words(self._deps.texts, profile, draft)
            question = onboarding.ask_style(t)
            actions.append(Edit(message_id, onboarding.answered(t, question, _label(_NOT_SURE))))
        return Reply([*actions, *self._first_question(partner, True)], notice=_label(_NOT_SURE))

    @staticmethod
    def _first_question(partner: str, onboarding: bool) -> list[Action]:
        return [
            Send(intro_text(partner)),
            Send(question_text(0, partner), question_keyboard(0, onboarding)),
        ]

    @staticmethod
    async def typed(session: Session, profile: Profile) -> str | None:
        """What to say to free text from a set-up user (no setup draft) with a quiz open.

        None when no quiz of theirs waits for a button (no row, or a setup quiz).
        """
        quiz = await drafts.load_quiz(session, profile.id)
        if quiz is None or quiz.onboarding or not profile.onboarded:
            return None
        return TYPED_DURING_QUIZ if len(quiz.answers) < len(ITEMS) else TYPED_AFTER_QUIZ

    # --- taps ----------------------------------------------------------------

    async def tap(self, sender: Sender, choice: QuizChoice, message_id: int | None) -> Reply:
        """A quiz button; one under a question that is no longer open is ignored."""
        if isinstance(choice, Start):
            return await self.start(sender)
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            quiz = await drafts.load_quiz(session, profile.id) if profile else None
            if profile is None or quiz is None:
                return Reply(notice=NO_QUIZ)
            draft = await drafts.load(session, profile.id)
            ctx = _Ctx(session, profile, quiz, draft, now)
            if not ctx.usable:
                return Reply(notice=words.STALE_QUESTION if quiz.onboarding else NO_QUIZ)
            match choice:
                case Answer(index=index, value=value):
                    return await self._answer(ctx, index, value, message_id)
                case Stop():
                    return await self._stop(ctx, message_id)
                case Choose(use=use):
                    if len(quiz.answers) != len(ITEMS):
                        return Reply(notice=STALE_ANSWER)  # before the last answer
                    return await self._choose(ctx, use, message_id)
        raise AssertionError(choice)  # pragma: no cover - Start is handled above

    async def _answer(self, ctx: _Ctx, index: int, value: int, message_id: int | None) -> Reply:
        answers = ctx.quiz.answers
        if index != len(answers) or index >= len(ITEMS):
            return Reply(notice=STALE_ANSWER)
        if value not in SCALE:
            return Reply(notice=words.BAD_BUTTON)
        answers = (*answers, value)
        await drafts.save_quiz(
            ctx.session, ctx.profile.id, replace(ctx.quiz, answers=answers), ctx.now
        )
        partner = ctx.partner
        if len(answers) < len(ITEMS):
            nxt = len(answers)
            keyboard = question_keyboard(nxt, ctx.quiz.onboarding)
            return Reply([show(message_id, question_text(nxt, partner), keyboard)])
        return await self._finish(ctx, answers, message_id)

    async def _finish(self, ctx: _Ctx, answers: tuple[int, ...], message_id: int | None) -> Reply:
        """The last answer: show the result and ask what to do with it."""
        result = score(answers)
        partner = ctx.partner
        shown = result_text(result, partner)
        actions = [show(message_id, shown)]
        log_event(logger, "quiz_finished", user=ctx.profile.id, onboarding=ctx.quiz.onboarding)
        if ctx.quiz.onboarding:
            keyboard = _choice_keyboard(use_button(result.style), KEEP_NOT_SURE_BUTTON)
            actions.append(Send(onboarding_question(result), keyboard))
            return Reply(actions)
        current = ctx.profile.style or _NOT_SURE
        question = save_question(result, current)
        if question is None:
            await drafts.drop_quiz(ctx.session, ctx.profile.id)
            actions.append(Send(same_style_text(current)))
            return Reply(actions)
        keyboard = _choice_keyboard(switch_button(result.style), KEEP_BUTTON)
        actions.append(Send(question, keyboard))
        return Reply(actions)

    async def _stop(self, ctx: _Ctx, message_id: int | None) -> Reply:
        await drafts.drop_quiz(ctx.session, ctx.profile.id)
        log_event(logger, "quiz_stopped", user=ctx.profile.id, onboarding=ctx.quiz.onboarding)
        if not ctx.quiz.onboarding:
            return Reply([show(message_id, STOPPED_TEXT)], notice=STOPPED_NOTICE)
        actions = await self._continue_setup(ctx, _NOT_SURE)
        return Reply([show(message_id, SKIPPED_IN_SETUP), *actions], notice=SKIPPED_NOTICE)

    async def _choose(self, ctx: _Ctx, use: bool, message_id: int | None) -> Reply:
        """``q:use`` / ``q:keep`` on a finished quiz."""
        result = score(ctx.quiz.answers)
        await drafts.drop_quiz(ctx.session, ctx.profile.id)
        log_event(
            logger,
            "quiz_choice",
            user=ctx.profile.id,
            onboarding=ctx.quiz.onboarding,
            choice="use" if use else "keep",
        )
        if ctx.quiz.onboarding:
            style = result.style if use else _NOT_SURE
            actions = await self._continue_setup(ctx, style)
            t = onboarding.setup_words(self._deps.texts, ctx.profile, ctx.draft)
            shown = onboarding.answered(t, onboarding_question(result), _label(style))
            return Reply([show(message_id, shown), *actions], notice=_label(style))
        if not use:
            return Reply([show(message_id, KEPT_TEXT)], notice=KEPT_NOTICE)
        current = ctx.profile.style or _NOT_SURE
        if result.style is current:  # changed to the same style meanwhile (e.g. /settings)
            return Reply([show(message_id, same_style_text(current))])
        # Style is not a schedule setting: nothing is re-planned; prompts are chosen at send time.
        await users.update_settings(ctx.session, ctx.profile.id, ctx.now, style=result.style)
        shown = switched_text(result.style, ctx.partner)
        return Reply([show(message_id, shown)], notice=SWITCHED_NOTICE)

    async def _continue_setup(self, ctx: _Ctx, style: AttachmentStyle) -> list[Action]:
        """Onboarding: the quiz answered the style question; setup goes on."""
        assert ctx.draft is not None  # checked by _Ctx.usable
        t = onboarding.setup_words(self._deps.texts, ctx.profile, ctx.draft)
        return await onboarding.style_chosen(
            ctx.session, ctx.profile.id, ctx.draft, style, ctx.now, t
        )
