"""source → extract → store → events, one article at a time, each in its own transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.extract import extract

if TYPE_CHECKING:
    from db.articles import SaveResult
    from db.store import Store
    from desk.records import ArticleRecord


def store_record(store: Store, record: ArticleRecord) -> SaveResult:
    """Extract, store and cluster one article. Extraction failing never loses the article."""
    try:
        extraction = extract(record.body, record.published)
        error = None
    except Exception as exc:  # an extractor bug must not cost the journalist the article
        extraction = None
        error = f"{type(exc).__name__}: {exc}"
    result = store.save_article(record, extraction, error)
    if extraction is not None and result.action != "unchanged":
        cluster(store, result.id)
    return result


def cluster(store: Store, article_id: int) -> None:
    """Put a stored article into its event (the events layer decides which)."""
    from desk.events import assign_article

    assign_article(store, article_id)


def finish_pending(store: Store) -> int:
    """Cluster articles an interrupted run stored but did not cluster; returns how many."""
    pending = store.articles_with_status("extracted")
    for article_id in pending:
        cluster(store, article_id)
    return len(pending)
