"""source → extract → store → events, one article at a time, each in its own transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.extract import extract

if TYPE_CHECKING:
    from db.articles import SaveResult
    from db.store import Store
    from desk.records import ArticleRecord


def store_record(store: Store, record: ArticleRecord) -> SaveResult:
    """Extract, store and cluster one article. Neither extraction nor clustering failing loses it."""
    try:
        extraction = extract(record.body, record.published)
        error = None
    except Exception as exc:  # an extractor bug must not cost the journalist the article
        extraction = None
        error = f"extraction failed: {type(exc).__name__}: {exc}"
    result = store.save_article(record, extraction, error)
    if extraction is not None and result.action != "unchanged":
        result.error = cluster(store, result.id)
    return result


def cluster(store: Store, article_id: int) -> str | None:
    """Put a stored article into its event; returns why that failed, if it did.

    On failure the article stays `extracted` and the next ingest run tries again.
    """
    from desk.events import assign_article

    try:
        assign_article(store, article_id)
    except Exception as exc:
        return f"clustering failed: {type(exc).__name__}: {exc}"
    store.set_article_status(article_id, "clustered")
    return None


def finish_pending(store: Store) -> int:
    """Cluster articles an interrupted run stored but did not cluster; returns how many now are."""
    return sum(cluster(store, article_id) is None for article_id in store.articles_with_status("extracted"))
