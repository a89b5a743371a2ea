"""Sets of points kept a minimum gap apart: counting them, and picking one by its rank.

Planning a day draws its times uniformly from every set of allowed minutes that keeps the
2-hour gap. Counting those sets from the end (``ways``) and unranking one random number
(``unrank``) gives an exact uniform draw in one step, with no rejection loop, however tight
the windows. Only integers here: which points exist (time zones, clock changes) is planning's
concern.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


def nexts(points: Sequence[int], gap: int) -> list[int]:
    """For each index of the sorted ``points``, the first index whose point is at least
    ``gap`` later."""
    return [bisect_left(points, p + gap) for p in points]


def ways(nexts: Sequence[int], most: int) -> list[list[int]]:
    """``ways[j][i]``: how many gap-keeping sets of ``j`` points use only indices >= i."""
    n = len(nexts)
    counts = [[1] * (n + 1)] + [[0] * (n + 1) for _ in range(most)]
    for j in range(1, most + 1):
        row, shorter = counts[j], counts[j - 1]
        for i in range(n - 1, -1, -1):
            row[i] = row[i + 1] + shorter[nexts[i]]
    return counts


def unrank(ways: Sequence[Sequence[int]], nexts: Sequence[int], count: int, rank: int) -> list[int]:
    """The ``rank``-th gap-keeping set of ``count`` indices (lexicographic order)."""
    chosen: list[int] = []
    i = 0
    while count:
        with_i = ways[count - 1][nexts[i]]
        if rank < with_i:
            chosen.append(i)
            i = nexts[i]
            count -= 1
        else:
            rank -= with_i
            i += 1
    return chosen
