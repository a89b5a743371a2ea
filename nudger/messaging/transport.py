"""PTB's connection to the Bot API, over aiohttp.

python-telegram-bot sends every request through a :class:`telegram.request.BaseRequest`;
its default, ``HTTPXRequest``, costs about 3 ms of CPU per request here (httpx and
httpcore, which also retries a failing ``import sniffio`` on every request when sniffio is
not installed). aiohttp, which nudger already uses for its web server, costs about 0.2 ms:
measured side by side in ``bench/`` and docs/performance.md. At Telegram's paid broadcast
rate (1,000 messages/s) that is the difference between a third of a core and three cores.

Failures are raised as PTB errors that say whether the request can have reached Telegram,
which is what the dispatcher needs to decide between "send again" and "it may have
arrived" (see :func:`nudger.messaging.messenger.delivery_error`):

- :class:`NotSent`: the connection could not be made (refused, DNS, TLS);
- :class:`NotSentTimeout`: no connection within the connect or pool time-out;
- :class:`ConnectionLost`: the connection broke after the request was written;
- PTB's :class:`~telegram.error.TimedOut`: no answer within the read time-out.
"""

from __future__ import annotations

import functools
import json
import urllib.request
from urllib.parse import urlsplit

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

#: PTB's own defaults (seconds), as HTTPXRequest has them.
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0


_JSON = {"Content-Type": "application/json"}


class JsonBody:
    """A request's parameters already encoded as one JSON object (no files).

    For the dispatcher's hot path: :class:`~nudger.messaging.messenger.TelegramMessenger`
    builds a nudge's sendMessage body directly instead of through PTB's objects, which cost
    about half of a send's CPU (see docs/architecture.md).
    """

    multipart_data: dict[str, object] = {}  # noqa: RUF012

    def __init__(self, payload: dict[str, object]) -> None:
        self._payload = json.dumps(payload, separators=(",", ":")).encode()

    @property
    def json_payload(self) -> bytes:
        return self._payload

    @property
    def json_parameters(self) -> dict[str, str]:
        # PTB's form: every value a string, objects JSON-encoded (used for logging only).
        decoded: dict[str, object] = json.loads(self._payload)
        return {k: v if isinstance(v, str) else json.dumps(v) for k, v in decoded.items()}


class NotSent(NetworkError):
    """The request never reached the server: surely not delivered."""


class NotSentTimeout(TimedOut):
    """No connection (new or from the pool) in time: the request was not sent."""


class ConnectionLost(NetworkError):
    """The connection broke after the request was written: it may have arrived."""


def _seconds(value: object, default: float | None) -> float | None:
    """A PTB time-out argument: DEFAULT_NONE means this request's default."""
    if isinstance(value, int | float) or value is None:
        return None if value is None else float(value)
    return default


def _total(*parts: float | None) -> float | None:
    if any(part is None for part in parts):
        return None
    return sum(part for part in parts if part is not None)


class AiohttpRequest(BaseRequest):
    """A :class:`~telegram.request.BaseRequest` on one :class:`aiohttp.ClientSession`.

    Parameters are sent as a JSON object (which the Bot API takes, and which costs aiohttp
    far less than a form), files as multipart. aiohttp has no write time-out of its own, so
    the request as a whole is bounded by the sum of the pool, connect, write and read
    time-outs.
    """

    def __init__(
        self,
        connection_pool_size: int = 256,
        *,
        read_timeout: float | None = READ_TIMEOUT,
        write_timeout: float | None = WRITE_TIMEOUT,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
        media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}  # (scheme, host) -> proxy

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # HTTPS_PROXY / NO_PROXY are honoured as with PTB's httpx transport, but read once
            # per host (_proxy), not by aiohttp on every request (trust_env): that looked up
            # the proxy settings and ~/.netrc in a thread each time, about 2 % of a press.
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
                trust_env=False,
                cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets none: don't look
            )

    def _proxy(self, url: str) -> str | None:
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        if key not in self._proxies:
            self._proxies[key] = proxy_for(url)
        return self._proxies[key]

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data is not None else {}
        read = _seconds(read_timeout, self._read_timeout)
        write = _seconds(write_timeout, self._media_write_timeout if files else self._write_timeout)
        connect = _seconds(connect_timeout, self._connect_timeout)
        pool = _seconds(pool_timeout, self._pool_timeout)
        timeout = _timeout(pool, connect, write, read)
        body: aiohttp.FormData | bytes | None = None
        headers = None
        if request_data is not None and files:
            body = _form(request_data)
        elif request_data is not None:
            body = request_data.json_payload
            headers = _JSON
        try:
            async with session.request(
                method, url, data=body, headers=headers, timeout=timeout, proxy=self._proxy(url)
            ) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as error:
            raise NotSentTimeout("Timed out connecting to the Bot API: not sent") from error
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientConnectorError as error:
            raise NotSent(f"Could not connect to the Bot API: {type(error).__name__}") from error
        except aiohttp.ClientError as error:
            raise ConnectionLost(f"aiohttp.{type(error).__name__}: {error}") from error


def proxy_for(url: str) -> str | None:
    """The HTTP proxy the environment names for ``url`` (``HTTPS_PROXY`` or ``HTTP_PROXY`` by
    the URL's scheme, and ``NO_PROXY``, upper or lower case), as aiohttp's ``trust_env`` read
    them: only ``http://`` proxies, ``ALL_PROXY`` not at all."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host and urllib.request.proxy_bypass(host):
        return None
    proxy = urllib.request.getproxies().get(parts.scheme)
    return proxy if proxy and urlsplit(proxy).scheme == "http" else None


@functools.lru_cache(maxsize=64)
def _timeout(
    pool: float | None, connect: float | None, write: float | None, read: float | None
) -> aiohttp.ClientTimeout:
    """aiohttp's time-outs for these parts (a few combinations, built once each)."""
    return aiohttp.ClientTimeout(
        total=_total(pool, connect, write, read),
        connect=_total(pool, connect),
        sock_connect=connect,
        sock_read=read,
    )


def _form(request_data: RequestData) -> aiohttp.FormData:
    """Parameters and files as multipart/form-data, as Telegram takes uploads."""
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
