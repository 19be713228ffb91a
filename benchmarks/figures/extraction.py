"""Extraction speed in MB/s of article text: quotes, entities, and the whole `extract()`.

Baselines: a bare regex pass over the same bodies (quoted spans for quotes, capitalised word runs
for entities, both for the whole).
"""

from __future__ import annotations

import importlib
import re
import time
from collections.abc import Callable

from benchmarks.cache import Context
from benchmarks.measure import Figure, unavailable

SIZES = {"small": [1], "full": [10]}  # megabytes of text
_QUOTED = re.compile(r"[\"“][^\"”\n]{1,1000}[\"”]")
_CAPS = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:al-|of |the )?[A-Z][\w’'-]+)*")
TARGETS = {"quotes": 5.0, "entities": 2.0}


def bodies(ctx: Context, megabytes: int) -> list[str]:
    from desk.ingest.plaintext import parse_text

    out, total, i = [], 0, 0
    corpus = ctx.corpus()
    while total < megabytes * 1_000_000:
        body = parse_text(corpus.article(i).text).body
        out.append(body)
        total += len(body.encode("utf-8"))
        i += 1
    return out


def _mb_per_s(fn: Callable[[str], object], texts: list[str], nbytes: int) -> float:
    fn(texts[0])  # warm up: lazy tables and compiled patterns are not what is measured
    start = time.process_time()  # CPU time: a busy machine does not skew it
    for text in texts:
        fn(text)
    return nbytes / 1_000_000 / (time.process_time() - start)


def _extractor(module: str, name: str) -> Callable[[str], object] | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def run(megabytes: int, ctx: Context) -> list[Figure]:
    texts = bodies(ctx, megabytes)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    size = f"{nbytes / 1e6:.1f} MB"
    figures = []
    checks = {
        "quotes": ("desk.extract.quotes", "extract_quotes", lambda t: _QUOTED.findall(t), "regex pass for quoted spans"),
        "entities": ("desk.extract.entities", "extract_entities", lambda t: _CAPS.findall(t),
                     "regex pass for capitalised names"),
    }
    for what, (module, name, base_fn, base_what) in checks.items():
        fn = _extractor(module, name)
        label = f"extract {what}"
        target = TARGETS[what]
        if fn is None:
            figures.append(unavailable(label, size, f"{module}.{name} not found", "MB/s", f">= {target} MB/s"))
            continue
        base = _mb_per_s(base_fn, texts, nbytes)
        with ctx.profiled(f"extract-{what}"):
            rate = _mb_per_s(fn, texts, nbytes)
        figures.append(Figure(label, size, rate, "MB/s", base, base_what, f">= {target} MB/s", rate >= target))

    from desk.extract import extract

    def both(t: str) -> None:
        _QUOTED.findall(t)
        _CAPS.findall(t)

    base = _mb_per_s(both, texts, nbytes)
    with ctx.profiled("extract-all"):
        rate = _mb_per_s(extract, texts, nbytes)
    figures.append(Figure("extract (all)", size, rate, "MB/s", base, "both regex passes", "",
                          None, f"CPU time; {len(texts):,} bodies; ~{rate * 1e6 / (nbytes / len(texts)):.0f} articles/s"))
    return figures
