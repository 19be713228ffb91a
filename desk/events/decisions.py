"""A user's moves, merges and splits, replayed into constraints on clustering.

- `pinned[a] = b`: article `a` goes wherever article `b` goes (`b == a`: `a` starts its own group);
  a pinned article takes no automatic links, in either direction.
- `must`: pairs of articles that are in one event whatever the links say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Constraints:
    pinned: dict[int, int] = field(default_factory=dict)
    pinned_by: dict[int, str] = field(default_factory=dict)
    must: set[tuple[int, int]] = field(default_factory=set)

    @classmethod
    def replay(cls, decisions: list[dict[str, Any]]) -> Constraints:
        """The constraints left after applying every decision in order."""
        c = cls()
        for d in decisions:
            a, o = d["article_id"], d["other_id"]
            if d["action"] == "merge" and o is not None and o != a:
                c.must.add((min(a, o), max(a, o)))
            elif d["action"] in ("move", "split"):
                c._drop_must(a)
                c.pinned[a] = o if o is not None else a
                c.pinned_by[a] = d["user"]
        return c

    def _drop_must(self, article: int) -> None:
        self.must = {p for p in self.must if article not in p}

    def edges(self) -> list[tuple[int, int]]:
        """Every pair the user's decisions tie together."""
        return sorted(self.must | {(a, t) for a, t in self.pinned.items() if t != a})

    def touches(self, article: int) -> bool:
        return article in self.pinned or any(article in p for p in self.must) or article in self.pinned.values()

    def neighbours(self, articles: set[int]) -> set[int]:
        """Articles tied by a decision to any of `articles`."""
        return {x for a, b in self.edges() if a in articles or b in articles for x in (a, b)}
