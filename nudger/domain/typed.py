"""What a person types, before it is read: invisible direction marks left out.

Right-to-left keyboards and apps put marks into text that are never seen (LEFT-TO-RIGHT and
RIGHT-TO-LEFT MARK, ARABIC LETTER MARK, the embeddings and isolates). They carry no meaning
for a pause length, a city or a name, so they are removed before any of these is read. The
zero-width joiners Persian spelling needs (ZWNJ, ZWJ) stay.
"""

from __future__ import annotations

import re

#: U+200E, U+200F, U+061C; the embeddings and overrides U+202A-U+202E; the isolates
#: U+2066-U+2069.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def without_direction_marks(text: str) -> str:
    """``text`` with every invisible direction mark removed."""
    return _DIRECTION_MARKS.sub("", text)
