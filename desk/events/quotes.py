"""The same quote carried by several outlets: one row, with every outlet's wording.

Translations and edits change a word here and there, and one outlet may run only part of a
quote; fuzzy matching on the folded text allows for both.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from rapidfuzz import fuzz

from desk.events.text import fold

SAME_RATIO = 85.0  # whole quotes worded a little differently
PART_RATIO = 92.0  # one quote a part of the other
MIN_PART_CHARS = 30

_PUNCT = re.compile(r"[^\w\s]")


def normal(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(text)).split())


def same_quote(a: str, b: str) -> bool:
    """Are two quoted passages the same words (allowing small wording differences or a cut)?"""
    na, nb = normal(a), normal(b)
    if not na or not nb:
        return False
    if fuzz.ratio(na, nb) >= SAME_RATIO:
        return True
    short = min(len(na), len(nb))
    return short >= MIN_PART_CHARS and fuzz.partial_ratio(na, nb) >= PART_RATIO


def group_quotes(quotes: list[dict[str, Any]], outlets: dict[int, str | None]) -> list[dict[str, Any]]:
    """Rows of quotes across the event's articles; quotes several outlets carry come first."""
    speech = [q for q in quotes if q.get("kind") in ("quote", "partial")]
    groups: list[list[dict[str, Any]]] = []
    for q in sorted(speech, key=lambda q: (-len(q["text"]), q["article_id"], q["start"])):
        for group in groups:
            if all(g["article_id"] != q["article_id"] for g in group) and same_quote(group[0]["text"], q["text"]):
                group.append(q)
                break
        else:
            groups.append([q])
    rows = [_row(g, outlets) for g in groups]
    rows.sort(key=lambda r: (-len(r["articles"]), r["versions"][0]["article"], r["versions"][0]["start"]))
    return rows


def _row(group: list[dict[str, Any]], outlets: dict[int, str | None]) -> dict[str, Any]:
    group = sorted(group, key=lambda q: (q["article_id"], q["start"]))
    speakers = Counter(q["speaker"] for q in group if q.get("speaker"))
    speaker = speakers.most_common(1)[0][0] if speakers else None
    kinds = Counter(q.get("speaker_kind") for q in group if q.get("speaker") == speaker)
    return {
        "text": max((q["text"] for q in group), key=len),
        "speaker": speaker,
        "speaker_kind": kinds.most_common(1)[0][0] if kinds else "unknown",
        "articles": [q["article_id"] for q in group],
        "outlets": [outlets.get(q["article_id"]) for q in group],
        "versions": [
            {"article": q["article_id"], "outlet": outlets.get(q["article_id"]), "text": q["text"],
             "speaker": q.get("speaker"), "role": q.get("role"), "via": q.get("via"), "quote_id": q.get("id"),
             "start": q["start"], "end": q["end"]}
            for q in group
        ],
    }
