"""The app as each tier builds it: over HTTP against the fake Bot API, or in-process."""

from __future__ import annotations

import random
import socket
import time
from typing import Any

from nudger.app import NudgerApp, Role
from nudger.config import load_settings
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.inprocess.edge import InProcessEdge
from nudger.testing.wall import Wall
from tests.conftest import FakeClock

TOKEN = "123456:TEST-token"


def build_app(
    api: FakeBotApi,
    db_url: str,
    clock: FakeClock,
    places: TimezoneResolver,
    *,
    role: Role = "run",
    run_ticks: bool = False,
    seed: int = 7,
    **settings: Any,
) -> NudgerApp:
    """The real app against the fake Bot API, its web server on any free port."""
    settings.setdefault("http_port", 0)  # any free port: tests may run beside a real service
    return NudgerApp(
        load_settings(
            telegram_token=TOKEN, telegram_api_url=api.url, database_url=db_url, **settings
        ),
        clock=clock,
        rng=random.Random(seed),
        run_ticks=run_ticks,
        poll_timeout=1,
        places=places,
        role=role,
    )


def build_fast_app(
    edge: InProcessEdge,
    db_url: str,
    clock: FakeClock,
    places: TimezoneResolver,
    *,
    seed: int = 7,
    rng: random.Random | None = None,
    **settings: Any,
) -> NudgerApp:
    """The same parts around the in-process edge; the send budget paces in virtual seconds.

    Chance comes from ``rng``, or a generator seeded with ``seed``."""
    wall = Wall(time.time())
    return NudgerApp(
        load_settings(telegram_token=TOKEN, database_url=db_url, **settings),
        clock=clock,
        rng=rng or random.Random(seed),
        run_ticks=False,
        places=places,
        edge=edge,
        wall=wall,
        sleep=wall.sleep,
    )


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
