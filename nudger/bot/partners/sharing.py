"""/partner and /unlink: what a linked user shares, and ending the link.

Every action here changes only the tapper's own side of the link. What crosses to the
other side is exactly what they chose to share (a style's name, kinds of care), and the
other is told when it starts or stops; nothing else of either is ever read for the other.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from nudger.bot import words
from nudger.bot.base import (
    Action,
    Deps,
    Reply,
    Send,
    Sender,
    profile_reactivating,
    show,
    to_local,
    words_for_sender,
)
from nudger.bot.partners.words import (
    Hub,
    SelfAnswer,
    ShareHelps,
    ShareStyle,
    ToggleHelp,
    Unlink,
    helps_intro,
    helps_keyboard,
    hub_keyboard,
    hub_text,
    kinds_text,
    link_words,
    self_keyboard,
    self_question,
    self_result,
    share_style_keyboard,
    stamp,
    style_name,
    unlink_keyboard,
)
from nudger.domain.model import Profile
from nudger.domain.partners import MAX_HELPS, toggle
from nudger.domain.quiz import score
from nudger.domain.self_report import ITEMS
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Texts, Words
from nudger.logs import log_event
from nudger.storage import partners, users
from nudger.storage.db import Session
from nudger.storage.partners import Side

logger = logging.getLogger(__name__)


async def overridden_text(session: Session, texts: Texts, profile: Profile) -> str:
    """Told after choosing one's own style over the one the linked partner shared (the
    partner is not told)."""
    side = await partners.side_of(session, profile.id)
    if side is None or profile.style is None:
        return ""
    t = link_words(texts, profile, side)
    return t("partners-style-overridden", style=style_name(t, profile.style))


@dataclass(frozen=True)
class _Linked:
    """A linked user's tap in progress: their transaction, profile, side and words."""

    session: Session
    profile: Profile
    side: Side
    t: Words


class SharingFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    async def _other(self, ctx: _Linked) -> tuple[Profile, Words] | None:
        """The other side, in their own words (for telling them what changed)."""
        other = (await users.by_ids(ctx.session, [ctx.side.partner_id])).get(ctx.side.partner_id)
        other_side = await partners.side_of(ctx.session, ctx.side.partner_id)
        if other is None or other_side is None:
            return None
        return other, link_words(self._deps.texts, other, other_side)

    async def _tell_other(self, ctx: _Linked, message: str, **args: str) -> list[Action]:
        other = await self._other(ctx)
        if other is None:
            return []
        profile, t = other
        return [Send(t(message, **args), to_chat=profile.chat_id)]

    # --- /partner ----------------------------------------------------------------------

    async def hub(self, sender: Sender, message_id: int | None = None) -> Reply:
        """/partner: what each side shares, with buttons to change one's own."""
        now = self._deps.clock()
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            side = await partners.side_of(session, profile.id) if profile else None
            if profile is None or side is None:
                t = words_for_sender(texts, sender, profile)
                return Reply([show(message_id, t("partners-not-linked"))])
            shared = (await partners.shared_with(session, [profile.id])).get(profile.id)
        t = link_words(texts, profile, side)
        since = (to_local(side.since, profile) or side.since).date()  # their day, or UTC's
        text = hub_text(t, side, shared, profile.style, profile.onboarded, since)
        return Reply([show(message_id, text, hub_keyboard(t, side, shared))])

    async def tap(self, sender: Sender, choice: object, message_id: int | None) -> Reply:
        """Any /partner, self-report, what-helps or unlink button."""
        now = self._deps.clock()
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            known = await users.by_telegram_id(session, sender.telegram_id)
            side = await partners.side_of(session, known.id) if known else None
            if known is not None and side is not None:
                # Both people's locks, in a fixed order, before anything changes (even the
                # tapper's own row, which reactivating writes).
                partner_id = side.partner_id
                await partners.lock_users(session, known.id, partner_id)
                side = await partners.side_of(session, known.id, lock=True)
                if side is not None and side.partner_id != partner_id:
                    side = None  # relinked meanwhile: this tap was for the earlier link
            profile = await profile_reactivating(session, sender, now)
            if profile is None or side is None:
                t = words_for_sender(texts, sender, profile)
                return Reply(
                    [show(message_id, t("partners-not-linked"))], notice=t(words.STALE_QUESTION)
                )
            ctx = _Linked(session, profile, side, link_words(texts, profile, side))
            match choice:
                case Hub(what="sr"):
                    return await self._start_self_report(ctx)
                case Hub(what="helps"):
                    return self._helps(ctx)
                case Hub(what="unshare"):
                    return await self._share_style(ctx, ShareStyle(False, None), message_id)
                case Hub(what="follow"):
                    return await self._follow(ctx)
                case Hub(what="unlink"):
                    return self._unlink_question(ctx)
                case SelfAnswer():
                    return await self._answer(ctx, choice, message_id)
                case ShareStyle():
                    return await self._share_style(ctx, choice, message_id)
                case ToggleHelp():
                    return await self._toggle(ctx, choice, message_id)
                case ShareHelps():
                    return await self._share_helps(ctx, choice, message_id)
                case Unlink():
                    return await self._unlink(ctx, choice, message_id)
        return Reply(notice=ctx.t(words.BAD_BUTTON))

    async def stop_self_report(self, sender: Sender, message_id: int | None) -> Reply:
        async with self._deps.sessions.begin() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
            side = await partners.side_of(session, profile.id) if profile else None
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None or side is None:
                return Reply([show(message_id, t("partners-not-linked"))])
            await partners.save_answers(session, profile.id, ())
        return Reply([show(message_id, t("self-stopped"))], notice=t("self-stopped-notice"))

    # --- the self-report ---------------------------------------------------------------

    async def _start_self_report(self, ctx: _Linked) -> Reply:
        await partners.save_answers(ctx.session, ctx.profile.id, ())
        t = ctx.t
        log_event(logger, "self_report_started", user=ctx.profile.id)
        return Reply(
            [
                Send(t("self-intro", count=len(ITEMS))),
                Send(self_question(t, 0), self_keyboard(t, 0)),
            ]
        )

    async def _answer(self, ctx: _Linked, answer: SelfAnswer, message_id: int | None) -> Reply:
        t = ctx.t
        so_far = ctx.side.self_answers
        if answer.index != len(so_far):
            return Reply(notice=t("self-stale"))
        answers = (*so_far, answer.value)
        if len(answers) < len(ITEMS):
            await partners.save_answers(ctx.session, ctx.profile.id, answers)
            index = len(answers)
            return Reply([show(message_id, self_question(t, index), self_keyboard(t, index))])
        result = score(answers, ITEMS)
        await partners.finish_self_report(ctx.session, ctx.profile.id, result.style)
        log_event(logger, "self_report_finished", user=ctx.profile.id)
        question = t("self-share-question", style=style_name(t, result.style))
        keyboard = share_style_keyboard(t, result.style)
        return Reply([show(message_id, self_result(t, result)), Send(question, keyboard)])

    async def _share_style(self, ctx: _Linked, choice: ShareStyle, message_id: int | None) -> Reply:
        """Share a quiz result, keep it to oneself, or (``style`` None) stop sharing.

        The buttons name the result they were asked about, so a question left from an earlier
        result shares nothing; sharing what is already shared tells nobody anything again.
        Keeping a new result to oneself leaves an earlier share as it was."""
        t = ctx.t
        style, side = ctx.side.self_style, ctx.side
        if choice.style is not None and choice.style is not style:
            return Reply(
                [show(message_id, t(words.STALE_QUESTION))], notice=t(words.STALE_QUESTION)
            )
        if choice.share and style is not None:
            text = t("self-shared", style=style_name(t, style))
            if side.shared_style is style:
                return Reply([show(message_id, text)], notice=t("self-shared-notice"))
            await partners.share_style(ctx.session, ctx.profile.id, style)
            told = await self._tell_other_style(ctx, style)
            log_event(logger, "style_shared", user=ctx.profile.id)
            return Reply([show(message_id, text), *told], notice=t("self-shared-notice"))
        if choice.style is not None:  # "Keep it to myself" under a result
            if side.shared_style is not None:  # an earlier share stays: say what is shared
                text = t("self-shared", style=style_name(t, side.shared_style))
                return Reply([show(message_id, text)], notice=t("self-kept-notice"))
            return Reply([show(message_id, t("self-kept"))], notice=t("self-kept-notice"))
        if side.shared_style is None:
            return Reply(notice=t(words.STALE_QUESTION))
        await partners.share_style(ctx.session, ctx.profile.id, None)
        told = await self._tell_other(ctx, "partners-style-unshared-with-you")
        log_event(logger, "style_unshared", user=ctx.profile.id)
        return Reply(
            [show(message_id, t("self-unshared")), *told], notice=t("self-unshared-notice")
        )

    async def _tell_other_style(self, ctx: _Linked, style: AttachmentStyle) -> list[Action]:
        other = await self._other(ctx)
        if other is None:
            return []
        profile, t = other
        message = (
            "partners-style-shared-with-you"
            if profile.onboarded
            else "partners-style-shared-with-you-setup"
        )
        return [Send(t(message, style=style_name(t, style)), to_chat=profile.chat_id)]

    async def _follow(self, ctx: _Linked) -> Reply:
        shared = (await partners.shared_with(ctx.session, [ctx.profile.id])).get(ctx.profile.id)
        if shared is None or shared.partner_style is None:
            return Reply(notice=ctx.t(words.STALE_QUESTION))
        await partners.follow_again(ctx.session, ctx.profile.id)
        text = ctx.t("partners-following-again", style=style_name(ctx.t, shared.partner_style))
        return Reply([Send(text)], notice=text[:200])

    # --- what helps --------------------------------------------------------------------

    def _helps(self, ctx: _Linked) -> Reply:
        t = ctx.t
        keyboard = helps_keyboard(t, ctx.side.helps, ctx.side.shared_helps)
        return Reply([Send(helps_intro(t), keyboard)])

    async def _toggle(self, ctx: _Linked, choice: ToggleHelp, message_id: int | None) -> Reply:
        t = ctx.t
        picked = toggle(ctx.side.helps, choice.kind)
        if picked is None:
            return Reply(notice=t("helps-too-many", max=MAX_HELPS))
        await partners.save_helps(ctx.session, ctx.profile.id, picked)
        keyboard = helps_keyboard(t, picked, ctx.side.shared_helps)
        return Reply([show(message_id, helps_intro(t), keyboard)])

    async def _share_helps(self, ctx: _Linked, choice: ShareHelps, message_id: int | None) -> Reply:
        t = ctx.t
        picked = ctx.side.helps
        if choice.share:
            if not picked:
                return Reply(notice=t("helps-pick-first"))
            if picked == ctx.side.shared_helps:  # already shared: nobody is told again
                text = t("helps-shared", kinds=kinds_text(t, picked))
                return Reply([show(message_id, text)], notice=t("helps-shared-notice"))
            await partners.share_helps(ctx.session, ctx.profile.id, picked)
            log_event(logger, "helps_shared", user=ctx.profile.id, kinds=len(picked))
            other = await self._other(ctx)
            told: list[Action] = []
            if other is not None:
                profile, their_t = other
                kinds = kinds_text(their_t, picked)
                told = [
                    Send(
                        their_t("partners-helps-shared-with-you", kinds=kinds),
                        to_chat=profile.chat_id,
                    )
                ]
            text = t("helps-shared", kinds=kinds_text(t, picked))
            return Reply([show(message_id, text), *told], notice=t("helps-shared-notice"))
        shared = ctx.side.shared_helps
        if choice.share is False:  # keep the picks to oneself: what is shared stays as it was
            text = t("helps-shared", kinds=kinds_text(t, shared)) if shared else t("helps-kept")
            return Reply([show(message_id, text)], notice=text[:200])
        if not shared:
            return Reply(notice=t(words.STALE_QUESTION))
        await partners.share_helps(ctx.session, ctx.profile.id, ())
        told = await self._tell_other(ctx, "partners-helps-unshared-with-you")
        log_event(logger, "helps_unshared", user=ctx.profile.id)
        text = t("helps-unshared")
        return Reply([show(message_id, text), *told], notice=text[:200])

    # --- /unlink -----------------------------------------------------------------------

    async def unlink_command(self, sender: Sender) -> Reply:
        now = self._deps.clock()
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            side = await partners.side_of(session, profile.id) if profile else None
            if profile is None or side is None:
                t = words_for_sender(texts, sender, profile)
                return Reply([Send(t("partners-not-linked"))])
            ctx = _Linked(session, profile, side, link_words(texts, profile, side))
            return self._unlink_question(ctx)

    def _unlink_question(self, ctx: _Linked) -> Reply:
        t = ctx.t
        return Reply([Send(t("partners-unlink-question"), unlink_keyboard(t, ctx.side.since))])

    async def _unlink(self, ctx: _Linked, choice: Unlink, message_id: int | None) -> Reply:
        t = ctx.t
        if choice.since != stamp(ctx.side.since):  # a question about an earlier link
            return Reply(
                [show(message_id, t(words.STALE_QUESTION))], notice=t(words.STALE_QUESTION)
            )
        if not choice.confirm:
            text = t("partners-unlink-kept")
            return Reply([show(message_id, text)], notice=text)
        told = await self._tell_other(ctx, "partners-link-ended")
        await partners.unlink(ctx.session, ctx.profile.id)
        log_event(logger, "partners_unlinked", user=ctx.profile.id)
        return Reply(
            [show(message_id, t("partners-unlinked")), *told], notice=t("partners-unlinked-notice")
        )
