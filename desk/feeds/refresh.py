"""Refresh: fetch every subscribed feed concurrently and bring its new items into the store.

Fetching, parsing and full-text extraction run in a bounded pool of threads, at most `per_host`
at a time against one host. Every store write happens in the calling thread, so the one SQLite
connection is never shared between threads. A feed that fails is named with its reason and the
others still land. Nothing is printed: callers read the returned report and the progress callback.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
import urllib.parse
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.feeds.fulltext import with_full_text
from desk.feeds.http import (
    DEFAULT_BACKOFF,
    DEFAULT_MAX_BYTES,
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT,
    fetch,
    one_line,
)
from desk.ingest.errors import IngestError
from desk.ingest.feed import parse_feed
from desk.records import ArticleRecord

if TYPE_CHECKING:
    from db.store import Store

Progress = Callable[[int, int, str], None]  # (feeds done, feeds in all, URL of the feed just done)
DEFAULT_CONCURRENCY = 8
DEFAULT_PER_HOST = 4


@dataclass
class RefreshReport:
    """What one refresh did, for the status line, the TUI header and the exit status."""

    new: int = 0                      # articles added
    updated: int = 0                  # articles whose text changed, updated in place
    failed: list[tuple[str, str]] = field(default_factory=list)   # (feed URL, reason)
    feeds: int = 0                    # feeds tried
    not_modified: int = 0             # feeds that answered 304
    new_ids: list[int] = field(default_factory=list)
    summaries_kept: list[tuple[str, str]] = field(default_factory=list)  # (item URL, why no full text)
    extract_failed: list[tuple[str, str]] = field(default_factory=list)  # (item URL, reason); stored anyway
    cancelled: bool = False           # `cancel` was set: some feeds were not refreshed

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class _Item:
    key: str
    digest: str
    record: ArticleRecord


@dataclass
class _Fetched:
    """One feed's answer, prepared off the calling thread."""

    feed: dict[str, Any]
    status: str                        # ok | not_modified | failed | cancelled
    http_status: int | None = None
    reason: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    items: list[_Item] = field(default_factory=list)
    outlet: str | None = None
    summaries_kept: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Options:
    timeout: float
    max_bytes: int
    retries: int
    backoff: float
    cancel: threading.Event | None
    slots: _HostSlots


class _HostSlots:
    """At most `limit` requests in flight to any one host."""

    def __init__(self, limit: int) -> None:
        self._limit = max(1, limit)
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.Semaphore] = {}

    @contextlib.contextmanager
    def hold(self, url: str | None) -> Iterator[None]:
        host = _host(url)
        with self._lock:
            slot = self._hosts.setdefault(host, threading.Semaphore(self._limit))
        with slot:
            yield


def refresh_all(
    store: Store,
    *,
    progress: Progress | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_bytes: int = DEFAULT_MAX_BYTES,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    per_host: int = DEFAULT_PER_HOST,
    feed_ids: list[int] | None = None,
    cancel: threading.Event | None = None,
) -> RefreshReport:
    """Refresh every subscription (or those in `feed_ids`); returns what happened.

    Safe to run in a worker thread provided no other thread uses `store` meanwhile (give the worker
    its own `Store.open(path)`). `progress(done, total, url)` is called from the calling thread once
    at the start (0, total, "") and after each feed; setting `cancel` skips the feeds (and full-text
    pages) not yet started.
    """
    feeds = [f for f in store.feed_list() if feed_ids is None or f["id"] in feed_ids]
    report = RefreshReport(feeds=len(feeds))
    if progress:
        progress(0, len(feeds), "")
    if not feeds:
        return report
    known = {f["id"]: store.feed_item_hashes(f["id"]) for f in feeds}
    options = _Options(timeout, max_bytes, retries, backoff, cancel, _HostSlots(per_host))
    done = 0
    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="desk-refresh") as pool:
        futures: dict[Future[_Fetched], dict[str, Any]] = {
            pool.submit(_fetch_feed, feed, known[feed["id"]], options): feed for feed in _interleave_hosts(feeds)
        }
        for future in as_completed(futures):
            feed = futures[future]
            try:
                fetched = future.result()
            except Exception as exc:  # a bug in one feed's handling must not stop the others
                fetched = _Fetched(feed, "failed", reason=one_line(f"could not be read ({type(exc).__name__}: {exc})"))
            _land(store, fetched, report)
            done += 1
            if progress:
                progress(done, len(feeds), feed["url"])
    report.cancelled = cancel is not None and cancel.is_set()
    return report


def _fetch_feed(feed: dict[str, Any], known: dict[str, str], opt: _Options) -> _Fetched:
    """Fetch and parse one feed and, for full-text feeds, the pages of its new items (no store access)."""
    if opt.cancel is not None and opt.cancel.is_set():
        return _Fetched(feed, "cancelled")
    with opt.slots.hold(feed["url"]):
        answer = fetch(
            feed["url"], etag=feed.get("etag"), last_modified=feed.get("last_modified"), timeout=opt.timeout,
            max_bytes=opt.max_bytes, retries=opt.retries, backoff=opt.backoff, cancel=opt.cancel,
        )
    if answer.error:
        return _Fetched(feed, "failed", answer.status, answer.error)
    if answer.not_modified:
        return _Fetched(feed, "not_modified", 304, etag=answer.etag, last_modified=answer.last_modified)
    if not answer.data.strip():
        return _Fetched(feed, "failed", answer.status, "not a feed: the answer was empty")
    if _looks_like_html(answer.data, answer.content_type):
        found = discover_feed(answer.data, answer.url)
        hint = f"; it names its feed at {found}" if found else ""
        return _Fetched(feed, "failed", answer.status, one_line(f"not a feed: the address gives a web page{hint}"))
    try:
        records = parse_feed(answer.data, feed["url"], outlet=feed.get("outlet"))
    except IngestError as exc:
        return _Fetched(feed, "failed", answer.status, one_line(exc))
    outlet = feed.get("outlet") or next((r.outlet for r in records if r.outlet), None) or _host(feed["url"])
    result = _Fetched(feed, "ok", answer.status, etag=answer.etag, last_modified=answer.last_modified, outlet=outlet)
    for record in records:
        record.outlet = record.outlet or outlet
        record.language = record.language or feed.get("language")
        key = record.guid or record.url or record.content_hash
        digest = _item_digest(record)
        if known.get(key) != digest:
            result.items.append(_Item(key, digest, record))
    if feed.get("full_text"):
        for n, item in enumerate(result.items):
            if opt.cancel is not None and opt.cancel.is_set():
                del result.items[n:]  # not stored now, so the next refresh fetches their pages
                break
            with opt.slots.hold(item.record.url):
                item.record, why = with_full_text(
                    item.record, timeout=opt.timeout, max_bytes=opt.max_bytes, retries=1, backoff=opt.backoff
                )
            if why:
                result.summaries_kept.append((item.record.url or item.key, why))
    return result


def _land(store: Store, fetched: _Fetched, report: RefreshReport) -> None:
    """Write one feed's outcome to the store (calling thread only)."""
    from db.errors import StoreError
    from desk.ingest.pipeline import store_record

    feed = fetched.feed
    if fetched.status == "cancelled":
        return
    if fetched.status == "failed":
        store.feed_record_fetch(feed["id"], status="failed", http_status=fetched.http_status, error=fetched.reason)
        report.failed.append((feed["url"], fetched.reason or "failed"))
        return
    if fetched.status == "not_modified":
        store.feed_record_fetch(
            feed["id"], status="not_modified", http_status=304, etag=fetched.etag, last_modified=fetched.last_modified
        )
        report.not_modified += 1
        return
    if feed.get("source_id") is None and fetched.outlet:
        store.feed_bind_outlet(feed["id"], fetched.outlet)
    new = updated = 0
    seen: list[tuple[str, str, int]] = []
    problem = None
    for item in fetched.items:
        try:
            saved = store_record(store, item.record)
        except StoreError as exc:
            problem = one_line(f"could not store an item: {exc}")
            continue
        seen.append((item.key, item.digest, saved.id))
        if saved.action == "added":
            new += 1
            report.new_ids.append(saved.id)
        elif saved.action == "updated":
            updated += 1
        if saved.error:
            report.extract_failed.append((item.record.url or item.key, saved.error))
    store.feed_record_items(feed["id"], seen)
    report.new += new
    report.updated += updated
    report.summaries_kept.extend(fetched.summaries_kept)
    if problem:  # forget the validators so the next refresh fetches the whole feed again
        store.feed_record_fetch(feed["id"], status="failed", http_status=fetched.http_status, error=problem,
                                etag=None, last_modified=None, new=new, updated=updated)
        report.failed.append((feed["url"], problem))
        return
    store.feed_record_fetch(feed["id"], status="ok", http_status=fetched.http_status, etag=fetched.etag,
                            last_modified=fetched.last_modified, new=new, updated=updated)


def _looks_like_html(data: bytes, content_type: str | None) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    return bool(content_type and "html" in content_type.lower() and not head.startswith((b"<?xml", b"<rss", b"<feed")))


_ALTERNATE = re.compile(rb"<link\b[^>]*>", re.I)
_ATTR = re.compile(rb"""([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_FEED_TYPES = (b"application/rss+xml", b"application/atom+xml")


def discover_feed(html: bytes, base: str) -> str | None:
    """The feed a web page announces with <link rel="alternate" type="application/rss+xml">, if any."""
    for tag in _ALTERNATE.findall(html[:256 * 1024]):
        attrs = {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or b"") for m in _ATTR.finditer(tag)}
        if b"alternate" in attrs.get(b"rel", b"").lower().split() and attrs.get(b"type", b"").lower() in _FEED_TYPES:
            href = attrs.get(b"href", b"").decode("utf-8", "replace").strip()
            if href:
                url = urllib.parse.urljoin(base, href)
                return url if urllib.parse.urlsplit(url).scheme in ("http", "https") else None
    return None


def _item_digest(record: ArticleRecord) -> str:
    """Identity of an item as the feed sent it (before any full-text fetch)."""
    parts = (record.title, record.body, record.url or "", record.published or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _host(url: str | None) -> str:
    return (urllib.parse.urlsplit(url or "").hostname or "").lower()


def _interleave_hosts(feeds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Feeds ordered round-robin across hosts, so one big outlet does not hold every worker."""
    by_host: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for feed in feeds:
        by_host[_host(feed["url"])].append(feed)
    queues = list(by_host.values())
    out: list[dict[str, Any]] = []
    while queues:
        out.extend(q.pop(0) for q in queues)
        queues = [q for q in queues if q]
    return out
