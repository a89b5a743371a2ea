"""Operator settings: ``NUDGER_*`` environment variables or a ``.env`` file.

Nothing is read at import time; :func:`load_settings` builds and validates a
:class:`Settings` at start and turns any problem into one readable message.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/nudger.db"
DEFAULT_API_URL = "https://api.telegram.org"
#: The dispatcher claims the next batch while this many are still being sent.
BATCHES_IN_FLIGHT = 2
#: Telegram's own Bot API server: the send rate is held to its limits there.
TELEGRAM_API_HOST = "api.telegram.org"
#: Messages a second Telegram lets a bot broadcast for free ("about 30", Bots FAQ).
FREE_BROADCAST_RATE = 30
#: Messages a second with paid broadcasts (``allow_paid_broadcast``, Bot API 7.11).
PAID_BROADCAST_RATE = 1000
#: The most timed sends a second that may go free with paid broadcasts: replies, answers
#: and edits are not budgeted but share Telegram's free 30, and sends arrive with jitter.
MAX_FREE_RATE = 28


class SettingsError(Exception):
    """The settings are missing or wrong; the message says which and how to fix it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NUDGER_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    telegram_token: SecretStr | None = Field(
        default=None, description="Bot token from @BotFather (required to run)."
    )
    telegram_api_url: str = Field(
        default=DEFAULT_API_URL,
        description="Base URL of the Bot API server; the bot calls {url}/bot{token}/{method}.",
    )
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        description="SQLAlchemy async URL: sqlite+aiosqlite:///path or postgresql+asyncpg://...",
    )
    catalog_path: Path | None = Field(
        default=None, description="Prompt catalog TOML; default: the bundled config/prompts.toml."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    #: The event loop ``run`` and ``worker`` use: uvloop (measured: docs/performance.md), or
    #: asyncio's own. Where uvloop is not installed (Windows), asyncio's.
    event_loop: Literal["uvloop", "asyncio"] = "uvloop"
    log_format: Literal["text", "json"] = "text"
    plan_horizon_hours: int = Field(default=36, ge=1, le=24 * 7)
    plan_interval_seconds: int = Field(default=600, ge=10)
    dispatch_interval_seconds: float = Field(default=5.0, gt=0, le=300)
    #: How often to look for weekly reviews that are due (and pauses that have ended).
    review_interval_seconds: float = Field(default=60.0, gt=0, le=3600)
    dispatch_batch_size: int = Field(default=50, ge=1, le=1000)
    #: Telegram allows a bot about 30 messages a second (1,000 with paid broadcasts); against
    #: Telegram's own server more is refused (see _send_rate_within_telegrams_limits), against
    #: any other (a fake Bot API, bench/) it is allowed with a warning.
    send_rate_per_second: float = Field(default=25.0, ge=1, le=10_000)
    #: Telegram's paid broadcasts: the timed sends beyond ``free_rate_per_second`` within a
    #: second carry ``allow_paid_broadcast`` (0.1 Stars each), so the rate may go up to 1,000.
    paid_broadcast: bool = Field(
        default=False, description="Send faster than 30 a second with paid broadcasts."
    )
    #: With paid broadcasts: how many timed sends within any second go free (unflagged), all
    #: processes together; 0 flags all. At most MAX_FREE_RATE, checked only with paid
    #: broadcasts on (unused otherwise, so it never stops a start then).
    free_rate_per_second: int = Field(default=25, ge=0)
    #: Least time between two messages the service sends on its own to one chat.
    chat_interval_seconds: float = Field(default=1.0, ge=0, le=60)
    grace_minutes: int = Field(default=120, ge=1)
    lease_seconds: int = Field(default=120, ge=10)
    #: The built-in web server (/healthz, /metrics); it always runs.
    http_host: str = Field(default="127.0.0.1", min_length=1)
    http_port: int = Field(default=8080, ge=0, le=65535, description="0: any free port.")
    #: Webhook mode: Telegram posts updates to this public URL instead of being polled.
    webhook_url: str | None = Field(
        default=None, description="Public https URL Telegram posts updates to (webhook mode)."
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        description="Required in webhook mode: 1-256 characters A-Z a-z 0-9 _ -.",
    )
    #: Webhook mode: updates handled at once (Telegram's max_connections, which it is told);
    #: past it a post is answered 503 and Telegram posts it again.
    webhook_max_concurrency: int = Field(
        default=40, ge=1, le=100, description="Webhook updates handled at once (1-100)."
    )
    #: A send whose answer never came (read time-out) may have arrived: resend it or not.
    resend_unknown: bool = Field(
        default=False, description="Resend a nudge whose outcome is unknown (may duplicate)."
    )

    @field_validator("telegram_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "must be sqlite+aiosqlite:///path/to/file.db or "
                "postgresql+asyncpg://user:password@host:port/database"
            )
        return value

    @field_validator("telegram_token")
    @classmethod
    def _token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        token = value.get_secret_value().strip()
        head, sep, tail = token.partition(":")
        if not (sep and head.isdigit() and tail):
            raise ValueError("does not look like a bot token (expected 123456:ABC-...)")
        return SecretStr(token)

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        parsed = urlsplit(value)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError("must be a full URL, e.g. https://bot.example.org/telegram")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        return value

    @model_validator(mode="after")
    def _webhook_needs_a_secret(self) -> Settings:
        if self.webhook_url is not None and self.webhook_secret is None:
            raise ValueError(
                "NUDGER_WEBHOOK_SECRET is required when NUDGER_WEBHOOK_URL is set "
                "(Telegram sends it with every update, so nobody else can post updates)"
            )
        return self

    @model_validator(mode="after")
    def _send_rate_within_telegrams_limits(self) -> Settings:
        # Only Telegram's own server is sure to refuse a faster rate; a local Bot API server
        # still sends through Telegram, but a fake does not (see warnings()).
        if self.telegram_limit_exceeded() is not None and self._talks_to_telegram():
            raise ValueError(self._rate_problem())
        return self

    @model_validator(mode="after")
    def _free_rate_leaves_room_for_replies(self) -> Settings:
        if self.paid_broadcast and self.free_rate_per_second > MAX_FREE_RATE:
            raise ValueError(
                f"NUDGER_FREE_RATE_PER_SECOND={self.free_rate_per_second} is above "
                f"{MAX_FREE_RATE}: replies, answers and edits are not budgeted but share "
                f"Telegram's free {FREE_BROADCAST_RATE} messages a second with the unpaid "
                f"timed sends; set it to {MAX_FREE_RATE} or less"
            )
        return self

    def _talks_to_telegram(self) -> bool:
        return urlsplit(self.telegram_api_url).hostname == TELEGRAM_API_HOST

    def telegram_limit_exceeded(self) -> int | None:
        """Telegram's limit (messages a second) the send rate exceeds, if it does; only
        allowed against another Bot API server than Telegram's."""
        limit = PAID_BROADCAST_RATE if self.paid_broadcast else FREE_BROADCAST_RATE
        return limit if self.send_rate_per_second > limit else None

    def _rate_problem(self) -> str:
        rate = f"NUDGER_SEND_RATE_PER_SECOND={self.send_rate_per_second:g}"
        if self.paid_broadcast:
            return (
                f"{rate} is above the {PAID_BROADCAST_RATE:,} messages a second Telegram allows "
                "a bot even with paid broadcasts"
            )
        return (
            f"{rate} is above the {FREE_BROADCAST_RATE} messages a second Telegram allows a "
            "bot for free; set NUDGER_PAID_BROADCAST=true to send faster with paid broadcasts "
            "(up to 1,000 a second, 0.1 Telegram Stars per message beyond the free rate; "
            "see docs/operations.md), or lower the rate"
        )

    def paid_broadcast_without_effect(self) -> bool:
        """Paid broadcasts are on, but the send rate is not above the free rate: no send is
        ever paid, and the rate is no higher than without them."""
        return self.paid_broadcast and self.send_rate_per_second <= self.free_rate_per_second

    def warnings(self) -> list[str]:
        """What may go wrong with these settings but is not refused (check-config prints it,
        ``run`` and ``worker`` log it)."""
        found = []
        if self.telegram_limit_exceeded() is not None:
            found.append(
                f"{self._rate_problem()}. It is allowed because NUDGER_TELEGRAM_API_URL is not "
                f"{DEFAULT_API_URL}: fine against a fake Bot API, but a local Bot API server "
                "sends through Telegram, which answers 429 beyond that rate"
            )
        if self.paid_broadcast_without_effect():
            found.append(
                f"NUDGER_PAID_BROADCAST=true has no effect: NUDGER_SEND_RATE_PER_SECOND="
                f"{self.send_rate_per_second:g} is not above NUDGER_FREE_RATE_PER_SECOND="
                f"{self.free_rate_per_second}, so no send is ever paid and none goes faster; "
                "raise the send rate (see docs/operations.md), or turn paid broadcasts off"
            )
        return found

    @property
    def paid_above(self) -> float | None:
        """Timed sends beyond this many within a second go as paid broadcasts; None: none
        do."""
        return float(self.free_rate_per_second) if self.paid_broadcast else None

    @property
    def webhook_path(self) -> str | None:
        """The path the built-in web server answers the webhook on."""
        if self.webhook_url is None:
            return None
        return urlsplit(self.webhook_url).path or "/"

    @model_validator(mode="after")
    def _lease_covers_a_batch(self) -> Settings:
        # Claimed batches are sent at the send rate; every send must start well inside its
        # lease, also that of the last batch claimed while others are still being sent.
        needed = BATCHES_IN_FLIGHT * self.dispatch_batch_size / self.send_rate_per_second + 60
        if self.lease_seconds < needed:
            raise ValueError(
                f"NUDGER_LEASE_SECONDS must be at least {needed:.0f} "
                f"({BATCHES_IN_FLIGHT} × NUDGER_DISPATCH_BATCH_SIZE / NUDGER_SEND_RATE_PER_SECOND "
                "+ 60)"
            )
        return self

    def require_token(self) -> str:
        if self.telegram_token is None:
            raise SettingsError(
                "NUDGER_TELEGRAM_TOKEN is not set. Create a bot with @BotFather in Telegram, "
                "then put NUDGER_TELEGRAM_TOKEN=<token> in the environment or in .env."
            )
        return self.telegram_token.get_secret_value()


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment (and ``overrides``), with one clear error."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            if error["loc"]:
                name = "NUDGER_" + "_".join(str(part) for part in error["loc"]).upper()
                lines.append(f"  {name}: {error['msg']}")
            else:
                lines.append(f"  {error['msg']}")
        raise SettingsError("invalid settings:\n" + "\n".join(lines)) from None
