"""Disjoint sets, for turning links into events."""

from __future__ import annotations

from collections.abc import Iterable


class UnionFind:
    def __init__(self, items: Iterable[int] = ()) -> None:
        self.parent: dict[int, int] = {i: i for i in items}

    def add(self, item: int) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: int) -> int:
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        """Each set as a sorted list; sets ordered by their smallest member."""
        out: dict[int, list[int]] = {}
        for item in sorted(self.parent):
            out.setdefault(self.find(item), []).append(item)
        return sorted(out.values(), key=lambda g: g[0])
