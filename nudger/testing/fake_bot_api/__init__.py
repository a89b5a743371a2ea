"""A fake Telegram Bot API server that the real python-telegram-bot can talk to.

Point PTB at it and drive the conversation from the user's side::

    async with FakeBotApi() as api:
        app = ApplicationBuilder().token(api.token).base_url(f"{api.url}/bot").build()
        ...
        alex = api.user(42)
        alex.send_text("/start")
        await api.wait_for_call("sendMessage")
        assert alex.last_message.buttons == ["Yes", "No"]

Every request is recorded in :attr:`FakeBotApi.calls`. Cheap Telegram validations are
mirrored so that bot bugs surface as the same ``BadRequest`` errors production would raise.
Failures (flood control, blocked users, 5xx, slow responses) can be injected per method.

Webhooks work as with Telegram: after ``setWebhook`` the fake POSTs every pending and future
update (replays too) as JSON to the URL, with ``X-Telegram-Bot-Api-Secret-Token`` if a secret
was set, one request at a time in update order (replays first). A 2xx answer confirms the
update; anything else, a connection error or a timeout (:attr:`FakeBotApi.webhook_timeout`)
keeps it pending and it is posted again after :attr:`FakeBotApi.webhook_retry_delay`. Every
attempt is recorded in :attr:`FakeBotApi.webhook_attempts`; ``getWebhookInfo`` reports the
pending count and the last error. ``deleteWebhook`` (or ``setWebhook`` with an empty URL) stops
the pushes, and pending updates wait for ``getUpdates`` again. Only loopback URLs
(127.0.0.0/8, ``localhost``, ``[::1]``) are posted to; with any other URL the updates just
stay pending.

Setting :attr:`FakeBotApi.rate_limit` mimics Telegram's overall flood limit for load tests: a
``sendMessage``/``sendPhoto``/``sendDocument`` that would make more than ``rate_limit``
successful sends within any 1-second window (by arrival time) is answered 429 ``retry after 1``
and counted in :attr:`FakeBotApi.throttled`. :meth:`FakeBotApi.max_sends_per_second` tells the
busiest second of successful sends so far, whether or not a limit is set. As with Telegram's
paid broadcasts, a send with ``allow_paid_broadcast: true`` is not counted against
``rate_limit`` but against :attr:`FakeBotApi.paid_rate_limit` (Telegram's is 1,000);
``max_sends_per_second(paid=...)`` and :meth:`FakeBotApi.paid_sends` count them apart, and
the parameter stays in the call's ``params``.

Run ``python -m nudger.testing.fake_bot_api --port 8081`` to serve it stand-alone.

The modules: ``records`` (what is recorded and injected), ``users`` (acting as a user),
``server`` (the aiohttp app, :class:`FakeBotApi`), which is assembled from ``updates`` (the
update queue), ``webhook`` (pushing it to a webhook), ``methods`` (the other Bot API methods)
and ``limits`` (the flood limit); ``validation`` mirrors Telegram's checks, ``bot`` is the
bot's identity and ``__main__`` the command line.
"""

from __future__ import annotations

from nudger.testing.fake_bot_api.bot import BOT_ID, BOT_USERNAME
from nudger.testing.fake_bot_api.records import (
    ApiCall,
    FakeError,
    FakeMessage,
    UploadedFile,
    WebhookAttempt,
)
from nudger.testing.fake_bot_api.server import FakeBotApi
from nudger.testing.fake_bot_api.users import FakeUser

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "ApiCall",
    "FakeBotApi",
    "FakeError",
    "FakeMessage",
    "FakeUser",
    "UploadedFile",
    "WebhookAttempt",
]
