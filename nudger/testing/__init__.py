"""Test doubles for nudger.

The names are imported lazily so that ``python -m nudger.testing.fake_bot_api`` does not
import the module twice (which would make runpy emit a RuntimeWarning).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nudger.testing.fake_bot_api import (
        BOT_ID,
        BOT_USERNAME,
        ApiCall,
        FakeBotApi,
        FakeError,
        FakeMessage,
        FakeUser,
        UploadedFile,
        WebhookAttempt,
    )

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


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("nudger.testing.fake_bot_api"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
