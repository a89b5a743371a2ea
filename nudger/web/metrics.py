"""Prometheus metrics: one :class:`Metrics` per app, with its own registry (no global state).

The parts that count (dispatch, reviewer, the update handlers) get the object from
``app.py``; ``/metrics`` (:mod:`nudger.web.server`) refreshes the gauges that come from the
database and renders the registry.
"""

from __future__ import annotations

from collections.abc import Mapping

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from nudger.domain.model import NudgeState

#: Seconds; a sendMessage usually takes 0.05-0.5 s, and PTB gives up after about 5-20 s.
SEND_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    """Every ``nudger_`` metric, in a registry of its own."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.nudges = Gauge(
            "nudger_nudges",
            "Nudge rows by state, read from the database when scraped.",
            ["state"],
            registry=self.registry,
        )
        self.oldest_due = Gauge(
            "nudger_oldest_due_seconds",
            "How long the oldest planned nudge that is due has waited (0 if none).",
            registry=self.registry,
        )
        self.send_seconds = Histogram(
            "nudger_send_seconds",
            "Duration of each sendMessage call for a nudge, whatever its outcome.",
            buckets=SEND_BUCKETS,
            registry=self.registry,
        )
        self.send_throttled = Counter(
            "nudger_send_throttled",  # exposed as nudger_send_throttled_total
            "Sends (nudges and weekly reviews) Telegram refused with 429 and retry_after.",
            registry=self.registry,
        )
        self.paid_sends = Counter(
            "nudger_paid_sends",  # exposed as nudger_paid_sends_total
            "Sends Telegram accepted as paid broadcasts (allow_paid_broadcast; "
            "NUDGER_PAID_BROADCAST): at most 0.1 Telegram Stars each.",
            registry=self.registry,
        )
        self.updates = Counter(
            "nudger_updates",  # exposed as nudger_updates_total
            "Telegram updates handled.",
            registry=self.registry,
        )
        self.webhook_busy = Counter(
            "nudger_webhook_busy",  # exposed as nudger_webhook_busy_total
            "Webhook requests answered 503 because NUDGER_WEBHOOK_MAX_CONCURRENCY updates "
            "were being handled (Telegram posts them again).",
            registry=self.registry,
        )

    def set_nudges(self, counts: Mapping[str, int]) -> None:
        """Set the per-state gauge; every known state is shown, 0 if it has no rows."""
        for state in sorted({s.value for s in NudgeState} | set(counts)):
            self.nudges.labels(state=state).set(counts.get(state, 0))

    def set_oldest_due(self, seconds: float) -> None:
        self.oldest_due.set(max(0.0, seconds))

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)
