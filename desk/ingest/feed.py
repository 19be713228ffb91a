"""RSS 2.0, RSS 1.0 and Atom feeds → articles.

The XML is checked with defusedxml first: entity declarations (billion laughs), external entities
and DTD tricks are refused before feedparser sees the data, so hostile feeds cost neither memory
nor time. A feed that is not well-formed XML is refused whole rather than half-read.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import ParseError

from desk.ingest.dates import iso_date
from desk.ingest.decode import normalise
from desk.ingest.errors import IngestError
from desk.ingest.htmltext import html_to_text
from desk.records import ArticleRecord

_FEED_ROOTS = ("rss", "feed", "rdf:RDF", "RDF")
_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)\b", re.S | re.I)


def looks_like_feed(data: bytes) -> bool:
    """True when the bytes open like an RSS, RDF or Atom document."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _SNIFF.match(head):
        return True
    return head.lstrip().startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:RDF"))


def check_xml(data: bytes) -> None:
    """Refuse hostile or malformed XML with a one-line reason."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise IngestError(f"hostile XML refused ({type(exc).__name__}: entity or external declarations)") from exc
    except ParseError as exc:
        raise IngestError(f"malformed XML: {exc}") from exc


def parse_feed(data: bytes, source: str, outlet: str | None = None) -> list[ArticleRecord]:
    """Every item of a feed as an ArticleRecord; `outlet` overrides the feed's own title."""
    check_xml(data)
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        raise IngestError("not an RSS or Atom feed")
    feed_title = normalise(html_to_text(parsed.feed.get("title", ""))) or None
    records = []
    for entry in parsed.entries:
        record = _entry(entry, source, outlet or feed_title)
        if record is not None:
            records.append(record)
    return records


def _entry(entry: dict, source: str, outlet: str | None) -> ArticleRecord | None:
    content = ""
    if entry.get("content"):
        content = max((c.get("value", "") for c in entry["content"]), key=len)
    summary = entry.get("summary", "")
    body = normalise(html_to_text(content if len(content) >= len(summary) else summary))
    title = normalise(html_to_text(entry.get("title", ""))).strip()
    if not body and not title:
        return None
    published = iso_date(entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published"))
    link = _clean(entry.get("link"))
    return ArticleRecord(
        title=title or body.split("\n", 1)[0][:200],
        body=body or title,
        outlet=outlet,
        published=published,
        path=None if source.startswith(("http://", "https://")) else source,
        url=link,
        guid=_clean(entry.get("id")) or link,
        language=_clean(entry.get("language")),
        path_is_identity=False,
    )


def _clean(value: object) -> str | None:
    """Feed metadata as one clean line of text, or None."""
    if not isinstance(value, str):
        return None
    text = " ".join(normalise(value).split())
    return text or None
