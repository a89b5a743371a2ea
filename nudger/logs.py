"""Logging: one line per event, with a stable event name and no personal data.

Call :func:`log_event` with ids and counts only: never partner names, message
texts, attachment styles or tokens. Libraries that would log request URLs
(which contain the bot token) are kept at WARNING.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

_QUIET = ("httpx", "httpcore", "telegram", "apscheduler", "aiosqlite", "asyncio", "alembic")


def log_event(
    logger: logging.Logger,
    event: str,
    level: int = logging.INFO,
    *,
    exc_info: bool | BaseException = False,
    **fields: Any,
) -> None:
    """Log one event: a stable name plus ids and counts (never personal data).

    ``exc_info``: True for the exception being handled, or an exception caught earlier; the
    line then names its type and where it was raised (never its message).
    """
    logger.log(level, event, extra={"event": event, "fields": fields}, exc_info=exc_info)


def _one_line(record: logging.LogRecord) -> str:
    """A library's own message, kept to one line."""
    return " ".join(record.getMessage().split())[:300]


def _where(record: logging.LogRecord) -> str:
    """Where an exception was raised, without its message (which may hold user data)."""
    tb = record.exc_info[2] if record.exc_info else None
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return ""
    return f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields: dict[str, Any] = getattr(record, "fields", {})
        event = getattr(record, "event", None) or _one_line(record)
        parts = [
            self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            record.levelname.lower(),
            f"event={event}",
        ]
        parts += [f"{k}={v}" for k, v in fields.items()]
        if record.exc_info and record.exc_info[0] is not None:
            parts.append(f"error={record.exc_info[0].__name__} at={_where(record)}")
        return " ".join(parts)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "event": getattr(record, "event", None) or _one_line(record),
            "logger": record.name,
        }
        data.update(getattr(record, "fields", {}))
        if record.exc_info and record.exc_info[0] is not None:
            data["error"] = record.exc_info[0].__name__
            data["at"] = _where(record)
        return json.dumps(data, default=str)


def configure_logging(level: str = "INFO", fmt: str = "text") -> None:
    # Neither format shows where a line was logged from (an error's place comes from its
    # traceback), so the logging module need not look for the caller's frame on every event
    # (the logging HOWTO's "Optimization"; about 1.5 % of a button press).
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in _QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
