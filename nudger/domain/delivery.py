"""What to do after a failed send: one policy for every sender (nudges, reviews, notices).

The messenger describes a failure as a :class:`SendFailure` (what kind, and what the platform
said); :func:`decide` turns it and the attempt number into a :class:`SendDecision`. The
senders only apply the decision: a nudge row is released or finished, a review row is put off
or finished, a notice is sent to the new chat or dropped. See the state table in
docs/operations.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

#: Sends tried in all for one message (every claim counts, a 429 included); then it fails.
MAX_ATTEMPTS = 5
#: The first wait before a transient failure is tried again; it doubles up to ``BACKOFF_MOST``.
BACKOFF_FIRST = timedelta(seconds=10)
BACKOFF_MOST = timedelta(minutes=10)


class FailureKind(StrEnum):
    """Why a send failed, in the terms the policy needs (not the platform's)."""

    #: The platform asked every sender to wait (Telegram's 429 with ``retry_after``).
    THROTTLED = "throttled"
    #: The chat moved to a new id (a group became a supergroup).
    CHAT_MIGRATED = "chat_migrated"
    #: The user blocked the bot or deleted their account (403).
    BLOCKED = "blocked"
    #: The request was written but no answer came: it may have arrived.
    OUTCOME_UNKNOWN = "outcome_unknown"
    #: Trying again will not help (a bad request, a chat that is gone).
    PERMANENT = "permanent"
    #: Worth another try later (network, 5xx, connection refused).
    TRANSIENT = "transient"


@dataclass(frozen=True)
class SendFailure:
    """A failed send as the messenger reports it."""

    kind: FailureKind
    #: A short machine label (``network``, ``forbidden``, ...): recorded and logged.
    reason: str
    #: THROTTLED: how long the platform asked us to wait.
    retry_after: timedelta | None = None
    #: CHAT_MIGRATED: the chat's new id.
    migrate_to: int | None = None


class SendOutcome(StrEnum):
    """What a failed send leads to; the value is the label senders record and log."""

    RETRY_AFTER = "retry_after"  # put off until the platform's wait is over; everyone waits
    CHAT_MIGRATED = "chat_migrated"  # store the new chat id and send there at once
    BLOCKED = "blocked"  # given up; the user is marked inactive
    UNKNOWN = "unknown"  # given up: it may have arrived, and rather missing than twice
    FAILED = "failed"  # given up: permanent, or out of attempts
    RETRY = "retry"  # tried again after a backoff


@dataclass(frozen=True)
class SendDecision:
    outcome: SendOutcome
    #: What to record as the error: the outcome's label, or the failure's reason.
    error: str
    #: Try again this long from now; None: give up.
    retry_in: timedelta | None = None
    #: CHAT_MIGRATED: the chat to send to from now on.
    move_to: int | None = None

    @property
    def gives_up(self) -> bool:
        return self.retry_in is None

    @property
    def holds_every_send(self) -> bool:
        """A 429 is about the bot, not the chat: no sender may send before it is over."""
        return self.outcome is SendOutcome.RETRY_AFTER

    @property
    def deactivates_user(self) -> bool:
        return self.outcome is SendOutcome.BLOCKED


def backoff(attempt: int) -> timedelta:
    """10 s, 20 s, 40 s, ... after the ``attempt``-th try, capped at 10 minutes."""
    doublings = min(max(0, attempt - 1), 32)  # far past the cap; keeps the number small
    return min(BACKOFF_MOST, BACKOFF_FIRST * (1 << doublings))


def exhausted(attempt: int, max_attempts: int = MAX_ATTEMPTS) -> bool:
    """Whether an ``attempt``-th send of a message would be one too many: the give-up rule.

    :func:`decide` applies it to the next attempt after a failure; a sender that gives up
    when it next claims the message (weekly reviews) applies it to the claimed attempt.
    """
    return attempt > max_attempts


def decide(
    failure: SendFailure,
    attempt: int,
    *,
    resend_unknown: bool = False,
    max_attempts: int | None = MAX_ATTEMPTS,
) -> SendDecision:
    """What the ``attempt``-th failed send of a message leads to.

    ``resend_unknown``: an outcome-unknown send is tried again like a transient failure (it
    may then arrive twice). ``max_attempts``: a transient failure at this attempt gives up;
    None for a sender that gives up when it next claims the message (weekly reviews, with
    :func:`exhausted`).
    """
    match failure.kind:
        case FailureKind.THROTTLED:
            wait = failure.retry_after or timedelta(0)
            return SendDecision(SendOutcome.RETRY_AFTER, SendOutcome.RETRY_AFTER.value, wait)
        case FailureKind.CHAT_MIGRATED if failure.migrate_to is not None:
            return SendDecision(
                SendOutcome.CHAT_MIGRATED,
                SendOutcome.CHAT_MIGRATED.value,
                timedelta(0),
                move_to=failure.migrate_to,
            )
        case FailureKind.BLOCKED:
            return SendDecision(SendOutcome.BLOCKED, failure.reason)
        case FailureKind.OUTCOME_UNKNOWN if not resend_unknown:
            return SendDecision(SendOutcome.UNKNOWN, failure.reason)
        case FailureKind.PERMANENT:
            return SendDecision(SendOutcome.FAILED, failure.reason)
    if max_attempts is not None and exhausted(attempt + 1, max_attempts):
        return SendDecision(SendOutcome.FAILED, failure.reason)
    return SendDecision(SendOutcome.RETRY, failure.reason, backoff(attempt))
