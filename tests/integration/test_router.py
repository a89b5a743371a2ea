"""The router is built from what the features declare: every command routed, in the menu and in
/help; every button prefix and every awaited answer owned by exactly one feature."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from nudger.app import load_catalog
from nudger.bot import words
from nudger.bot.base import Deps, Reply, Send, Sender
from nudger.bot.help import help_text
from nudger.bot.pause import PauseFlow
from nudger.bot.router import Router, RoutingError
from nudger.bot.routes import Routes
from nudger.domain.conversation import Step
from nudger.i18n.texts import shared_texts
from nudger.messaging.inbound import command_of
from nudger.services.places import TimezoneResolver
from nudger.services.planning import Planner
from nudger.storage.updates import UpdateSessions
from tests.conftest import FakeClock
from tests.support.words import EN

UNKNOWN = Reply([Send(EN(words.UNKNOWN_TEXT))])
ALEX = Sender(telegram_id=41, chat_id=41)


@pytest.fixture
def router(sessions: async_sessionmaker[AsyncSession], clock: FakeClock) -> Router:
    deps = Deps(
        UpdateSessions(sessions, clock),
        load_catalog(None),
        Planner(timedelta(hours=36)),
        TimezoneResolver(),
        shared_texts(),
        clock,
        lambda: None,
    )
    return Router(deps)


async def test_every_declared_command_is_routed_listed_and_helped(router: Router) -> None:
    menu = router.menu(EN)
    assert [name for name, _ in menu] == router.commands()
    assert len(set(router.commands())) == len(menu) >= 11
    [help_reply] = (await router.command(ALEX, "help")).actions
    assert isinstance(help_reply, Send)
    assert help_reply.text == help_text(EN, menu)
    for name, about in menu:
        assert f"/{name} - {about}\n" in help_reply.text + "\n", name
        assert about.strip() and len(about) <= 256, name  # Telegram's limit for the menu
        assert await router.command(ALEX, name) != UNKNOWN, name
    assert await router.command(ALEX, "nosuchcommand") == UNKNOWN


def _command(text: str) -> dict[str, object]:
    length = len(text.split()[0])
    return {"text": text, "entities": [{"type": "bot_command", "offset": 0, "length": length}]}


def test_the_adapter_reads_every_declared_command_as_telegram_sends_it(router: Router) -> None:
    for name in router.commands():
        assert command_of(_command(f"/{name}"), "nudger_bot") == (name, "")
        assert command_of(_command(f"/{name.upper()}@Nudger_Bot  a  b"), "nudger_bot") == (
            name,
            "a b",
        )
        assert command_of(_command(f"/{name}@other_bot"), "nudger_bot") == ("", "")
    # Not a command: no entity, or one that doesn't start the message.
    assert command_of({"text": "/start"}, "nudger_bot") is None
    shifted = {"text": "x /start", "entities": [{"type": "bot_command", "offset": 2, "length": 6}]}
    assert command_of(shifted, "nudger_bot") is None


def test_each_button_prefix_and_awaited_answer_has_one_owner(router: Router) -> None:
    prefixes = [routes.taps.prefix for routes in router.routes if routes.taps is not None]
    assert sorted(prefixes) == sorted(set(prefixes))
    assert set(prefixes) == {"n", "o", "s", "q", "c", "x", "w", "lk"}
    owned = [step for r in router.routes if r.answers is not None for step in r.answers.steps]
    assert sorted(owned) == sorted(Step)
    assert sum(routes.location is not None for routes in router.routes) == 1


async def test_an_unknown_prefix_or_unreadable_data_is_a_bad_button(router: Router) -> None:
    for data in ["zz:1", "nocolon", "", "o:style:nonsense", "n:abc:d"]:
        assert await router.tap(ALEX, data, None) == Reply(notice=EN(words.BAD_BUTTON)), data


@pytest.mark.parametrize("what", ["command", "button prefix", "awaited answer", "shared location"])
def test_two_features_cannot_claim_the_same_route(
    router: Router, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    quiz = next(r for r in router.routes if r.taps is not None and r.taps.prefix == "q")
    settings = next(r for r in router.routes if r.location is not None)
    claims: dict[str, Callable[[Routes], Routes]] = {
        "command": lambda r: replace(r, commands=r.commands * 2),
        "button prefix": lambda r: replace(r, taps=quiz.taps),
        "awaited answer": lambda r: replace(r, answers=settings.answers),
        "shared location": lambda r: replace(r, location=settings.location),
    }
    declared = PauseFlow.routes
    monkeypatch.setattr(PauseFlow, "routes", lambda self: claims[what](declared(self)))
    with pytest.raises(RoutingError, match=what):
        Router(router._deps)


def test_the_command_menu_is_the_one_users_know(router: Router) -> None:
    """The menu as it was written by hand before it was derived: same commands, order, lines."""
    assert router.menu(EN) == [
        ("start", "Set up (or redo) your partner and your nudge times"),
        ("now", "Send me a nudge right now"),
        ("week", "Your week: a chart, your streak and one idea for next week"),
        ("conflict", "Three steps for a tense moment, right now"),
        ("quiz", "A short quiz to find your partner's style"),
        ("settings", "Change the name, times, style, review day and quiet hours"),
        ("pause", "Stop nudges for a while (e.g. /pause 1w) or until you resume"),
        ("resume", "Start nudges again"),
        ("invite", "Invite your partner to link with you (optional)"),
        ("partner", "What you and your linked partner share"),
        ("unlink", "End the link with your partner"),
        ("export", "Get all your data as a file"),
        ("delete", "Erase everything I know about you"),
        ("help", "What I can do"),
    ]
