"""Turning the paths and URLs given to `desk ingest` into stored articles.

Folders are walked recursively (hidden files and folders are passed over). Each file is read
with a size cap, recognised by content and extension, parsed, and every article it holds goes
through the pipeline. A bad file is skipped with its reason; the rest still lands.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desk.ingest.decode import to_text
from desk.ingest.errors import IngestError
from desk.ingest.feed import looks_like_feed, parse_feed
from desk.records import ArticleRecord

if TYPE_CHECKING:
    from db.store import Store

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_FEED_EXT = {".xml", ".rss", ".atom", ".rdf", ".feed"}
_JSON_EXT = {".jsonl", ".ndjson", ".json"}
_HTML_EXT = {".html", ".htm", ".xhtml"}


@dataclass
class IngestReport:
    """What one `ingest_paths` run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    extract_failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.added + self.updated + self.unchanged


def iter_files(paths: list[str]) -> Iterator[str | tuple[str, str]]:
    """Every file (or URL) named or found below the folders named; (path, reason) for missing ones."""
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            yield raw
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name)
        elif path.is_file():
            yield str(path)
        elif path.exists():
            yield (raw, "not a regular file")
        else:
            yield (raw, "no such file or folder")


def read_source(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[ArticleRecord | IngestError]:
    """Parse one file or URL into its articles (and per-item errors). Raises IngestError for the whole."""
    if source.startswith(("http://", "https://")):
        data = _fetch(source, max_bytes)
        path = None
    else:
        path = str(Path(source).resolve())
        try:
            size = os.path.getsize(source)
            if size > max_bytes:
                raise IngestError(f"too large ({_mb(size)} over the {_mb(max_bytes)} limit; see --max-size)")
            with open(source, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise IngestError(f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise IngestError("empty file")
    ext = Path(source.split("?", 1)[0]).suffix.lower()
    if ext in _FEED_EXT or looks_like_feed(data):
        return list(parse_feed(data, path or source))
    text = to_text(data)
    if ext in _JSON_EXT:
        from desk.ingest.jsonl import parse_json_lines

        return list(parse_json_lines(text, path or source))
    if ext in _HTML_EXT or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        from desk.ingest.page import parse_page

        return [parse_page(text, path=path, url=None if path else source)]
    from desk.ingest.plaintext import parse_text

    return [parse_text(text, path=path or source)]


def _fetch(url: str, max_bytes: int) -> bytes:
    from desk.feeds.http import fetch

    result = fetch(url, max_bytes=max_bytes)
    if result.error:
        raise IngestError(result.error)
    return result.data or b""


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def ingest_paths(
    store: Store,
    paths: list[str],
    *,
    quiet: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_skip: Callable[[str, str], None] | None = None,
    progress_threshold: int = 10,
) -> IngestReport:
    """Ingest every article found at `paths`; bad inputs are reported, never raised."""
    from desk.ingest.pipeline import finish_pending, store_record
    from desk.ingest.progress import progress_bar

    report = IngestReport()

    def skip(path: str, reason: str) -> None:
        report.skipped.append((path, reason))
        if on_skip:
            on_skip(path, reason)

    finish_pending(store)
    own = {str(Path(store.path).resolve()) + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    own_names = {os.path.basename(p) for p in own}  # resolve only files that could be the store itself
    sources = [
        s for s in iter_files(paths)
        if isinstance(s, tuple) or os.path.basename(s) not in own_names or str(Path(s).resolve()) not in own
    ]
    with progress_bar(len(sources), enabled=not quiet and len(sources) > progress_threshold) as advance:
        for source in sources:
            advance()
            if isinstance(source, tuple):
                skip(*source)
                continue
            try:
                items = read_source(source, max_bytes)
            except IngestError as exc:
                skip(source, str(exc))
                continue
            except Exception as exc:  # a reader bug must not stop the run or lose other files
                skip(source, f"could not be read ({type(exc).__name__}: {exc})")
                continue
            for item in items:
                if isinstance(item, IngestError):
                    skip(source, str(item))
                    continue
                result = store_record(store, item)
                setattr(report, result.action, getattr(report, result.action) + 1)
                if result.error:
                    report.extract_failed.append((source, result.error))
    return report
