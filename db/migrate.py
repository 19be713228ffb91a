"""Numbered SQL migrations in db/migrations/, applied in order, each in its own transaction."""

from __future__ import annotations

import re
import sqlite3
from importlib import resources

from db.errors import NewerSchemaError, StoreError

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")


def available() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every shipped migration, in order."""
    found = []
    for entry in resources.files("db").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    """The schema version this desk writes."""
    migrations = available()
    return migrations[-1][0] if migrations else 0


def statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies stay whole)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip() and not all(ln.strip().startswith("--") for ln in buf.strip().splitlines()):
        out.append(buf.strip())
    return out


def current_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied to this database (0 for a new one)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))"
    )
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply every pending migration (up to `upto`); returns the versions applied.

    Each migration runs inside BEGIN IMMEDIATE … COMMIT, so a crash leaves the schema at the
    previous version. A database from a newer desk is refused, never touched.
    """
    applied: list[int] = []
    have = current_version(conn)
    done = {r[0] for r in conn.execute("SELECT version FROM schema_version")}
    newest = latest_version()
    if have > newest:
        raise NewerSchemaError(
            f"the database has schema version {have}, newer than this desk understands ({newest}); "
            "upgrade desk to open it"
        )
    for version, name, sql in available():
        if version in done or (upto is not None and version > upto):
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the lock.
            if conn.execute("SELECT 1 FROM schema_version WHERE version = ?", (version,)).fetchone():
                conn.execute("COMMIT")
                continue
            for statement in statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version(version, name) VALUES (?, ?)", (version, name))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {version:04d}_{name} failed: {exc}") from exc
        applied.append(version)
    return applied
