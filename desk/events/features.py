"""What clustering knows about one article: its day, weighted keys, lead words and numbers.

A pure function of the article and what extraction stored for it, so the same article always
gets the same features, whenever and in whatever company it is ingested.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from desk.events.names import fallback_names, name_key, prior_weight
from desk.events.text import content_stems, content_text

MAX_KEYS = 30  # the most distinctive keys of an article go into the index
TITLE_WORD_WEIGHT = 0.6
LEAD_CHARS = 400
TOP_NAMES = 10  # the names that count when judging how much of an article two share


@dataclass(slots=True)
class Features:
    day: int | None
    keys: dict[str, float] = field(default_factory=dict)
    lead: str = ""
    numbers: list[tuple[float, str]] = field(default_factory=list)
    lead_keys: list[str] = field(default_factory=list)  # name keys found in the title or lead
    # Derived once, for scoring many pairs quickly.
    names: dict[str, float] = field(init=False, repr=False, compare=False)
    title_words: frozenset[str] = field(init=False, repr=False, compare=False)
    top: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.names = {k: w for k, w in self.keys.items() if not k.startswith("w:")}
        self.title_words = frozenset(k for k in self.keys if k.startswith("w:"))
        self.top = sum(sorted(self.names.values(), reverse=True)[:TOP_NAMES])

    def to_json(self) -> str:
        return json.dumps(
            {"keys": self.keys, "lead": self.lead, "numbers": self.numbers, "lead_keys": self.lead_keys},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, day: int | None, data: str) -> Features:
        return _parse(day, data)

    def entity_keys(self) -> dict[str, float]:
        return self.names


@lru_cache(maxsize=8192)  # the articles of the last days: candidates come from the date window
def _parse(day: int | None, data: str) -> Features:
    """Features from their stored JSON (cached: the same candidates come up again and again)."""
    raw = json.loads(data)
    return Features(day, raw["keys"], raw["lead"], [tuple(n) for n in raw["numbers"]], raw.get("lead_keys", []))


def article_day(published: str | None, dates: list[dict[str, Any]] | None = None) -> int | None:
    """The story's day as an ordinal: the publication date, else the latest day the text names.

    Only dates written down to the day count (`December 6, 2024`, `on Friday`), never a bare year.
    """
    named = [d["date"] for d in dates or [] if d.get("date") and _names_a_day(d.get("text") or "")]
    for value in [published, *sorted(named, reverse=True)]:
        if value:
            try:
                return date.fromisoformat(value[:10]).toordinal()
            except ValueError:
                continue
    return None


_DAY_WORDS = re.compile(
    r"\d{1,2}|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.IGNORECASE
)


def _names_a_day(text: str) -> bool:
    return bool(_DAY_WORDS.search(re.sub(r"\b\d{4}\b", "", text)))


def compute(
    article: dict[str, Any],
    mentions: list[dict[str, Any]] | None = None,
    claims: list[dict[str, Any]] | None = None,
    dates: list[dict[str, Any]] | None = None,
) -> Features:
    """Features of a stored article (dict with title, body, published) and its extraction rows."""
    title = article.get("title") or ""
    body = article.get("body") or ""
    lead_end = _lead_end(body)
    keys: dict[str, float] = {}
    names = _names(title, body, mentions)
    counts: dict[str, int] = {}
    lead_keys: set[str] = set()
    for key, name, kind, start in names:
        weight = prior_weight(name, kind)
        if start < lead_end:
            weight *= 1.5
            lead_keys.add(key)
        counts[key] = counts.get(key, 0) + 1
        keys[key] = max(keys.get(key, 0.0), weight)
    for key, n in counts.items():
        if n >= 3:
            keys[key] *= 1.2
    keys = dict(sorted(keys.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_KEYS])
    for stem_ in dict.fromkeys(s for s in content_stems(title) if len(s) >= 4):
        keys.setdefault(f"w:{stem_}", TITLE_WORD_WEIGHT)
    keys = {k: round(w, 3) for k, w in keys.items()}
    if body.startswith(title[:40]):
        lead_text = body[: max(lead_end, len(title))]
    else:
        lead_text = f"{title} {body[:lead_end]}"
    numbers = _numbers(claims or [])
    day = article_day(article.get("published"), dates)
    return Features(day, keys, content_text(lead_text[:LEAD_CHARS]), numbers, sorted(lead_keys & set(keys)))


def _lead_end(body: str) -> int:
    """End of the lead: the first two sentences, roughly (the first 300 characters at most)."""
    end = 0
    for _ in range(2):
        nxt = body.find(". ", end + 1)
        if nxt < 0:
            return min(len(body), 300)
        end = nxt + 1
    return min(end, 300) if end > 40 else min(len(body), 300)


def _names(title: str, body: str, mentions: list[dict[str, Any]] | None) -> list[tuple[str, str, str, int]]:
    """(key, name, kind, position) of each name: store entities, else capitalised runs."""
    if mentions:
        return [(f"e:{m['entity_id']}", m["text"], m.get("kind") or "other", m["start"]) for m in mentions]
    texts = [body] if body.startswith(title[:40]) else [title, body]
    return [(_fallback_key(name), name, "other", start) for text in texts for name, start, _ in fallback_names(text)]


def _fallback_key(name: str) -> str:
    try:
        from desk.extract.gazetteer import lookup

        place = lookup(name)
    except Exception:
        place = None
    if place is not None:
        return f"g:{place.gid}"
    return f"n:{name_key(name)}"


def _numbers(claims: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """Distinctive numbers the article states (not years, not small counts)."""
    out = set()
    for c in claims:
        value, unit = c.get("value"), c.get("unit") or ""
        if value is None:
            continue
        if unit in ("year", "ordinal", "") and value < 100:
            continue
        if not unit and 1900 <= value <= 2100:
            continue
        if unit not in ("percent",) and value < 10:
            continue
        out.add((float(value), unit))
    return sorted(out)
