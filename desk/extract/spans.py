"""A set of non-overlapping spans with O(log n) overlap tests (used by the date and number finders)."""

from __future__ import annotations

from bisect import bisect_right, insort


class SpanSet:
    """Non-overlapping `[start, end)` spans; `free(s, e)` says whether `[s, e)` overlaps none."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: dict[int, int] = {}
        for s, e in spans or ():
            if self.free(s, e):
                self.add(s, e)

    def free(self, s: int, e: int) -> bool:
        i = bisect_right(self._starts, s)
        if i and self._ends[self._starts[i - 1]] > s:
            return False
        return not (i < len(self._starts) and self._starts[i] < e)

    def add(self, s: int, e: int) -> None:
        insort(self._starts, s)
        self._ends[s] = e
