"""The partner link aggregate: invitations, the two sides of a link, wrong-token attempts.

A link is two ``partner_links`` rows, one per side, each holding only what that side did
or chose. :func:`shared_with` is the one way to read across a link: it returns what the
*other* side chose to share (a style's name, kinds of care) and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from nudger.domain.partners import Attempts, HelpKind, Role, Shared, helps_of, helps_text
from nudger.domain.styles import AttachmentStyle
from nudger.storage.tables import InvitationRow, LinkAttemptRow, PartnerLinkRow, UserRow


@dataclass(frozen=True)
class Invitation:
    inviter_id: int
    shown_name: str
    created_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class Side:
    """A user's own side of their link: what they answered and chose."""

    user_id: int
    partner_id: int
    role: Role
    #: How the link's messages to this user name the other.
    partner_name: str
    since: datetime
    self_answers: tuple[int, ...]
    #: The self-report's latest result (theirs alone until shared).
    self_style: AttachmentStyle | None
    #: What they share with the other.
    shared_style: AttachmentStyle | None
    #: The kinds of care they picked, and the ones they share.
    helps: frozenset[HelpKind]
    shared_helps: frozenset[HelpKind]
    follows_shared: bool


def _side(row: PartnerLinkRow) -> Side:
    return Side(
        user_id=row.user_id,
        partner_id=row.partner_id,
        role=Role(row.role),
        partner_name=row.partner_name,
        since=row.since,
        self_answers=tuple(int(c) for c in row.self_answers if c.isdigit()),
        self_style=AttachmentStyle(row.self_style) if row.self_style else None,
        shared_style=AttachmentStyle(row.shared_style) if row.shared_style else None,
        helps=helps_of(row.helps),
        shared_helps=helps_of(row.shared_helps),
        follows_shared=row.follows_shared,
    )


async def lock_users(session: AsyncSession, *user_ids: int) -> None:
    """Lock these users' rows, in id order: every transaction that changes a link (or an
    invitation) takes its users' locks first, always in the same order, so two people acting
    at once wait for each other instead of deadlocking on each other's rows (PostgreSQL;
    SQLite runs one writer at a time)."""
    ids = sorted(set(user_ids))
    if ids:
        await session.execute(
            select(UserRow.id).where(UserRow.id.in_(ids)).order_by(UserRow.id).with_for_update()
        )


async def lock_link(session: AsyncSession, user_id: int) -> None:
    """Lock the user and, if linked, their partner (in id order): call it before writing the
    user's own row when the change may touch their link (choosing their own style)."""
    row = await session.get(PartnerLinkRow, user_id)
    await lock_users(session, user_id, *([row.partner_id] if row else []))


# --- invitations -------------------------------------------------------------------------


async def open_invitation(session: AsyncSession, inviter_id: int) -> Invitation | None:
    row = await session.get(InvitationRow, inviter_id)
    if row is None:
        return None
    return Invitation(row.inviter_id, row.shown_name, row.created_at, row.expires_at)


async def replace_invitation(
    session: AsyncSession,
    inviter_id: int,
    token_hash: str,
    shown_name: str,
    now: datetime,
    expires_at: datetime,
) -> None:
    """The user's invitation, replacing any open one (whose link stops working)."""
    await session.execute(delete(InvitationRow).where(InvitationRow.inviter_id == inviter_id))
    session.add(
        InvitationRow(
            inviter_id=inviter_id,
            token_hash=token_hash,
            shown_name=shown_name,
            created_at=now,
            expires_at=expires_at,
        )
    )
    await session.flush()


async def invitation_by_hash(
    session: AsyncSession, token_hash: str, lock: bool = False
) -> Invitation | None:
    query = select(InvitationRow).where(InvitationRow.token_hash == token_hash)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    row = await session.scalar(query)
    if row is None:
        return None
    return Invitation(row.inviter_id, row.shown_name, row.created_at, row.expires_at)


async def burn(session: AsyncSession, token_hash: str) -> bool:
    """Delete the invitation with this token; whether there was one."""
    result = await session.execute(
        delete(InvitationRow).where(InvitationRow.token_hash == token_hash)
    )
    return bool(getattr(result, "rowcount", 0))


async def drop_invitation(session: AsyncSession, inviter_id: int) -> None:
    await session.execute(delete(InvitationRow).where(InvitationRow.inviter_id == inviter_id))


async def drop_expired_invitations(session: AsyncSession, before: datetime) -> int:
    """Forget invitations that ran out before ``before``."""
    result = await session.execute(delete(InvitationRow).where(InvitationRow.expires_at < before))
    return int(getattr(result, "rowcount", 0) or 0)


# --- wrong tokens ------------------------------------------------------------------------


async def attempts(session: AsyncSession, telegram_id: int) -> Attempts | None:
    row = await session.get(LinkAttemptRow, telegram_id)
    return Attempts(row.window_start, row.wrong) if row else None


async def record_attempts(session: AsyncSession, telegram_id: int, counted: Attempts) -> None:
    row = await session.get(LinkAttemptRow, telegram_id)
    if row is None:
        session.add(
            LinkAttemptRow(
                telegram_id=telegram_id, window_start=counted.window_start, wrong=counted.wrong
            )
        )
    else:
        row.window_start = counted.window_start
        row.wrong = counted.wrong
    await session.flush()


async def prune_attempts(session: AsyncSession, before: datetime) -> int:
    """Forget wrong-token counts whose window started before ``before``."""
    result = await session.execute(
        delete(LinkAttemptRow).where(LinkAttemptRow.window_start < before)
    )
    return int(getattr(result, "rowcount", 0) or 0)


# --- links -------------------------------------------------------------------------------


async def side_of(session: AsyncSession, user_id: int, lock: bool = False) -> Side | None:
    """The user's own side of their link, or None if they are not linked."""
    # populate_existing: a row read earlier in the same transaction is read again, locked.
    row = await session.get(PartnerLinkRow, user_id, with_for_update=lock, populate_existing=lock)
    return _side(row) if row else None


async def link(
    session: AsyncSession,
    inviter_id: int,
    inviter_calls_partner: str,
    invited_id: int,
    invited_calls_inviter: str,
    now: datetime,
) -> None:
    """Link two users (the caller has checked neither is linked); any open invitation of
    either stops working."""
    await session.execute(
        delete(InvitationRow).where(InvitationRow.inviter_id.in_([inviter_id, invited_id]))
    )
    session.add_all(
        [
            PartnerLinkRow(
                user_id=inviter_id,
                partner_id=invited_id,
                role=Role.INVITER.value,
                partner_name=inviter_calls_partner,
                since=now,
            ),
            PartnerLinkRow(
                user_id=invited_id,
                partner_id=inviter_id,
                role=Role.INVITED.value,
                partner_name=invited_calls_inviter,
                since=now,
            ),
        ]
    )
    await session.flush()


async def unlink(session: AsyncSession, user_id: int) -> int | None:
    """End the user's link: both sides' rows go, and with them everything either shared.
    Returns the other side's user id, or None if there was no link."""
    row = await session.get(PartnerLinkRow, user_id, with_for_update=True, populate_existing=True)
    if row is None:
        return None
    partner_id = row.partner_id
    await session.execute(
        delete(PartnerLinkRow).where(
            or_(PartnerLinkRow.user_id == user_id, PartnerLinkRow.partner_id == user_id)
        )
    )
    return partner_id


async def save_answers(session: AsyncSession, user_id: int, answers: Iterable[int]) -> None:
    await session.execute(
        update(PartnerLinkRow)
        .where(PartnerLinkRow.user_id == user_id)
        .values(self_answers="".join(str(a) for a in answers))
    )


async def finish_self_report(session: AsyncSession, user_id: int, style: AttachmentStyle) -> None:
    """Keep the self-report's result and drop its answers (only the style is kept). What
    is shared does not change until its owner says so."""
    await session.execute(
        update(PartnerLinkRow)
        .where(PartnerLinkRow.user_id == user_id)
        .values(self_answers="", self_style=style.value)
    )


async def share_style(session: AsyncSession, user_id: int, style: AttachmentStyle | None) -> None:
    """Share ``style`` with the partner (None: stop sharing). A new share makes the
    partner's nudges follow it, even if they had chosen their own before."""
    await session.execute(
        update(PartnerLinkRow)
        .where(PartnerLinkRow.user_id == user_id)
        .values(shared_style=style.value if style else None)
    )
    if style is not None:
        await session.execute(
            update(PartnerLinkRow)
            .where(PartnerLinkRow.partner_id == user_id)
            .values(follows_shared=True)
        )


async def save_helps(session: AsyncSession, user_id: int, kinds: Iterable[HelpKind]) -> None:
    """The kinds of care the user picked (not shared by this)."""
    await session.execute(
        update(PartnerLinkRow)
        .where(PartnerLinkRow.user_id == user_id)
        .values(helps=helps_text(kinds) or None)
    )


async def share_helps(session: AsyncSession, user_id: int, kinds: Iterable[HelpKind]) -> None:
    """Share these kinds of care with the partner (none: stop sharing)."""
    await session.execute(
        update(PartnerLinkRow)
        .where(PartnerLinkRow.user_id == user_id)
        .values(shared_helps=helps_text(kinds) or None)
    )


async def following(session: AsyncSession, user_id: int) -> bool:
    """Whether the user's nudges follow a style their partner shares."""
    shared = (await shared_with(session, [user_id])).get(user_id)
    return shared is not None and shared.partner_style is not None and not shared.overridden


async def stop_following(session: AsyncSession, user_id: int) -> bool:
    """The user chose their own style: their nudges stop following the one their partner
    shared. Returns whether they were following one."""
    if not await following(session, user_id):
        return False
    await session.execute(
        update(PartnerLinkRow).where(PartnerLinkRow.user_id == user_id).values(follows_shared=False)
    )
    return True


async def follow_again(session: AsyncSession, user_id: int) -> None:
    await session.execute(
        update(PartnerLinkRow).where(PartnerLinkRow.user_id == user_id).values(follows_shared=True)
    )


async def shared_with(session: AsyncSession, user_ids: Iterable[int]) -> dict[int, Shared]:
    """What each user's linked partner shares with them: the style (if shared), the kinds
    of care (if shared), and whether the user chose their own style since. Users whose
    partner shares nothing are left out. One query for a whole batch."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    mine = aliased(PartnerLinkRow)
    theirs = aliased(PartnerLinkRow)
    rows = await session.execute(
        select(mine.user_id, mine.follows_shared, theirs.shared_style, theirs.shared_helps)
        .join(theirs, theirs.user_id == mine.partner_id)
        .where(
            mine.user_id.in_(ids),
            or_(theirs.shared_style.is_not(None), theirs.shared_helps.is_not(None)),
        )
    )
    found: dict[int, Shared] = {}
    for user_id, follows, style, helps in rows:
        partner_style = AttachmentStyle(style) if style else None
        found[user_id] = Shared(
            partner_style=partner_style,
            helps=helps_of(helps),
            overridden=partner_style is not None and not follows,
        )
    return found


@dataclass(frozen=True)
class LinkStatus:
    """What /settings shows of a user's link: linked (and with whom, by the name they know),
    an invitation open (until when), or neither; and what the partner shares with them."""

    linked_with: str | None = None
    invitation_expires: datetime | None = None
    shared: Shared | None = None


async def status(session: AsyncSession, user_id: int) -> LinkStatus:
    side = await side_of(session, user_id)
    if side is not None:
        shared = (await shared_with(session, [user_id])).get(user_id)
        return LinkStatus(linked_with=side.partner_name, shared=shared)
    invitation = await open_invitation(session, user_id)
    return LinkStatus(invitation_expires=invitation.expires_at if invitation else None)
