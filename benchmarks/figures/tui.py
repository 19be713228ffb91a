"""The TUI at scale, headless through Textual's test driver: cold start to the first rows painted,
selection-move latency (p95), and the process's peak RSS.

When the TUI's own micro-benchmark (`benchmarks/bench_tui.py`) offers
`measure(db_path: str, moves: int) -> dict` with `first_screen_s`, `move_p95_ms` (and optionally
`rss_mb`), its figures are used; otherwise this module drives `DeskApp` itself.
Baseline: a bare Textual app with one DataTable of the newest 500 articles read with sqlite3.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import sqlite3
import time

from benchmarks.cache import Context, bench_store_class
from benchmarks.measure import Figure, peak_rss_mb, percentile

SIZES = {"small": [10_000], "full": [100_000]}
MOVES = 200
TARGET_FIRST_S = 1.5
TARGET_MOVE_MS = 50.0
TARGET_RSS_MB = 300.0


def ensure_db(ctx: Context, n: int) -> tuple[str, str]:
    """A database of n articles: an ingested one when the ingest figure left it, else bulk-loaded."""
    ingested = ctx.ingested_db_path(n)
    if ingested.exists():
        return str(ingested), "ingested (with extraction and events)"
    path = ctx.cache / f"tui-{ctx.key}-{n}.db"
    if not path.exists():
        from benchmarks.figures.search import _rows

        tmp = ctx.scratch / f"tui-{n}.db"
        store = bench_store_class().open(tmp)
        store.bench_insert_articles(_rows(ctx, n))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        tmp.replace(path)
    return str(path), "bulk-loaded (no extraction, no events)"


async def _until(cond, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > deadline:
            raise TimeoutError("the TUI did not respond within 10 s")
        await asyncio.sleep(0.0005)


async def _moves(app, selected, shown=None) -> tuple[list[float], list[float]]:
    """Press ↓ MOVES times; ms until the selection moved, and until the detail pane showed it."""
    from textual import events

    moved, detailed = [], []
    for _ in range(MOVES):
        before = selected()
        t = time.perf_counter()
        key = events.Key("down", None)
        key.set_sender(app)
        app._driver.send_message(key)
        await _until(lambda before=before: selected() != before)
        moved.append((time.perf_counter() - t) * 1000)
        if shown is not None:
            await _until(lambda: shown() == selected())
            detailed.append((time.perf_counter() - t) * 1000)
    return moved, detailed


async def _baseline(db_path: str) -> tuple[float, float]:
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable

    class Plain(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable(cursor_type="row")

        def on_mount(self) -> None:
            conn = sqlite3.connect(db_path)
            table = self.query_one(DataTable)
            table.add_columns("date", "title")
            rows = conn.execute(
                "SELECT published, title FROM articles ORDER BY published DESC, id DESC LIMIT 500"
            ).fetchall()
            table.add_rows(rows)
            conn.close()
            table.focus()
            self.first = time.perf_counter()

    start = time.perf_counter()
    app = Plain()
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        first = app.first - start
        table = app.query_one(DataTable)
        moved, _ = await _moves(app, lambda: table.cursor_row)
    return first, percentile(moved, 95)


async def _desk(db_path: str) -> tuple[float, float, float]:
    from desk.tui.app import DeskApp

    app = DeskApp(db_path=db_path)
    async with app.run_test(size=(160, 50)) as pilot:
        await _until(lambda: app.first_screen is not None, 60)
        first = app.first_screen
        await _until(lambda: app.detail.article_id == app.articles.article_id, 30)
        await pilot.pause(0.2)
        moved, detailed = await _moves(app, lambda: app.articles.article_id, lambda: app.detail.article_id)
        await pilot.pause(0.2)
        return first, percentile(moved, 95), percentile(detailed, 95)


def run(n: int, ctx: Context) -> list[Figure]:
    db_path, kind = ensure_db(ctx, n)
    base_first, base_move = asyncio.run(_baseline(db_path))
    detail = None
    own = None
    with contextlib.suppress(ImportError):
        own = getattr(importlib.import_module("benchmarks.bench_tui"), "measure", None)
    with ctx.profiled(f"tui-{n}"):
        if own is not None:
            result = own(db_path, MOVES)
            first, move, source = result["first_screen_s"], result["move_p95_ms"], "benchmarks/bench_tui.py"
            detail = result.get("detail_p95_ms")
            rss = result.get("rss_mb") or peak_rss_mb()
            more = {k: round(v, 2) for k, v in result.items()
                    if k not in ("first_screen_s", "move_p95_ms", "detail_p95_ms", "rss_mb") and isinstance(v, float)}
            if more:
                source += "; " + ", ".join(f"{k} {v:g}" for k, v in more.items())
        else:
            first, move, detail = asyncio.run(_desk(db_path))
            source = "DeskApp via App.run_test"
            rss = peak_rss_mb()
    size = f"{n:,}"
    note = f"{kind}; {source}"
    return [
        Figure("TUI first screen", size, first, "s", base_first, "bare Textual DataTable app",
               f"< {TARGET_FIRST_S} s", first < TARGET_FIRST_S, note),
        Figure("TUI move p95", size, move, "ms", base_move, "bare DataTable cursor move",
               f"< {TARGET_MOVE_MS:.0f} ms", move < TARGET_MOVE_MS, f"{MOVES} moves"),
        *([Figure("TUI move to detail shown p95", size, detail, "ms", None, "", "", None,
                  "until quotes and entities of the new article are on screen")] if detail is not None else []),
        Figure("TUI peak RSS", size, rss, "MB", None, "", f"< {TARGET_RSS_MB:.0f} MB", rss < TARGET_RSS_MB,
               "whole process, baseline app included"),
    ]
