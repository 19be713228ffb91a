"""The event's timeline: dated statements in order, the same statement from several sources merged."""

from __future__ import annotations

from typing import Any

from desk.events.sentences import EventText, Sentence

SAME_STATEMENT = 0.3  # word similarity of two sentences about one dated happening


def timeline(text: EventText, dates: list[dict[str, Any]], outlets: dict[int, str | None]) -> list[dict[str, Any]]:
    """One entry per date and statement: `{"date", "text", "articles", "sources": [...]}`, oldest first."""
    by_article = text.by_article()
    entries: list[dict[str, Any]] = []
    seen: set[tuple[int, int, str]] = set()
    for d in sorted(dates, key=lambda d: (d.get("date") or "", d["article_id"], d["start"])):
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
                  "date_text": d["text"]}
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
