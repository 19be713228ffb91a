"""Feeds: subscriptions, what each refresh found, and the outlet defaults they carry."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from db.errors import StoreError

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"
_UNSET: Any = object()


class FeedsMixin:
    conn: sqlite3.Connection

    # -- subscriptions ---------------------------------------------------------------------

    def feed_add(
        self,
        url: str,
        *,
        outlet: str | None = None,
        reliability: str | None = None,
        language: str | None = None,
        tags: Iterable[str] | None = None,
        full_text: bool | None = None,
    ) -> tuple[dict[str, Any], bool]:
        """Subscribe to `url`, or change the settings given for an existing subscription.

        Settings left as None are not touched; `tags` replaces the feed's tags. Returns the feed and
        whether it was new. A reliability is also written to the outlet's `sources.default_reliability`.
        """
        try:
            with self.transaction():  # type: ignore[attr-defined]
                row = self.conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
                created = row is None
                if created:
                    feed_id = self.conn.execute("INSERT INTO feeds(url) VALUES (?)", (url,)).lastrowid
                else:
                    feed_id = row[0]
                changes: dict[str, Any] = {}
                if outlet:
                    changes["source_id"] = self.source_id(outlet)  # type: ignore[attr-defined]
                if reliability is not None:
                    changes["default_reliability"] = reliability
                if language is not None:
                    changes["language"] = language
                if full_text is not None:
                    changes["full_text"] = int(full_text)
                if changes:
                    sets = ", ".join(f"{k} = :{k}" for k in changes)
                    self.conn.execute(f"UPDATE feeds SET {sets} WHERE id = :id", {**changes, "id": feed_id})
                if tags is not None:
                    self.conn.execute("DELETE FROM feed_tags WHERE feed_id = ?", (feed_id,))
                    self.conn.executemany(
                        "INSERT OR IGNORE INTO feed_tags(feed_id, tag) VALUES (?, ?)", [(feed_id, t) for t in tags]
                    )
                self._feed_outlet_default(feed_id, overwrite=reliability is not None)
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"feed {url}: {exc}") from exc
        feed = self.feed_get(feed_id)
        assert feed is not None
        return feed, created

    def feed_get(self, ref: int | str) -> dict[str, Any] | None:
        """One subscription by id or by URL, with its outlet name and tags."""
        column = "id" if isinstance(ref, int) else "url"
        row = self.conn.execute(
            f"SELECT f.*, s.name AS outlet FROM feeds f LEFT JOIN sources s ON s.id = f.source_id WHERE f.{column} = ?",
            (ref,),
        ).fetchone()
        return self._feed_dict(row) if row else None

    def feed_list(self) -> list[dict[str, Any]]:
        """Every subscription, in the order they were added, with its item count."""
        rows = self.conn.execute(
            "SELECT f.*, s.name AS outlet, (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id) AS items"
            " FROM feeds f LEFT JOIN sources s ON s.id = f.source_id ORDER BY f.id"
        ).fetchall()
        return [self._feed_dict(r) for r in rows]

    def feed_remove(self, feed_id: int) -> bool:
        """Unsubscribe; the articles it brought stay in the store. False when there was no such feed."""
        with self.transaction():  # type: ignore[attr-defined]
            return self.conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,)).rowcount > 0

    def _feed_dict(self, row: sqlite3.Row) -> dict[str, Any]:
        feed = dict(row)
        feed["full_text"] = bool(feed["full_text"])
        feed["tags"] = [
            r[0] for r in self.conn.execute("SELECT tag FROM feed_tags WHERE feed_id = ? ORDER BY tag", (feed["id"],))
        ]
        return feed

    def _feed_outlet_default(self, feed_id: int, *, overwrite: bool) -> None:
        """Copy the feed's reliability onto its outlet (always when `overwrite`, else only if the outlet has none)."""
        row = self.conn.execute("SELECT source_id, default_reliability FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        if not row or row[0] is None or row[1] is None:
            return
        only_unset = "" if overwrite else " AND default_reliability IS NULL"
        self.conn.execute(f"UPDATE sources SET default_reliability = ? WHERE id = ?{only_unset}", (row[1], row[0]))

    # -- refreshing ------------------------------------------------------------------------

    def feed_item_hashes(self, feed_id: int) -> dict[str, str]:
        """item_key → item_hash of everything this feed has carried."""
        return dict(self.conn.execute("SELECT item_key, item_hash FROM feed_items WHERE feed_id = ?", (feed_id,)))

    def feed_bind_outlet(self, feed_id: int, outlet: str) -> None:
        """Attach a feed that had no outlet to the one its items name (the feed's own title)."""
        with self.transaction():  # type: ignore[attr-defined]
            source_id = self.source_id(outlet)  # type: ignore[attr-defined]
            self.conn.execute("UPDATE feeds SET source_id = ? WHERE id = ? AND source_id IS NULL", (source_id, feed_id))
            self._feed_outlet_default(feed_id, overwrite=False)

    def feed_record_items(self, feed_id: int, items: Iterable[tuple[str, str, int]]) -> None:
        """Remember (item_key, item_hash, article_id) for items just stored or seen again."""
        with self.transaction():  # type: ignore[attr-defined]
            self.conn.executemany(
                "INSERT INTO feed_items(feed_id, item_key, item_hash, article_id) VALUES (?, ?, ?, ?)"
                f" ON CONFLICT(feed_id, item_key) DO UPDATE SET item_hash = excluded.item_hash,"
                f" article_id = excluded.article_id, last_seen = {_NOW}",
                [(feed_id, key, digest, article_id) for key, digest, article_id in items],
            )

    def feed_record_fetch(
        self,
        feed_id: int,
        *,
        status: str,
        http_status: int | None = None,
        error: str | None = None,
        etag: str | None = _UNSET,
        last_modified: str | None = _UNSET,
        new: int = 0,
        updated: int = 0,
    ) -> None:
        """Write how one refresh of a feed went. Validators are kept unless new ones are given."""
        values: dict[str, Any] = {
            "last_status": status,
            "last_http_status": http_status,
            "last_error": error,
            "last_new": new,
            "last_updated": updated,
        }
        if etag is not _UNSET:
            values["etag"] = etag
        if last_modified is not _UNSET:
            values["last_modified"] = last_modified
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with self.transaction():  # type: ignore[attr-defined]
            self.conn.execute(
                f"UPDATE feeds SET {sets}, last_fetch_at = {_NOW} WHERE id = :id", {**values, "id": feed_id}
            )
