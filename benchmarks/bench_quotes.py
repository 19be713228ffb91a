"""Micro-benchmark: MB/s of `extract_quotes` over the seed articles repeated to ~5 MB.

    python benchmarks/bench_quotes.py [--mb 5] [--repeat 3]

Times are CPU time of this process (`time.process_time`), so a busy machine does not depress them.
Two figures: per article (each seed body extracted on its own, the way ingest calls it, cycled until
~5 MB of text has been processed) and one big body (all seeds concatenated to ~5 MB, to show the
extractor stays linear).  The target is >= 5 MB/s on one core for the per-article figure.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.extract.quotes import extract_quotes  # noqa: E402

_PREFIX = re.compile(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:[A-Z][\w .&'-]{0,40}/\s)?")


def seed_bodies() -> list[str]:
    """The body of each seed file: the text after the optional date and `Outlet/ ` prefixes."""
    bodies = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        bodies.append(text[_PREFIX.match(text).end() :])
    return bodies


def bench(mb: float = 5.0, repeat: int = 3) -> dict[str, float]:
    bodies = seed_bodies()
    size = sum(len(b.encode("utf-8")) for b in bodies)
    rounds = max(1, int(mb * 1_000_000 / size))
    total_bytes = size * rounds
    big = "\n\n".join(bodies) + "\n\n"
    big = big * max(1, int(mb * 1_000_000 / len(big.encode("utf-8"))))
    big_bytes = len(big.encode("utf-8"))

    best_articles = best_big = float("inf")
    n_quotes = 0
    for _ in range(repeat):
        t0 = time.process_time()
        n_quotes = 0
        for _ in range(rounds):
            for body in bodies:
                n_quotes += len(extract_quotes(body))
        best_articles = min(best_articles, time.process_time() - t0)
        t0 = time.process_time()
        extract_quotes(big)
        best_big = min(best_big, time.process_time() - t0)
    return {
        "articles_mb": total_bytes / 1e6,
        "articles_s": best_articles,
        "articles_mb_s": total_bytes / 1e6 / best_articles,
        "quotes": n_quotes,
        "big_mb": big_bytes / 1e6,
        "big_s": best_big,
        "big_mb_s": big_bytes / 1e6 / best_big,
    }


_BASELINE_RE = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def _baseline_mb_s(mb: float) -> float:
    """MB/s of a plain regex that only finds quoted spans (no kinds, speakers or offsets checks)."""
    bodies = seed_bodies()
    size = sum(len(b.encode("utf-8")) for b in bodies)
    rounds = max(1, int(mb * 1_000_000 / size))
    t0 = time.process_time()
    for _ in range(rounds):
        for body in bodies:
            _BASELINE_RE.findall(body)
    return size * rounds / 1e6 / max(1e-9, time.process_time() - t0)


def figures(sizes: str = "small") -> list[dict]:
    """Rows for `python -m benchmarks`: MB/s per article and for one big body (target >= 5 MB/s)."""
    mb = 5.0 if sizes == "full" else 1.0
    r = bench(mb, repeat=3 if sizes == "full" else 1)
    base = _baseline_mb_s(mb)
    what = "regex that only finds quoted spans"
    return [
        {"name": "quotes", "size": f"{r['articles_mb']:.1f} MB", "value": r["articles_mb_s"], "unit": "MB/s",
         "baseline": base, "baseline_what": what, "target": ">= 5 MB/s", "met": r["articles_mb_s"] >= 5.0,
         "note": f"extract_quotes per seed article, CPU time; {r['quotes']} quotes"},
        {"name": "quotes one body", "size": f"{r['big_mb']:.1f} MB", "value": r["big_mb_s"], "unit": "MB/s",
         "baseline": base, "baseline_what": what, "target": "", "met": None,
         "note": "all seeds concatenated into one body (linearity check)"},
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of text to process (default 5)")
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is reported (default 3)")
    args = ap.parse_args(argv)
    r = bench(args.mb, args.repeat)
    print(
        f"per article: {r['articles_mb']:.2f} MB, {r['quotes']} quotes in {r['articles_s']:.2f} s "
        f"= {r['articles_mb_s']:.2f} MB/s"
    )
    print(f"one body:    {r['big_mb']:.2f} MB in {r['big_s']:.2f} s = {r['big_mb_s']:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
