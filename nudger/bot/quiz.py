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
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime

from nudger import texts
from nudger.bot.base import Action, Deps, Edit, Reply, Send, Sender, known_profile, show
from nudger.domain.conversation import Draft, Quiz, Step
from nudger.domain.model import Profile
from nudger.domain.quiz import (
    ITEMS,
    KEEP_BUTTON,
    KEPT_TEXT,
    SCALE,
    QuizResult,
    intro_text,
    question_text,
    result_text,
    same_style_text,
    save_question,
    score,
    switch_button,
    switched_text,
)
from nudger.domain.styles import AttachmentStyle
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.storage import drafts, users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

# --- Wording (the quiz's own; the shared texts live in nudger.texts) ----------------------

STOP_BUTTON = "Stop the quiz"
SKIP_BUTTON = "Skip it, keep “Not sure”"
STOPPED_TEXT = "Quiz stopped. Nothing changed; you can take it again any time with /quiz."
STALE_ANSWER = "That question isn't the open one any more."
NO_QUIZ = "That quiz is over. Send /quiz to take it again."
FINISH_SETUP_FIRST = (
    "Let's finish setting up first. On the style question, tap “Not sure” to take the quiz."
)
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
_NOT_SURE = AttachmentStyle.UNKNOWN


def onboarding_question(result: QuizResult) -> str:
    """In setup: use the quiz's result, or stay with "Not sure"."""
    return (
        f"Shall I use “{result.style.label}” for your nudges, or keep “{_NOT_SURE.label}” "
        "(kind ideas that suit anyone)? You can change it later with /quiz or /settings."
    )


def use_button(style: AttachmentStyle) -> str:
    return f"Use {style.label}"


KEEP_NOT_SURE_BUTTON = f"Keep “{_NOT_SURE.label}”"

SKIPPED_IN_SETUP = f"Quiz skipped. We'll go with “{_NOT_SURE.label}” for now."


def _answered(question: str, answer: str) -> str:
    """A setup question with its answer, as onboarding shows answered questions."""
    return f"{question}\n\nYour answer: {answer}"


# --- Callback data ---------------------------------------------------------------------

_ANSWER = re.compile(r"q:a:([0-9]{1,2}):([0-9])")
START_DATA = "q:start"
_STOP = "q:stop"
_USE = "q:use"
_KEEP = "q:keep"


def question_keyboard(index: int, onboarding: bool) -> Keyboard:
    return (
        tuple(Button(str(value), f"q:a:{index}:{value}") for value in SCALE),
        (Button(SKIP_BUTTON if onboarding else STOP_BUTTON, _STOP),),
    )


def _choice_keyboard(use_label: str, keep_label: str) -> Keyboard:
    return ((Button(use_label, _USE),), (Button(keep_label, _KEEP),))


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
        return name or "your partner"

    @property
    def usable(self) -> bool:
        """Whether the quiz still belongs to where the user is: setup at the style step,
        or a finished setup."""
        if self.quiz.onboarding:
            return self.draft is not None and self.draft.step is Step.STYLE
        return self.profile.onboarded


class QuizFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    # --- starting ------------------------------------------------------------

    async def start(self, sender: Sender) -> Reply:
        """/quiz (and the ``q:start`` button): a fresh quiz, from the first question."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            if profile is None:
                return Reply([Send(texts.NOT_SET_UP)])
            draft = await drafts.load(session, profile.id)
            current = await drafts.load_quiz(session, profile.id)
            in_setup_quiz = (
                current is not None
                and current.onboarding
                and draft is not None
                and draft.step is Step.STYLE
            )
            if in_setup_quiz and draft is not None:
                partner = draft.partner_name or "your partner"
                onboarding = True
            elif profile.onboarded:
                partner = profile.partner_name or "your partner"
                onboarding = False
            elif draft is not None:
                return Reply([Send(FINISH_SETUP_FIRST)])
            else:
                return Reply([Send(texts.NOT_SET_UP)])
            await drafts.save_quiz(session, profile.id, Quiz((), onboarding), now)
        log_event(logger, "quiz_started", user=profile.id, onboarding=onboarding)
        return Reply(self._first_question(partner, onboarding))

    async def start_in_onboarding(self, sender: Sender, message_id: int | None) -> Reply:
        """Onboarding's "Not sure" on the style question (``message_id``): the quiz starts.

        Its result (or "Not sure", kept) becomes the draft's style and the setup
        goes on to the time zone question.
        """
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
            if profile is None or draft is None or draft.step is not Step.STYLE:
                return Reply(notice=texts.STALE_QUESTION)
            await drafts.save_quiz(session, profile.id, Quiz((), True), now)
        log_event(logger, "quiz_started", user=profile.id, onboarding=True)
        partner = draft.partner_name or "your partner"
        actions: list[Action] = []
        if message_id is not None:
            question = texts.ask_style(partner)
            actions.append(Edit(message_id, _answered(question, _NOT_SURE.label)))
        return Reply([*actions, *self._first_question(partner, True)], notice=_NOT_SURE.label)

    @staticmethod
    def _first_question(partner: str, onboarding: bool) -> list[Action]:
        return [
            Send(intro_text(partner)),
            Send(question_text(0, partner), question_keyboard(0, onboarding)),
        ]

    @staticmethod
    def typed(profile: Profile, quiz: Quiz | None) -> str | None:
        """What to say to free text from a set-up user (no setup draft) with ``quiz`` open.

        None when no quiz of theirs waits for a button (no row, or a setup quiz).
        """
        if quiz is None or quiz.onboarding or not profile.onboarded:
            return None
        return TYPED_DURING_QUIZ if len(quiz.answers) < len(ITEMS) else TYPED_AFTER_QUIZ

    # --- taps ----------------------------------------------------------------

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        """A button with ``q:`` callback data."""
        if data == START_DATA:
            return await self.start(sender)
        answer = _ANSWER.fullmatch(data)
        if answer is None and data not in (_STOP, _USE, _KEEP):
            return Reply(notice=texts.BAD_BUTTON)
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            quiz = await drafts.load_quiz(session, profile.id) if profile else None
            if profile is None or quiz is None:
                return Reply(notice=NO_QUIZ)
            draft = await drafts.load(session, profile.id)
            ctx = _Ctx(session, profile, quiz, draft, now)
            if not ctx.usable:
                return Reply(notice=texts.STALE_QUESTION if quiz.onboarding else NO_QUIZ)
            if answer is not None:
                return await self._answer(ctx, int(answer[1]), int(answer[2]), message_id)
            if data == _STOP:
                return await self._stop(ctx, message_id)
            if len(quiz.answers) != len(ITEMS):
                return Reply(notice=STALE_ANSWER)  # q:use / q:keep before the last answer
            return await self._choose(ctx, data == _USE, message_id)

    async def _answer(self, ctx: _Ctx, index: int, value: int, message_id: int | None) -> Reply:
        answers = ctx.quiz.answers
        if index != len(answers) or index >= len(ITEMS):
            return Reply(notice=STALE_ANSWER)
        if value not in SCALE:
            return Reply(notice=texts.BAD_BUTTON)
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
            return Reply([show(message_id, STOPPED_TEXT)], notice="Stopped")
        actions = await self._continue_setup(ctx, _NOT_SURE)
        return Reply([show(message_id, SKIPPED_IN_SETUP), *actions], notice="Skipped")

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
            shown = _answered(onboarding_question(result), style.label)
            return Reply([show(message_id, shown), *actions], notice=style.label)
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
        """Onboarding: the quiz answered the style question; on to the time zone."""
        assert ctx.draft is not None  # checked by _Ctx.usable
        draft = replace(ctx.draft, step=Step.TIMEZONE, style=style)
        await drafts.save(ctx.session, ctx.profile.id, draft, ctx.now)
        return [Send(texts.ASK_TIMEZONE)]
