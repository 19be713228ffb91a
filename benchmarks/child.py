"""Runs one figure at one size in a fresh process and prints its figures as JSON on the last line.

Each figure gets its own process so peak memory, imports and caches of one never colour another.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from pathlib import Path

from benchmarks.cache import Context
from benchmarks.measure import unavailable


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.child")
    p.add_argument("figure")
    p.add_argument("sizes", help="comma-separated sizes")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--scratch", type=Path, required=True)
    p.add_argument("--profile", type=Path)
    p.add_argument("--label", default="small", help="small or full, for micro-benchmarks")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    ctx = Context(args.seed, args.cache, args.scratch, args.profile)
    try:
        if args.figure.startswith("bench_"):
            module = importlib.import_module(f"benchmarks.{args.figure}")
            figures = [_micro(args.figure, d) for d in module.figures(args.label)]
        else:
            module = importlib.import_module(f"benchmarks.figures.{args.figure}")
            if hasattr(module, "run_sizes"):
                figures = [f.as_dict() for f in module.run_sizes(sizes, ctx)]
            else:
                figures = [f.as_dict() for n in sizes for f in module.run(n, ctx)]
    except Exception as exc:
        traceback.print_exc()
        figures = [unavailable(args.figure, ",".join(map(str, sizes)), f"failed: {type(exc).__name__}: {exc}")
                   .as_dict()]
    print(json.dumps(figures))
    return 0


def _micro(module: str, d: dict) -> dict:
    """A micro-benchmark's figure in the suite's shape."""
    value, base = d.get("value"), d.get("baseline")
    return {
        "name": d.get("name", module), "size": str(d.get("size", "")), "value": value, "unit": d.get("unit", ""),
        "baseline": base, "baseline_what": d.get("baseline_what", ""), "target": d.get("target", ""),
        "met": d.get("met"), "note": d.get("note", f"from benchmarks/{module}.py"), "extra": d.get("extra", {}),
        "ratio": (value / base) if value is not None and base else None,
    }


if __name__ == "__main__":
    sys.exit(main())
