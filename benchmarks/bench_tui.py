"""The TUI at 100,000 articles, headless through Textual's test driver.

    .venv/bin/python -m benchmarks.bench_tui                  # 100,000 articles (built once, cached)
    .venv/bin/python -m benchmarks.bench_tui --n 10000 --moves 100
    .venv/bin/python -m benchmarks.bench_tui --db path/to/desk.db

Figures: cold start to first screen (from before `desk.tui.app` is imported to the first window of
rows painted, all three panes up), selection move p95 (from the ↓ key reaching the app to the new
row painted; one press at a time, and with the key held down), move to the middle pane showing the new article p95, a `/` search from Enter to its first hit,
and the process's peak RSS. `measure(db_path, moves)` is what `benchmarks/figures/tui.py` calls.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

SIZE = (200, 50)
TARGETS = {"first_screen_s": 1.5, "move_p95_ms": 50.0, "rss_mb": 300.0}


async def _until(cond, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > deadline:
            raise TimeoutError("the TUI did not respond in time")
        await asyncio.sleep(0.0005)


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _run(db_path: str, moves: int, query: str | None) -> dict[str, Any]:
    start, start_cpu = time.perf_counter(), time.process_time()
    from textual import events

    from desk.config import Config
    from desk.tui.app import DeskApp

    app = DeskApp(db_path, config=Config(user="bench"))
    app.started, app.started_cpu = start, start_cpu  # count the imports too
    out: dict[str, Any] = {}
    async with app.run_test(size=SIZE) as pilot:
        await _until(lambda: app.first_screen is not None, 60)
        out["first_screen_s"] = app.first_screen
        out["first_screen_cpu_s"] = app.first_screen_cpu
        articles = app.articles
        await _until(lambda: app.header.counts is not None and len(articles.ids) == app.header.counts["articles"])
        out["articles"] = len(articles.ids)
        await _until(lambda: app.detail.article_id == articles.article_id)
        await pilot.pause(0.2)

        cpu: list[float] = []

        async def down() -> float:
            before = articles.cursor
            c = time.thread_time()  # the UI thread's own work, whatever else the machine is doing
            t = time.perf_counter()
            key = events.Key("down", None)
            key.set_sender(app)
            app._driver.send_message(key)
            await _until(lambda: articles.cursor != before and articles.painted_cursor == articles.cursor)
            cpu.append((time.thread_time() - c) * 1000)
            return t

        moved, detailed, held = [], [], []
        for _ in range(moves):  # one press at a time: each waits for the panes to follow and settle
            t = await down()
            moved.append((time.perf_counter() - t) * 1000)
            await _until(lambda: app.detail.article_id == articles.article_id)
            detailed.append((time.perf_counter() - t) * 1000)
            await pilot.pause(0.03)
        for _ in range(moves):  # the key held down: presses as fast as the list repaints
            t = await down()
            held.append((time.perf_counter() - t) * 1000)
        out["move_p50_ms"] = _percentile(moved, 50)
        out["move_p95_ms"] = _percentile(moved, 95)
        out["detail_p95_ms"] = _percentile(detailed, 95)
        out["held_move_p95_ms"] = _percentile(held, 95)
        out["move_cpu_p95_ms"] = _percentile(cpu[:moves], 95)
        out["held_move_cpu_p95_ms"] = _percentile(cpu[moves:], 95)
        if query:
            await pilot.press("slash", *query)
            t = time.perf_counter()
            await pilot.press("enter")
            await _until(lambda: app.view.search == query and articles.row(articles.article_id) is not None)
            out["search_to_first_hit_ms"] = (time.perf_counter() - t) * 1000
        await pilot.press("end")
        t = time.perf_counter()
        await _until(lambda: articles.row(articles.article_id) is not None)
        out["jump_to_end_ms"] = (time.perf_counter() - t) * 1000
    out["rss_mb"] = _peak_rss_mb()
    return out


def measure(db_path: str, moves: int = 200, query: str | None = "Damascus") -> dict[str, Any]:
    """First screen (s), move p50/p95 (ms), detail p95 (ms), search and jump times, peak RSS (MB)."""
    return asyncio.run(_run(db_path, moves, query))


def build_db(n: int, seed: int = 7) -> str:
    """A cached database of n articles from the benchmark corpus (bulk-loaded, no extraction)."""
    from benchmarks.cache import Context
    from benchmarks.figures.tui import ensure_db

    root = Path(__file__).resolve().parent / "out"
    cache, scratch = root / "cache", root / "cache" / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    return ensure_db(Context(seed, cache, scratch), n)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_tui", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the generated database")
    parser.add_argument("--db", help="measure this database instead of a generated one")
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    db_path = args.db or build_db(args.n)
    result = {"db": db_path, **measure(db_path, args.moves)}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"TUI on {db_path} ({result['articles']:,} articles, {SIZE[0]}x{SIZE[1]}, {args.moves} moves)")
    for key, value in result.items():
        if key in ("db", "articles"):
            continue
        target = TARGETS.get(key)
        verdict = "" if target is None else ("  ok" if value < target else f"  MISS (target < {target})")
        print(f"  {key:<24} {value:10.3f}{verdict}")
    print(f"  (load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
