"""Button data, written and read one way: ``<prefix>:<field>:<field>...``.

Every feature owns one prefix (see :class:`nudger.bot.routes.Taps`), builds its buttons'
data with :func:`pack` and reads them back with :func:`unpack` into a choice of its own.
Telegram allows 1 to 64 bytes; the data comes from the client, so it is checked field by
field and never trusted.
"""

from __future__ import annotations

from collections.abc import Iterable

SEPARATOR = ":"


def pack(prefix: str, *fields: object) -> str:
    """``pack("s", "rh", 1, 18)`` -> ``"s:rh:1:18"``."""
    return SEPARATOR.join([prefix, *(str(field) for field in fields)])


def unpack(data: str, prefix: str) -> list[str] | None:
    """The fields after ``prefix:`` (``["rh", "1", "18"]``), or None if the prefix differs."""
    head, separator, rest = data.partition(SEPARATOR)
    if head != prefix or not separator:
        return None
    return rest.split(SEPARATOR)


def number(text: str, allowed: Iterable[int]) -> int | None:
    """``text`` as one of ``allowed``, written exactly as ``str(n)`` (no '+', '02' or ' 2')."""
    return next((n for n in allowed if str(n) == text), None)
