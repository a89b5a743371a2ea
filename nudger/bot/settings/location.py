"""A shared location: used only to look up a time zone, offered with confirmation, never stored.

During setup (at the time zone question) the offer's button answers that question
(onboarding's ``o:tz:<zone>``); for a set-up user it changes the setting (``s:tz:<zone>``).
"""

from __future__ import annotations

import asyncio
import logging

from nudger.bot import onboarding
from nudger.bot.base import (
    Action,
    Deps,
    Edit,
    Reply,
    Send,
    Sender,
    profile_reactivating,
    words_for_sender,
)
from nudger.bot.settings import buttons, words
from nudger.domain.conversation import Step
from nudger.i18n.texts import Words
from nudger.logs import log_event
from nudger.services.places import valid_coordinates
from nudger.storage import drafts
from nudger.storage.db import Session

logger = logging.getLogger(__name__)


class ZoneByLocation:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    async def location(self, sender: Sender, latitude: float, longitude: float) -> Reply:
        """Offer the time zone at the shared location."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            draft = await drafts.load(session, profile.id) if profile else None
        t = words_for_sender(self._deps.texts, sender, profile)
        if profile is None:
            return Reply([Send(t(words.LOCATION_NOT_SET_UP))])
        in_setup = onboarding.asks_zone(draft)
        if not in_setup and not profile.onboarded:
            not_now = words.LOCATION_NOT_NOW if draft is not None else words.LOCATION_NOT_SET_UP
            return Reply([Send(t(not_now))])
        if not valid_coordinates(latitude, longitude):
            return Reply([Send(t(words.BAD_LOCATION))])
        # The lookup can take a moment and needs no database: let other updates have it.
        await self._deps.sessions.settle()
        zone = await asyncio.to_thread(self._deps.places.zone_at, latitude, longitude)
        log_event(logger, "location_looked_up", user=profile.id, found=zone is not None)
        if zone is None:
            return Reply([Send(t(words.NO_ZONE_THERE))])
        use = onboarding.zone_data(zone) if in_setup else buttons.zone_data(zone)
        keyboard = buttons.location_keyboard(t, use, zone)
        return Reply([Send(words.location_offer(t, zone, now), keyboard)])


async def decline(session: Session, user_id: int, message_id: int | None, t: Words) -> Reply:
    """ "No" under an offer: nothing changes; if a time zone is awaited, ask for it typed."""
    draft = await drafts.load(session, user_id)
    waiting = onboarding.asks_zone(draft) or (draft is not None and draft.step is Step.SET_TIMEZONE)
    text = t(words.DECLINED_WAITING if waiting else words.DECLINED)
    edits: list[Action] = [] if message_id is None else [Edit(message_id, text)]
    return Reply(edits, notice=t(words.DECLINED_NOTICE))
