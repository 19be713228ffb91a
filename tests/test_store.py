"""The store: migrations, WAL, foreign keys, refusing a newer schema, transactions."""

from __future__ import annotations

import sqlite3

import pytest

from db.errors import NewerSchemaError, StoreError
from db.migrate import available, latest_version, migrate, statements
from db.store import Store


def test_new_database_is_migrated_wal_with_foreign_keys(store: Store) -> None:
    assert store.schema_version() == latest_version()
    assert store.pragma("journal_mode") == "wal"
    assert store.pragma("foreign_keys") == 1
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
    for name in ("sources", "articles", "articles_fts", "entities", "mentions", "quotes", "claims",
                 "events", "event_articles", "tags", "tag_history", "current_tags", "schema_version"):
        assert name in tables


def test_migrations_are_numbered_and_recorded(store: Store) -> None:
    versions = [v for v, _, _ in available()]
    assert versions == sorted(set(versions))
    recorded = [r[0] for r in store.conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert recorded == versions


def test_older_database_is_upgraded(db_path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, upto=1)
    conn.execute("INSERT INTO articles(title, body, content_hash) VALUES ('t', 'b', 'h')")
    conn.close()
    store = Store.open(db_path)
    assert store.schema_version() == latest_version()
    assert store.article_count() == 1
    store.close()


def test_newer_database_is_refused_untouched(db_path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("INSERT INTO schema_version(version, name) VALUES (9999, 'future')")
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer"):
        Store.open(db_path)


def test_failed_migration_rolls_back_whole(db_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import db.migrate as m

    good = m.available()[:1]
    broken = (2, "broken", "CREATE TABLE half_done(x);\nINSERT INTO no_such_table VALUES (1);\n")
    monkeypatch.setattr(m, "available", lambda: [*good, broken])
    conn = sqlite3.connect(db_path, isolation_level=None)
    with pytest.raises(StoreError, match="0002_broken"):
        m.migrate(conn)
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    conn.close()


def test_not_a_database_gives_a_store_error(tmp_path) -> None:
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        Store.open(bad)


def test_statement_splitter_keeps_trigger_bodies_whole() -> None:
    sql = "CREATE TABLE a(x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n-- tail\n"
    parts = statements(sql)
    assert len(parts) == 2
    assert parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")


def test_transaction_rolls_back_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.conn.execute("INSERT INTO sources(name) VALUES ('Gone')")
        raise RuntimeError("boom")
    assert store.conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 0


def test_fts_follows_inserts_updates_and_deletes(store: Store) -> None:
    from desk.records import ArticleRecord

    rec = ArticleRecord(title="Harbour talks", body="Negotiators met in Valletta.", path="/x/a.txt")
    first = store.save_article(rec, None)
    assert store.search_ids("Valletta") == [first.id]
    changed = ArticleRecord(title="Harbour talks", body="Negotiators met in Tunis.", path="/x/a.txt")
    assert store.save_article(changed, None).action == "updated"
    assert store.search_ids("Valletta") == []
    assert store.search_ids("Tunis") == [first.id]


def test_bad_search_syntax_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="search"):
        store.search_ids('"unbalanced AND (')


def test_quote_tags_follow_the_quote_when_the_article_is_updated(store: Store) -> None:
    from desk.extract.model import Extraction, Quote
    from desk.records import ArticleRecord

    def quote(text: str, start: int) -> Quote:
        return Quote(text, "quote", "Ana Ferreira", "person", None, None, start, start + len(text))

    rec = ArticleRecord(title="t", body='"We will win," she said.', path="/x/q.txt")
    saved = store.save_article(rec, Extraction(quotes=[quote("We will win,", 1)]))
    (q,) = store.article_quotes(saved.id)
    store.set_tag(saved.id, "attribution", "named", "ana", quote_id=q["id"])
    other = ArticleRecord(title="o", body='"Later," he said.', path="/x/o.txt")
    store.save_article(other, Extraction(quotes=[quote("Later,", 1)]))
    changed = ArticleRecord(title="t", body='Intro. "We will win," she said.', path="/x/q.txt")
    store.save_article(changed, Extraction(quotes=[quote("We will win,", 8)]))
    (q2,) = store.article_quotes(saved.id)
    assert q2["id"] != q["id"]
    tags = store.conn.execute("SELECT quote_id, value FROM tags WHERE article_id = ?", (saved.id,)).fetchall()
    assert [tuple(t) for t in tags] == [(q2["id"], "named")]


def test_a_late_lower_migration_is_still_applied(db_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import db.migrate as m

    real = m.available()
    conn = sqlite3.connect(db_path, isolation_level=None)
    monkeypatch.setattr(m, "available", lambda: [real[0], (3, "later", "CREATE TABLE later_one(x);")])
    m.migrate(conn)
    monkeypatch.setattr(m, "available", lambda: [real[0], (2, "between", "CREATE TABLE between_one(x);"),
                                                 (3, "later", "CREATE TABLE later_one(x);")])
    assert m.migrate(conn) == [2]
    conn.close()
