"""Button data, written and read one way: ``<prefix>:<field>:<field>...``.

Every feature owns one prefix (see :class:`nudger.bot.routes.Taps`), builds its buttons'
data with :func:`pack` and reads them back with :func:`unpack` into a choice of its own.
The codec lives in the domain, not in ``bot/``, because the timed side writes buttons too
(a nudge's Done/Skip/Snooze, a review's week buttons, in ``services/``), and one shape
read one way is only possible if both sides can import it.

Telegram allows 1 to 64 bytes; the data comes from the client, so it is checked field by
field and never trusted: what each field may be is the feature's rule, in its ``parse``.
"""

from __future__ import annotations

from collections.abc import Iterable

SEPARATOR = ":"


def pack(prefix: str, *fields: object) -> str:
    """``pack("s", "rh", 1, 18)`` -> ``"s:rh:1:18"``."""
    return SEPARATOR.join([prefix, *(str(field) for field in fields)])


def prefix_of(data: str) -> str | None:
    """The prefix of ``data`` (``"s"`` for ``"s:rh:1:18"``), or None if it has no separator."""
    head, separator, _ = data.partition(SEPARATOR)
    return head if separator else None


def unpack(data: str, prefix: str) -> list[str] | None:
    """The fields after ``prefix:`` (``["rh", "1", "18"]``), or None if the prefix differs."""
    if prefix_of(data) != prefix:
        return None
    return data[len(prefix) + len(SEPARATOR) :].split(SEPARATOR)


def number(text: str, allowed: Iterable[int]) -> int | None:
    """``text`` as one of ``allowed``, written exactly as ``str(n)`` (no '+', '02' or ' 2')."""
    return next((n for n in allowed if str(n) == text), None)
