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

The questionnaire's structure and scoring are in :mod:`nudger.domain.quiz`; every word,
the items and the result included, is a message in ``nudger/locales/<language>/quiz.ftl``,
rendered here with the user's words (``t``), so ``$partner`` and ``$gender`` reach each one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime

from nudger.bot import onboarding, words
from nudger.bot.base import (
    Action,
    Deps,
    Edit,
    Reply,
    Send,
    Sender,
    profile_reactivating,
    show,
    words_for,
    words_for_sender,
)
from nudger.bot.partners.sharing import overridden_text
from nudger.bot.routes import Command, Routes, Taps
from nudger.domain.button_data import pack, unpack
from nudger.domain.conversation import Draft, Quiz
from nudger.domain.model import Profile
from nudger.domain.quiz import ITEMS, SCALE, Dimension, QuizResult, level, score
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Texts, Words
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.storage import drafts, partners, users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

_NOT_SURE = AttachmentStyle.UNKNOWN

# --- words (messages in quiz.ftl) ------------------------------------------------------

STOP_BUTTON = "quiz-stop-button"
SKIP_BUTTON = "quiz-skip-button"
STOPPED_TEXT = "quiz-stopped"
STOPPED_NOTICE = "quiz-stopped-notice"
SKIPPED_NOTICE = "quiz-skipped-notice"
STALE_ANSWER = "quiz-stale-answer"
NO_QUIZ = "quiz-over"
FINISH_SETUP_FIRST = "quiz-finish-setup-first"
KEEP_BUTTON = "quiz-keep-button"
KEPT_TEXT = "quiz-kept"
TYPED_DURING_QUIZ = "quiz-typed-during"
TYPED_AFTER_QUIZ = "quiz-typed-after"
SWITCHED_NOTICE = "quiz-switched-notice"
KEPT_NOTICE = "quiz-kept-notice"
KEEP_NOT_SURE_BUTTON = "quiz-keep-not-sure-button"
SKIPPED_IN_SETUP = "quiz-skipped-in-setup"
NOT_A_DIAGNOSIS = "quiz-not-a-diagnosis"


def item_text(t: Words, index: int) -> str:
    """The statement at 0-based ``index`` into :data:`ITEMS`, about ``t``'s partner."""
    return t(f"quiz-item-{ITEMS[index].id}")


def intro_text(t: Words) -> str:
    """The message before the first question."""
    return t("quiz-intro", count=len(ITEMS))


def question_text(t: Words, index: int) -> str:
    """The question at 0-based ``index`` into :data:`ITEMS`, shown as "Question n of 12"."""
    if not 0 <= index < len(ITEMS):
        raise IndexError(f"question index {index} out of range 0..{len(ITEMS) - 1}")
    return t("quiz-question", number=index + 1, total=len(ITEMS), statement=item_text(t, index))


def result_text(t: Words, result: QuizResult) -> str:
    """What the result means in plain words, the two scores, and what nudges follow."""
    if result.style is _NOT_SURE:
        raise ValueError(f"a quiz never results in {result.style.value!r}")
    lines = [
        t("quiz-result-intro"),
        "",
        *(
            t(f"quiz-result-{dimension.value}", level=level(mean).value, score=mean)
            for dimension, mean in (
                (Dimension.ANXIETY, result.anxiety),
                (Dimension.AVOIDANCE, result.avoidance),
            )
        ),
        "",
        t(f"quiz-result-{result.style.value}"),
        "",
        t(NOT_A_DIAGNOSIS),
    ]
    return "\n".join(lines)


def onboarding_question(t: Words, result: QuizResult) -> str:
    """In setup: use the quiz's result, or stay with "Not sure"."""
    return t("quiz-onboarding-question", style=words.style_label(t, result.style))


def use_button(t: Words, style: AttachmentStyle) -> str:
    return t("quiz-use-button", style=words.style_label(t, style))


def save_question(t: Words, result: QuizResult, current: AttachmentStyle) -> str | None:
    """Ask whether to switch to the result, or None when it matches ``current``."""
    if result.style is current:
        return None
    return t(
        "quiz-save-question",
        current=words.style_label(t, current),
        style=words.style_label(t, result.style),
    )


def same_style_text(t: Words, current: AttachmentStyle) -> str:
    """When the result matches the stored style, so nothing needs to change."""
    return t("quiz-same-style", style=words.style_label(t, current))


def switch_button(t: Words, style: AttachmentStyle) -> str:
    return t("quiz-switch-button", style=words.style_label(t, style))


def switched_text(t: Words, style: AttachmentStyle) -> str:
    return t("quiz-switched", style=words.style_label(t, style))


def setup_words(texts: Texts, profile: Profile, draft: Draft | None) -> Words:
    """The words of a quiz in setup: the partner is the one named in the draft so far."""
    if draft is None:
        return words_for(texts, profile)
    return texts.words(profile.language, draft.partner_name, draft.partner_gender)


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


def question_keyboard(t: Words, index: int, onboarding: bool) -> Keyboard:
    return (
        tuple(Button(t.number(value), pack(PREFIX, "a", index, value)) for value in SCALE),
        (Button(t(SKIP_BUTTON if onboarding else STOP_BUTTON), _STOP),),
    )


def _choice_keyboard(use_label: str, keep_label: str) -> Keyboard:
    return ((Button(use_label, _USE),), (Button(keep_label, _KEEP),))


# --- use cases -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    """A quiz tap in progress: its transaction, the user, their quiz and setup draft, and
    their words (about the partner named in setup so far, for a setup quiz)."""

    session: Session
    profile: Profile
    quiz: Quiz
    draft: Draft | None
    now: datetime
    t: Words

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
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            if profile is None:
                return Reply([Send(words_for_sender(texts, sender)(words.NOT_SET_UP))])
            t = words_for(texts, profile)
            draft = await drafts.load(session, profile.id)
            current = await drafts.load_quiz(session, profile.id)
            in_setup_quiz = (
                current is not None and current.onboarding and onboarding.asks_style(draft)
            )
            if in_setup_quiz and draft is not None:
                t = setup_words(texts, profile, draft)
                in_setup = True
            elif profile.onboarded:
                in_setup = False
            elif draft is not None:
                return Reply([Send(t(FINISH_SETUP_FIRST))])
            else:
                return Reply([Send(t(words.NOT_SET_UP))])
            await drafts.save_quiz(session, profile.id, Quiz((), in_setup), now)
        log_event(logger, "quiz_started", user=profile.id, onboarding=in_setup)
        return Reply(self._first_question(t, in_setup))

    async def start_in_onboarding(self, sender: Sender, message_id: int | None) -> Reply:
        """Onboarding's "Not sure" on the style question (``message_id``): the quiz starts.

        Its result (or "Not sure", kept) becomes the draft's style and the setup
        goes on to the time zone question.
        """
        now = self._deps.clock()
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
            if profile is None or draft is None or not onboarding.asks_style(draft):
                t = words_for_sender(texts, sender, profile)
                return Reply(notice=t(words.STALE_QUESTION))
            await drafts.save_quiz(session, profile.id, Quiz((), True), now)
        log_event(logger, "quiz_started", user=profile.id, onboarding=True)
        t = setup_words(texts, profile, draft)
        not_sure = words.style_label(t, _NOT_SURE)
        actions: list[Action] = []
        if message_id is not None:
            question = onboarding.ask_style(t)
            actions.append(Edit(message_id, onboarding.answered(t, question, not_sure)))
        return Reply([*actions, *self._first_question(t, True)], notice=not_sure)

    @staticmethod
    def _first_question(t: Words, onboarding: bool) -> list[Action]:
        return [
            Send(intro_text(t)),
            Send(question_text(t, 0), question_keyboard(t, 0, onboarding)),
        ]

    async def typed(self, session: Session, profile: Profile) -> str | None:
        """What to say to free text from a set-up user (no setup draft) with a quiz open.

        None when no quiz of theirs waits for a button (no row, or a setup quiz).
        """
        quiz = await drafts.load_quiz(session, profile.id)
        if quiz is None or quiz.onboarding or not profile.onboarded:
            return None
        t = words_for(self._deps.texts, profile)
        return t(TYPED_DURING_QUIZ if len(quiz.answers) < len(ITEMS) else TYPED_AFTER_QUIZ)

    # --- taps ----------------------------------------------------------------

    async def tap(self, sender: Sender, choice: QuizChoice, message_id: int | None) -> Reply:
        """A quiz button; one under a question that is no longer open is ignored."""
        if isinstance(choice, Start):
            return await self.start(sender)
        now = self._deps.clock()
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            quiz = await drafts.load_quiz(session, profile.id) if profile else None
            if profile is None or quiz is None:
                return Reply(notice=words_for_sender(texts, sender, profile)(NO_QUIZ))
            draft = await drafts.load(session, profile.id)
            t = setup_words(texts, profile, draft) if quiz.onboarding else words_for(texts, profile)
            ctx = _Ctx(session, profile, quiz, draft, now, t)
            if not ctx.usable:
                return Reply(notice=t(words.STALE_QUESTION if quiz.onboarding else NO_QUIZ))
            match choice:
                case Answer(index=index, value=value):
                    return await self._answer(ctx, index, value, message_id)
                case Stop():
                    return await self._stop(ctx, message_id)
                case Choose(use=use):
                    if len(quiz.answers) != len(ITEMS):
                        return Reply(notice=t(STALE_ANSWER))  # before the last answer
                    return await self._choose(ctx, use, message_id)
        raise AssertionError(choice)  # pragma: no cover - Start is handled above

    async def _answer(self, ctx: _Ctx, index: int, value: int, message_id: int | None) -> Reply:
        t = ctx.t
        answers = ctx.quiz.answers
        if index != len(answers) or index >= len(ITEMS):
            return Reply(notice=t(STALE_ANSWER))
        if value not in SCALE:
            return Reply(notice=t(words.BAD_BUTTON))
        answers = (*answers, value)
        await drafts.save_quiz(
            ctx.session, ctx.profile.id, replace(ctx.quiz, answers=answers), ctx.now
        )
        if len(answers) < len(ITEMS):
            nxt = len(answers)
            keyboard = question_keyboard(t, nxt, ctx.quiz.onboarding)
            return Reply([show(message_id, question_text(t, nxt), keyboard)])
        return await self._finish(ctx, answers, message_id)

    async def _finish(self, ctx: _Ctx, answers: tuple[int, ...], message_id: int | None) -> Reply:
        """The last answer: show the result and ask what to do with it."""
        t = ctx.t
        result = score(answers)
        actions = [show(message_id, result_text(t, result))]
        log_event(logger, "quiz_finished", user=ctx.profile.id, onboarding=ctx.quiz.onboarding)
        if ctx.quiz.onboarding:
            keyboard = _choice_keyboard(use_button(t, result.style), t(KEEP_NOT_SURE_BUTTON))
            actions.append(Send(onboarding_question(t, result), keyboard))
            return Reply(actions)
        current = ctx.profile.style or _NOT_SURE
        question = save_question(t, result, current)
        if question is None:
            await drafts.drop_quiz(ctx.session, ctx.profile.id)
            actions.append(Send(same_style_text(t, current)))
            return Reply(actions)
        keyboard = _choice_keyboard(switch_button(t, result.style), t(KEEP_BUTTON))
        actions.append(Send(question, keyboard))
        return Reply(actions)

    async def _stop(self, ctx: _Ctx, message_id: int | None) -> Reply:
        t = ctx.t
        await drafts.drop_quiz(ctx.session, ctx.profile.id)
        log_event(logger, "quiz_stopped", user=ctx.profile.id, onboarding=ctx.quiz.onboarding)
        if not ctx.quiz.onboarding:
            return Reply([show(message_id, t(STOPPED_TEXT))], notice=t(STOPPED_NOTICE))
        actions = await self._continue_setup(ctx, _NOT_SURE)
        return Reply([show(message_id, t(SKIPPED_IN_SETUP)), *actions], notice=t(SKIPPED_NOTICE))

    async def _choose(self, ctx: _Ctx, use: bool, message_id: int | None) -> Reply:
        """``q:use`` / ``q:keep`` on a finished quiz."""
        t = ctx.t
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
            label = words.style_label(t, style)
            shown = onboarding.answered(t, onboarding_question(t, result), label)
            return Reply([show(message_id, shown), *actions], notice=label)
        if not use:
            return Reply([show(message_id, t(KEPT_TEXT))], notice=t(KEPT_NOTICE))
        current = ctx.profile.style or _NOT_SURE
        await partners.lock_link(ctx.session, ctx.profile.id)  # both locks, before any write
        following = await partners.following(ctx.session, ctx.profile.id)
        if result.style is current and not following:  # the same style (set meanwhile?)
            return Reply([show(message_id, same_style_text(t, current))])
        # Style is not a schedule setting: nothing is re-planned; prompts are chosen at send time.
        await users.update_settings(ctx.session, ctx.profile.id, ctx.now, style=result.style)
        # Their own choice now, over a style their linked partner shared.
        shown = switched_text(t, result.style)
        if await partners.stop_following(ctx.session, ctx.profile.id):
            updated = replace(ctx.profile, style=result.style)
            shown += "\n\n" + await overridden_text(ctx.session, self._deps.texts, updated)
        return Reply([show(message_id, shown)], notice=t(SWITCHED_NOTICE))

    async def _continue_setup(self, ctx: _Ctx, style: AttachmentStyle) -> list[Action]:
        """Onboarding: the quiz answered the style question; setup goes on."""
        assert ctx.draft is not None  # checked by _Ctx.usable
        return await onboarding.style_chosen(
            ctx.session, ctx.profile.id, ctx.draft, style, ctx.now, ctx.t
        )
