"""The event's timeline: dated statements in order, the same statement from several sources merged."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from desk.events.sentences import EventText, Sentence

SAME_STATEMENT = 0.3  # word similarity of two sentences about one dated happening


_MONTH_NAMES = "january february march april may june july august september october november december"
_DAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday"
_MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES.split())}
_WEEKDAYS = {d: i for i, d in enumerate(_DAY_NAMES.split())}
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:,?\s+(\d{4}))?\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def anchors(articles: list[dict[str, Any]], dates: list[dict[str, Any]], event_first: str | None) -> dict[int, date]:
    """The day each article writes from: its publication date, else the latest of the full dates it
    gives and the event's first day. Relative dates the extractor could not resolve are read against it."""
    out: dict[int, date] = {}
    fallback = _iso(event_first)
    for a in articles:
        own = _iso(a.get("published"))
        given = [x for d in dates if d["article_id"] == a["id"] and (x := _iso(d.get("date")))]
        candidates = [x for x in (*given, fallback) if x]
        anchor = own or (max(candidates) if candidates else None)
        if anchor:
            out[a["id"]] = anchor
    return out


def resolve(text: str, anchor: date) -> str | None:
    """`November 27`, `on Friday`, `late Friday` read against the day the article writes from."""
    m = _MONTH_DAY.search(text)
    if m:
        month, day = _MONTHS[m.group(1).lower()], int(m.group(2))
        years = [int(m.group(3))] if m.group(3) else [anchor.year, anchor.year - 1]
        for year in years:
            try:
                found = date(year, month, day)
            except ValueError:
                return None
            if m.group(3) or found <= anchor + timedelta(days=7):
                return found.isoformat()
        return None
    m = _WEEKDAY.search(text)
    if m and not re.search(r"\b(next|coming)\b", text, re.IGNORECASE):
        back = (anchor.weekday() - _WEEKDAYS[m.group(1).lower()]) % 7
        if re.search(r"\blast\b", text, re.IGNORECASE) and back == 0:
            back = 7
        return (anchor - timedelta(days=back)).isoformat()
    return None


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def timeline(text: EventText, dates: list[dict[str, Any]], outlets: dict[int, str | None],
             anchor_of: dict[int, date] | None = None) -> list[dict[str, Any]]:
    """One entry per date and statement: `{"date", "text", "articles", "sources": [...]}`, oldest first."""
    by_article = text.by_article()
    entries: list[dict[str, Any]] = []
    seen: set[tuple[int, int, str]] = set()
    resolved = []
    for d in dates:
        if not d.get("date") and anchor_of and d["article_id"] in anchor_of:
            guess = resolve(d["text"], anchor_of[d["article_id"]])
            if guess:
                d = {**d, "date": guess, "inferred": True}
        resolved.append(d)
    for d in sorted(resolved, key=lambda d: (d.get("date") or "", d["article_id"], d["start"])):
        if not d.get("date"):
            continue
        sentence = _sentence_at(by_article.get(d["article_id"], []), d["start"])
        if sentence is None:
            continue
        key = (d["article_id"], sentence.index, d["date"])
        if key in seen:
            continue
        seen.add(key)
        source = {"article": d["article_id"], "outlet": outlets.get(d["article_id"]), "text": sentence.text,
                  "date_text": d["text"], "inferred": bool(d.get("inferred"))}
        entry = _matching_entry(text, entries, d["date"], sentence)
        if entry is None:
            entries.append({"date": d["date"], "text": sentence.text, "articles": [d["article_id"]],
                            "sources": [source], "_stems": [sentence.stems]})
        else:
            entry["sources"].append(source)
            entry["_stems"].append(sentence.stems)
            if d["article_id"] not in entry["articles"]:
                entry["articles"].append(d["article_id"])
    for e in entries:
        e.pop("_stems")
    return entries


def _sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return None


def _matching_entry(text: EventText, entries: list[dict[str, Any]], date: str, sentence: Sentence) -> dict[str, Any] | None:
    for e in entries:
        if e["date"] != date or sentence.article in e["articles"]:
            continue
        if max(text.similarity(sentence.stems, s) for s in e["_stems"]) >= SAME_STATEMENT:
            return e
    return None
