"""Each feature through the bot (for now the real app over HTTP; see tests/e2e/conftest.py)."""

from tests.e2e.conftest import api, app, chat, places

__all__ = ["api", "app", "chat", "places"]
