"""Which PTB errors mean 'surely not delivered' and which mean 'may have arrived'."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.exc import TimeoutError as PoolTimeout
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from nudger.messaging.base import DeliveryError
from nudger.messaging.messenger import delivery_error, use_timedelta_retry_after
from nudger.messaging.transport import ConnectionLost, NotSent, NotSentTimeout
from nudger.storage.db import unavailable


@pytest.mark.parametrize(
    ("error", "reason", "retry", "unknown", "permanent"),
    [
        (
            NotSent("refused"),
            "network",
            True,
            False,
            False,
        ),
        (NetworkError("Bad Gateway"), "network", True, False, False),  # a 5xx answer
        (
            ConnectionLost("reset"),
            "connection_lost",
            False,
            True,
            False,
        ),
        (
            NotSentTimeout("slow or busy"),
            "connect_timeout",
            True,
            False,
            False,
        ),
        (
            TimedOut(),
            "timed_out",
            False,
            True,
            False,
        ),
        (Forbidden("Forbidden: bot was blocked by the user"), "forbidden", False, False, True),
        (BadRequest("Bad Request: chat not found"), "bad_request", False, False, True),
    ],
)
def test_mapping(
    error: TelegramError, reason: str, retry: bool, unknown: bool, permanent: bool
) -> None:
    mapped = delivery_error(error)
    assert isinstance(mapped, DeliveryError)
    assert mapped.reason == reason
    assert mapped.outcome_unknown is unknown
    assert mapped.permanent is permanent
    assert (not mapped.permanent and not mapped.outcome_unknown) is retry


def test_retry_after_and_migration_carry_their_values() -> None:
    use_timedelta_retry_after()
    assert delivery_error(RetryAfter(timedelta(seconds=7))).retry_after == 7.0
    migrated = delivery_error(ChatMigrated(-100123))
    assert migrated.migrate_to == -100123
    assert migrated.blocked is False
    assert delivery_error(Forbidden("Forbidden: user is deactivated")).blocked is True


def test_no_pooled_connection_in_time_means_the_database_is_busy() -> None:
    assert unavailable(PoolTimeout("QueuePool limit reached, timed out"))
    assert not unavailable(ValueError("a bug"))
