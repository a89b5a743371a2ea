"""/invite and the invitation: a personal link, and the partner's Join or No thanks.

- ``/invite`` (set-up users, not linked) asks which name the invitation shows: the
  Telegram first name (a button) or ``/invite <name>``. Then it makes a 128-bit token,
  stores only its hash (replacing any open invitation), and sends the link with a share
  button.
- The partner opens ``t.me/<bot>?start=link_<token>``: ``/start link_<token>`` reaches
  :meth:`InviteFlow.open`. Nothing is stored about them: they read who invited them, what
  linking shares and what it never does, and tap Join or No thanks (the buttons carry the
  token, which is checked again).
- Join makes them a user if they weren't (in their Telegram's language) and links both;
  No thanks burns the token. The inviter is told either way, without blame.
- Wrong tokens (unknown, used, replaced, malformed) count against the sender: after
  :data:`~nudger.domain.partners.MAX_WRONG_TOKENS` in an hour, no token is looked up.
"""

from __future__ import annotations

import logging

from nudger.bot import words
from nudger.bot.base import (
    Deps,
    Reply,
    Send,
    Sender,
    clean_name,
    profile_reactivating,
    show,
    words_for,
    words_for_sender,
)
from nudger.bot.partners.words import (
    LIFETIME_DAYS,
    Answer,
    answer_keyboard,
    invitation_keyboard,
    joined_keyboard,
    link_words,
    name_keyboard,
    words_naming,
)
from nudger.domain import languages
from nudger.domain.model import Profile
from nudger.domain.partners import (
    INVITATION_LIFETIME,
    TOKEN_BYTES,
    InvitationCheck,
    after_wrong,
    attempt_allowed,
    check_invitation,
    link_url,
    new_token,
    token_hash,
)
from nudger.logs import log_event
from nudger.storage import partners, users
from nudger.storage.db import Session
from nudger.storage.partners import Invitation

logger = logging.getLogger(__name__)


class InviteFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    # --- the inviter -----------------------------------------------------------------

    async def invite(self, sender: Sender, args: str) -> Reply:
        """/invite, or /invite <name>: the name to show, then the link."""
        if not args.strip():
            return await self._make(sender, None, None)
        name = clean_name(args)
        return await self._make(sender, name, None if name else "partners-invite-bad-name")

    async def use_first_name(self, sender: Sender, message_id: int | None) -> Reply:
        """The "Show <first name>" button."""
        name = clean_name(sender.first_name or "")
        return await self._make(
            sender, name, None if name else "partners-invite-bad-name", message_id
        )

    async def _make(
        self, sender: Sender, name: str | None, problem: str | None, message_id: int | None = None
    ) -> Reply:
        now = self._deps.clock()
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            if profile is None or not profile.onboarded:
                t = words_for_sender(texts, sender, profile)
                return Reply([Send(t(words.NOT_SET_UP))], notice=t(words.NOT_SET_UP)[:200])
            t = words_for(texts, profile)
            # The same lock a Join of this user's invitation takes: the two never cross.
            await partners.lock_users(session, profile.id)
            side = await partners.side_of(session, profile.id)
            if side is not None:
                text = link_words(texts, profile, side)("partners-already-linked")
                return Reply([show(message_id, text)], notice=text)
            if problem is not None:
                return Reply([Send(t(problem))], notice=t(problem)[:200])
            if name is None:
                first = clean_name(sender.first_name or "")
                if first is None:
                    return Reply([Send(t("partners-invite-ask-name-typed"))])
                return Reply([Send(t("partners-invite-ask-name"), name_keyboard(t, first))])
            username = self._deps.bot_username()
            if not username:
                return Reply([Send(t("partners-invite-needs-username"))])
            token = new_token(self._deps.random_bytes(TOKEN_BYTES))
            await partners.replace_invitation(
                session, profile.id, token_hash(token), name, now, now + INVITATION_LIFETIME
            )
        log_event(logger, "invitation_created", user=profile.id)
        link = link_url(username, token)
        text = t("partners-invite-link", link=link, name=name, days=LIFETIME_DAYS)
        return Reply([show(message_id, text, invitation_keyboard(t, link, name))])

    # --- the partner -----------------------------------------------------------------

    async def open(self, sender: Sender, token: str) -> Reply:
        """``/start link_<token>``: the invitation, or why it doesn't work."""
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
            t = words_for_sender(texts, sender, profile)
            found = await self._find(session, sender, token)
            if isinstance(found, str):
                return Reply([Send(t(found, days=LIFETIME_DAYS))])
            refused = await self._refusal(session, profile, found)
            if refused is not None:  # linked with someone else: they can still say no thanks
                return Reply([Send(refused, answer_keyboard(t, token, can_join=False))])
        log_event(logger, "invitation_opened")
        return Reply(
            [Send(t("partners-welcome", name=found.shown_name), answer_keyboard(t, token))]
        )

    async def _find(
        self,
        session: Session,
        sender: Sender,
        token: str,
        count_wrong: bool = True,
        lock: bool = True,
    ) -> Invitation | str:
        """The open invitation for ``token``, or the message saying why there is none.

        Counts a wrong token from a link against the sender (``count_wrong``; a tap on an
        invitation's own button that has since been answered is not a guess); an expired
        one is burnt."""
        now = self._deps.clock()
        tried = await partners.attempts(session, sender.telegram_id)
        if not attempt_allowed(tried, now):
            log_event(logger, "invitation_refused", reason="too_many_tries")
            return "partners-too-many-tries"
        digest = token_hash(token) if token else ""
        found = await partners.invitation_by_hash(session, digest, lock=lock) if token else None
        profile = await users.by_telegram_id(session, sender.telegram_id)
        check = check_invitation(
            found.inviter_id if found else None,
            found.expires_at if found else None,
            profile.id if profile else None,
            now,
        )
        if check is InvitationCheck.UNKNOWN or found is None:
            if count_wrong:
                counted = after_wrong(tried, now)
                await partners.record_attempts(session, sender.telegram_id, counted)
            log_event(logger, "invitation_refused", reason="unknown_token")
            return "partners-link-unknown"
        if check is InvitationCheck.EXPIRED:
            await partners.burn(session, digest)
            log_event(logger, "invitation_refused", reason="expired")
            return "partners-link-expired"
        if check is InvitationCheck.OWN:
            return "partners-link-own"
        return found

    async def _refusal(
        self, session: Session, profile: Profile | None, found: Invitation
    ) -> str | None:
        """Why this person can't link now (already linked), in their words; None if they can."""
        if profile is None:
            return None
        side = await partners.side_of(session, profile.id)
        if side is None:
            return None
        return link_words(self._deps.texts, profile, side)("partners-linked-elsewhere")

    async def answer(self, sender: Sender, answer: Answer, message_id: int | None) -> Reply:
        """Join or No thanks under an invitation."""
        now = self._deps.clock()
        texts = self._deps.texts
        async with self._deps.sessions.begin() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
            t = words_for_sender(texts, sender, profile)
            found = await self._find(session, sender, answer.token, count_wrong=False, lock=False)
            if isinstance(found, str):
                text = t(found, days=LIFETIME_DAYS)
                return Reply([show(message_id, text)], notice=text[:200])
            # Both people's locks, in a fixed order, before anything is locked or changed
            # (users first, then the invitation, as /invite and /delete take them); then the
            # invitation again, as it is now.
            await partners.lock_users(session, found.inviter_id, *([profile.id] if profile else []))
            again = await partners.invitation_by_hash(session, token_hash(answer.token), lock=True)
            if again is None or again.inviter_id != found.inviter_id:
                text = t("partners-link-unknown")
                return Reply([show(message_id, text)], notice=text[:200])
            # Someone linked with another person can't join, but can always say no thanks.
            refused = await self._refusal(session, profile, found) if answer.join else None
            if refused is not None:
                keyboard = answer_keyboard(t, answer.token, can_join=False)
                return Reply([show(message_id, refused, keyboard)], notice=refused[:200])
            inviter = (await users.by_ids(session, [found.inviter_id])).get(found.inviter_id)
            inviter_side = (
                await partners.side_of(session, inviter.id, lock=True) if inviter else None
            )
            if inviter is None or inviter_side is not None or inviter.partner_name is None:
                await partners.burn(session, token_hash(answer.token))
                text = t("partners-link-unknown")
                return Reply([show(message_id, text)], notice=text[:200])
            their_words = words_for(texts, inviter)
            language = (
                profile.language if profile else languages.from_telegram(sender.language_code)
            )
            if not answer.join:
                await partners.burn(session, token_hash(answer.token))
                declined = words_naming(texts, language, found.shown_name)("partners-declined")
                told = Send(their_words("partners-partner-declined"), to_chat=inviter.chat_id)
                log_event(logger, "invitation_declined")
                return Reply(
                    [show(message_id, declined), told], notice=t("partners-declined-notice")
                )
            if profile is None:
                profile = await users.ensure(
                    session, sender.telegram_id, sender.chat_id, now, language
                )
            await partners.link(
                session, inviter.id, inviter.partner_name, profile.id, found.shown_name, now
            )
            side = await partners.side_of(session, profile.id)
            assert side is not None
        # Only the one who acted: the logs never tell who is linked with whom.
        log_event(logger, "partners_linked", user=profile.id)
        lw = link_words(texts, profile, side)
        told = Send(their_words("partners-partner-joined"), to_chat=inviter.chat_id)
        return Reply(
            [show(message_id, lw("partners-joined"), joined_keyboard(lw)), told],
            notice=lw("partners-joined-notice"),
        )
