"""Counting and unranking gap-keeping sets agrees with listing them all by brute force."""

from __future__ import annotations

from itertools import combinations, pairwise

import pytest

from nudger.domain import spaced_sets


def _keeping_gap(points: list[int], size: int, gap: int) -> list[tuple[int, ...]]:
    """Every set of ``size`` indices whose points are ``gap`` apart, in lexicographic order."""
    return [
        chosen
        for chosen in combinations(range(len(points)), size)
        if all(points[b] - points[a] >= gap for a, b in pairwise(chosen))
    ]


@pytest.mark.parametrize(
    ("points", "gap"),
    [
        ([0, 1, 2, 3], 2),
        ([0, 1, 2, 3, 4, 5, 6], 3),
        ([0, 5, 6, 7, 20, 21], 5),
        ([0, 1, 2], 10),
        ([], 2),
    ],
)
def test_ways_and_unrank_list_every_set_once_in_order(points: list[int], gap: int) -> None:
    nexts = spaced_sets.nexts(points, gap)
    ways = spaced_sets.ways(nexts, 3)
    for size in range(4):
        expected = _keeping_gap(points, size, gap)
        assert ways[size][0] == len(expected)
        drawn = [tuple(spaced_sets.unrank(ways, nexts, size, r)) for r in range(len(expected))]
        assert drawn == expected


def test_nexts_points_at_the_first_index_a_gap_later() -> None:
    assert spaced_sets.nexts([0, 1, 2, 3], 2) == [2, 3, 4, 4]
