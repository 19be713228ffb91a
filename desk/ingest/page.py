"""Saved web pages (.html) → one article, with trafilatura's main-text extraction and metadata."""

from __future__ import annotations

from desk.ingest.dates import iso_date
from desk.ingest.decode import normalise
from desk.ingest.errors import IngestError
from desk.ingest.htmltext import html_to_text
from desk.records import ArticleRecord


def parse_page(html: str, path: str | None = None, url: str | None = None) -> ArticleRecord:
    """The article in a saved page: its main text, title, site name, date and canonical URL."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    data = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    body = normalise(data.get("text") or "").strip()
    if not body:
        body = normalise(html_to_text(html)).strip()
    if not body:
        raise IngestError("no article text found in the page")
    title = normalise(data.get("title") or "").strip() or body.split("\n", 1)[0][:200]
    return ArticleRecord(
        title=title,
        body=body,
        outlet=(data.get("sitename") or None),
        published=iso_date(data.get("date")),
        path=path,
        url=url or data.get("url") or None,
        language=data.get("language") or None,
    )
