"""``python -m nudger.testing.fake_bot_api``: serve the fake stand-alone until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
from collections.abc import Sequence

from nudger.testing.fake_bot_api.server import FakeBotApi

# The package's name, as the single module had before it was split, so that log filters
# (and ``caplog``) written for ``nudger.testing.fake_bot_api`` keep matching.
_log = logging.getLogger("nudger.testing.fake_bot_api")


async def _serve(host: str, port: int, token: str) -> None:
    async with FakeBotApi(token, host=host, port=port) as api:
        _log.warning("Fake Bot API on %s (base_url=%s/bot); Ctrl-C to stop", api.url, api.url)
        await asyncio.Event().wait()


def main(argv: Sequence[str] | None = None) -> None:
    """Run the fake server until interrupted (for pointing a real ``nudger run`` at it)."""
    parser = argparse.ArgumentParser(description="Serve a fake Telegram Bot API on loopback.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default="123456:TEST-token")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port, args.token))


if __name__ == "__main__":
    main()
