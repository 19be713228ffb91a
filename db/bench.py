"""Bulk loading for the benchmark suite: many articles straight into the store, no extraction.

Rows go through the same `articles` table and FTS triggers as a normal ingest, in large
transactions, so a search benchmark can reach a million articles in minutes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any


class BenchMixin:
    conn: sqlite3.Connection

    def bench_insert_articles(self, rows: Iterable[dict[str, Any]], batch: int = 5000) -> int:
        """Insert articles (`title`, `body`, `content_hash`, optional `published`, `outlet`); returns how many."""
        outlets: dict[str, int] = {}
        done = 0
        buf: list[tuple[Any, ...]] = []

        def flush() -> None:
            with self.transaction():  # type: ignore[attr-defined]
                self.conn.executemany(
                    "INSERT OR IGNORE INTO articles(source_id, title, published, body, content_hash, status)"
                    " VALUES (?, ?, ?, ?, ?, 'clustered')",
                    buf,
                )
            buf.clear()

        for row in rows:
            outlet = row.get("outlet")
            source_id = None
            if outlet:
                source_id = outlets.get(outlet)
                if source_id is None:
                    with self.transaction():  # type: ignore[attr-defined]
                        source_id = self.source_id(outlet)  # type: ignore[attr-defined]
                    outlets[outlet] = source_id
            buf.append((source_id, row["title"], row.get("published"), row["body"], row["content_hash"]))
            done += 1
            if len(buf) >= batch:
                flush()
        if buf:
            flush()
        return done

    def bench_optimize_fts(self) -> None:
        """Merge the full-text index's segments, as `PRAGMA optimize` eventually would."""
        with self.transaction():  # type: ignore[attr-defined]
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")

    def bench_copy_extracted(self, source_path: str, upto: int) -> int:
        """Copy articles with id <= `upto` and their extraction (no events) from another desk database.

        The copies are left `extracted`, so clustering them can be timed on its own. Returns how many.
        """
        tables = ("entities", "entity_aliases", "entity_keys", "mentions", "quotes", "claims", "dates", "cites")
        self.conn.execute("ATTACH DATABASE ? AS src", (source_path,))
        try:
            with self.transaction():  # type: ignore[attr-defined]
                self.conn.execute("INSERT INTO sources SELECT * FROM src.sources")
                cols = [r[1] for r in self.conn.execute("PRAGMA main.table_info(articles)")]
                names = ", ".join(f'"{c}"' for c in cols)
                picked = ", ".join("'extracted'" if c == "status" else f'"{c}"' for c in cols)
                self.conn.execute(
                    f"INSERT INTO articles({names}) SELECT {picked} FROM src.articles WHERE id <= ?", (upto,)
                )
                for table in tables:
                    where = " WHERE article_id <= ?" if table in ("mentions", "quotes", "claims", "dates", "cites") else ""
                    self.conn.execute(
                        f"INSERT INTO main.{table} SELECT * FROM src.{table}{where}", (upto,) if where else ()
                    )
            return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            self.conn.execute("DETACH DATABASE src")
