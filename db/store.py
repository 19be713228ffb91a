"""The store: opens the SQLite file (WAL, foreign keys, busy timeout), migrates it, and queries it.

`Store` is the only way the rest of desk reaches the database. Its queries live in the mixins
beside this file, one file per subject (articles, entities, tags, events, feeds, browsing, bulk
loading for benchmarks); no SQL exists
outside the `db` package.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from db.articles import ArticlesMixin
from db.bench import BenchMixin
from db.browse import BrowseMixin
from db.entities import EntitiesMixin
from db.errors import StoreError
from db.events import EventsMixin
from db.feeds import FeedsMixin
from db.migrate import migrate
from db.tags import TagsMixin

BUSY_TIMEOUT_MS = 15_000
_RETRIES = 8


class Store(ArticlesMixin, EntitiesMixin, TagsMixin, EventsMixin, FeedsMixin, BrowseMixin, BenchMixin):
    """One open desk database."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)

    @classmethod
    def open(cls, path: str | Path, *, migrate_schema: bool = True) -> Store:
        """Open (creating if needed) and migrate the database at `path`."""
        path = str(path)
        if path != ":memory:":
            parent = Path(path).expanduser().parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{path}: cannot create folder {parent}: {exc.strerror}") from exc
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if path != ":memory:" and mode.lower() != "wal":
                raise StoreError(f"{path}: cannot switch the database to WAL mode (got {mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
            if migrate_schema:
                migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a desk database or unreadable: {exc}") from exc
        return cls(conn, path)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A short write transaction (BEGIN IMMEDIATE), retried while another writer holds the lock."""
        for attempt in range(_RETRIES):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if attempt == _RETRIES - 1:
                    raise StoreError(f"{self.path}: the database stayed busy; try again") from exc
                time.sleep(0.05 * (2**attempt) * random.uniform(0.5, 1.5))
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._resolved = None  # entities remembered inside the rolled-back transaction are gone
            raise
        else:
            self.conn.execute("COMMIT")

    def pragma(self, name: str) -> object:
        """Read one pragma (`journal_mode`, `integrity_check`, …)."""
        return self.conn.execute(f"PRAGMA {name}").fetchone()[0]

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return row[0] or 0
