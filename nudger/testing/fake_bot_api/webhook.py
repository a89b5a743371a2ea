"""Pushing updates to a webhook, as Telegram does after ``setWebhook``."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import re
import time
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from nudger.testing.fake_bot_api.records import WebhookAttempt
from nudger.testing.fake_bot_api.updates import _Updates
from nudger.testing.fake_bot_api.validation import _bad

# The package's name, as the single module had before it was split, so that log filters
# (and ``caplog``) written for ``nudger.testing.fake_bot_api`` keep matching.
_log = logging.getLogger("nudger.testing.fake_bot_api")

_SECRET_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name


def _is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (the only place the fake posts updates to)."""
    try:
        host = urlsplit(url).hostname or ""
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _WebhookDelivery(_Updates):
    """The webhook methods (``setWebhook``, ...) and the task that posts to the webhook."""

    def __init__(self) -> None:
        super().__init__()
        self.webhook_url = ""
        self.webhook_retry_delay = 0.2
        """Seconds before an update the webhook did not accept is posted again."""
        self.webhook_timeout = 5.0
        """Seconds the fake waits for the webhook's answer before counting a failure."""
        self.webhook_attempts: list[WebhookAttempt] = []
        """Every POST to a webhook, in order."""
        self._webhook_secret = ""
        self._webhook_max_connections = 40
        self._webhook_error: tuple[int, str] | None = None  # (unix time, message)
        self._webhook_task: asyncio.Task[None] | None = None

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        secret = str(params.get("secret_token") or "")
        if secret and not _SECRET_TOKEN_RE.fullmatch(secret):
            raise _bad("secret token contains unallowed characters")
        max_connections = params.get("max_connections")
        if isinstance(max_connections, int) and not 1 <= max_connections <= 100:
            raise _bad("invalid max_connections specified")
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = [str(kind) for kind in params["allowed_updates"]]
        self.webhook_url = url
        self._webhook_secret = secret if url else ""
        self._webhook_max_connections = max_connections if isinstance(max_connections, int) else 40
        self._webhook_error = None
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if url and not _is_loopback(url):
            _log.warning("FakeBotApi posts updates only to loopback URLs; not to %s", url)
        if url and (self._webhook_task is None or self._webhook_task.done()):
            self._webhook_task = asyncio.create_task(self._push_updates())
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        return self._set_webhook({"drop_pending_updates": params.get("drop_pending_updates")})

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        pending = len(self._replays) + sum(map(self._allowed, self._updates))
        info: dict[str, Any] = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": pending,
        }
        if self.webhook_url:
            info["max_connections"] = self._webhook_max_connections
            if self._allowed_updates:
                info["allowed_updates"] = list(self._allowed_updates)
        if self._webhook_error is not None:
            info["last_error_date"], info["last_error_message"] = self._webhook_error
        return info

    def _webhook_candidates(self) -> list[dict[str, Any]]:
        """The updates to post, in order (replays first); none without a loopback webhook."""
        if not _is_loopback(self.webhook_url):
            return []
        self._updates = [u for u in self._updates if self._allowed(u)]
        return self._replays + self._updates

    async def _push_updates(self) -> None:
        """Post pending updates to the webhook until :meth:`stop` cancels it.

        As Telegram does: up to ``max_connections`` posts at once, but one chat's updates
        one at a time and in order (the next only once the last was accepted; a refused one
        is posted again after :attr:`webhook_retry_delay`, and the chat's later updates wait).
        """
        in_flight: dict[int, asyncio.Task[None]] = {}  # id(update) -> its delivery
        busy: set[object] = set()  # chats with an update in flight
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as session:
            try:
                while True:
                    changed = self._changed
                    for update in self._webhook_candidates():
                        if len(in_flight) >= self._webhook_max_connections:
                            break
                        chat = _chat_key(update)
                        if id(update) in in_flight or chat in busy:
                            continue
                        busy.add(chat)
                        in_flight[id(update)] = asyncio.create_task(
                            self._deliver(session, update, chat, busy, in_flight)
                        )
                    await changed.wait()
            finally:
                for task in in_flight.values():
                    task.cancel()
                await asyncio.gather(*in_flight.values(), return_exceptions=True)

    async def _deliver(
        self,
        session: aiohttp.ClientSession,
        update: dict[str, Any],
        chat: object,
        busy: set[object],
        in_flight: dict[int, asyncio.Task[None]],
    ) -> None:
        try:
            try:
                delivered = await self._post_update(session, update)
            except Exception:  # noqa: BLE001 - a bug in the fake: log it, keep the loop alive
                _log.exception("FakeBotApi failed to post an update to the webhook")
                delivered = False
            if not delivered:
                await self._sleep(self.webhook_retry_delay)
        finally:
            busy.discard(chat)
            in_flight.pop(id(update), None)
            self._notify()

    async def _post_update(self, session: aiohttp.ClientSession, update: dict[str, Any]) -> bool:
        """Post one update; returns whether it was delivered (and so is no longer pending)."""
        update_id = update.get("update_id")
        body = json.dumps(update)  # serialized now: the update may change while posting
        headers = {"Content-Type": "application/json"}
        if self._webhook_secret:
            headers[_SECRET_HEADER] = self._webhook_secret
        status: int | None = None
        try:
            async with session.post(
                self.webhook_url,
                data=body,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.webhook_timeout),
            ) as response:
                await response.read()
                status = response.status
                error = f"Wrong response from the webhook: {status} {response.reason or ''}"
        except TimeoutError:
            error = "Read timeout expired"
        except aiohttp.ClientConnectorError:
            error = "Connection refused"
        except aiohttp.ClientError as exc:
            error = f"Connection failed: {type(exc).__name__}"
        attempt = WebhookAttempt(update_id if isinstance(update_id, int) else -1, status)
        self.webhook_attempts.append(attempt)
        _log.info("webhook update %s -> %s", update_id, status)
        if not attempt.ok:
            self._webhook_error = (int(time.time()), error.strip())
            return False
        self._replays = [u for u in self._replays if u is not update]
        self._updates = [u for u in self._updates if u is not update]
        return True


def _chat_key(update: dict[str, Any]) -> object:
    """Which of Telegram's per-chat queues an update is in: its chat's (a callback query's
    sender's); an update without one is a queue of its own."""
    for kind in ("message", "edited_message", "callback_query"):
        inner = update.get(kind)
        if isinstance(inner, dict):
            chat = inner.get("chat") if kind != "callback_query" else inner.get("from")
            if isinstance(chat, dict) and isinstance(chat.get("id"), int):
                return chat["id"]
    return ("update", id(update))
