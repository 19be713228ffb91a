"""Full-text search latency (p50/p95) through `store.search_ids`, as the TUI's `/` calls it.

The store is bulk-loaded (db/bench.py) with articles recombined from the corpus's paragraphs, so a
million rows take minutes, not hours; it is kept in the cache folder for later runs. The queries mix
rare names, common words, phrases, prefixes, OR and column filters.
Baseline: the same MATCH through a bare sqlite3 connection, without ranking.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import time
from collections.abc import Iterator

from benchmarks.cache import Context, bench_store_class
from benchmarks.measure import Figure, percentile

SIZES = {"small": [10_000, 50_000], "full": [100_000, 1_000_000]}
TARGET_P95_MS = 100.0
_REPEATS = 5
_BUDGET_S = 90.0  # no further repeats once this much time has gone on measuring
PAGE = 200  # one screenful and then some: what a paged search would fetch first


def _rows(ctx: Context, n: int) -> Iterator[dict]:
    from benchmarks.corpus import OUTLETS
    from desk.ingest.plaintext import parse_text

    corpus = ctx.corpus()
    paragraphs = []
    for art in corpus.articles(min(n, 3000)):
        paragraphs.extend(p for p in parse_text(art.text).body.split("\n\n") if p.strip())
    rng = random.Random(f"{ctx.seed}:search")
    for i in range(n):
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(4, 8)))
        title = body.split(". ", 1)[0][:160]
        yield {
            "title": title,
            "body": body,
            "published": f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "outlet": rng.choice(OUTLETS),
            "content_hash": hashlib.sha256(f"{i}\0{body}".encode()).hexdigest(),
        }


def ensure_db(ctx: Context, n: int) -> tuple[str, float | None]:
    """Path of the n-article search database, and the seconds it took to build (None if cached)."""
    path = ctx.cache / f"search-{ctx.key}-{n}.db"
    if path.exists():
        return str(path), None
    tmp = ctx.scratch / f"search-{n}.db"
    for suffix in ("", "-wal", "-shm"):
        (ctx.scratch / f"search-{n}.db{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    store = bench_store_class().open(tmp)
    store.bench_insert_articles(_rows(ctx, n))
    store.bench_optimize_fts()
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    tmp.replace(path)
    return str(path), time.perf_counter() - start


def queries(ctx: Context) -> list[tuple[str, str]]:
    """(kind, query) pairs drawn from the corpus's own vocabulary."""
    from benchmarks.corpus import FIRST, LAST

    rng = random.Random(f"{ctx.seed}:queries")
    names = [f'"{rng.choice(FIRST)} {rng.choice(LAST)}"' for _ in range(4)]
    return [
        *(("name", q) for q in names),
        ("surname", rng.choice(LAST)),
        ("common word", "forces"),
        ("common word", "opposition"),
        ("two words", "government withdrawal"),
        ("three words", "rebels city control"),
        ("phrase", '"safe passage"'),
        ("phrase", '"human rights"'),
        ("prefix", "evacuat*"),
        ("or", "ceasefire OR truce OR negotiations"),
        ("column", "title: opposition"),
        ("not", "rebels NOT Russia"),
        ("no match", "zzyzx"),
    ]


def run(n: int, ctx: Context) -> list[Figure]:
    path, built = ensure_db(ctx, n)
    qs = queries(ctx)
    store = bench_store_class().open(path)
    bare = sqlite3.connect(path)
    for _, q in qs:  # warm the page cache
        bare.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (q,)).fetchall()

    desk_ms: list[float] = []
    page_ms: list[float] = []
    newest_ms: list[float] = []
    base_ms: list[float] = []
    by_kind: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    started = time.perf_counter()
    repeats = 0
    with ctx.profiled(f"search-{n}"):
        for _ in range(_REPEATS):
            if repeats and time.perf_counter() - started > _BUDGET_S:
                break  # at a million articles one pass of the slow kinds takes minutes
            repeats += 1
            for kind, q in qs:
                t = time.perf_counter()
                ids = store.search_ids(q)
                ms = (time.perf_counter() - t) * 1000
                desk_ms.append(ms)
                by_kind.setdefault(kind, []).append(ms)
                hits[q] = len(ids)
                t = time.perf_counter()
                bare.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (q,)).fetchall()
                base_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                store.search_ids(q, limit=PAGE)
                page_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                bare.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                             (q, PAGE)).fetchall()
                newest_ms.append((time.perf_counter() - t) * 1000)
    count = store.article_count()
    store.close()
    bare.close()

    size = f"{count:,}"
    slowest = max(by_kind, key=lambda k: percentile(by_kind[k], 95))
    p95 = percentile(desk_ms, 95)
    extra = {
        "queries": {q: hits[q] for _, q in qs},
        "p95_ms_by_kind": {k: round(percentile(v, 95), 2) for k, v in by_kind.items()},
        "build_seconds": built,
    }
    note = f"{len(qs)} queries x {repeats}; slowest kind: {slowest} ({percentile(by_kind[slowest], 95):.0f} ms)"
    return [
        Figure("search p50", size, percentile(desk_ms, 50), "ms", percentile(base_ms, 50),
               "bare FTS5 MATCH, unranked"),
        Figure("search p95", size, p95, "ms", percentile(base_ms, 95), "bare FTS5 MATCH, unranked",
               f"< {TARGET_P95_MS:.0f} ms (at 1M)", p95 < TARGET_P95_MS, note, extra),
        Figure(f"search p95, first {PAGE}", size, percentile(page_ms, 95), "ms", percentile(newest_ms, 95),
               f"bare MATCH, newest {PAGE} by rowid", f"< {TARGET_P95_MS:.0f} ms (at 1M)",
               percentile(page_ms, 95) < TARGET_P95_MS, f"store.search_ids(q, limit={PAGE}), as a paged list would ask"),
    ]
