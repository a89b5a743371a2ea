"""The send policy as a table: every kind of failure at the attempt edges, and how the
messenger's DeliveryError describes each failure."""

from __future__ import annotations

from datetime import timedelta

import pytest

from nudger.domain.delivery import (
    MAX_ATTEMPTS,
    FailureKind,
    SendDecision,
    SendFailure,
    SendOutcome,
    backoff,
    decide,
    exhausted,
)
from nudger.messaging.base import DeliveryError

K = FailureKind
Out = SendOutcome
WAIT = timedelta(seconds=30)
NEW_CHAT = -100777
LAST = MAX_ATTEMPTS


def failure(kind: FailureKind) -> SendFailure:
    return SendFailure(
        kind,
        reason="why",
        retry_after=WAIT if kind is K.THROTTLED else None,
        migrate_to=NEW_CHAT if kind is K.CHAT_MIGRATED else None,
    )


RETRY_AFTER = SendDecision(Out.RETRY_AFTER, "retry_after", WAIT)
MIGRATED = SendDecision(Out.CHAT_MIGRATED, "chat_migrated", timedelta(0), move_to=NEW_CHAT)
BLOCKED = SendDecision(Out.BLOCKED, "why")
UNKNOWN = SendDecision(Out.UNKNOWN, "why")
FAILED = SendDecision(Out.FAILED, "why")


def retry(attempt: int) -> SendDecision:
    return SendDecision(Out.RETRY, "why", backoff(attempt))


# (kind, attempt, resend_unknown, max_attempts) -> decision
TABLE = [
    # A 429 is retried after the platform's wait, however many attempts were made.
    (K.THROTTLED, 1, False, LAST, RETRY_AFTER),
    (K.THROTTLED, LAST, False, LAST, RETRY_AFTER),
    (K.THROTTLED, LAST + 3, True, LAST, RETRY_AFTER),
    # A moved chat is sent to at once, at any attempt.
    (K.CHAT_MIGRATED, 1, False, LAST, MIGRATED),
    (K.CHAT_MIGRATED, LAST, False, LAST, MIGRATED),
    (K.CHAT_MIGRATED, LAST, False, None, MIGRATED),
    # Blocked: given up at once.
    (K.BLOCKED, 1, False, LAST, BLOCKED),
    (K.BLOCKED, 1, True, None, BLOCKED),
    (K.BLOCKED, LAST, False, LAST, BLOCKED),
    # Outcome unknown: given up by default (rather missing than twice) ...
    (K.OUTCOME_UNKNOWN, 1, False, LAST, UNKNOWN),
    (K.OUTCOME_UNKNOWN, LAST, False, LAST, UNKNOWN),
    (K.OUTCOME_UNKNOWN, 1, False, None, UNKNOWN),
    # ... or, when resending is allowed, retried like a transient failure.
    (K.OUTCOME_UNKNOWN, 1, True, LAST, retry(1)),
    (K.OUTCOME_UNKNOWN, LAST - 1, True, LAST, retry(LAST - 1)),
    (K.OUTCOME_UNKNOWN, LAST, True, LAST, FAILED),
    # Permanent: given up at once.
    (K.PERMANENT, 1, False, LAST, FAILED),
    (K.PERMANENT, 1, True, None, FAILED),
    # Transient: backoff until the last attempt, then given up ...
    (K.TRANSIENT, 1, False, LAST, retry(1)),
    (K.TRANSIENT, LAST - 1, False, LAST, retry(LAST - 1)),
    (K.TRANSIENT, LAST, False, LAST, FAILED),
    (K.TRANSIENT, LAST + 1, False, LAST, FAILED),
    (K.TRANSIENT, 1, False, 1, FAILED),
    # ... unless the sender gives up elsewhere (reviews: when the retry is claimed).
    (K.TRANSIENT, LAST, False, None, retry(LAST)),
    (K.TRANSIENT, LAST + 1, False, None, retry(LAST + 1)),
]


@pytest.mark.parametrize(
    ("kind", "attempt", "resend_unknown", "max_attempts", "expected"),
    TABLE,
    ids=[f"{k.value}-{a}-{'resend' if r else 'keep'}-{m}" for k, a, r, m, _ in TABLE],
)
def test_decide(
    kind: FailureKind,
    attempt: int,
    resend_unknown: bool,
    max_attempts: int | None,
    expected: SendDecision,
) -> None:
    decision = decide(
        failure(kind), attempt, resend_unknown=resend_unknown, max_attempts=max_attempts
    )
    assert decision == expected
    assert decision.gives_up is (expected.retry_in is None)
    assert decision.holds_every_send is (kind is K.THROTTLED)
    assert decision.deactivates_user is (kind is K.BLOCKED)


def test_every_kind_is_in_the_table() -> None:
    assert {kind for kind, *_ in TABLE} == set(FailureKind)


@pytest.mark.parametrize("attempt", range(1, LAST + 3))
def test_one_give_up_rule_for_senders_that_give_up_on_failure_or_on_claim(attempt: int) -> None:
    """Nudges give up when the failed attempt was the last (decide); reviews when a retry is
    claimed for one attempt too many (exhausted): the same limit, in one place."""
    assert exhausted(attempt) is (attempt > MAX_ATTEMPTS)
    assert decide(failure(K.TRANSIENT), attempt).gives_up is exhausted(attempt + 1)
    assert exhausted(attempt, max_attempts=1) is (attempt > 1)


def test_a_migration_without_a_new_chat_is_retried_like_a_transient_failure() -> None:
    moved_nowhere = SendFailure(K.CHAT_MIGRATED, "chat_migrated")
    assert decide(moved_nowhere, 1) == SendDecision(Out.RETRY, "chat_migrated", backoff(1))


@pytest.mark.parametrize(
    ("attempt", "wait"),
    [(0, 10), (1, 10), (2, 20), (3, 40), (6, 320), (7, 600), (30, 600), (10**6, 600)],
)
def test_backoff_doubles_from_ten_seconds_up_to_ten_minutes(attempt: int, wait: int) -> None:
    assert backoff(attempt) == timedelta(seconds=wait)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (DeliveryError("retry_after", retry_after=3.0), K.THROTTLED),
        (DeliveryError("chat_migrated", migrate_to=NEW_CHAT), K.CHAT_MIGRATED),
        (DeliveryError("forbidden", permanent=True, blocked=True), K.BLOCKED),
        (DeliveryError("timed_out", outcome_unknown=True), K.OUTCOME_UNKNOWN),
        (DeliveryError("bad_request", permanent=True), K.PERMANENT),
        (DeliveryError("network"), K.TRANSIENT),
        # The kind that matters most wins: a 429 holds every sender.
        (DeliveryError("retry_after", retry_after=1.0, permanent=True), K.THROTTLED),
    ],
    ids=lambda value: value.reason if isinstance(value, DeliveryError) else value.value,
)
def test_a_delivery_error_describes_its_failure(error: DeliveryError, kind: FailureKind) -> None:
    assert error.failure.kind is kind
    assert error.failure.reason == error.reason
    if kind is K.THROTTLED:
        assert error.failure.retry_after == timedelta(seconds=error.retry_after or 0)
    assert error.failure.migrate_to == error.migrate_to
