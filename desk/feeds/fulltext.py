"""Full text: fetch the page an item links to and keep its article text instead of the feed's summary.

The extractor is trafilatura: it is maintained, scores at or near the top of the published
main-text extraction benchmarks, works offline on HTML we fetched ourselves (so the polite fetcher's
timeout, size cap and scheme rules still apply), runs on lxml which desk already has, and is the
extractor desk's saved-page ingest uses, so a page reads the same either way. When extraction finds
nothing usable (no text, or less than the summary already had), the summary is kept and the reason given.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.feeds.http import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch
from desk.ingest.decode import normalise
from desk.records import ArticleRecord

if TYPE_CHECKING:
    from db.store import Store

HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
MIN_CHARS = 200  # page text shorter than this is a cookie wall or an error page, not the article


@dataclass(slots=True)
class FullText:
    """The article text found at a link, or why there is none (`text` None)."""

    text: str | None
    reason: str | None = None


def extract_text(html: bytes | str, url: str | None = None) -> str | None:
    """The main text of an HTML page, or None when trafilatura finds no article in it."""
    import trafilatura

    try:
        text = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=True, favor_precision=True, deduplicate=False
        )
    except Exception:  # a page that crashes the extractor is a page without extractable text
        return None
    text = normalise(text or "").strip()
    return text or None


def fetch_full_text(
    url: str | None,
    summary: str = "",
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    retries: int = 1,
    backoff: float = 1.0,
) -> FullText:
    """Fetch `url` and extract its article; `text` is None (with a reason) when the summary should stay."""
    if not url:
        return FullText(None, "the item has no link")
    page = fetch(url, timeout=timeout, max_bytes=max_bytes, retries=retries, backoff=backoff, accept=HTML_ACCEPT)
    if page.error:
        return FullText(None, page.error)
    text = extract_text(page.data, page.url)
    if text is None:
        return FullText(None, "no article text found in the page")
    if len(text) < max(MIN_CHARS, len(summary.strip())):
        return FullText(None, "the page text is shorter than the summary")
    return FullText(text)


def with_full_text(record: ArticleRecord, **fetch_options: float) -> tuple[ArticleRecord, str | None]:
    """The record with its body replaced by the linked page's text; unchanged plus the reason on failure."""
    found = fetch_full_text(record.url, record.body, **fetch_options)  # type: ignore[arg-type]
    if found.text is None:
        return record, found.reason
    return dataclasses.replace(record, body=found.text), None


@dataclass(slots=True)
class ArticleFullText:
    """What fetching the full text of one stored article did."""

    article_id: int
    updated: bool
    reason: str | None = None  # why the stored text was kept


def refresh_article_text(store: Store, article_id: int, **fetch_options: float) -> ArticleFullText:
    """Fetch one stored article's link and, if its text is found, store it in place of the summary.

    For a key press in the TUI: call it from a worker, on a store no other thread is using.
    """
    from desk.ingest.pipeline import store_record

    article = store.require_article(article_id)
    found = fetch_full_text(article.get("url"), article.get("body") or "", **fetch_options)  # type: ignore[arg-type]
    if found.text is None:
        return ArticleFullText(article_id, False, found.reason)
    record = ArticleRecord(
        title=article["title"], body=found.text, outlet=article.get("outlet"), published=article.get("published"),
        dateline=article.get("dateline"), url=article.get("url"), guid=article.get("guid"),
        language=article.get("language"), path=article.get("path"), path_is_identity=False,
    )
    result = store_record(store, record)
    if result.id != article_id:  # the page text was already stored as another article
        return ArticleFullText(article_id, False, f"the page text is already article {result.id}")
    return ArticleFullText(article_id, result.action == "updated", None if result.action == "updated" else "unchanged")
