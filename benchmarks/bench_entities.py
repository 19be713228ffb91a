"""Micro-benchmark: MB/s of `extract_entities` (the rule-based backend) on one core.

    python benchmarks/bench_entities.py [--mb 5] [--repeat 3] [--articles 300]

Three figures, each as MB/s of CPU time (the process's own time, so a busy machine does not skew
it) and of wall time:

- per article, warm: each seed body extracted on its own, the way ingest calls it, cycled until
  ~5 MB of text has been processed (names repeat, so the per-name caches are warm, as in a
  long-running session);
- per article, cold: the benchmark corpus's varied articles (`benchmarks.corpus`, different names
  in every event) with every cache cleared first;
- one body: all seeds concatenated to ~5 MB, to show the extractor stays linear.

The target is >= 2 MB/s on one core.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.extract.entities import extract_entities  # noqa: E402
from desk.extract.entity_rules import clear_caches  # noqa: E402

TARGET_MB_S = 2.0
_PREFIX = re.compile(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:[^/\n]{1,60}/\s)?")


def seed_bodies() -> list[str]:
    """The body of each seed file: the text after the optional date and `Outlet/ ` prefixes."""
    return [t[_PREFIX.match(t).end():] for t in
            (p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))]


def corpus_bodies(n: int) -> list[str]:
    from benchmarks.corpus import Corpus

    return [a.text[_PREFIX.match(a.text).end():] for a in Corpus(seed=7).articles(n)]


def _time(fn: Any) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def bench(mb: float = 5.0, repeat: int = 3, articles: int = 300) -> dict[str, float]:
    bodies = seed_bodies()
    size = sum(len(b.encode("utf-8")) for b in bodies)
    rounds = max(1, int(mb * 1_000_000 / size))
    big = "\n\n".join(bodies) + "\n\n"
    big = big * max(1, int(mb * 1_000_000 / len(big.encode("utf-8"))))
    corpus = corpus_bodies(articles)
    corpus_bytes = sum(len(b.encode("utf-8")) for b in corpus)
    out: dict[str, float] = {"articles_mb": size * rounds / 1e6, "big_mb": len(big.encode("utf-8")) / 1e6,
                             "cold_mb": corpus_bytes / 1e6}
    for b in bodies:  # load the gazetteer and tables once, outside the timings
        extract_entities(b)
    n_entities = 0

    def warm() -> None:
        nonlocal n_entities
        n_entities = 0
        for _ in range(rounds):
            for body in bodies:
                n_entities += len(extract_entities(body))

    def cold() -> None:
        for body in corpus:
            extract_entities(body)

    def one() -> None:
        extract_entities(big)

    for name, fn, nbytes in (("articles", warm, size * rounds), ("cold", cold, corpus_bytes),
                             ("big", one, len(big.encode("utf-8")))):
        best_wall = best_cpu = float("inf")
        for _ in range(repeat):
            if name == "cold":
                clear_caches()
            wall, cpu = _time(fn)
            best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
        out[f"{name}_s"] = best_cpu
        out[f"{name}_mb_s"] = nbytes / 1e6 / best_cpu
        out[f"{name}_wall_mb_s"] = nbytes / 1e6 / best_wall
    out["entities"] = n_entities
    return out


def figures(label: str) -> list[dict[str, Any]]:
    """The suite's figures (`python -m benchmarks`)."""
    r = bench(mb=5.0 if label == "full" else 2.0, repeat=3 if label == "full" else 2,
              articles=300 if label == "full" else 120)
    rows = []
    for key, what in (("articles", "per article, warm"), ("cold", "per article, cold caches"),
                      ("big", "one body")):
        rows.append({"name": f"entities {what}", "size": f"{r[key + '_mb']:.1f} MB", "value": r[key + "_mb_s"],
                     "unit": "MB/s", "target": f">= {TARGET_MB_S:g} MB/s", "met": r[key + "_mb_s"] >= TARGET_MB_S,
                     "note": f"CPU time; wall {r[key + '_wall_mb_s']:.2f} MB/s",
                     "extra": {"wall_mb_s": r[key + "_wall_mb_s"]}})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of seed text to process (default 5)")
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is reported (default 3)")
    ap.add_argument("--articles", type=int, default=300, help="corpus articles for the cold figure (default 300)")
    args = ap.parse_args(argv)
    r = bench(args.mb, args.repeat, args.articles)
    for key, what in (("articles", "per article, warm"), ("cold", "per article, cold"), ("big", "one body")):
        print(f"{what:18} {r[key + '_mb']:6.2f} MB  {r[key + '_mb_s']:5.2f} MB/s CPU  "
              f"({r[key + '_wall_mb_s']:.2f} MB/s wall)")
    print(f"{r['entities']} entities per warm pass; target >= {TARGET_MB_S:g} MB/s: "
          f"{'met' if min(r['articles_mb_s'], r['cold_mb_s'], r['big_mb_s']) >= TARGET_MB_S else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
