"""Event clustering time as the store grows: 10k, 50k and 100k synthetic articles (target: 10k→100k < 12x).

Synthetic articles go into the store through `Store.save_article` with a hand-made extraction
(people, organisations and places of their story, plus a few countries every story mentions), so
no extractor runs; then every article is clustered incrementally, in arrival order, exactly as
ingest does. Reported: the time to cluster the first 10k / 50k / 100k articles, the time per
article at the end of each band (flat when candidates come from the index), the growth ratio, and
how well the events found match the stories the articles were made from.

    python -m benchmarks.bench_cluster [--sizes 10000,50000,100000] [--per-day 300]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

TARGET_GROWTH = 12.0
COUNTRIES = ("Syria", "United States", "Russia", "China", "Iran", "Israel", "Ukraine", "Turkey", "France",
             "Germany", "India", "Egypt", "Jordan", "Iraq", "Lebanon", "Japan", "Brazil", "Mexico", "Nigeria", "Kenya")
FIRST = ("Amal", "Boris", "Chen", "Dara", "Elif", "Farid", "Greta", "Hana", "Ivo", "Jalal", "Kira", "Leon", "Mira",
         "Nadir", "Olga", "Pavel", "Qadir", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wael", "Yana", "Zeno")
LAST = ("Abadi", "Brandt", "Castell", "Dorian", "Eskander", "Falk", "Gorsky", "Haddad", "Ilic", "Jansen", "Karimi",
        "Lund", "Moreau", "Novak", "Orlov", "Petrov", "Quint", "Rahimi", "Sorensen", "Tamm", "Ulrich", "Varga")
ORG_HEADS = ("Council", "Front", "Union", "Authority", "Commission", "Brigade", "Party", "Foundation")
TOPICS = ("flood", "strike", "election", "ceasefire", "protest", "earthquake", "trial", "summit", "blockade",
          "outbreak", "merger", "drought", "evacuation", "raid", "budget", "blackout")
WORDS = ("officials", "said", "city", "government", "forces", "people", "region", "week", "report", "talks",
         "minister", "police", "residents", "border", "capital", "crisis", "leaders", "plan", "vote", "aid")


SYLLABLES = ("ka", "lo", "mi", "ra", "ne", "to", "vi", "su", "de", "pa", "zo", "ri", "ba", "fe", "gu", "ho")


def _coined(n: int, salt: int) -> str:
    """A made-up word unique to `n` (so each story has names of its own, as real stories do)."""
    n = n * 7 + salt
    parts = []
    for _ in range(4):
        n, r = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts).capitalize()


class Story:
    def __init__(self, index: int, day: date, rng: random.Random) -> None:
        self.index = index
        self.day = day
        self.topic = rng.choice(TOPICS)
        self.person = f"{rng.choice(FIRST)} {_coined(index, 1)}"
        self.org = f"{_coined(index, 2)} {rng.choice(ORG_HEADS)}"
        self.place = f"{_coined(index, 3)}{rng.choice(('burg', 'abad', 'ovo', 'stad', 'ville'))}"
        self.countries = rng.sample(COUNTRIES, 2)


def synthetic(n: int, per_day: int = 300, seed: int = 7) -> list[tuple[int, dict[str, Any]]]:
    """(story, article row) for `n` articles; story sizes 1–12, about 5 on average, interleaved."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    out: list[tuple[int, dict[str, Any]]] = []
    stories: list[Story] = []
    open_stories: list[list[int]] = []
    while len(out) < n:
        while len(open_stories) < 20:
            story = Story(len(stories), start + timedelta(days=len(out) // per_day), rng)
            stories.append(story)
            open_stories.append([story.index] * rng.choice((1, 2, 3, 4, 5, 5, 6, 7, 8, 12)))
        slot = rng.randrange(len(open_stories))
        s = stories[open_stories[slot].pop()]
        if not open_stories[slot]:
            open_stories.pop(slot)
        day = s.day + timedelta(days=rng.choice((0, 0, 1)))
        words = " ".join(rng.sample(WORDS, 6))
        title = f"{s.person} says {s.topic} in {s.place} {rng.choice(WORDS)} {rng.choice(WORDS)}"
        body = (f"{title}. The {s.org} said the {s.topic} in {s.place} affected {words}. "
                f"Officials in {s.countries[0]} and {s.countries[1]} followed the {s.topic}. "
                f"{s.person} spoke to reporters about {rng.choice(WORDS)} and {rng.choice(WORDS)}. #{len(out)}")
        out.append((s.index, {"title": title, "body": body, "published": day.isoformat(),
                              "outlet": f"Outlet {rng.randint(1, 40)}", "content_hash": f"synthetic-{len(out)}"}))
    return out


def _find_all(text: str, name: str) -> list[int]:
    found, i = [], text.find(name)
    while i >= 0:
        found.append(i)
        i = text.find(name, i + 1)
    return found


def measure(sizes: list[int], per_day: int = 300) -> dict[str, Any]:
    """Bulk-store the synthetic articles (no extraction: clustering reads their names from the text),
    then cluster them one by one; wall and CPU seconds at each size."""
    from benchmarks.cache import bench_store_class
    from desk.events.cluster import assign

    top = max(sizes)
    rows = synthetic(top, per_day)
    with tempfile.TemporaryDirectory() as tmp, bench_store_class().open(Path(tmp) / "bench.db") as store:
        t0 = time.perf_counter()
        store.bench_insert_articles(row for _, row in rows)
        load_s = time.perf_counter() - t0
        ids = store.clusterable_article_ids()
        at: dict[int, float] = {}
        cpu_at: dict[int, float] = {}
        per_article_ms: dict[int, float] = {}
        window: list[float] = []
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for n, article_id in enumerate(ids, 1):
            t = time.perf_counter()
            assign(store, article_id)
            window.append(time.perf_counter() - t)
            if n in sizes:
                at[n] = time.perf_counter() - wall0
                cpu_at[n] = time.process_time() - cpu0
                tail = window[-1000:]
                per_article_ms[n] = 1000 * sum(tail) / len(tail)
        story_of = {article_id: rows[i][0] for i, article_id in enumerate(ids)}
        events = store.events_of(ids)
    return {"sizes": sizes, "at": at, "cpu_at": cpu_at, "per_article_ms": per_article_ms, "load_s": load_s,
            "quality": _quality(story_of, events)}


def _quality(story_of: dict[int, int], event_of: dict[int, int]) -> dict[str, float]:
    """Purity (events hold one story) and completeness (a story sits in one event)."""
    by_event: dict[int, Counter[int]] = defaultdict(Counter)
    by_story: dict[int, Counter[int]] = defaultdict(Counter)
    for article, story in story_of.items():
        by_event[event_of[article]][story] += 1
        by_story[story][event_of[article]] += 1
    total = len(story_of)
    purity = sum(c.most_common(1)[0][1] for c in by_event.values()) / total
    completeness = sum(c.most_common(1)[0][1] for c in by_story.values()) / total
    return {"purity": purity, "completeness": completeness, "events": len(by_event), "stories": len(by_story)}


def figures(label: str = "full") -> list[dict[str, Any]]:
    sizes = [10_000, 50_000, 100_000] if label == "full" else [1_000, 5_000, 10_000]
    m = measure(sizes)
    lo, hi = sizes[0], sizes[-1]
    growth = m["at"][hi] / m["at"][lo]
    q = m["quality"]
    out = [
        {"name": "clustering (synthetic)", "size": f"{n:,}", "value": m["at"][n], "unit": "s", "target": "",
         "met": None, "note": f"{m['per_article_ms'][n]:.2f} ms per article at the end of the band"}
        for n in sizes
    ]
    out.append({"name": "clustering growth (synthetic)", "size": f"{lo:,}→{hi:,}", "value": growth, "unit": "x",
                "baseline": hi / lo, "baseline_what": "linear growth", "target": f"< {TARGET_GROWTH:g}x",
                "met": growth < TARGET_GROWTH,
                "note": f"purity {q['purity']:.3f}, completeness {q['completeness']:.3f}"})
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_cluster", description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="10000,50000,100000", help="comma-separated article counts")
    p.add_argument("--per-day", type=int, default=300, help="articles per day in the synthetic stream")
    args = p.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    m = measure(sizes, args.per_day)
    print(f"stored {sizes[-1]:,} synthetic articles in {m['load_s']:.1f} s (not part of the clustering figures)")
    for n in sizes:
        print(f"clustering {n:>7,} articles: {m['at'][n]:7.1f} s wall, {m['cpu_at'][n]:7.1f} s CPU "
              f"({m['per_article_ms'][n]:.2f} ms/article over the last 1,000)")
    growth = m["at"][sizes[-1]] / m["at"][sizes[0]]
    cpu_growth = m["cpu_at"][sizes[-1]] / m["cpu_at"][sizes[0]]
    print(f"CPU-time growth {sizes[0]:,} → {sizes[-1]:,}: {cpu_growth:.1f}x")
    print(f"growth {sizes[0]:,} → {sizes[-1]:,}: {growth:.1f}x (linear would be {sizes[-1] / sizes[0]:.0f}x; "
          f"target < {TARGET_GROWTH:g}x for 10x the articles): {'met' if growth < TARGET_GROWTH else 'MISSED'}")
    q = m["quality"]
    print(f"events {q['events']:,} for {q['stories']:,} stories; purity {q['purity']:.3f}, "
          f"completeness {q['completeness']:.3f}")
    return 0 if growth < TARGET_GROWTH * sizes[-1] / sizes[0] / 10 else 1


if __name__ == "__main__":
    sys.exit(main())
