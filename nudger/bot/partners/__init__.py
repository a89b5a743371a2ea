"""Linking with the partner: /invite, the invitation, /partner, /unlink.

``invite`` makes and answers invitations; ``sharing`` is what a linked user shares (a short
quiz about themselves, what helps them) and ending the link; ``words`` their messages,
buttons and the ``lk:`` codec. The rules are pure, in :mod:`nudger.domain.partners` and
:mod:`nudger.domain.self_report`; the data in :mod:`nudger.storage.partners`.
"""

from __future__ import annotations

from nudger.bot.base import Deps, Reply, Sender
from nudger.bot.partners.invite import InviteFlow
from nudger.bot.partners.sharing import SharingFlow
from nudger.bot.partners.words import PREFIX, Answer, Choice, SelfStop, UseFirstName, parse
from nudger.bot.routes import Command, Routes, Taps


class PartnersFlow:
    def __init__(self, deps: Deps) -> None:
        self.invitations = InviteFlow(deps)
        self.sharing = SharingFlow(deps)

    def routes(self) -> Routes:
        return Routes(
            commands=(
                Command("invite", self.invitations.invite),
                Command("partner", lambda sender, _args: self.sharing.hub(sender)),
                Command("unlink", lambda sender, _args: self.sharing.unlink_command(sender)),
            ),
            taps=Taps(PREFIX, parse, self.tap),
        )

    async def open(self, sender: Sender, token: str) -> Reply:
        """``/start link_<token>`` (onboarding hands it over)."""
        return await self.invitations.open(sender, token)

    async def tap(self, sender: Sender, choice: Choice, message_id: int | None) -> Reply:
        match choice:
            case UseFirstName():
                return await self.invitations.use_first_name(sender, message_id)
            case Answer():
                return await self.invitations.answer(sender, choice, message_id)
            case SelfStop():
                return await self.sharing.stop_self_report(sender, message_id)
        return await self.sharing.tap(sender, choice, message_id)
