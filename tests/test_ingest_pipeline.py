"""One article at a time: a clustering failure keeps the article and undoes only the clustering."""

from __future__ import annotations

import desk.events.cluster
from desk.ingest.pipeline import finish_pending, store_record
from desk.records import ArticleRecord

BODY = ("Rebels said on Saturday they had captured Daraa, the fourth city the army has lost in a week. "
        "\"We are in Daraa,\" said Abu Ahmad, a rebel commander.")


def _count(store, table: str) -> int:
    return store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_failed_clustering_keeps_the_article_and_leaves_no_half_event(store, monkeypatch) -> None:
    real = desk.events.cluster._assign

    def half_then_fail(st, article_id):
        st.create_event(article_id)  # writes, then the clusterer breaks
        raise RuntimeError("clusterer bug")

    monkeypatch.setattr(desk.events.cluster, "_assign", half_then_fail)
    result = store_record(store, ArticleRecord(title="Daraa falls", body=BODY, published="2024-12-07"))
    assert result.action == "added" and "clustering failed" in (result.error or "")
    assert store.conn.execute("SELECT status FROM articles WHERE id = ?", (result.id,)).fetchone()[0] == "extracted"
    assert _count(store, "quotes") == 1 and _count(store, "mentions") > 0
    assert _count(store, "events") == 0, "the failed clustering's writes are undone"
    assert not store.conn.in_transaction

    monkeypatch.setattr(desk.events.cluster, "_assign", real)
    assert finish_pending(store) == 1
    assert store.conn.execute("SELECT status FROM articles WHERE id = ?", (result.id,)).fetchone()[0] == "clustered"
    assert _count(store, "events") == 1
