"""JSON Lines (one article object per line) and JSON arrays of articles.

Fields: `title`, `body` (or `text`/`content`), `url`, `outlet` (or `source`), `published` (or `date`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from desk.ingest.dates import iso_date
from desk.ingest.decode import normalise
from desk.ingest.errors import IngestError
from desk.ingest.htmltext import html_to_text
from desk.records import ArticleRecord


def parse_json_lines(text: str, path: str) -> Iterator[ArticleRecord | IngestError]:
    """Each good line as a record; each bad line as an IngestError naming the line."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield IngestError(f"invalid JSON at line {exc.lineno}: {exc.msg}")
            return
        for n, item in enumerate(items if isinstance(items, list) else [items], 1):
            yield _record(item, path, f"item {n}")
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"line {n}: invalid JSON ({exc.msg})")
            continue
        yield _record(item, path, f"line {n}")


def _record(item: object, path: str, where: str) -> ArticleRecord | IngestError:
    if not isinstance(item, dict):
        return IngestError(f"{where}: not a JSON object")
    body = item.get("body") or item.get("text") or item.get("content") or ""
    title = item.get("title") or ""
    if not isinstance(body, str) or not isinstance(title, str):
        return IngestError(f"{where}: title and body must be strings")
    body = normalise(html_to_text(body) if "<" in body else body).strip()
    title = normalise(title).strip()
    if not body:
        return IngestError(f"{where}: no body")
    return ArticleRecord(
        title=title or body.split("\n", 1)[0][:200],
        body=body,
        outlet=_clean(item.get("outlet") or item.get("source")),
        published=iso_date(item.get("published") or item.get("date")),
        path=path,
        path_is_identity=False,
        url=_clean(item.get("url") or item.get("link")),
        guid=_clean(item.get("id")),
        language=_clean(item.get("language")),
    )


def _clean(value: object) -> str | None:
    """Metadata as one clean line of text (no escapes or control characters), or None."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(normalise(str(value)).split())
    return text or None
