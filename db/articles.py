"""Articles: storing an article with its extraction in one transaction, and reading them back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from db.errors import StoreError

if TYPE_CHECKING:
    from desk.extract.model import Extraction
    from desk.records import ArticleRecord

Action = Literal["added", "updated", "unchanged"]
RANKED_UP_TO = 2_000  # searches with more matches than this are listed newest first, not by relevance

_LIST_COLUMNS = """a.id, a.title, a.published, a.path, a.url, a.status, s.name AS outlet,
    ea.event_id AS event_id,
    (SELECT group_concat(t.field || '=' || t.value, ';') FROM tags t
      WHERE t.article_id = a.id AND t.quote_id = 0 AND t.value IS NOT NULL) AS tags"""


@dataclass(slots=True)
class SaveResult:
    id: int
    action: Action
    error: str | None = None  # why extraction failed, when it did (the article is stored all the same)


class ArticlesMixin:
    conn: sqlite3.Connection

    # -- writing ---------------------------------------------------------------------------

    def source_id(self, name: str | None) -> int | None:
        """The id of the outlet called `name`, created on first sight."""
        if not name:
            return None
        row = self.conn.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        return self.conn.execute("INSERT INTO sources(name) VALUES (?)", (name,)).lastrowid

    def find_existing(self, record: ArticleRecord) -> tuple[int, str] | None:
        """(id, content_hash) of the stored article this record is, by hash, URL, GUID or path."""
        row = self.conn.execute(
            "SELECT id, content_hash FROM articles WHERE content_hash = ?", (record.content_hash,)
        ).fetchone()
        if row:
            return row[0], row[1]
        path = record.path if record.path_is_identity else None
        for column, value in (("url", record.url), ("guid", record.guid), ("path", path)):
            if value:
                row = self.conn.execute(
                    f"SELECT id, content_hash FROM articles WHERE {column} = ? ORDER BY id LIMIT 1", (value,)
                ).fetchone()
                if row:
                    return row[0], row[1]
        return None

    def save_article(self, record: ArticleRecord, extraction: Extraction | None, error: str | None = None) -> SaveResult:
        """Store an article and everything extracted from it, all or nothing.

        The same text again is left alone; the same URL/GUID/path with new text is updated in place
        (its extraction replaced, its tags and event kept).
        """
        with self.transaction():  # type: ignore[attr-defined]
            existing = self.find_existing(record)
            if existing and existing[1] == record.content_hash:
                return SaveResult(existing[0], "unchanged")
            status = "extracted" if extraction is not None else "extract_failed"
            values = {
                "source_id": self.source_id(record.outlet),
                "path": record.path,
                "url": record.url,
                "guid": record.guid,
                "title": record.title,
                "published": record.published,
                "dateline": record.dateline,
                "body": record.body,
                "language": record.language,
                "content_hash": record.content_hash,
                "status": status,
                "error": error,
            }
            if existing:
                article_id = existing[0]
                sets = ", ".join(f"{k} = :{k}" for k in values)
                self.conn.execute(
                    f"UPDATE articles SET {sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = :id",
                    {**values, "id": article_id},
                )
                old_quotes = self.conn.execute(
                    "SELECT id, text FROM quotes WHERE article_id = ?", (article_id,)
                ).fetchall()
                for table in ("mentions", "quotes", "claims", "dates", "cites"):
                    self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
                action: Action = "updated"
            else:
                cols = ", ".join(values)
                marks = ", ".join(f":{k}" for k in values)
                article_id = self.conn.execute(f"INSERT INTO articles({cols}) VALUES ({marks})", values).lastrowid
                action = "added"
            if extraction is not None:
                self._save_extraction(article_id, record, extraction)
            if existing:
                self._carry_quote_tags(article_id, old_quotes)
            return SaveResult(article_id, action, error)

    def _carry_quote_tags(self, article_id: int, old_quotes: list[sqlite3.Row]) -> None:
        """Keep tags on a quote whose article was updated: they follow the quote with the same text."""
        new_ids = {
            text: qid for qid, text in self.conn.execute(
                "SELECT id, text FROM quotes WHERE article_id = ? ORDER BY id DESC", (article_id,)
            )
        }
        for old_id, text in old_quotes:
            new_id = new_ids.get(text)
            if new_id is None or new_id == old_id:
                continue
            for table in ("tags", "tag_history"):
                self.conn.execute(
                    f"UPDATE {table} SET quote_id = ? WHERE article_id = ? AND quote_id = ?", (new_id, article_id, old_id)
                )

    def _save_extraction(self, article_id: int, record: ArticleRecord, ex: Extraction) -> None:
        by_surface = self.save_entities(article_id, ex.entities, record.body)  # type: ignore[attr-defined]
        self.conn.executemany(
            'INSERT INTO quotes(article_id, text, kind, speaker, speaker_kind, role, via, speaker_entity_id, start, "end")'
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (article_id, q.text, q.kind, q.speaker, q.speaker_kind, q.role, q.via,
                 by_surface.get(q.speaker) if q.speaker else None, q.start, q.end)
                for q in ex.quotes
            ],
        )
        self.conn.executemany(
            'INSERT INTO claims(article_id, text, quantity, value, unit, hedge, start, "end", q_start, q_end)'
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(article_id, c.text, c.quantity, c.value, c.unit, c.hedge, c.start, c.end, c.q_start, c.q_end)
             for c in ex.claims],
        )
        self.conn.executemany(
            'INSERT INTO dates(article_id, text, date, start, "end") VALUES (?,?,?,?,?)',
            [(article_id, d.text, d.date, d.start, d.end) for d in ex.dates],
        )
        self.conn.executemany(
            'INSERT INTO cites(article_id, name, text, start, "end") VALUES (?,?,?,?,?)',
            [(article_id, c.name, c.text, c.start, c.end) for c in ex.cites],
        )

    def set_article_status(self, article_id: int, status: str) -> None:
        self.conn.execute("UPDATE articles SET status = ? WHERE id = ?", (status, article_id))

    # -- reading ---------------------------------------------------------------------------

    def article(self, article_id: int) -> dict[str, Any] | None:
        """One article with its outlet name and event id."""
        row = self.conn.execute(
            "SELECT a.*, s.name AS outlet, ea.event_id FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
            " LEFT JOIN event_articles ea ON ea.article_id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        return dict(row) if row else None

    def article_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def articles_page(self, offset: int = 0, limit: int = 100, ids: list[int] | None = None) -> list[dict[str, Any]]:
        """A window of the article list, newest first (by published date, then arrival)."""
        where = ""
        params: list[Any] = []
        if ids is not None:
            where = f"WHERE a.id IN ({','.join('?' * len(ids))})"
            params = list(ids)
        rows = self.conn.execute(
            f"SELECT {_LIST_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
            f" LEFT JOIN event_articles ea ON ea.article_id = a.id {where}"
            " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [dict(r) for r in rows]

    def all_articles(self) -> list[dict[str, Any]]:
        """Every article's metadata (no body), oldest first, for export."""
        rows = self.conn.execute(
            "SELECT a.id, s.name AS outlet, a.published, a.title, a.dateline, a.path, a.url, a.guid,"
            " a.status, a.content_hash, a.ingested_at, ea.event_id FROM articles a"
            " LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN event_articles ea ON ea.article_id = a.id"
            " ORDER BY a.id"
        ).fetchall()
        return [dict(r) for r in rows]

    def search_ids(self, query: str, limit: int = 10_000) -> list[int]:
        """Article ids matching a full-text query (at most `limit`).

        A small result (up to RANKED_UP_TO matches) comes best match first (bm25); a large one comes
        newest first, which FTS5 reads straight off its index instead of scoring every match.
        Raises StoreError with a readable message when the query syntax is wrong.
        """
        try:
            matches = self.conn.execute(
                "SELECT COUNT(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
                (query, RANKED_UP_TO + 1),
            ).fetchone()[0]
            order = "rank" if matches <= RANKED_UP_TO else "rowid DESC"
            rows = self.conn.execute(
                f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY {order} LIMIT ?", (query, limit)
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search: cannot read the query {query!r}: {exc}") from exc
        return [r[0] for r in rows]

    def article_quotes(self, article_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            'SELECT * FROM quotes WHERE article_id = ? ORDER BY start', (article_id,)
        ).fetchall()
        return [dict(r) for r in rows]

    def article_claims(self, article_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute('SELECT * FROM claims WHERE article_id = ? ORDER BY q_start', (article_id,)).fetchall()
        return [dict(r) for r in rows]

    def article_dates(self, article_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute('SELECT * FROM dates WHERE article_id = ? ORDER BY start', (article_id,)).fetchall()
        return [dict(r) for r in rows]

    def article_cites(self, article_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute('SELECT * FROM cites WHERE article_id = ? ORDER BY start', (article_id,)).fetchall()
        return [dict(r) for r in rows]

    def require_article(self, article_id: int) -> dict[str, Any]:
        found = self.article(article_id)
        if found is None:
            raise StoreError(f"no article with id {article_id}")
        return found

    def articles_with_status(self, status: str) -> list[int]:
        """Ids of articles in a pipeline state (`extracted`: stored but not yet clustered)."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE status = ? ORDER BY id", (status,))]
