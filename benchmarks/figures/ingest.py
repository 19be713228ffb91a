"""Ingest end to end (read, decode, parse, extract, store, FTS, cluster) in articles/s, and its peak RSS.

Baseline: the same files read, decoded and inserted as rows with sqlite-utils and nothing else.
"""

from __future__ import annotations

import time

from benchmarks.cache import Context
from benchmarks.measure import Figure, clocks, peak_rss_mb, reset_peak_rss

SIZES = {"small": [300], "full": [1_000, 10_000, 100_000]}
TARGET_RATE = 300.0


def baseline(folder, db_path) -> tuple[float, float]:
    """(CPU seconds, peak RSS MB) to insert every file's text with sqlite-utils."""
    import sqlite_utils

    reset_peak_rss()
    start = time.process_time()
    db = sqlite_utils.Database(db_path)

    def rows():
        for path in sorted(folder.glob("*.txt")):
            yield {"path": str(path), "body": path.read_bytes().decode("utf-8")}

    db["articles"].insert_all(rows(), batch_size=1000)
    db.conn.close()
    return time.process_time() - start, peak_rss_mb()


def run(n: int, ctx: Context) -> list[Figure]:
    from benchmarks.cache import bench_store_class
    from desk.ingest.sources import ingest_paths

    folder = ctx.corpus_dir(n)
    size = f"{n:,}"
    base_s, base_rss = baseline(folder, ctx.scratch / f"baseline-ingest-{n}.db")

    db_path = ctx.scratch / f"ingest-{n}.db"
    store = bench_store_class().open(db_path)
    reset_peak_rss()
    with clocks() as took, ctx.profiled(f"ingest-{n}"):
        report = ingest_paths(store, [str(folder)], quiet=True)
    seconds = took["cpu"]
    rss = peak_rss_mb()
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = store.article_count()
    store.close()
    db_path.replace(ctx.ingested_db_path(n))

    rate = n / seconds
    note = f"CPU time (wall: {n / took['wall']:,.0f}/s); {stored:,} stored, {len(report.skipped)} skipped, {len(report.extract_failed)} extract/cluster failures"
    if report.extract_failed:
        note += f" (first: {report.extract_failed[0][1][:120]})"
    return [
        Figure("ingest", size, rate, "articles/s", n / base_s, "sqlite-utils insert of the same files",
               f">= {TARGET_RATE:.0f}/s", rate >= TARGET_RATE, note, {"cpu_seconds": seconds, "wall_seconds": took["wall"]}),
        Figure("ingest peak RSS", size, rss, "MB", base_rss, "peak RSS of the sqlite-utils insert"),
    ]
