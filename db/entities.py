"""Entities across articles: resolving each article's entities to store entities, merge and split.

Resolution uses the pure spelling functions of `desk.extract.aliases`: a new spelling looks up
candidates through `entity_keys` (cheap blocking keys), then joins the first candidate that
`same_entity` accepts and no user decision forbids. Cost per entity stays flat as the store grows.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from db.errors import StoreError

SAME_ENTITY = 0.8  # the similarity at which two spellings are one entity (as `same_entity` decides)
MAX_CANDIDATES = 200  # candidates looked at per new entity, so a very common key cannot stall ingest
RESOLVED_CACHE = 50_000  # spellings → entity remembered per connection (names repeat across articles)

if TYPE_CHECKING:
    from desk.extract.model import Entity


class EntitiesMixin:
    conn: sqlite3.Connection
    _resolved: dict[tuple[str, tuple[str, ...]], int] | None = None

    def save_entities(self, article_id: int, entities: list[Entity], body: str | None = None) -> dict[str, int]:
        """Store an article's entities and mentions; returns surface form → store entity id."""
        if body is None:
            body = self.conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        by_surface: dict[str, int] = {}
        rows = []
        for ent in entities:
            names = _unique([ent.name, *ent.aliases])
            entity_id = self.resolve_entity(ent.kind, names)
            for name in names:
                by_surface[name] = entity_id
            rows.extend((article_id, entity_id, body[s:e], s, e) for s, e in ent.mentions)
        if rows:
            self.conn.executemany(
                'INSERT INTO mentions(article_id, entity_id, text, start, "end") VALUES (?, ?, ?, ?, ?)', rows
            )
        return by_surface

    def resolve_entity(self, kind: str, names: list[str]) -> int:
        """The store entity these spellings belong to (the most similar candidate), created when none is.

        The candidates, their kinds, spellings (with merged families) and split decisions are read in a
        few set queries, not one query per candidate: this runs for every entity of every article.
        """
        from desk.extract.aliases import blocking_keys, entity_key, similarity

        if self._resolved is None:
            self._resolved = {}
        memo = (kind, tuple(names))
        known = self._resolved.get(memo)
        if known is not None and self._still_whole(known):
            return known  # these very spellings were resolved here before: their names and keys are stored
        keys = _unique([k for n in names for k in blocking_keys(n, kind)])
        best: int | None = None
        best_score = SAME_ENTITY
        if keys:
            marks = ",".join("?" * len(keys))
            found = [r[0] for r in self.conn.execute(
                f"SELECT DISTINCT entity_id FROM entity_keys WHERE key IN ({marks}) LIMIT {MAX_CANDIDATES}", keys
            ).fetchall()]
            live = _unique_ids(self._live_entities(found)) if found else []
            if live:
                kinds, spellings, splits = self._candidates(live)
                for cid in live:
                    score = similarity(kind, names, kinds[cid], spellings.get(cid, []))
                    if score >= best_score and not _forbidden(splits.get(cid), names):
                        best, best_score = cid, score
                        if score >= 1.0:
                            break
        if best is None:
            name = max(names, key=len)
            best = self.conn.execute(
                "INSERT INTO entities(name, kind, key) VALUES (?, ?, ?)", (name, kind, entity_key(name))
            ).lastrowid
        else:
            self._maybe_rename(best, names)
        self._add_names(best, names, kind)
        if len(self._resolved) >= RESOLVED_CACHE:
            self._resolved.clear()
        self._resolved[memo] = best
        return best

    def _still_whole(self, entity_id: int) -> bool:
        """An entity neither merged away nor split since it was remembered (by any process)."""
        row = self.conn.execute(
            "SELECT merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM entity_decisions d"
            " WHERE d.entity_id = e.id AND d.action = 'split') FROM entities e WHERE e.id = ?",
            (entity_id,),
        ).fetchone()
        return bool(row and row[0])

    def _live_entities(self, ids: list[int]) -> list[int]:
        """Each id followed through merges to the entity that now stands for it (in the same order)."""
        marks = ",".join("?" * len(ids))
        merged = dict(self.conn.execute(
            f"SELECT id, merged_into FROM entities WHERE id IN ({marks}) AND merged_into IS NOT NULL", ids
        ).fetchall())
        return [self._live_entity(i) if i in merged else i for i in ids]

    def _candidates(self, ids: list[int]) -> tuple[dict[int, str], dict[int, list[str]], dict[int, list[str]]]:
        """For live entities: kind, every spelling (merged families too, longest first), split aliases."""
        marks = ",".join("?" * len(ids))
        kinds = dict(self.conn.execute(f"SELECT id, kind FROM entities WHERE id IN ({marks})", ids).fetchall())
        family = self.conn.execute(
            "WITH RECURSIVE fam(root, id) AS ("
            f" SELECT id, id FROM entities WHERE id IN ({marks})"
            " UNION SELECT fam.root, e.id FROM entities e JOIN fam ON e.merged_into = fam.id)"
            " SELECT fam.root, a.alias FROM fam JOIN entity_aliases a ON a.entity_id = fam.id"
            " ORDER BY length(a.alias) DESC",
            ids,
        ).fetchall()
        spellings: dict[int, list[str]] = {}
        for root, alias in family:
            spellings.setdefault(root, []).append(alias)
        splits: dict[int, list[str]] = {}
        for entity_id, alias in self.conn.execute(
            f"SELECT entity_id, alias FROM entity_decisions WHERE action = 'split' AND entity_id IN ({marks})", ids
        ).fetchall():
            splits.setdefault(entity_id, []).append(alias)
        return kinds, spellings, splits

    def _add_names(self, entity_id: int, names: list[str], kind: str | None = None) -> None:
        from desk.extract.aliases import blocking_keys, entity_key

        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key) VALUES (?, ?, ?)",
            [(entity_id, n, entity_key(n)) for n in names],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_keys(key, entity_id) VALUES (?, ?)",
            [(k, entity_id) for n in names for k in blocking_keys(n, kind)],
        )

    def _maybe_rename(self, entity_id: int, names: list[str]) -> None:
        """Keep the fullest spelling as the entity's name."""
        current = self.conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()[0]
        longest = max(names, key=len)
        if len(longest) > len(current) and not self._merged_target(entity_id):
            self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (longest, entity_id))

    def _merged_target(self, entity_id: int) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM entity_decisions WHERE action = 'merge' AND entity_id = ? LIMIT 1", (entity_id,)
        ).fetchone()
        return row is not None

    def _live_entity(self, entity_id: int) -> int:
        """Follow merges to the entity that now stands for this one."""
        seen = set()
        while entity_id not in seen:
            seen.add(entity_id)
            row = self.conn.execute("SELECT merged_into FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if not row or row[0] is None:
                return entity_id
            entity_id = row[0]
        return entity_id

    def entity_names(self, entity_id: int) -> list[str]:
        """Every spelling of an entity (and of entities merged into it)."""
        ids = self._merged_family(entity_id)
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT alias FROM entity_aliases WHERE entity_id IN ({marks}) ORDER BY length(alias) DESC", ids
        ).fetchall()
        return [r[0] for r in rows]

    def _merged_family(self, entity_id: int) -> list[int]:
        ids = [entity_id]
        i = 0
        while i < len(ids):
            ids.extend(
                r[0] for r in self.conn.execute("SELECT id FROM entities WHERE merged_into = ?", (ids[i],)).fetchall()
                if r[0] not in ids
            )
            i += 1
        return ids

    # -- user decisions ----------------------------------------------------------------------

    def merge_entities(self, keep: int, other: int, user: str) -> None:
        """Merge entity `other` into `keep`; mentions and quotes move, the decision is kept."""
        self._resolved = None
        keep, other = self._live_entity(keep), self._live_entity(other)
        if keep == other:
            raise StoreError(f"entities {keep} and {other} are already one")
        for eid in (keep, other):
            if not self.conn.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone():
                raise StoreError(f"no entity with id {eid}")
        with self.transaction():  # type: ignore[attr-defined]
            self.conn.execute("UPDATE entities SET merged_into = ? WHERE id = ?", (keep, other))
            self.conn.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (keep, other))
            self.conn.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", (keep, other))
            self.conn.execute(
                "INSERT OR IGNORE INTO entity_keys(key, entity_id) SELECT key, ? FROM entity_keys WHERE entity_id = ?",
                (keep, other),
            )
            self.conn.execute(
                "INSERT INTO entity_decisions(action, entity_id, other_id, user) VALUES ('merge', ?, ?, ?)",
                (other, keep, user),
            )

    def split_entity(self, entity_id: int, alias: str, user: str) -> int:
        """Take the spelling `alias` out of an entity into a new one; later ingests keep them apart."""
        self._resolved = None
        from desk.extract.aliases import entity_key

        entity_id = self._live_entity(entity_id)
        row = self.conn.execute("SELECT kind FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if not row:
            raise StoreError(f"no entity with id {entity_id}")
        key = entity_key(alias)
        family = self._merged_family(entity_id)
        marks = ",".join("?" * len(family))
        moving = [
            r[0] for r in self.conn.execute(
                f"SELECT alias FROM entity_aliases WHERE entity_id IN ({marks})", family
            ).fetchall() if entity_key(r[0]) == key
        ]
        if not moving:
            raise StoreError(f"entity {entity_id} has no spelling {alias!r}")
        with self.transaction():  # type: ignore[attr-defined]
            new_id = self.conn.execute(
                "INSERT INTO entities(name, kind, key) VALUES (?, ?, ?)", (max(moving, key=len), row[0], key)
            ).lastrowid
            for name in moving:
                self.conn.execute(
                    f"DELETE FROM entity_aliases WHERE alias = ? AND entity_id IN ({marks})", [name, *family]
                )
                self.conn.execute(
                    f'UPDATE mentions SET entity_id = ? WHERE text = ? AND entity_id IN ({marks})', [new_id, name, *family]
                )
            self._add_names(new_id, moving, row[0])
            self.conn.execute(
                "INSERT INTO entity_decisions(action, entity_id, other_id, alias, user) VALUES ('split', ?, ?, ?, ?)",
                (entity_id, new_id, alias, user),
            )
            return new_id

    # -- reading -------------------------------------------------------------------------------

    def entities_summary(self) -> list[dict[str, Any]]:
        """Every live entity with its spellings and how many articles and mentions it has."""
        rows = self.conn.execute(
            "SELECT e.id, e.name, e.kind, COUNT(DISTINCT m.article_id) AS articles, COUNT(m.id) AS mentions"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id WHERE e.merged_into IS NULL"
            " GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name"
        ).fetchall()
        out = []
        for r in rows:
            item = dict(r)
            item["aliases"] = [n for n in self.entity_names(r["id"]) if n != r["name"]]
            out.append(item)
        return out

    def article_entities(self, article_id: int) -> list[dict[str, Any]]:
        """The entities an article mentions, with mention counts, most mentioned first."""
        rows = self.conn.execute(
            "SELECT e.id, e.name, e.kind, COUNT(*) AS mentions, MIN(m.start) AS first"
            " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?"
            " GROUP BY e.id ORDER BY mentions DESC, first",
            (article_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    def article_mentions(self, article_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            'SELECT m.entity_id, m.text, m.start, m."end", e.kind FROM mentions m JOIN entities e ON e.id = m.entity_id'
            " WHERE m.article_id = ? ORDER BY m.start",
            (article_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    def articles_mentioning(self, entity_id: int) -> list[int]:
        ids = self._merged_family(self._live_entity(entity_id))
        marks = ",".join("?" * len(ids))
        return [
            r[0] for r in self.conn.execute(
                f"SELECT DISTINCT article_id FROM mentions WHERE entity_id IN ({marks})", ids
            ).fetchall()
        ]


def _unique_ids(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def _forbidden(split_aliases: list[str] | None, names: list[str]) -> bool:
    """Whether a user split one of these spellings out of the candidate."""
    if not split_aliases:
        return False
    from desk.extract.aliases import entity_key

    keys = {entity_key(n) for n in names}
    return any(entity_key(alias) in keys for alias in split_aliases)


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return list(seen)
