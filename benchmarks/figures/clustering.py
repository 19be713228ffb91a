"""Event clustering time as the store grows (10k → 50k → 100k articles), and how it grows.

The articles and their extraction are copied from an ingested database and left unclustered; then
each is assigned to its event in order, as ingest does, and the running time is read at each size.
Baseline: reading each article back from the store (`store.article`), the plainest per-article work.
"""

from __future__ import annotations

import importlib
import time

from benchmarks.cache import Context, bench_store_class
from benchmarks.measure import Figure, unavailable

SIZES = {"small": [200, 1_000, 2_000], "full": [10_000, 50_000, 100_000]}
TARGET_GROWTH = 12.0


def ensure_ingested(ctx: Context, n: int) -> str:
    """Path of a database holding the first `n` corpus articles, ingested (built if missing)."""
    path = ctx.ingested_db_path(n)
    if not path.exists():
        from desk.ingest.sources import ingest_paths

        tmp = ctx.scratch / f"ingest-for-cluster-{n}.db"
        store = bench_store_class().open(tmp)
        ingest_paths(store, [str(ctx.corpus_dir(n))], quiet=True)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        tmp.replace(path)
    return str(path)


def run_sizes(sizes: list[int], ctx: Context) -> list[Figure]:
    try:
        importlib.import_module("desk.events.cluster")
    except ImportError as exc:
        return [unavailable("clustering", f"{n:,}", f"desk.events clustering not available ({exc})", "s")
                for n in sizes]
    from desk.ingest.pipeline import cluster

    top = max(sizes)
    source = ensure_ingested(ctx, top)
    db_path = ctx.scratch / f"cluster-{top}.db"
    for suffix in ("", "-wal", "-shm"):
        (ctx.scratch / f"cluster-{top}.db{suffix}").unlink(missing_ok=True)
    store = bench_store_class().open(db_path)
    count = store.bench_copy_extracted(source, top)
    ids = store.articles_with_status("extracted")
    # A corpus may repeat an article (wire copy): the last checkpoint is whatever was stored.
    sizes = sorted({min(n, len(ids)) for n in sizes})
    top = sizes[-1]

    base_start = time.process_time()
    base_at: dict[int, float] = {}
    for i, article_id in enumerate(ids, 1):
        store.article(article_id)
        if i in sizes:
            base_at[i] = time.process_time() - base_start

    failures = 0
    first_failure = ""
    at: dict[int, float] = {}
    wall: dict[int, float] = {}
    start, wall_start = time.process_time(), time.perf_counter()
    with ctx.profiled(f"clustering-{top}"):
        for i, article_id in enumerate(ids, 1):
            why = cluster(store, article_id)
            if why:
                failures += 1
                first_failure = first_failure or why
            if i in sizes:
                at[i] = time.process_time() - start
                wall[i] = time.perf_counter() - wall_start
    quality = _quality(store, ctx, ids) if hasattr(store, "events_of") else None
    store.close()

    figures = []
    for n in sizes:
        if n not in at:
            figures.append(unavailable("clustering", f"{n:,}", f"only {count:,} articles available", "s"))
            continue
        note = f"CPU time (wall {wall[n]:,.1f} s); {n / at[n]:,.0f} articles/s"
        if n == top:
            if quality:
                note += (f"; {quality['events']:,} events for {quality['stories']:,} corpus events,"
                         f" purity {quality['purity']:.3f}, completeness {quality['completeness']:.3f}")
            note += f"; {failures} failures ({first_failure[:100]})" if failures else ""
        figures.append(Figure("clustering", f"{n:,}", at[n], "s", base_at.get(n), "store.article() per article"))
        figures[-1].note = note
    lo, hi = min(sizes), top
    if lo in at and hi in at:
        growth = at[hi] / at[lo]
        linear = hi / lo
        figures.append(Figure(
            "clustering growth", f"{lo:,}→{hi:,}", growth, "x", linear, "linear growth",
            f"< {TARGET_GROWTH * linear / 10:.0f}x" if linear != 10 else f"< {TARGET_GROWTH:.0f}x",
            growth < TARGET_GROWTH * linear / 10,
        ))
    return figures


def _quality(store, ctx: Context, ids: list[int]) -> dict[str, float] | None:
    """How well the events found match the corpus's known events (purity and completeness)."""
    from collections import Counter, defaultdict
    from pathlib import Path

    corpus = ctx.corpus()
    truth: dict[int, int] = {}
    for article_id in ids:
        path = (store.article(article_id) or {}).get("path") or ""
        stem = Path(path).stem
        if stem.isdigit():
            truth[article_id] = corpus.event_of(int(stem))
    found = store.events_of(list(truth))
    if not truth or not found:
        return None
    by_event: dict[int, Counter[int]] = defaultdict(Counter)
    by_story: dict[int, Counter[int]] = defaultdict(Counter)
    for article_id, story in truth.items():
        event = found.get(article_id, -article_id)
        by_event[event][story] += 1
        by_story[story][event] += 1
    total = len(truth)
    return {
        "purity": sum(c.most_common(1)[0][1] for c in by_event.values()) / total,
        "completeness": sum(c.most_common(1)[0][1] for c in by_story.values()) / total,
        "events": len(by_event),
        "stories": len(by_story),
    }
