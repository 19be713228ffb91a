"""`python -m benchmarks [--sizes small|full] [--only NAME] [--out FILE]`: run the benchmark suite."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.figures import NAMES

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure desk at newsroom scale against plain baselines; print a table, write JSON.",
        epilog=f"Figures: {', '.join(NAMES)}, plus any benchmarks/bench_*.py offering figures(sizes).",
    )
    p.add_argument("--sizes", choices=("small", "full"), default="small",
                   help="small: a quick pass (minutes); full: the sizes the targets name (about an hour)")
    p.add_argument("--only", action="append", metavar="NAME",
                   help="run only this figure (repeatable; comma-separated also works)")
    p.add_argument("--out", type=Path, default=HERE / "out" / "results.json", help="JSON results file")
    p.add_argument("--seed", type=int, default=7, help="corpus seed (the same seed, the same corpus)")
    p.add_argument("--cache", type=Path, default=HERE / "out" / "cache",
                   help="where generated corpora and databases are kept between runs")
    p.add_argument("--at", action="append", metavar="NAME=N,N", default=[],
                   help="override one figure's sizes, e.g. --at clustering=1000,5000,10000")
    p.add_argument("--profile", type=Path, metavar="DIR", help="write cProfile hotspots of each figure here")
    args = p.parse_args(argv)
    only = [n.strip() for item in args.only or [] for n in item.split(",") if n.strip()] or None
    at: dict[str, list[int]] = {}
    for item in args.at:
        name, _, sizes = item.partition("=")
        try:
            at[name.strip()] = [int(n.replace("_", "")) for n in sizes.split(",") if n.strip()]
        except ValueError:
            p.error(f"--at {item!r}: sizes are whole numbers, e.g. clustering=1000,10000")
        if name.strip() not in NAMES:
            p.error(f"--at {item!r}: no figure called {name!r} (one of {', '.join(NAMES)})")
    from benchmarks.runner import run

    run(args.sizes, only, args.out, seed=args.seed, cache=args.cache, profile=args.profile, at=at)
    return 0


if __name__ == "__main__":
    sys.exit(main())
