"""Shared wire copy: near-verbatim sentences in different articles, and the agency behind them.

Outlets run agency copy lightly edited; two sentences whose characters match this closely come
from one source. The agency is the one the sentences name, else one named close by in those
articles, else none (the copy is still flagged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from desk.events.sentences import EventText, Sentence
from desk.events.text import fold

WIRE_RATIO = 78.0  # character-level similarity of two sentences from one wire story
MIN_CHARS = 60
NEARBY = 3  # sentences either side searched for the agency's name

_PUNCT = re.compile(r"[^\w\s]")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")


@dataclass(slots=True)
class WireGroup:
    sentences: list[Sentence]
    agency: str | None
    similarity: float

    def articles(self) -> list[int]:
        return list(dict.fromkeys(s.article for s in self.sentences))


def find_wire(text: EventText) -> list[WireGroup]:
    """Groups of near-verbatim sentences across articles, each with its agency when one is named."""
    sents = text.sentences
    norm = [_normal(_QUOTED.sub(" ", s.text)) for s in sents]  # a quote repeated is not wire copy
    parent = list(range(len(sents)))
    scores: dict[int, float] = {}
    articles = {i: {s.article} for i, s in enumerate(sents)}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for x, y in text.candidate_pairs(min_shared=4):
        if min(len(norm[x]), len(norm[y])) < MIN_CHARS:
            continue
        ratio = fuzz.ratio(norm[x], norm[y])
        if ratio < WIRE_RATIO:
            continue
        rx, ry = root(x), root(y)
        if rx != ry and not articles[rx] & articles[ry]:
            keep, drop = min(rx, ry), max(rx, ry)
            parent[drop] = keep
            articles[keep] |= articles.pop(drop)
            scores[keep] = min(ratio, scores.get(rx, 100.0), scores.get(ry, 100.0))
    groups: dict[int, list[int]] = {}
    for i in range(len(sents)):
        groups.setdefault(root(i), []).append(i)
    out = []
    for r, members in sorted(groups.items()):
        if len(members) < 2:
            continue
        chosen = [sents[i] for i in members]
        out.append(WireGroup(chosen, _agency(text, chosen), round(scores.get(r, 100.0), 1)))
    return out


def _normal(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(text)).split())


def _agency(text: EventText, sentences: list[Sentence]) -> str | None:
    """The agency the copy comes from: named in it, else named nearby in one of its articles."""
    for s in sentences:
        for name in s.names:
            if _is_agency(name):
                return name
    by_article = text.by_article()
    for s in sentences:
        around = [o for o in by_article.get(s.article, []) if abs(o.index - s.index) <= NEARBY]
        for o in sorted(around, key=lambda o: abs(o.index - s.index)):
            for name in o.names:
                if _is_agency(name):
                    return name
    return None


def _is_agency(name: str) -> bool:
    try:
        from desk.extract.outlets import outlet_kind
    except ImportError:
        return name in {"Reuters", "Associated Press", "Agence France-Presse", "AFP", "AP"}
    return outlet_kind(name) == "agency"
