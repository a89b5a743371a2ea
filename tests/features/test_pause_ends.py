"""Fast tier: the pause-ends job sends its "welcome back" notices through a database blink,
and one notice that fails does not stop the others (the pauses are already ended then, and
a notice is not stored: one lost is lost for good)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from nudger.app import NudgerApp
from nudger.domain.conversation import Draft, Step
from nudger.domain.model import Profile
from nudger.domain.planning import Window
from nudger.domain.styles import AttachmentStyle
from nudger.messaging.base import Keyboard
from nudger.services.pauses import Notice, resume_due
from nudger.storage import users
from nudger.testing.fake_bot_api import FakeBotApi, FakeError
from nudger.testing.outage import Outage
from tests.conftest import FakeClock


@pytest.fixture
async def outage(app: NudgerApp, db_url: str, tmp_path: Path) -> AsyncIterator[Outage]:
    """Takes the app's SQLite file away and puts it back (back in the end in any case)."""
    switch = Outage(db_url, tmp_path / "moved.db")
    switch.app = app
    yield switch
    if (tmp_path / "moved.db").exists():
        await switch.up()


async def _paused_for_a_day(app: NudgerApp, api: FakeBotApi, now: datetime, *ids: int) -> None:
    """Set-up users, paused until a day from ``now`` (written directly: no updates, so an
    outage can start at once)."""
    draft = Draft(
        step=Step.WINDOWS,
        partner_name="Sam",
        style=AttachmentStyle.SECURE,
        timezone="Europe/Berlin",
        per_day=2,
        windows=frozenset({Window.MORNING}),
    )
    async with app.sessions.begin() as session:
        for telegram_id in ids:
            api.user(telegram_id, f"P{telegram_id}")
            user = await users.ensure(session, telegram_id, telegram_id, now)
            await users.finish_onboarding(session, user.id, draft, now)
            await users.start_pause(session, user.id, now, now + timedelta(days=1))


async def _profile(app: NudgerApp, telegram_id: int) -> Profile:
    async with app.sessions() as session:
        profile = await users.by_telegram_id(session, telegram_id)
    assert profile is not None
    return profile


def _welcomed(api: FakeBotApi, chat_id: int, since: int = 0) -> int:
    """How many "welcome back" notices reached the chat after ``since``."""
    return sum(
        1
        for call in api.calls[since:]
        if call.method == "sendMessage"
        and call.ok
        and call.params.get("chat_id") == chat_id
        and "pause is over" in str(call.params.get("text"))
    )


def _events(caplog: pytest.LogCaptureFixture, name: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if getattr(r, "event", None) == name]


async def test_welcome_back_notices_wait_out_a_database_blink(
    app: NudgerApp,
    api: FakeBotApi,
    clock: FakeClock,
    outage: Outage,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pauses are ended and committed, then the database goes away before the first send
    slot is taken: the notices wait for it."""
    await _paused_for_a_day(app, api, clock(), 621, 622)
    clock.advance(timedelta(days=1))

    async def resume_then_cut(*args: Any, **kwargs: Any) -> list[Notice]:
        notices = await resume_due(*args, **kwargs)
        await outage.down(api)
        return notices

    monkeypatch.setattr("nudger.jobs.pause_ends.resume_due", resume_then_cut)
    mark = api.mark()
    with caplog.at_level(logging.INFO):
        tick = asyncio.create_task(app.pause_ends.tick())
        await api.wait_until(lambda: tick.done() or bool(_events(caplog, "notice_retry")))
        assert not tick.done(), "the tick gave up on the database"
        assert _welcomed(api, 621, mark) == _welcomed(api, 622, mark) == 0
        await outage.up()
        async with asyncio.timeout(30):
            assert await tick == 2
    assert _welcomed(api, 621, mark) == _welcomed(api, 622, mark) == 1
    assert not _events(caplog, "notice_failed")
    for telegram_id in (621, 622):
        assert not (await _profile(app, telegram_id)).paused


async def test_the_write_after_a_failed_notice_waits_out_a_database_blink(
    app: NudgerApp,
    api: FakeBotApi,
    clock: FakeClock,
    outage: Outage,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A block answers a notice, then the database goes away: the user is marked inactive once
    it is back, and the other notice still goes out."""
    await _paused_for_a_day(app, api, clock(), 623, 624)
    clock.advance(timedelta(days=1))
    api.fail_next("sendMessage", FakeError.forbidden(), chat_id=623)
    send = app.messenger.send

    async def send_or_cut(
        chat_id: int, text: str, keyboard: Keyboard = (), *, paid: bool = False
    ) -> int:
        try:
            return await send(chat_id, text, keyboard, paid=paid)
        except Exception:
            await outage.down(api)
            raise

    monkeypatch.setattr(app.messenger, "send", send_or_cut)
    with caplog.at_level(logging.INFO):
        tick = asyncio.create_task(app.pause_ends.tick())
        await api.wait_until(lambda: tick.done() or bool(_events(caplog, "notice_retry")))
        assert not tick.done(), "the tick gave up on the database"
        await outage.up()
        async with asyncio.timeout(30):
            assert await tick == 1
    blocked = await _profile(app, 623)
    assert not blocked.active
    assert (_welcomed(api, 623), _welcomed(api, 624)) == (0, 1)
    [failed] = _events(caplog, "notice_failed")
    assert failed.fields == {  # type: ignore[attr-defined]
        "user": blocked.id,
        "reason": "forbidden",
        "outcome": "dropped",
        "decision": "blocked",
    }


async def test_one_notice_that_fails_oddly_does_not_stop_the_others(
    app: NudgerApp,
    api: FakeBotApi,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await _paused_for_a_day(app, api, clock(), 625, 626)
    clock.advance(timedelta(days=1))
    send = app.messenger.send

    async def send_or_break(
        chat_id: int, text: str, keyboard: Keyboard = (), *, paid: bool = False
    ) -> int:
        if chat_id == 625:
            raise RuntimeError(f"a bug that quotes {text!r}")
        return await send(chat_id, text, keyboard, paid=paid)

    monkeypatch.setattr(app.messenger, "send", send_or_break)
    with caplog.at_level(logging.INFO):
        assert await app.pause_ends.tick() == 1
    assert (_welcomed(api, 625), _welcomed(api, 626)) == (0, 1)
    [failed] = _events(caplog, "notice_failed")
    assert failed.levelno == logging.WARNING
    assert failed.fields == {  # type: ignore[attr-defined]  # ids only, never the text
        "user": (await _profile(app, 625)).id,
        "outcome": "dropped",
        "error": "RuntimeError",
    }
    assert not failed.exc_info


async def test_a_notice_that_is_not_tried_again_is_not_logged_as_a_retry(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """A 5xx or a 429 would be tried again for a nudge; a notice is dropped, and says so."""
    await _paused_for_a_day(app, api, clock(), 627, 628)
    clock.advance(timedelta(days=1))
    api.fail_next("sendMessage", FakeError.server_error(502), chat_id=627)
    api.fail_next("sendMessage", FakeError.retry_after(5), chat_id=628)
    with caplog.at_level(logging.INFO):
        assert await app.pause_ends.tick() == 0
    found = {
        r.fields["user"]: (r.fields["outcome"], r.fields["decision"])  # type: ignore[attr-defined]
        for r in _events(caplog, "notice_failed")
    }
    assert found == {
        (await _profile(app, 627)).id: ("dropped", "retry"),
        (await _profile(app, 628)).id: ("dropped", "retry_after"),
    }
