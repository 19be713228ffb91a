"""Events: the candidate index, links between articles, user decisions, and the events themselves.

The clustering logic lives in `desk.events.cluster`; this mixin only reads and writes rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from db.errors import StoreError

_ARTICLE_COLUMNS = "a.id, a.path, a.url, s.name AS outlet, a.published, a.title, a.dateline"


class EventsMixin:
    conn: sqlite3.Connection

    # -- features and the candidate index ---------------------------------------------------------

    def save_event_features(self, article_id: int, day: int | None, features: str, keys: dict[str, float]) -> None:
        """Replace an article's clustering features and its rows in the key index."""
        self.conn.execute(
            "INSERT OR REPLACE INTO event_features(article_id, day, features) VALUES (?, ?, ?)",
            (article_id, day, features),
        )
        self.conn.execute("DELETE FROM event_keys WHERE article_id = ?", (article_id,))
        stored_day = -1 if day is None else day
        self.conn.executemany(
            "INSERT OR REPLACE INTO event_keys(key, day, article_id, weight) VALUES (?, ?, ?, ?)",
            [(k, stored_day, article_id, w) for k, w in keys.items()],
        )

    def event_features(self, article_ids: Iterable[int]) -> dict[int, tuple[int | None, str]]:
        """article id → (day, features JSON) for those that have features."""
        out: dict[int, tuple[int | None, str]] = {}
        ids = list(article_ids)
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT article_id, day, features FROM event_features WHERE article_id IN ({marks})", chunk
            ):
                out[row[0]] = (row[1], row[2])
        return out

    def event_candidates(
        self, article_id: int, keys: dict[str, float], day: int | None, window: int, min_shared: float,
        required: Iterable[str] | None = None,
    ) -> list[tuple[int, float]]:
        """Articles sharing keys with this one (within `window` days, or undated), with the shared weight.

        The shared weight of a key is the smaller of its two weights, so it depends on the pair alone.
        With `required`, only articles sharing at least one of those keys are candidates (a pair without
        a shared name can never link).
        """
        if not keys:
            return []
        need = set(required) if required is not None else None
        if need is not None and not any(k in need for k in keys):
            return []
        values = ",".join("(?, ?, ?)" for _ in keys)
        params: list[Any] = [x for k, w in keys.items() for x in (k, w, 1 if need is None or k in need else 0)]
        hit = ("SELECT ek.article_id AS article_id, MIN(ek.weight, q.weight) AS w, q.req AS req"
               " FROM q JOIN event_keys ek ON ek.key = q.key")
        if day is None:
            hits = hit
            day_params: list[Any] = []
        else:  # two index ranges (dated within the window, and undated), never a whole posting list
            hits = f"{hit} AND ek.day BETWEEN ? AND ? UNION ALL {hit} AND ek.day = -1"
            day_params = [day - window, day + window]
        # one pass over the postings of the article's keys (index-only: the table is its key index); with
        # `required`, an article sharing none of those keys is no candidate, however much else it shares
        rows = self.conn.execute(
            f"WITH q(key, weight, req) AS (VALUES {values}) SELECT article_id, SUM(w) AS shared FROM ({hits})"
            " WHERE article_id != ? GROUP BY article_id HAVING shared >= ? AND MAX(req) = 1 ORDER BY article_id",
            [*params, *day_params, article_id, min_shared],
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def clear_event_index(self) -> None:
        """Forget every feature, key and link (a rebuild recomputes them); decisions stay."""
        for table in ("event_links", "event_keys", "event_features"):
            self.conn.execute(f"DELETE FROM {table}")

    # -- links ------------------------------------------------------------------------------------

    def replace_event_links(self, article_id: int, links: dict[int, float]) -> None:
        """Set the links of one article (to the other articles it is about the same story as)."""
        self.conn.execute("DELETE FROM event_links WHERE article_id = ? OR other_id = ?", (article_id, article_id))
        self.conn.executemany(
            "INSERT OR REPLACE INTO event_links(article_id, other_id, score) VALUES (?, ?, ?)",
            [(min(article_id, o), max(article_id, o), s) for o, s in links.items() if o != article_id],
        )

    def add_event_links(self, article_id: int, links: dict[int, float]) -> None:
        """Add links of one article (keeping the ones it has)."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO event_links(article_id, other_id, score) VALUES (?, ?, ?)",
            [(min(article_id, o), max(article_id, o), s) for o, s in links.items() if o != article_id],
        )

    def event_links_of(self, article_ids: Iterable[int]) -> list[tuple[int, int, float]]:
        """Every link touching these articles."""
        out: set[tuple[int, int, float]] = set()
        ids = list(article_ids)
        for chunk in _chunks(ids, 400):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT article_id, other_id, score FROM event_links WHERE article_id IN ({marks})"
                f" UNION SELECT article_id, other_id, score FROM event_links WHERE other_id IN ({marks})",
                [*chunk, *chunk],
            ):
                out.add((row[0], row[1], row[2]))
        return sorted(out)

    def all_event_links(self) -> list[tuple[int, int, float]]:
        return [(r[0], r[1], r[2]) for r in self.conn.execute("SELECT article_id, other_id, score FROM event_links")]

    # -- decisions --------------------------------------------------------------------------------

    def add_event_decision(
        self, action: str, article_id: int, other_id: int | None, user: str, batch: int | None = None
    ) -> int:
        return self.conn.execute(
            "INSERT INTO event_decisions(action, article_id, other_id, batch, user) VALUES (?, ?, ?, ?, ?)",
            (action, article_id, other_id, batch, user),
        ).lastrowid

    def event_decisions(self) -> list[dict[str, Any]]:
        """Every move, merge and split, oldest first."""
        rows = self.conn.execute(
            "SELECT id, action, article_id, other_id, batch, user, at FROM event_decisions ORDER BY id"
        ).fetchall()
        return [dict(r) for r in rows]

    def next_decision_batch(self) -> int:
        row = self.conn.execute("SELECT COALESCE(MAX(batch), 0) + 1 FROM event_decisions").fetchone()
        return row[0]

    # -- events and membership -------------------------------------------------------------------

    def event_of(self, article_id: int) -> int | None:
        """The event an article belongs to, or None before it is clustered."""
        row = self.conn.execute("SELECT event_id FROM event_articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def events_of(self, article_ids: Iterable[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for chunk in _chunks(list(article_ids)):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT article_id, event_id FROM event_articles WHERE article_id IN ({marks})", chunk
            ):
                out[row[0]] = row[1]
        return out

    def event_member_ids(self, event_id: int) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT article_id FROM event_articles WHERE event_id = ? ORDER BY article_id", (event_id,)
        )]

    def event_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM events ORDER BY id")]

    def event_exists(self, event_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is not None

    def event_row(self, event_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT id, label, first_seen, last_seen, anchor_article, created_at FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        return dict(row) if row else None

    def event_anchors(self, event_ids: Iterable[int]) -> dict[int, int | None]:
        out: dict[int, int | None] = {}
        for chunk in _chunks(list(event_ids)):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT id, anchor_article FROM events WHERE id IN ({marks})", chunk):
                out[row[0]] = row[1]
        return out

    def article_order_keys(self, article_ids: Iterable[int]) -> dict[int, tuple[str, int]]:
        """(published or '9999', id) per article: what `earliest` means for events."""
        out: dict[int, tuple[str, int]] = {}
        for chunk in _chunks(list(article_ids)):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT id, published FROM articles WHERE id IN ({marks})", chunk):
                out[row[0]] = (row[1] or "9999", row[0])
        return out

    def create_event(self, anchor: int) -> int:
        return self.conn.execute(
            "INSERT INTO events(label, anchor_article) VALUES ((SELECT title FROM articles WHERE id = ?), ?)",
            (anchor, anchor),
        ).lastrowid

    def delete_events(self, event_ids: Iterable[int]) -> None:
        self.conn.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in event_ids])

    def set_event_members(self, event_id: int, article_ids: Iterable[int], scores: dict[int, float] | None = None) -> None:
        """Put articles into an event (moving them out of any other)."""
        scores = scores or {}
        self.conn.executemany(
            "INSERT INTO event_articles(article_id, event_id, score) VALUES (?, ?, ?)"
            " ON CONFLICT(article_id) DO UPDATE SET event_id = excluded.event_id,"
            " score = COALESCE(excluded.score, event_articles.score)",
            [(a, event_id, scores.get(a)) for a in article_ids],
        )

    def move_event_members(self, from_events: Iterable[int], to_event: int) -> None:
        """Every article of `from_events` into `to_event` (a merge)."""
        self.conn.executemany(
            "UPDATE event_articles SET event_id = ? WHERE event_id = ?", [(to_event, e) for e in from_events]
        )

    def mark_pinned(self, article_ids: Iterable[int], user: str | None, pinned: bool = True) -> None:
        self.conn.executemany(
            "UPDATE event_articles SET pinned = ?, user = ?, at = strftime('%Y-%m-%dT%H:%M:%SZ','now')"
            " WHERE article_id = ?",
            [(1 if pinned else 0, user, a) for a in article_ids],
        )

    def refresh_event(self, event_id: int) -> None:
        """Recompute an event's anchor (earliest article), label and first/last dates, or drop it when empty."""
        row = self.conn.execute(
            "SELECT a.id, a.title FROM event_articles ea JOIN articles a ON a.id = ea.article_id"
            " WHERE ea.event_id = ? ORDER BY COALESCE(a.published, '9999'), a.id LIMIT 1",
            (event_id,),
        ).fetchone()
        if row is None:
            self.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            return
        # Dates: publication dates, else the day clustering read from the text (days since 0001-01-01).
        span = self.conn.execute(
            "SELECT MIN(a.published), MAX(a.published), date(MIN(f.day) + 1721424.5), date(MAX(f.day) + 1721424.5)"
            " FROM event_articles ea JOIN articles a ON a.id = ea.article_id"
            " LEFT JOIN event_features f ON f.article_id = ea.article_id WHERE ea.event_id = ?",
            (event_id,),
        ).fetchone()
        first, last = (span[0], span[1]) if span[0] else (span[2], span[3])
        self.conn.execute(
            "UPDATE events SET anchor_article = ?, label = ?, first_seen = ?, last_seen = ? WHERE id = ?",
            (row[0], row[1], first, last, event_id),
        )

    def delete_empty_events(self) -> None:
        self.conn.execute("DELETE FROM events WHERE id NOT IN (SELECT DISTINCT event_id FROM event_articles)")

    def clustered_article_ids(self) -> list[int]:
        """Articles that have been through clustering (have features), oldest id first."""
        return [r[0] for r in self.conn.execute("SELECT article_id FROM event_features ORDER BY article_id")]

    def clusterable_article_ids(self) -> list[int]:
        """Every article extraction has run on (whether or not it is clustered yet)."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles WHERE status IN ('extracted','clustered') ORDER BY id"
        )]

    # -- reading for clustering and comparison -------------------------------------------------------

    def event_inputs(self, article_id: int) -> dict[str, Any]:
        """What clustering reads about one article: the row, its mentions, claims and dates."""
        art = self.conn.execute(
            "SELECT id, title, body, published, dateline FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if art is None:
            raise StoreError(f"no article with id {article_id}")
        mentions = self.conn.execute(
            'SELECT COALESCE(e.merged_into, m.entity_id) AS entity_id, m.text, m.start, m."end", e.kind'
            " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start",
            (article_id,),
        ).fetchall()
        claims = self.conn.execute(
            "SELECT value, unit, hedge, quantity FROM claims WHERE article_id = ? ORDER BY q_start", (article_id,)
        ).fetchall()
        dates = self.conn.execute("SELECT text, date FROM dates WHERE article_id = ?", (article_id,)).fetchall()
        return {
            "article": dict(art),
            "mentions": [dict(r) for r in mentions],
            "claims": [dict(r) for r in claims],
            "dates": [dict(r) for r in dates],
        }

    def event_articles(self, event_id: int, with_body: bool = False) -> list[dict[str, Any]]:
        """The articles of an event, earliest first."""
        body = ", a.body" if with_body else ""
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS}, ea.score, ea.pinned{body} FROM event_articles ea"
            " JOIN articles a ON a.id = ea.article_id LEFT JOIN sources s ON s.id = a.source_id"
            " WHERE ea.event_id = ? ORDER BY COALESCE(a.published, '9999'), a.id",
            (event_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    def article_bodies(self, article_ids: list[int]) -> dict[int, str]:
        """The body of each article, by id."""
        out: dict[int, str] = {}
        for chunk in _chunks(article_ids):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT id, body FROM articles WHERE id IN ({marks})", chunk):
                out[row[0]] = row[1]
        return out

    def events_summary(self) -> list[dict[str, Any]]:
        """Every event with its articles (`desk events --json`), most recent first."""
        events = self.conn.execute(
            "SELECT id, label, first_seen, last_seen, anchor_article FROM events"
            " ORDER BY COALESCE(last_seen, '0000') DESC, id DESC"
        ).fetchall()
        members: dict[int, list[dict[str, Any]]] = {}
        for row in self.conn.execute(
            f"SELECT ea.event_id, {_ARTICLE_COLUMNS} FROM event_articles ea JOIN articles a ON a.id = ea.article_id"
            " LEFT JOIN sources s ON s.id = a.source_id ORDER BY COALESCE(a.published, '9999'), a.id"
        ):
            item = dict(row)
            members.setdefault(item.pop("event_id"), []).append(item)
        return [
            {"id": e["id"], "label": e["label"], "first_seen": e["first_seen"], "last_seen": e["last_seen"],
             "size": len(members.get(e["id"], [])), "articles": members.get(e["id"], [])}
            for e in events
        ]

    def event_extraction(self, article_ids: list[int]) -> dict[str, list[dict[str, Any]]]:
        """Claims, quotes, dates, cites and mentions of a set of articles (for the comparison)."""
        out: dict[str, list[dict[str, Any]]] = {}
        marks = ",".join("?" * len(article_ids))
        queries = {
            "claims": f'SELECT * FROM claims WHERE article_id IN ({marks}) ORDER BY article_id, q_start',
            "quotes": f'SELECT * FROM quotes WHERE article_id IN ({marks}) ORDER BY article_id, start',
            "dates": f'SELECT * FROM dates WHERE article_id IN ({marks}) ORDER BY article_id, start',
            "cites": f'SELECT * FROM cites WHERE article_id IN ({marks}) ORDER BY article_id, start',
            "mentions": 'SELECT m.article_id, COALESCE(e.merged_into, m.entity_id) AS entity_id, m.text, m.start,'
                        f' m."end", e.kind FROM mentions m JOIN entities e ON e.id = m.entity_id'
                        f" WHERE m.article_id IN ({marks}) ORDER BY m.article_id, m.start",
        }
        for name, sql in queries.items():
            out[name] = [dict(r) for r in self.conn.execute(sql, article_ids).fetchall()] if article_ids else []
        return out


def _chunks(items: list[int], size: int = 900) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
