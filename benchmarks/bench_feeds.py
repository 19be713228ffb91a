"""Refreshing 50 feeds of 100 items each from a server on 127.0.0.1 (target: under 30 s).

Items are the benchmark corpus's articles (whole articles of 10–28 sentences, as feeds that carry
full content send them), so extraction and clustering see realistic, varied news.

Measures the first refresh (every item new: fetch, parse, extract, store, cluster), the second
(every feed answers 304) and, as a baseline, fetching and parsing the same feeds with plain
urllib + feedparser and storing nothing.

    python -m benchmarks.bench_feeds [--feeds 50] [--items 100]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import urllib.request
from datetime import UTC
from pathlib import Path
from typing import Any

TARGET_SECONDS = 30.0


def _serve(server: Any, feeds: int, per_feed: int, content: str = "full") -> list[str]:
    """Register `feeds` feeds whose items are the benchmark corpus's articles (realistic, varied news).

    content "full": each item carries the whole article; "summary": its first three paragraphs (a few
    very short articles then share their text and are stored once, by content hash).
    """
    from datetime import datetime
    from email.utils import format_datetime

    from benchmarks.corpus import Corpus
    from tests.feedserver import rss

    corpus = Corpus(seed=7)
    urls = []
    for f in range(feeds):
        entries = []
        for art in corpus.articles(per_feed, start=f * per_feed):
            body = art.text.split("/ ", 1)[-1].strip()
            if content == "summary":
                body = "\n\n".join(body.split("\n\n")[:3])
            when = datetime.fromisoformat(art.published).replace(hour=12, tzinfo=UTC)
            entries.append({
                "title": body.split(". ", 1)[0][:120], "body": body, "guid": f"corpus-{art.index}",
                "link": f"https://example.org/{f}/{art.index}", "date": format_datetime(when, usegmt=True),
            })
        urls.append(server.add(f"/bench/{f}.xml", rss(f"Outlet {f}", entries), etag=f'"b{f}"'))
    return urls


def _baseline(urls: list[str]) -> float:
    """Seconds to fetch and parse every feed, one after the other, storing nothing."""
    import feedparser

    start = time.perf_counter()
    for url in urls:
        with urllib.request.urlopen(url, timeout=15) as response:
            feedparser.parse(response.read())
    return time.perf_counter() - start


def measure(feeds: int = 50, per_feed: int = 100, content: str = "full", store_only: bool = False) -> dict[str, Any]:
    """Time two refreshes of a fresh store subscribed to `feeds` local feeds (CPU seconds too).

    `store_only` saves items without extraction or clustering, to show what the refresh itself costs.
    """
    import desk.ingest.pipeline as pipeline
    from db.store import Store
    from desk.feeds.refresh import refresh_all
    from desk.feeds.subscriptions import FeedSpec, subscribe
    from tests.feedserver import FeedServer

    with FeedServer() as server, tempfile.TemporaryDirectory() as tmp:
        urls = _serve(server, feeds, per_feed, content)
        urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({})))
        baseline = _baseline(urls)
        with Store.open(Path(tmp) / "bench.db") as store:
            for url in urls:
                subscribe(store, FeedSpec(url))
            real_store_record = pipeline.store_record
            if store_only:
                pipeline.store_record = lambda s, record: s.save_article(record, None)
            start, cpu = time.perf_counter(), time.process_time()
            try:
                first = refresh_all(store)
            finally:
                pipeline.store_record = real_store_record
            first_s, first_cpu = time.perf_counter() - start, time.process_time() - cpu
            start = time.perf_counter()
            second = refresh_all(store)
            second_s = time.perf_counter() - start
            stored = store.article_count()
    return {
        "feeds": feeds, "items": per_feed, "content": content, "first_s": first_s, "first_cpu": first_cpu, "second_s": second_s, "baseline_s": baseline,
        "new": first.new, "failed": len(first.failed) + len(second.failed), "not_modified": second.not_modified,
        "stored": stored, "extract_failed": len(first.extract_failed), "store_only": store_only,
        "first_error": (first.failed or second.failed or first.extract_failed or [("", "")])[0][1],
    }


def figures(label: str) -> list[dict[str, Any]]:
    """The suite's figures (the same size for `small` and `full`: the target names it)."""
    out = []
    for content in ("summary", "full"):
        m = measure(content=content)
        size = f"{m['feeds']}x{m['items']} {content}"
        note = (f"{m['stored']:,} stored, {m['failed']} feed failures, {m['extract_failed']} extract/cluster "
                f"failures, {m['first_cpu']:.1f} s CPU")
        if m["first_error"]:
            note += f" (first: {m['first_error'][:100]})"
        out.append({
            "name": "feeds refresh", "size": size, "value": m["first_s"], "unit": "s", "baseline": m["baseline_s"],
            "baseline_what": "urllib + feedparser, nothing stored", "target": f"< {TARGET_SECONDS:g} s",
            "met": m["first_s"] < TARGET_SECONDS and not m["failed"], "note": note,
            "extra": {"articles_per_s": m["stored"] / m["first_s"], "cpu_s": m["first_cpu"]},
        })
        out.append({"name": "feeds refresh, all 304", "size": size, "value": m["second_s"], "unit": "s",
                    "target": "", "met": None, "note": f"{m['not_modified']} of {m['feeds']} feeds answered 304"})
    m = measure(content="full", store_only=True)
    out.append({"name": "feeds refresh, no extraction", "size": f"{m['feeds']}x{m['items']} full", "unit": "s",
                "value": m["first_s"], "baseline": m["baseline_s"], "baseline_what": "urllib + feedparser",
                "target": "", "met": None,
                "note": "fetch, parse and save only: what refreshing costs before extraction and clustering"})
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_feeds", description=__doc__.split("\n")[0])
    p.add_argument("--feeds", type=int, default=50)
    p.add_argument("--items", type=int, default=100)
    p.add_argument("--content", choices=("full", "summary"), default="full",
                   help="items carry whole articles (default) or only their first paragraphs")
    p.add_argument("--store-only", action="store_true",
                   help="save items without extraction or clustering (the cost of refreshing itself)")
    args = p.parse_args(argv)
    m = measure(args.feeds, args.items, args.content, args.store_only)
    what = f"{m['content']}{', store only' if m['store_only'] else ''}"
    print(f"{m['feeds']} feeds x {m['items']} items ({what}): first refresh {m['first_s']:.1f} s "
          f"[{m['first_cpu']:.1f} s CPU] "
          f"({m['stored'] / m['first_s']:.0f} articles/s, {m['new']} new, {m['failed']} failed); "
          f"second refresh {m['second_s']:.2f} s ({m['not_modified']} answered 304); "
          f"baseline fetch+parse only {m['baseline_s']:.1f} s; "
          + ("no target for this diagnostic run" if m["store_only"] else
             f"target < {TARGET_SECONDS:g} s: {'met' if m['first_s'] < TARGET_SECONDS else 'MISSED'}"))
    if m["first_error"]:
        print(f"first problem: {m['first_error']}")
    return 0 if m["first_s"] < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
