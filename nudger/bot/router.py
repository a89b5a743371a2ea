"""The front door: includes every feature and hands each update to the one that declared it.

A feature declares its commands, its button prefix, the typed answers it waits for and
whether it takes a shared location (:class:`nudger.bot.routes.Routes`). The dispatch
tables, the command menu and /help are built here from those declarations; the order of
:attr:`Router.features` is the order of the menu.

Each entry point takes who sent something and what they sent, does its work in one
transaction, and returns what to show (:class:`nudger.bot.base.Reply`). The adapter in
``messaging/inbound.py`` turns that into platform calls.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Any

from nudger.bot import words
from nudger.bot.base import (
    Deps,
    Reply,
    Send,
    Sender,
    Settle,
    profile_reactivating,
    words_for_sender,
)
from nudger.bot.conflict import ConflictFlow
from nudger.bot.help import HelpFlow
from nudger.bot.nudges import NudgeFlow
from nudger.bot.onboarding import OnboardingFlow
from nudger.bot.partners import PartnersFlow
from nudger.bot.pause import PauseFlow
from nudger.bot.privacy import PrivacyFlow
from nudger.bot.quiz import QuizFlow
from nudger.bot.routes import (
    AnswerHandler,
    Command,
    LocationHandler,
    Routes,
    Taps,
    TypedHandler,
)
from nudger.bot.settings.flow import SettingsFlow
from nudger.bot.week import WeekFlow
from nudger.domain.button_data import prefix_of
from nudger.domain.conversation import Step
from nudger.i18n.texts import Words
from nudger.messaging.base import BotIntro
from nudger.storage import drafts, users


class RoutingError(ValueError):
    """Two features declared the same command, prefix or awaited answer."""


class Router:
    """Implements :class:`nudger.bot.base.Inbound` over the features below."""

    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self.quiz = QuizFlow(deps)
        self.partners = PartnersFlow(deps)
        self.onboarding = OnboardingFlow(
            deps, start_quiz=self.quiz.start_in_onboarding, open_invitation=self.partners.open
        )
        self.nudges = NudgeFlow(deps)
        self.week = WeekFlow(deps)
        self.conflict = ConflictFlow(deps)
        self.settings = SettingsFlow(deps)
        self.pauses = PauseFlow(deps)
        self.privacy = PrivacyFlow(deps)
        self.help = HelpFlow(deps, self.menu)
        #: What each feature declares, in the order of the command menu.
        self.routes: tuple[Routes, ...] = tuple(
            feature.routes()
            for feature in (
                self.onboarding,
                self.nudges,
                self.week,
                self.conflict,
                self.quiz,
                self.settings,
                self.pauses,
                self.partners,
                self.privacy,
                self.help,
            )
        )
        self._commands: dict[str, Command] = {}
        self._taps: dict[str, Taps[Any]] = {}
        self._answers: dict[Step, AnswerHandler] = {}
        locations: list[LocationHandler] = []
        self._typed: list[TypedHandler] = []
        for routes in self.routes:
            for command in routes.commands:
                _add(self._commands, command.name, command, "command")
            if routes.taps is not None:
                _add(self._taps, routes.taps.prefix, routes.taps, "button prefix")
            if routes.answers is not None:
                for step in routes.answers.steps:
                    _add(self._answers, step, routes.answers.handle, "awaited answer")
            if routes.location is not None:
                locations.append(routes.location)
            if routes.typed is not None:
                self._typed.append(routes.typed)
        if len(locations) != 1:
            raise RoutingError(f"{len(locations)} features take a shared location; one must")
        self._location = locations[0]

    # --- declarations ----------------------------------------------------------------

    def commands(self) -> list[str]:
        """The commands the bot answers, without the slash."""
        return list(self._commands)

    def menu(self, t: Words) -> list[tuple[str, str]]:
        """Each command and its line in ``t``'s language, for the command menu and /help."""
        return [(command.name, t(command.about)) for command in self._commands.values()]

    def intros(self) -> list[BotIntro]:
        """What the bot shows about itself, in every language: the profile texts and menu."""
        texts = self._deps.texts
        intros = []
        for language in texts.languages:
            t = texts.words(language)
            intros.append(
                BotIntro(
                    language_code=language.telegram_code,
                    commands=tuple(self.menu(t)),
                    description=t("bot-description"),
                    short_description=t("bot-short-description"),
                )
            )
        return intros

    def apology(self, sender: Sender) -> str:
        """ "Something went wrong", in the language their Telegram is set to (no database:
        it is said when the database may be what failed)."""
        return words_for_sender(self._deps.texts, sender)(words.SOMETHING_WRONG)

    def not_yours(self, sender: Sender) -> str:
        """The notice for a tap in someone else's chat (language: their Telegram's)."""
        return words_for_sender(self._deps.texts, sender)(words.NOT_YOURS)

    async def other(self, sender: Sender) -> Reply:
        """An unknown command or a kind of message the bot doesn't read: where to look."""
        async with self._deps.sessions() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
        t = words_for_sender(self._deps.texts, sender, profile)
        return Reply([Send(t(words.UNKNOWN_TEXT))])

    # --- updates ---------------------------------------------------------------------

    async def command(self, sender: Sender, name: str, args: str = "") -> Reply:
        """A command (``name`` without the slash) with the text after it."""
        command = self._commands.get(name)
        if command is None:
            return await self.other(sender)
        return await command.run(sender, args)

    async def text(self, sender: Sender, text: str) -> Reply:
        """Free text: the answer to the user's open question, if one is open."""
        step = await self._awaited_step(sender)
        answer = self._answers.get(step) if step is not None else None
        if answer is not None and step is not None:
            return await answer(sender, text, step)
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None:
                return Reply([Send(t(words.NOT_SET_UP))])
            for typed in self._typed:
                pointer = await typed(session, profile)
                if pointer is not None:
                    return Reply([Send(pointer)])  # e.g. the open /quiz waits for a button
        return Reply([Send(t(words.UNKNOWN_TEXT if profile.onboarded else words.NOT_SET_UP))])

    async def _awaited_step(self, sender: Sender) -> Step | None:
        """Which answer the user's open question waits for, if any (read outside the update's
        transaction: the answer may first look up a place, which can take a moment)."""
        async with self._deps.sessions.unscoped() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
            draft = await drafts.load(session, profile.id) if profile else None
        return draft.step if draft is not None else None

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        """A button tap, routed by the prefix of its data (``n:``, ``o:``, ...)."""
        prefix = prefix_of(data)
        taps = self._taps.get(prefix) if prefix is not None else None
        choice = taps.parse(data) if taps is not None else None
        if taps is None or choice is None:
            async with self._deps.sessions() as session:
                profile = await users.by_telegram_id(session, sender.telegram_id)
            t = words_for_sender(self._deps.texts, sender, profile)
            return Reply(notice=t(words.BAD_BUTTON))
        return await taps.handle(sender, choice, message_id)

    async def location(self, sender: Sender, latitude: float, longitude: float) -> Reply:
        """A shared location: only ever used to find the user's time zone."""
        return await self._location(sender, latitude, longitude)

    def handling(self, update_id: int, sender: int) -> AbstractAsyncContextManager[Settle]:
        """Handle platform update ``update_id`` from ``sender`` as one transaction, which
        records it as handled (:class:`nudger.storage.updates.UpdateSessions`)."""
        return self._deps.sessions.update(update_id, sender)


def _add(table: dict[Any, Any], key: object, value: object, what: str) -> None:
    if key in table:
        raise RoutingError(f"two features declare the {what} {key!r}")
    table[key] = value
