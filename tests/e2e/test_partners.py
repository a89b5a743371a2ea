"""Two people linking, through the real bot over HTTP, on SQLite and PostgreSQL.

Alex uses nudger for Sam and invites Sam. Every path of the link runs end to end with both
of them as users of the fake Bot API: the invitation, Join and No thanks, the quiz about
oneself and what helps (shared, then used by Alex's nudges), /unlink and the withdrawal, a
link that ran out, was used, is wrong or belongs to someone else, too many wrong links, and
/delete by either side. What each side's /export holds proves what was and was not shared.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from nudger.app import NudgerApp
from nudger.domain.partners import INVITATION_LIFETIME, MAX_WRONG_TOKENS, HelpKind, Role
from nudger.domain.styles import AttachmentStyle, Audience
from nudger.storage import partners, users
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.support.chat import Chat, deliver_next
from tests.support.partners import invite, open_link, self_report, tap_telling
from tests.support.rows import nudges, traces
from tests.support.words import english

ALEX_SEES = english("Sam")  # Alex's words: Alex calls their partner Sam
SAM_SEES = english("Alex")  # Sam's words in the link: the name Alex chose to show


@pytest.fixture
def sam(api: FakeBotApi) -> Chat:
    return Chat(api, api.user(502, "Sam"))


@pytest.fixture
def carol(api: FakeBotApi) -> Chat:
    return Chat(api, api.user(503, "Carol"))


async def _export(chat: Chat) -> dict[str, object]:
    [document] = await chat.say("/export", method="sendDocument")
    return dict(json.loads(document.document or b""))


async def _linked(alex: Chat, sam: Chat) -> str:
    """Alex (set up, style Avoidant) invites Sam, who joins. Returns the link's payload."""
    await alex.onboard(style="Avoidant")
    payload = await invite(alex, ALEX_SEES, "Alex")
    welcome = await open_link(sam, payload)
    assert welcome == SAM_SEES("partners-welcome", name="Alex")
    told = await tap_telling(sam, alex, SAM_SEES("partners-join-button"))
    assert told == ALEX_SEES("partners-partner-joined")
    assert sam.user.last_message.text == SAM_SEES("partners-joined")
    return payload


async def _audience_of_next(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock, chat: Chat
) -> Audience:
    await deliver_next(app, api, clock, chat)
    sent = [n for n in await nudges(app) if n.state == "sent" and n.sent_at and n.prompt_id]
    latest = max(sent, key=lambda n: n.sent_at or n.due_at)
    prompt = app.catalog.get(latest.prompt_id or "")
    assert prompt is not None
    return prompt.audience


async def test_invite_join_share_what_helps_then_unlink_withdraws_everything(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock, chat: Chat, sam: Chat
) -> None:
    alex = chat
    await _linked(alex, sam)
    # Alex's own choice is Avoidant: their nudges come from that part of the catalog.
    assert await _audience_of_next(app, api, clock, alex) is Audience.AVOIDANT

    # Sam takes the quiz about themselves: the result is Sam's first, then shared by choice.
    await self_report(sam, SAM_SEES, AttachmentStyle.ANXIOUS)
    result = sam.user.messages[-2].text or ""
    assert SAM_SEES("self-result-anxious") in result
    told = await tap_telling(sam, alex, SAM_SEES("self-share-button"))
    style = ALEX_SEES("style-anxious")
    assert told == ALEX_SEES("partners-style-shared-with-you", style=style)
    # Alex was told only the style's name: no answer, no score reaches Alex's chat.
    assert all("out of 7" not in (m.text or "") for m in alex.user.messages)
    assert await _audience_of_next(app, api, clock, alex) is Audience.ANXIOUS

    # What helps Sam: picked, shared, and a prior in Alex's prompt choice.
    [hub] = await sam.say("/partner")
    await sam.tap_and_wait(SAM_SEES("partners-helps-button"), "sendMessage", hub.message_id)
    picker = sam.user.last_message
    for kind in (HelpKind.REASSURANCE, HelpKind.APPRECIATION):
        await sam.tap_and_wait(
            SAM_SEES(f"help-kind-{kind.value}"), "editMessageText", picker.message_id
        )
    told = await tap_telling(sam, alex, SAM_SEES("helps-share-button"), picker.message_id)
    kinds = ALEX_SEES.join(
        [
            ALEX_SEES("helps-quoted", kind=ALEX_SEES(f"help-kind-{kind}"))
            for kind in ("reassurance", "appreciation")
        ]
    )
    assert told == ALEX_SEES("partners-helps-shared-with-you", kinds=kinds)
    async with app.sessions() as session:
        alex_profile = await users.by_telegram_id(session, alex.user.user_id)
        assert alex_profile is not None
        shared = (await partners.shared_with(session, [alex_profile.id]))[alex_profile.id]
    assert shared.partner_style is AttachmentStyle.ANXIOUS
    assert shared.favoured == {
        "reassurance",
        "commitment",
        "gratitude",
        "positive_regard",
        "appreciation",
    }

    # Alex's week says that Sam's "what helps" shaped the nudges, never what Sam picked.
    caption = (await alex.week()).caption or ""
    assert ALEX_SEES("week-partner-helps") in caption
    assert ALEX_SEES("help-kind-reassurance") not in caption

    # /settings says so; the /partner of each side lists only what that side shares.
    [settings] = await alex.say("/settings")
    assert ALEX_SEES("settings-menu-style-shared", style=style, name="Sam") in (settings.text or "")
    [alex_hub] = await alex.say("/partner")
    assert ALEX_SEES("partners-hub-their-style", style=style) in (alex_hub.text or "")
    assert ALEX_SEES("partners-hub-style-none") in (alex_hub.text or "")

    # Each /export holds its own side only.
    sam_export = await _export(sam)
    alex_export = await _export(alex)
    assert sam_export["partner_link"] == {
        **sam_export["partner_link"],  # type: ignore[dict-item]
        "role": "invited",
        "partner_named_as": "Alex",
        "my_self_report_style": "anxious",
        "style_i_share": "anxious",
        "what_helps_me": ["reassurance", "appreciation"],
        "what_helps_me_i_share": ["reassurance", "appreciation"],
    }
    assert alex_export["partner_link"]["my_self_report_style"] is None  # type: ignore[index]
    assert alex_export["partner_link"]["what_helps_me_i_share"] is None  # type: ignore[index]
    assert "anxious" not in json.dumps(alex_export["user"])
    assert "reassurance" not in json.dumps(alex_export)
    assert alex_export["nudges"] and not sam_export["nudges"]
    assert "partner_id" not in json.dumps(sam_export) and "Avoidant" not in json.dumps(sam_export)

    # Alex ends the link: Sam hears only that it ended; Alex's nudges go back to Avoidant.
    [question] = await alex.say("/unlink")
    told = await tap_telling(
        alex, sam, ALEX_SEES("partners-unlink-confirm-button"), question.message_id
    )
    assert told == SAM_SEES("partners-link-ended")
    async with app.sessions() as session:
        assert await partners.shared_with(session, [alex_profile.id]) == {}
        assert await partners.side_of(session, alex_profile.id) is None
    assert await _audience_of_next(app, api, clock, alex) is Audience.AVOIDANT
    assert (await _export(sam))["partner_link"] is None
    [after] = await alex.say("/partner")
    assert after.text == ALEX_SEES("partners-not-linked")


async def test_no_thanks_stores_nothing_and_tells_the_inviter_without_blame(
    app: NudgerApp, chat: Chat, sam: Chat
) -> None:
    alex = chat
    await alex.onboard()
    payload = await invite(alex, ALEX_SEES, "Alex")
    await open_link(sam, payload)
    told = await tap_telling(sam, alex, SAM_SEES("partners-decline-button"))
    assert told == ALEX_SEES("partners-partner-declined")
    assert sam.user.last_message.text == SAM_SEES("partners-declined")
    async with app.sessions() as session:
        assert await users.by_telegram_id(session, sam.user.user_id) is None
    # The token is burnt: opening the link again finds nothing.
    assert await open_link(sam, payload) == SAM_SEES("partners-link-unknown")


async def test_expired_reused_wrong_and_someone_elses_links(
    app: NudgerApp, clock: FakeClock, chat: Chat, sam: Chat, carol: Chat, api: FakeBotApi
) -> None:
    alex = chat
    await alex.onboard()
    # Run out: a week and a minute later.
    old = await invite(alex, ALEX_SEES, "Alex")
    clock.advance(INVITATION_LIFETIME + timedelta(minutes=1))
    assert await open_link(sam, old) == SAM_SEES("partners-link-expired", days=7)
    # A new /invite replaces the open one: the earlier link stops working.
    first = await invite(alex, ALEX_SEES, "Alex")
    second = await invite(alex, ALEX_SEES, "Alex")
    assert await open_link(sam, first) == SAM_SEES("partners-link-unknown")
    # Alex's own link, opened by Alex.
    assert await open_link(alex, second) == ALEX_SEES("partners-link-own")
    # Used once: Sam joins, and Carol, trying the same link, gets nowhere.
    await open_link(sam, second)
    await tap_telling(sam, alex, SAM_SEES("partners-join-button"))
    assert await open_link(carol, second) == english()("partners-link-unknown")
    async with app.sessions() as session:
        alex_id = (await users.by_telegram_id(session, alex.user.user_id)).id  # type: ignore[union-attr]
        sam_id = (await users.by_telegram_id(session, sam.user.user_id)).id  # type: ignore[union-attr]
        assert (await partners.side_of(session, alex_id)).partner_id == sam_id  # type: ignore[union-attr]
        assert await users.by_telegram_id(session, carol.user.user_id) is None
    # Wrong tokens: after MAX_WRONG_TOKENS in an hour (the used link was Carol's first), even
    # a good link is not looked up.
    dave = Chat(api, api.user(504, "Dave"))
    await dave.onboard()
    good = await invite(dave, english("Sam"), "Dave")
    for n in range(MAX_WRONG_TOKENS - 2):
        assert await open_link(carol, f"link_{'A' * 21}{n}") == english()("partners-link-unknown")
    assert await open_link(carol, "link_short") == english()("partners-link-unknown")
    assert await open_link(carol, good) == english()("partners-too-many-tries")
    clock.advance(timedelta(hours=1))
    assert await open_link(carol, good) == english("Dave")("partners-welcome", name="Dave")


@pytest.mark.parametrize("who", ["inviter", "invited"])
async def test_delete_by_either_side_ends_the_link_and_keeps_the_others_data(
    app: NudgerApp, chat: Chat, sam: Chat, who: str
) -> None:
    alex = chat
    await _linked(alex, sam)
    await sam.onboard(name="Alex")
    leaving, staying = (alex, sam) if who == "inviter" else (sam, alex)
    staying_words = SAM_SEES if who == "inviter" else ALEX_SEES
    # Each calls the other by name: Alex calls Sam "Sam", Sam calls Alex "Alex".
    leaving_calls = "Sam" if who == "inviter" else "Alex"
    async with app.sessions() as session:
        leaving_profile = await users.by_telegram_id(session, leaving.user.user_id)
    assert leaving_profile is not None
    [warning] = await leaving.say("/delete")
    told = await tap_telling(
        leaving, staying, english()("privacy-delete-button"), warning.message_id
    )
    assert told == staying_words("partners-link-ended")
    async with app.sessions() as session:
        gone = await users.by_telegram_id(session, leaving.user.user_id)
        kept = await users.by_telegram_id(session, staying.user.user_id)
        assert gone is None and kept is not None and kept.onboarded
        assert await partners.side_of(session, kept.id) is None
    # No trace of the one who left, in any table: not even on the other side of the link.
    assert await traces(app, leaving_profile.id, leaving.user.user_id, leaving_calls) == []
    [after] = await staying.say("/partner")
    assert after.text == staying_words("partners-not-linked")


async def _both_tap(first: Chat, first_label: str, second: Chat, second_label: str) -> None:
    """Both press at once (their updates are handled side by side); wait for both answers,
    neither of which may be the apology for a failed update."""
    api = first.api
    mark = api.mark()
    ids = {first.user.press_button(first_label), second.user.press_button(second_label)}
    await api.wait_for_call(
        "answerCallbackQuery",
        lambda c: c.params.get("callback_query_id") in ids,
        count=2,
        since=mark,
    )
    answers = [
        c.params.get("text")
        for c in api.calls[mark:]
        if c.method == "answerCallbackQuery" and c.params.get("callback_query_id") in ids
    ]
    assert english()("common-something-wrong") not in answers, answers


async def test_both_acting_at_once_never_fails_nor_links_twice(
    app: NudgerApp, api: FakeBotApi, chat: Chat, sam: Chat
) -> None:
    """Each opens the other's invitation and both tap Join at the same moment; then both
    share at once, then both end the link at once. Every tap is answered (no apology), one
    link is made, and the database holds what the last consistent state says."""
    alex = chat
    await alex.onboard()
    await sam.onboard(name="Alex")
    from_alex = await invite(alex, ALEX_SEES, "Alex")
    from_sam = await invite(sam, SAM_SEES, "Sam")
    await open_link(sam, from_alex)
    await open_link(alex, from_sam)
    await _both_tap(alex, ALEX_SEES("partners-join-button"), sam, SAM_SEES("partners-join-button"))
    apology = english()("common-something-wrong")
    async with app.sessions() as session:
        a = await users.by_telegram_id(session, alex.user.user_id)
        s = await users.by_telegram_id(session, sam.user.user_id)
        assert a is not None and s is not None
        a_side, s_side = (
            await partners.side_of(session, a.id),
            await partners.side_of(session, s.id),
        )
        assert a_side is not None and s_side is not None
        assert (a_side.partner_id, s_side.partner_id) == (s.id, a.id)
        assert {a_side.role, s_side.role} == {Role.INVITER, Role.INVITED}
        # Both invitations are gone: the link made, the other link no longer works.
        assert await partners.open_invitation(session, a.id) is None
        assert await partners.open_invitation(session, s.id) is None
    await self_report(alex, ALEX_SEES, AttachmentStyle.SECURE)
    await self_report(sam, SAM_SEES, AttachmentStyle.ANXIOUS)
    await _both_tap(alex, ALEX_SEES("self-share-button"), sam, SAM_SEES("self-share-button"))
    async with app.sessions() as session:
        shared = await partners.shared_with(session, [a.id, s.id])
    assert shared[a.id].partner_style is AttachmentStyle.ANXIOUS
    assert shared[s.id].partner_style is AttachmentStyle.SECURE
    await alex.say("/unlink")
    await sam.say("/unlink")
    await _both_tap(
        alex,
        ALEX_SEES("partners-unlink-confirm-button"),
        sam,
        SAM_SEES("partners-unlink-confirm-button"),
    )
    async with app.sessions() as session:
        assert await partners.side_of(session, a.id) is None
        assert await partners.side_of(session, s.id) is None
    for person in (alex, sam):
        assert all(apology not in (m.text or "") for m in person.user.messages)
