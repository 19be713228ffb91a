"""Tags in the store: set, overwrite notices, undo across restarts, inherited reliability, export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.errors import StoreError
from db.migrate import migrate
from db.store import Store
from desk.extract.model import Extraction, Quote
from desk.records import ArticleRecord


def add_article(store: Store, title: str, outlet: str | None = "Shafaq News", quotes: int = 0) -> int:
    ex = Extraction(quotes=[Quote(f"q{i}", "quote", "Mehdi Rahmati", "person", None, None, i, i + 1)
                            for i in range(quotes)])
    record = ArticleRecord(title=title, body=f"{title} body text.", outlet=outlet, published="2024-12-07")
    return store.save_article(record, ex).id


@pytest.fixture
def tagged(tmp_path: Path):
    store = Store.open(tmp_path / "tags.db")
    a = add_article(store, "First", quotes=2)
    b = add_article(store, "Second", outlet="Enab Baladi")
    yield store, a, b
    store.close()


def history_count(store: Store) -> int:
    return store.tag_history_count()


def test_set_tag_writes_current_value_and_history(tagged) -> None:
    store, a, _ = tagged
    change = store.set_tag(a, "reliability", "b", "alice")
    assert (change.value, change.previous, change.overwrote) == ("B", None, None)
    assert change.history_id and change.changed
    again = store.set_tag(a, "reliability", "C", "alice")
    assert (again.value, again.previous, again.overwrote) == ("C", "B", None)
    row = store.conn.execute("SELECT value, user FROM tags WHERE article_id = ? AND field = 'reliability'", (a,))
    assert tuple(row.fetchone()) == ("C", "alice")
    history = store.tag_history(a)
    assert [(h["value"], h["previous"], h["user"]) for h in history] == [("B", None, "alice"), ("C", "B", "alice")]
    assert history[0]["at"].endswith("Z") and "T" in history[0]["at"]


def test_same_value_again_records_nothing(tagged) -> None:
    store, a, _ = tagged
    store.set_tag(a, "credibility", "2", "alice")
    same = store.set_tag(a, "credibility", 2, "bob")
    assert not same.changed and same.overwrote is None
    assert history_count(store) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [("reliability", "G"), ("credibility", "7"), ("credibility", "0"), ("attribution", "rumour"),
     ("starred", "maybe"), ("colour", "red")],
)
def test_bad_values_are_refused_and_nothing_written(tagged, field: str, value: str) -> None:
    store, a, _ = tagged
    with pytest.raises(StoreError) as info:
        store.set_tag(a, field, value, "alice")
    assert field in str(info.value)
    assert history_count(store) == 0


def test_unknown_article_and_wrong_quote_are_refused(tagged) -> None:
    store, a, b = tagged
    with pytest.raises(StoreError, match="no article with id 999"):
        store.set_tag(999, "starred", True, "alice")
    with pytest.raises(StoreError, match="no quote"):
        store.set_tag(a, "attribution", "anonymous", "alice", quote_id=999)
    quote_id = store.article_quotes(a)[0]["id"]
    with pytest.raises(StoreError, match=f"belongs to article {a}"):
        store.set_tag(b, "attribution", "anonymous", "alice", quote_id=quote_id)
    with pytest.raises(StoreError, match="articles, not on single quotes"):
        store.set_tag(a, "starred", True, "alice", quote_id=quote_id)
    assert history_count(store) == 0


def test_overwriting_someone_elses_tag_is_reported(tagged) -> None:
    store, a, _ = tagged
    first = store.set_tag(a, "reliability", "C", "alice")
    change = store.set_tag(a, "reliability", "B", "bob")
    assert change.overwrote == ("alice", first.at)
    assert change.overwrote_message() == f"replaced reliability C set by alice at {first.at}"
    assert store.tag_history(a)[-1]["previous_user"] == "alice"


def test_expected_value_tells_of_a_change_made_since_it_was_seen(tagged) -> None:
    store, a, _ = tagged
    store.set_tag(a, "credibility", "3", "alice")
    seen = store.article_tags(a)["credibility"]
    bob = store.set_tag(a, "credibility", "1", "bob")  # alice's screen still shows 3
    change = store.set_tag(a, "credibility", "2", "alice", expected=seen)
    assert change.overwrote == ("bob", bob.at)
    # What she saw is what was there: no notice, even though bob had set it.
    fresh = store.set_tag(a, "credibility", "4", "bob", expected="2")
    assert fresh.overwrote is None


def test_undo_walks_back_and_restores_who_set_the_value(tagged) -> None:
    store, a, b = tagged
    store.set_tag(a, "reliability", "C", "alice")
    store.set_tag(a, "reliability", "B", "bob")
    store.set_tag(b, "starred", True, "bob")
    first = store.undo_last("bob")
    assert (first.article_id, first.field, first.value, first.previous) == (b, "starred", None, "1")
    second = store.undo_last("bob")
    assert (second.field, second.value, second.previous) == ("reliability", "C", "B")
    tags = store.article_tags(a)
    assert tags["reliability"] == "C" and tags["set_by"]["reliability"][0] == "alice"
    assert store.undo_last("bob") is None
    history = store.tag_history(a)
    assert history[-1]["undoes"] == history[1]["id"] and history[1]["undone_by"] == history[-1]["id"]


def test_undo_of_a_first_tag_removes_it(tagged) -> None:
    store, a, _ = tagged
    store.set_tag(a, "attribution", "official", "alice")
    store.undo_last("alice")
    assert store.article_tags(a)["attribution"] is None
    assert store.export_tags() == []


def test_undo_works_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "restart.db"
    with Store.open(path) as store:
        a = add_article(store, "Restart")
        store.set_tag(a, "reliability", "A", "alice")
        store.set_tag(a, "credibility", "1", "alice")
    with Store.open(path) as store:
        assert store.undo_last("alice").field == "credibility"
    with Store.open(path) as store:
        assert store.undo_last("alice").field == "reliability"
        assert store.undo_last("alice") is None
        assert store.article_tags(a)["badge"] == ""


def test_undo_skips_automatic_changes_and_other_users(tagged) -> None:
    store, a, b = tagged
    store.set_tag(a, "reliability", "D", "alice")
    store.set_tag(b, "read", True, "alice", automatic=True)
    store.set_tag(b, "starred", True, "bob")
    change = store.undo_last("alice")
    assert (change.article_id, change.field) == (a, "reliability")
    assert store.article_tags(b)["read"] and store.article_tags(b)["starred"]


def test_undo_never_clobbers_a_later_change_by_someone_else(tagged) -> None:
    store, a, b = tagged
    store.set_tag(b, "credibility", "5", "alice")
    store.set_tag(a, "reliability", "E", "alice")
    later = store.set_tag(a, "reliability", "A", "bob")
    before = history_count(store)
    with pytest.raises(StoreError) as info:
        store.undo_last("alice")
    message = str(info.value)
    assert "bob" in message and later.at in message and "reliability" in message
    assert history_count(store) == before
    assert store.article_tags(a)["reliability"] == "A"
    skipped = store.undo_last("alice", skip_superseded=True)
    assert (skipped.article_id, skipped.field) == (b, "credibility")


def test_reliability_is_inherited_from_the_outlet_until_set(tagged) -> None:
    store, a, b = tagged
    store.conn.execute("UPDATE sources SET default_reliability = 'B' WHERE name = 'Shafaq News'")
    tags = store.article_tags(a)
    assert (tags["reliability"], tags["reliability_inherited"], tags["badge"]) == ("B", True, "B")
    assert store.article_tags(b)["reliability"] is None
    store.set_tag(a, "reliability", "D", "alice")
    tags = store.article_tags(a)
    assert (tags["reliability"], tags["reliability_inherited"]) == ("D", False)
    store.set_tag(a, "reliability", None, "alice")
    assert store.article_tags(a)["reliability_inherited"] is True
    by_id = {r["id"]: r for r in store.export_articles()}
    assert by_id[a]["reliability"] == "B" and by_id[a]["reliability_inherited"] is True
    assert by_id[b]["reliability"] is None and by_id[b]["reliability_inherited"] is False


def test_status_is_derived_from_the_triage_flags(tagged) -> None:
    store, a, _ = tagged
    assert store.article_tags(a)["status"] == "new"
    store.set_tag(a, "read", True, "alice")
    assert store.article_tags(a)["status"] == "read"
    store.set_tag(a, "starred", "yes", "alice")
    assert store.article_tags(a)["status"] == "starred"
    store.set_tag(a, "archived", 1, "alice")
    assert store.article_tags(a)["status"] == "archived"
    store.set_tag(a, "archived", False, "alice")
    assert store.article_tags(a)["status"] == "starred"


def test_quote_tags_are_kept_apart_from_the_article(tagged) -> None:
    store, a, _ = tagged
    quote_id = store.article_quotes(a)[1]["id"]
    store.set_tag(a, "attribution", "a", "alice", quote_id=quote_id)
    tags = store.article_tags(a)
    assert tags["attribution"] is None
    assert tags["quotes"] == {quote_id: {"attribution": "anonymous"}}
    [row] = store.export_tags()
    assert row["quote_tags"] == f"{quote_id}:attribution=anonymous" and row["attribution"] is None


def test_export_tags_rows(tagged) -> None:
    store, a, b = tagged
    store.set_tag(a, "reliability", "B", "alice")
    store.set_tag(a, "credibility", "2", "alice")
    store.set_tag(a, "attribution", "named on record", "bob")
    store.set_tag(a, "starred", True, "bob")
    rows = store.export_tags()
    assert [r["article"] for r in rows] == [a]
    row = rows[0]
    assert {k: row[k] for k in ("outlet", "reliability", "credibility", "attribution", "status", "starred",
                                "read", "tagged_by")} == {
        "outlet": "Shafaq News", "reliability": "B", "credibility": "2", "attribution": "named",
        "status": "starred", "starred": True, "read": False, "tagged_by": "bob"}
    for key in ("path", "url", "title", "published", "tagged_at", "archived", "reliability_inherited"):
        assert key in row
    assert b not in [r["article"] for r in rows]


def test_current_tags_view_reads_plainly_in_sql(tagged) -> None:
    store, a, _ = tagged
    store.set_tag(a, "reliability", "B", "alice")
    store.set_tag(a, "credibility", "2", "alice")
    conn = sqlite3.connect(store.path)
    row = conn.execute("SELECT reliability || credibility, status, tagged_by FROM current_tags").fetchone()
    conn.close()
    assert row == ("B2", "new", "alice")


def test_tags_for_many_articles_at_once(tagged) -> None:
    store, a, b = tagged
    store.set_tag(b, "credibility", "6", "alice")
    found = store.tags_for_articles([a, b, 12345])
    assert set(found) == {a, b}
    assert found[b]["badge"] == "?6" and found[a]["status"] == "new"


def test_history_from_before_tags_migration_still_undoes(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=3)
    conn.execute("INSERT INTO articles(id, title, body, content_hash) VALUES (1, 't', 'b', 'h')")
    conn.execute("INSERT INTO tags VALUES (1, 0, 'reliability', 'B', 'alice', '2024-01-02T00:00:00Z')")
    conn.execute("INSERT INTO tag_history(article_id, field, value, previous, user, at)"
                 " VALUES (1, 'reliability', 'C', NULL, 'alice', '2024-01-01T00:00:00Z'),"
                 " (1, 'reliability', 'B', 'C', 'alice', '2024-01-02T00:00:00Z')")
    conn.close()
    with Store.open(path) as store:
        change = store.undo_last("alice")
        assert (change.value, change.previous) == ("C", "B")
        assert store.article_tags(1)["reliability"] == "C"
