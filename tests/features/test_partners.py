"""Fast tier, through the router: linking two people, in every language, and its details.

tests/e2e/test_partners.py runs the paths over HTTP on both databases; here the same two
users (Alex invites Sam) go through the whole link in each of the seven languages with the
real catalogs, and the smaller rules are pinned down: naming the invitation, refusing what
can't be done, choosing one's own style over the shared one, the style offered in setup,
stale buttons, what the logs say, and that nothing crosses between the two beyond what was
shared (a property test over random sequences of what each of them does).
"""

from __future__ import annotations

import json
import logging
import random
from collections import Counter
from datetime import timedelta

import pytest

from nudger.app import NudgerApp
from nudger.domain.conversation import Draft, Step
from nudger.domain.languages import Language, PartnerGender
from nudger.domain.model import NudgeSource
from nudger.domain.partners import MAX_WRONG_TOKENS, HelpKind
from nudger.domain.planning import Window
from nudger.domain.styles import CATEGORIES, AttachmentStyle, Audience
from nudger.i18n.texts import Words, shared_texts
from nudger.logs import configure_logging
from nudger.services.places import TimezoneResolver
from nudger.storage import nudges as nudges_rows
from nudger.storage import partners, users
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.inprocess.edge import InProcessEdge
from tests.conftest import FakeClock
from tests.support.apps import build_fast_app
from tests.support.chat import Chat
from tests.support.partners import invite, link_in, open_link, self_report, tap_telling
from tests.support.rows import nudges as all_nudges
from tests.support.words import english

ALEX_SEES = english("Sam")
SAM_SEES = english("Alex")


async def _set_up(app: NudgerApp, chat: Chat, language: Language, name: str) -> None:
    """A set-up user speaking ``language`` (onboarding itself is tested elsewhere)."""
    now = app.clock()
    gender = PartnerGender.SHE if language.gendered else None
    async with app.sessions.begin() as session:
        profile = await users.ensure(session, chat.user.user_id, chat.user.user_id, now, language)
        draft = Draft(
            step=Step.WINDOWS,
            partner_name=name,
            partner_gender=gender,
            style=AttachmentStyle.AVOIDANT,
            timezone="Europe/Berlin",
            per_day=2,
            windows=frozenset({Window.MORNING, Window.EVENING}),
        )
        await users.finish_onboarding(session, profile.id, draft, now)


def _words(language: Language, partner: str, gender: PartnerGender | None = None) -> Words:
    return shared_texts().words(language, partner, gender)


async def _linked(app: NudgerApp, alex: Chat, sam: Chat, alex_style: str = "Avoidant") -> None:
    """Alex (set up) invites Sam, who joins."""
    await alex.onboard(style=alex_style)
    payload = await invite(alex, ALEX_SEES, "Alex")
    await open_link(sam, payload)
    await tap_telling(sam, alex, SAM_SEES("partners-join-button"))


async def _export(chat: Chat) -> dict[str, object]:
    [document] = await chat.say("/export", method="sendDocument")
    return dict(json.loads(document.document or b""))


@pytest.mark.parametrize("language", list(Language))
async def test_two_people_link_share_and_unlink_in_every_language(
    app: NudgerApp, api: FakeBotApi, language: Language
) -> None:
    code = language.telegram_code or "en"
    alex = Chat(api, api.user(701, "Alex", language_code=code))
    sam = Chat(api, api.user(702, "Sam", language_code=code))
    partner = "Sam" if language is not Language.FA else "سام"
    await _set_up(app, alex, language, partner)
    alex_sees = _words(language, partner, PartnerGender.SHE if language.gendered else None)
    sam_sees = _words(language, "Alex")

    payload = await invite(alex, alex_sees, "Alex")
    assert await open_link(sam, payload) == sam_sees("partners-welcome", name="Alex")
    told = await tap_telling(sam, alex, sam_sees("partners-join-button"))
    assert told == alex_sees("partners-partner-joined")
    assert sam.user.last_message.text == sam_sees("partners-joined")

    await self_report(sam, sam_sees, AttachmentStyle.ANXIOUS)
    assert sam_sees("self-result-anxious") in (sam.user.messages[-2].text or "")
    told = await tap_telling(sam, alex, sam_sees("self-share-button"))
    style = alex_sees("style-anxious")
    assert told == alex_sees("partners-style-shared-with-you", style=style)

    [hub] = await sam.say("/partner")
    await sam.tap_and_wait(sam_sees("partners-helps-button"), "sendMessage", hub.message_id)
    picker = sam.user.last_message
    assert picker.text == sam_sees("helps-intro", max=3)
    await sam.tap_and_wait(sam_sees("help-kind-space"), "editMessageText", picker.message_id)
    told = await tap_telling(sam, alex, sam_sees("helps-share-button"), picker.message_id)
    kinds = alex_sees.join([alex_sees("helps-quoted", kind=alex_sees("help-kind-space"))])
    assert told == alex_sees("partners-helps-shared-with-you", kinds=kinds)

    [settings] = await alex.say("/settings")
    shared_line = alex_sees("settings-menu-style-shared", style=style, name=partner)
    assert shared_line in (settings.text or "")
    [alex_hub] = await alex.say("/partner")
    assert alex_sees("partners-hub-their-style", style=style) in (alex_hub.text or "")
    assert alex_sees("partners-hub-their-helps") in (alex_hub.text or "")

    [question] = await sam.say("/unlink")
    assert question.text == sam_sees("partners-unlink-question")
    told = await tap_telling(
        sam, alex, sam_sees("partners-unlink-confirm-button"), question.message_id
    )
    assert told == alex_sees("partners-link-ended")
    assert sam.user.last_message.text == sam_sees("partners-unlinked")
    assert (await _export(alex))["partner_link"] is None


async def test_invite_takes_a_typed_name_and_refuses_what_cannot_be(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    [not_set_up] = await chat.say("/invite")
    assert not_set_up.text == english()("common-not-set-up")
    await chat.onboard()
    [bad] = await chat.say("/invite " + "x" * 41)
    assert bad.text == ALEX_SEES("partners-invite-bad-name")
    [made] = await chat.say("/invite Lex")
    assert "Lex" in (made.text or "")
    [share] = made.buttons
    assert share == ALEX_SEES("partners-invite-share-button")
    url = made.raw["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert url.startswith("https://t.me/share/url?url=https%3A%2F%2Ft.me%2F")
    async with app.sessions() as session:
        profile = await users.by_telegram_id(session, chat.user.user_id)
        assert profile is not None
        invitation = await partners.open_invitation(session, profile.id)
    assert invitation is not None and invitation.shown_name == "Lex"
    [settings] = await chat.say("/settings")
    assert "/invite" in (settings.text or "") and "Lex" not in (settings.text or "")


async def test_choosing_ones_own_style_over_the_shared_one_is_told_and_reversible(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    await _linked(app, alex, sam)
    await self_report(sam, SAM_SEES, AttachmentStyle.ANXIOUS)
    await tap_telling(sam, alex, SAM_SEES("self-share-button"))

    # Alex picks Secure in /settings: their own choice wins, and they are told; Sam is not.
    [menu] = await alex.say("/settings")
    await alex.tap_and_wait(ALEX_SEES("settings-style-button"), "editMessageText", menu.message_id)
    mark = api.mark()
    await alex.tap_and_wait(ALEX_SEES("style-secure"), "editMessageText", menu.message_id)
    overridden = ALEX_SEES("partners-style-overridden", style=ALEX_SEES("style-secure"))
    assert overridden in (alex.user.last_message.text or "")
    assert not [c for c in api.calls[mark:] if c.params.get("chat_id") == sam.user.user_id]
    async with app.sessions() as session:
        profile = await users.by_telegram_id(session, alex.user.user_id)
        assert profile is not None and profile.style is AttachmentStyle.SECURE
        shared = (await partners.shared_with(session, [profile.id]))[profile.id]
    assert shared.overridden
    # /partner offers to follow Sam's style again.
    [hub] = await alex.say("/partner")
    await alex.tap_and_wait(ALEX_SEES("partners-follow-button"), "sendMessage", hub.message_id)
    assert alex.user.last_message.text == ALEX_SEES(
        "partners-following-again", style=ALEX_SEES("style-anxious")
    )
    # Sam stops sharing: Alex hears so, and their own choice (Secure) is back.
    [sam_hub] = await sam.say("/partner")
    told = await tap_telling(
        sam, alex, SAM_SEES("partners-stop-sharing-style-button"), sam_hub.message_id
    )
    assert told == ALEX_SEES("partners-style-unshared-with-you")
    async with app.sessions() as session:
        assert await partners.shared_with(session, [profile.id]) == {}


async def test_the_invited_partner_is_offered_the_shared_style_in_setup(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    await _linked(app, alex, sam, alex_style="Anxious")
    # Alex (already set up) takes the quiz about themselves and shares it with Sam.
    await self_report(alex, ALEX_SEES, AttachmentStyle.AVOIDANT)
    told = await tap_telling(alex, sam, ALEX_SEES("self-share-button"))
    style = SAM_SEES("style-avoidant")
    assert told == SAM_SEES("partners-style-shared-with-you-setup", style=style)
    # Sam's own setup: the style question says what Alex shared.
    await sam.say("/start", replies=2)
    [ask] = await sam.say("Alex")
    offered = english("Alex")("onboarding-partner-shared-style", name="Alex", style=style)
    assert offered in (ask.text or "")


async def test_stale_and_foreign_buttons_change_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    await alex.onboard()
    payload = await invite(alex, ALEX_SEES, "Alex")
    await open_link(sam, payload)
    welcome = sam.user.last_message
    await tap_telling(sam, alex, SAM_SEES("partners-join-button"))
    # Join again on the same invitation: already answered, nothing new.
    notice = await sam.press(welcome.message_id, f"lk:join:{payload.removeprefix('link_')}")
    assert notice == SAM_SEES("partners-link-unknown")[:200]
    # A statement answered out of turn is refused.
    [hub] = await sam.say("/partner")
    await sam.tap_and_wait(SAM_SEES("partners-self-report-button"), "sendMessage", hub.message_id)
    question = sam.user.last_message
    assert await sam.press(question.message_id, "lk:sr:3:7") == SAM_SEES("self-stale")
    # A fourth kind of care is refused.
    await sam.tap_and_wait(SAM_SEES("partners-helps-button"), "sendMessage", hub.message_id)
    picker = sam.user.last_message
    for kind in (HelpKind.SPACE, HelpKind.CALM, HelpKind.CREDIT):
        await sam.tap_and_wait(
            SAM_SEES(f"help-kind-{kind.value}"), "editMessageText", picker.message_id
        )
    assert await sam.press(picker.message_id, "lk:h:view") == SAM_SEES("helps-too-many", max=3)
    # An unlink question from an earlier link ends nothing.
    assert await sam.press(hub.message_id, "lk:unlink:1") == SAM_SEES("common-stale-question")
    async with app.sessions() as session:
        sam_profile = await users.by_telegram_id(session, sam.user.user_id)
        assert sam_profile is not None
        side = await partners.side_of(session, sam_profile.id)
    assert side is not None and side.self_answers == () and len(side.helps) == 3
    assert side.shared_helps == frozenset()


async def test_logs_name_events_never_the_people_or_what_they_share(
    app: NudgerApp, api: FakeBotApi, chat: Chat, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("DEBUG")
    logging.getLogger("nudger.testing").setLevel(logging.WARNING)
    alex, sam = chat, Chat(api, api.user(502, "Zebulon"))
    await alex.onboard(name="Zebulon", style="Avoidant")
    [asked] = await alex.say("/invite Quintessa")
    payload = await open_link(sam, invite_payload := link_in(asked.text or ""))
    assert payload
    await tap_telling(sam, alex, english("Quintessa")("partners-join-button"))
    await self_report(sam, english("Quintessa"), AttachmentStyle.ANXIOUS)
    await tap_telling(sam, alex, english("Quintessa")("self-share-button"))
    err = capsys.readouterr().err
    for event in ("invitation_created", "partners_linked", "self_report_finished", "style_shared"):
        assert f"event={event}" in err
    for secret in ("Quintessa", "Zebulon", invite_payload, "anxious", "Anxious", "avoidant"):
        assert secret not in err, secret
    # Who is linked with whom is never written down: only the one who acted.
    assert "inviter=" not in err and "invited=" not in err
    [linked] = [line for line in err.splitlines() if "event=partners_linked" in line]
    assert linked.count("user=") == 1


# --- nothing crosses but what was shared -------------------------------------------------


@pytest.mark.parametrize("seed", range(3))
async def test_nothing_crosses_between_linked_users_beyond_what_was_shared(
    app: NudgerApp, api: FakeBotApi, chat: Chat, seed: int
) -> None:
    """A property over random sequences of what Sam does (the quiz about oneself, sharing
    or keeping its result, picking kinds of care, sharing or keeping them, stopping sharing)
    while Alex shares both things too: what Alex's nudges see is exactly what Sam shares at
    each step; neither side's own data holds anything of the other's; Alex's export does not
    change at all, and Sam's holds none of what Alex shares."""
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    await _linked(app, alex, sam)
    # Alex shares a style (Secure) and a kind of care (calm) that Sam never picks here.
    await self_report(alex, ALEX_SEES, AttachmentStyle.SECURE)
    await tap_telling(alex, sam, ALEX_SEES("self-share-button"))
    [hub] = await alex.say("/partner")
    await alex.press(hub.message_id, "lk:h:calm")
    await tap_telling(alex, sam, ALEX_SEES("helps-share-button"), hub.message_id)
    async with app.sessions() as session:
        a = await users.by_telegram_id(session, alex.user.user_id)
        s = await users.by_telegram_id(session, sam.user.user_id)
    assert a is not None and s is not None
    alex_before = await _export(alex)
    rng = random.Random(seed)
    kinds = [kind for kind in HelpKind if kind is not HelpKind.CALM]
    styles = [AttachmentStyle.ANXIOUS, AttachmentStyle.AVOIDANT, AttachmentStyle.FEARFUL]
    expected_style: AttachmentStyle | None = None
    expected_helps: frozenset[HelpKind] = frozenset()
    actions = [
        "quiz",
        "share_style",
        "unshare_style",
        "pick",
        "share_helps",
        "keep_helps",
        "stop_helps",
    ]
    for _ in range(24):
        action = rng.choice(actions)
        async with app.sessions() as session:
            side = await partners.side_of(session, s.id)
        assert side is not None
        [hub] = await sam.say("/partner")
        if action == "quiz":
            await self_report(sam, SAM_SEES, rng.choice(styles))
            # Keeping a new result to oneself leaves what was shared as it was.
            await sam.tap_and_wait(SAM_SEES("self-keep-button"), "answerCallbackQuery")
        elif action == "share_style" and side.self_style is not None:
            await sam.press(hub.message_id, f"lk:st:yes:{side.self_style.value}")
            expected_style = side.self_style
        elif action == "unshare_style":
            await sam.press(hub.message_id, "lk:hub:unshare")
            expected_style = None
        elif action == "pick":
            await sam.press(hub.message_id, f"lk:h:{rng.choice(kinds).value}")
        elif action == "share_helps" and side.helps:
            await sam.press(hub.message_id, "lk:hs:yes")
            expected_helps = side.helps
        elif action == "keep_helps":  # keeping picks to oneself leaves what is shared
            await sam.press(hub.message_id, "lk:hs:no")
        elif action == "stop_helps":
            await sam.press(hub.message_id, "lk:hs:stop")
            expected_helps = frozenset()
        async with app.sessions() as session:
            shared = (await partners.shared_with(session, [a.id])).get(a.id)
            alex_side = await partners.side_of(session, a.id)
            sam_side = await partners.side_of(session, s.id)
        seen_style = shared.partner_style if shared else None
        seen_helps = shared.helps if shared else frozenset()
        assert (seen_style, seen_helps) == (expected_style, expected_helps), action
        # Each side's row holds only its own: Alex's is what Alex did, whatever Sam does.
        assert alex_side is not None and sam_side is not None
        assert (alex_side.self_style, alex_side.helps) == (
            AttachmentStyle.SECURE,
            frozenset({HelpKind.CALM}),
        )
        assert HelpKind.CALM not in sam_side.helps and sam_side.self_style is not (
            AttachmentStyle.SECURE
        )
    # Alex's export changed only by its time: nothing Sam did or shared is in it.
    alex_after = await _export(alex)
    assert {k: v for k, v in alex_after.items() if k != "exported_at"} == {
        k: v for k, v in alex_before.items() if k != "exported_at"
    }
    # Sam's export holds Sam's own side only: not Alex's style, kinds of care or nudges.
    sam_export = await _export(sam)
    flat = json.dumps(sam_export)
    assert '"secure"' not in flat and '"calm"' not in flat
    assert sam_export["nudges"] == [] and sam_export["weekly_reviews"] == []


class ExpectedDraws(random.Random):
    """Chance that always draws a Beta distribution's mean: Thompson sampling then picks the
    category with the best expectation, so what a prior does shows in every choice."""

    def betavariate(self, alpha: float, beta: float) -> float:
        return alpha / (alpha + beta)


async def test_what_helps_leans_the_nudges_chosen_for_the_partner(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> None:
    """Two users with the same style get 30 nudges each, 8 hours apart; one of them is linked
    with a partner who shared "knowing I can count on my partner" (trust). With every draw at
    its expectation, the dispatcher picks trust for that one whenever rotation leaves it the
    choice,
    and still sends every other category (a prior, not a filter)."""
    edge = InProcessEdge(api)
    app = build_fast_app(edge, db_url, clock, places, rng=ExpectedDraws(3))
    await app.start()
    try:
        counts = await _thirty_each(app, api, clock)
    finally:
        await app.stop()
    assert not edge.failures
    # "trust" sorts last: with equal expectations (no prior) it would never win a tie.
    assert counts["linked"]["trust"] >= counts["plain"]["trust"] + 5, counts
    assert set(counts["linked"]) == CATEGORIES[Audience.AVOIDANT]


async def _thirty_each(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> dict[str, Counter[str]]:
    alex, sam = Chat(api, api.user(501, "Alex")), Chat(api, api.user(502, "Sam"))
    kim = Chat(api, api.user(503, "Kim"))
    await alex.onboard(style="Avoidant")
    await kim.onboard(style="Avoidant")
    payload = await invite(alex, ALEX_SEES, "Alex")
    await open_link(sam, payload)
    await tap_telling(sam, alex, SAM_SEES("partners-join-button"))
    [hub] = await sam.say("/partner")
    await sam.press(hub.message_id, "lk:h:reliability")
    await tap_telling(sam, alex, SAM_SEES("helps-share-button"), hub.message_id)
    ids = {}
    async with app.sessions() as session:
        for who, label in ((alex, "linked"), (kim, "plain")):
            profile = await users.by_telegram_id(session, who.user.user_id)
            assert profile is not None
            ids[label] = profile.id
    for _ in range(30):
        now = app.clock()
        async with app.sessions.begin() as session:
            for user_id in ids.values():
                await nudges_rows.add(session, user_id, now, NudgeSource.NOW, now)
        while await app.dispatcher.tick():
            pass
        clock.advance(timedelta(hours=8))
    counts = {}
    for label, user_id in ids.items():
        rows = [n for n in await all_nudges(app) if n.user_id == user_id and n.prompt_id]
        prompts = [app.catalog.get(n.prompt_id or "") for n in rows]
        counts[label] = Counter(p.category for p in prompts if p is not None)
    return counts


async def test_someone_already_using_nudger_can_join_and_keeps_their_own_setup(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    await alex.onboard()
    await sam.onboard(name="Jo", style="Secure")
    payload = await invite(alex, ALEX_SEES, "Alex")
    # The invitation names the inviter by the name they chose, not the one Sam uses for Jo.
    assert await open_link(sam, payload) == english("Jo")("partners-welcome", name="Alex")
    await tap_telling(sam, alex, SAM_SEES("partners-join-button"))
    assert sam.user.last_message.text == SAM_SEES("partners-joined")
    async with app.sessions() as session:
        profile = await users.by_telegram_id(session, sam.user.user_id)
    assert profile is not None and profile.onboarded
    assert (profile.partner_name, profile.style) == ("Jo", AttachmentStyle.SECURE)
    [settings] = await sam.say("/settings")
    assert english("Jo")("settings-menu-linked", name="Alex") in (settings.text or "")


async def test_sharing_again_or_from_an_old_question_tells_nobody_anything(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    await _linked(app, alex, sam)
    await self_report(sam, SAM_SEES, AttachmentStyle.ANXIOUS)
    first_question = sam.user.last_message
    await tap_telling(sam, alex, SAM_SEES("self-share-button"))
    # Alex chooses their own style; Sam's repeated share changes nothing for Alex.
    [menu] = await alex.say("/settings")
    await alex.tap_and_wait(ALEX_SEES("settings-style-button"), "editMessageText", menu.message_id)
    await alex.tap_and_wait(ALEX_SEES("style-secure"), "editMessageText", menu.message_id)
    told_before = len(alex.user.messages)
    [hub] = await sam.say("/partner")
    assert await sam.press(hub.message_id, "lk:st:yes:anxious") == SAM_SEES("self-shared-notice")
    assert await sam.press(first_question.message_id, "lk:st:yes:anxious")
    async with app.sessions() as session:
        a = await users.by_telegram_id(session, alex.user.user_id)
        assert a is not None
        shared = (await partners.shared_with(session, [a.id]))[a.id]
    assert shared.overridden and len(alex.user.messages) == told_before
    # A new result, kept to oneself: the earlier share stays, and the old question for the
    # earlier result shares nothing now.
    await self_report(sam, SAM_SEES, AttachmentStyle.AVOIDANT)
    await sam.tap_and_wait(SAM_SEES("self-keep-button"), "editMessageText")
    assert sam.user.last_message.text == SAM_SEES("self-shared", style=SAM_SEES("style-anxious"))
    stale = await sam.press(first_question.message_id, "lk:st:yes:anxious")
    assert stale == SAM_SEES("common-stale-question")
    async with app.sessions() as session:
        shared = (await partners.shared_with(session, [a.id]))[a.id]
    assert shared.partner_style is AttachmentStyle.ANXIOUS
    assert len(alex.user.messages) == told_before
    # The hub offers to share the newer result.
    [hub] = await sam.say("/partner")
    label = SAM_SEES("partners-share-style-button", style=SAM_SEES("style-avoidant"))
    told = await tap_telling(sam, alex, label, hub.message_id)
    assert told == ALEX_SEES("partners-style-shared-with-you", style=ALEX_SEES("style-avoidant"))


async def test_taps_on_an_answered_invitation_are_not_guesses(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    kim = Chat(api, api.user(503, "Kim"))
    await alex.onboard()
    await kim.onboard()
    payload = await invite(alex, ALEX_SEES, "Alex")
    await open_link(sam, payload)
    welcome = sam.user.last_message
    await tap_telling(sam, alex, SAM_SEES("partners-decline-button"))
    for _ in range(MAX_WRONG_TOKENS + 1):
        data = f"lk:join:{payload.removeprefix('link_')}"
        assert await sam.press(welcome.message_id, data) == SAM_SEES("partners-link-unknown")[:200]
    good = await invite(kim, english("Sam"), "Kim")
    assert await open_link(sam, good) == english("Kim")("partners-welcome", name="Kim")


@pytest.mark.parametrize("choice", ["Anxious", "Not sure"])
async def test_a_style_of_ones_own_in_setup_is_told_and_not_sure_is_no_choice(
    app: NudgerApp, api: FakeBotApi, chat: Chat, choice: str
) -> None:
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    await _linked(app, alex, sam)
    await self_report(alex, ALEX_SEES, AttachmentStyle.AVOIDANT)
    await tap_telling(alex, sam, ALEX_SEES("self-share-button"))
    summary = await sam.onboard(name="Alex", style=choice)
    sam_link = english("Alex")
    overridden = sam_link("partners-style-overridden", style=sam_link("style-anxious"))
    async with app.sessions() as session:
        s = await users.by_telegram_id(session, sam.user.user_id)
        assert s is not None
        following = await partners.following(session, s.id)
    if choice == "Anxious":
        assert overridden in (summary.text or "") and not following
    else:
        assert "instead of the style" not in (summary.text or "") and following


async def test_someone_linked_with_another_can_say_no_thanks_but_not_join(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    alex, sam = chat, Chat(api, api.user(502, "Sam"))
    kim = Chat(api, api.user(503, "Kim"))
    await _linked(app, alex, sam)
    await kim.onboard()
    payload = await invite(kim, english("Sam"), "Kim")
    # Sam, linked with Alex, opens Kim's invitation: told so, with only No thanks.
    assert await open_link(sam, payload) == SAM_SEES("partners-linked-elsewhere")
    assert sam.user.last_message.buttons == [SAM_SEES("partners-decline-button")]
    # A forged Join is refused the same way.
    join = f"lk:join:{payload.removeprefix('link_')}"
    notice = await sam.press(sam.user.last_message.message_id, join)
    assert notice == SAM_SEES("partners-linked-elsewhere")[:200]
    told = await tap_telling(sam, kim, SAM_SEES("partners-decline-button"))
    assert told == english("Sam")("partners-partner-declined")
    async with app.sessions() as session:
        k = await users.by_telegram_id(session, kim.user.user_id)
        assert k is not None
        assert await partners.open_invitation(session, k.id) is None
        assert await partners.side_of(session, k.id) is None
