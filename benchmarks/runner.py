"""Runs the figures (each in its own process), prints a table and writes the JSON results."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.figures import NAMES

ROOT = Path(__file__).resolve().parent.parent


def micro_benchmarks() -> list[str]:
    """The other micro-benchmarks in benchmarks/ that offer `figures(sizes) -> list[dict]`."""
    found = []
    for path in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        try:
            module = importlib.import_module(f"benchmarks.{path.stem}")
        except Exception:  # a broken micro-benchmark is reported by its own run, not here
            found.append(path.stem)
            continue
        if callable(getattr(module, "figures", None)):
            found.append(path.stem)
    return found


def run_figure(name: str, sizes: list[int], label: str, *, seed: int, cache: Path, scratch: Path,
               profile: Path | None) -> list[dict[str, Any]]:
    cmd = [sys.executable, "-m", "benchmarks.child", name, ",".join(map(str, sizes)), "--seed", str(seed),
           "--cache", str(cache), "--scratch", str(scratch), "--label", label]
    if profile:
        cmd += ["--profile", str(profile)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    lines = proc.stdout.strip().splitlines()
    try:
        figures = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return [{"name": name, "size": ",".join(map(str, sizes)), "value": None, "unit": "", "baseline": None,
                 "ratio": None, "target": "", "met": None, "note": f"crashed (exit {proc.returncode}): {tail}",
                 "baseline_what": "", "extra": {}}]
    if proc.returncode or proc.stderr.strip():
        err = proc.stderr.strip()
        if err:
            (scratch / f"{name}.stderr.txt").write_text(err)
    return figures


def plan(label: str, only: list[str] | None, at: dict[str, list[int]] | None = None) -> list[tuple[str, list[int]]]:
    """(figure, sizes) in running order: ingest first, since clustering and the TUI reuse its database."""
    steps = []
    for name in NAMES:
        if only and name not in only:
            continue
        module = importlib.import_module(f"benchmarks.figures.{name}")
        steps.append((name, (at or {}).get(name) or module.SIZES[label]))
    for name in micro_benchmarks():
        if not only or name in only or name.removeprefix("bench_") in only:
            steps.append((name, []))
    return steps


def fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}" if abs(value) >= 1 else f"{value:.3f}"
    else:
        text = str(value)
    return f"{text} {unit}".strip()


def table(figures: list[dict[str, Any]], title: str):
    from rich.table import Table

    t = Table(title=title, show_lines=False)
    for col, kw in (("figure", {}), ("size", {"justify": "right"}), ("desk", {"justify": "right"}),
                    ("baseline", {"justify": "right"}), ("ratio", {"justify": "right"}), ("target", {}),
                    ("", {}), ("note", {"overflow": "fold", "max_width": 60})):
        t.add_column(col, **kw)
    for f in figures:
        met = {True: "[green]ok[/]", False: "[red]MISS[/]", None: ""}[f.get("met")]
        ratio = f"{f['ratio']:.3g}x" if f.get("ratio") is not None else "—"
        t.add_row(f["name"], f["size"], fmt(f["value"], f["unit"]), fmt(f["baseline"], f["unit"]), ratio,
                  f.get("target", ""), met, _escape(f.get("note", "")))
    return t


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def run(label: str, only: list[str] | None, out: Path, *, seed: int, cache: Path, profile: Path | None,
        at: dict[str, list[int]] | None = None, quiet: bool = False) -> dict[str, Any]:
    from rich.console import Console

    from benchmarks.machine import _load, describe

    console = Console(stderr=True, quiet=quiet)
    cache.mkdir(parents=True, exist_ok=True)
    scratch = cache / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, Any]] = []
    started = time.time()
    load_before = _load()
    for name, sizes in plan(label, only, at):
        console.log(f"{name} {', '.join(f'{n:,}' for n in sizes)}…")
        t = time.perf_counter()
        figures = run_figure(name, sizes, label, seed=seed, cache=cache, scratch=scratch, profile=profile)
        for f in figures:
            f.setdefault("extra", {})["figure_seconds"] = round(time.perf_counter() - t, 1)
        results.extend(figures)
        console.print(table(figures, ""))
    doc = {
        "sizes": label,
        "sizes_overridden": at or {},
        "seed": seed,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "seconds": round(time.time() - started, 1),
        "machine": {**describe(), "load_average_at_start": load_before},
        "figures": results,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    Console().print(table(results, f"desk benchmarks ({label}, seed {seed})"))
    console.print(f"results written to {out}")
    return doc
