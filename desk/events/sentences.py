"""The sentences of an event's articles, each with its words, numbers and the sources it names."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from desk.events.text import content_stems
from desk.events.values import Quantity, from_stored, parse_quantities

MIN_WORDS = 5
MAX_DF = 40  # a word in more sentences than this suggests no pair


@dataclass(slots=True)
class Sentence:
    article: int
    index: int  # position in its article
    start: int  # offsets in the article body
    end: int
    text: str
    stems: frozenset[str]
    quantities: list[Quantity] = field(default_factory=list)  # offsets relative to `text`
    names: list[str] = field(default_factory=list)  # outlets, agencies, monitors named in it
    plain: frozenset[str] = frozenset()  # stems of words written in lower case (not names)


@dataclass(slots=True)
class EventText:
    """Every sentence of an event, and how rare each word is across the event."""

    sentences: list[Sentence]
    idf: dict[str, float]
    _weights: dict[frozenset[str], float] = field(default_factory=dict)
    _shared: Counter[tuple[int, int]] | None = None

    def weight(self, stems: frozenset[str] | set[str]) -> float:
        if isinstance(stems, frozenset):
            found = self._weights.get(stems)
            if found is None:
                found = self._weights[stems] = sum(self.idf.get(s, 0.0) for s in stems)
            return found
        return sum(self.idf.get(s, 0.0) for s in stems)

    def similarity(self, a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
        """Cosine of the two word sets, each word weighted by its rarity in the event."""
        common = a & b
        if not common:
            return 0.0
        shared = sum(self.idf.get(s, 0.0) for s in common)
        if not shared:
            return 0.0
        return shared / math.sqrt(self.weight(a) * self.weight(b))

    def candidate_pairs(self, min_shared: int = 3) -> list[tuple[int, int]]:
        """Index pairs of sentences from different articles sharing at least `min_shared` words.

        Words found in more than `MAX_DF` sentences are too common to suggest a pair.
        """
        if self._shared is None:
            index: dict[str, list[int]] = {}
            for i, s in enumerate(self.sentences):
                for w in s.stems:
                    index.setdefault(w, []).append(i)
            shared: Counter[tuple[int, int]] = Counter()
            for ids in index.values():
                if len(ids) > MAX_DF:
                    continue
                for n, x in enumerate(ids):
                    ax = self.sentences[x].article
                    for y in ids[n + 1:]:
                        if ax != self.sentences[y].article:
                            shared[(x, y)] += 1
            self._shared = shared
        return sorted(p for p, c in self._shared.items() if c >= min_shared)

    def by_article(self) -> dict[int, list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            out.setdefault(s.article, []).append(s)
        return out


def build(articles: list[dict[str, Any]], claims: list[dict[str, Any]] | None = None,
          cites: list[dict[str, Any]] | None = None) -> EventText:
    """Split each article body into sentences with their words, quantities and named sources."""
    sentences: list[Sentence] = []
    claims_by_article: dict[int, list[dict[str, Any]]] = {}
    for c in claims or []:
        claims_by_article.setdefault(c["article_id"], []).append(c)
    cites_by_article: dict[int, list[dict[str, Any]]] = {}
    for c in cites or []:
        cites_by_article.setdefault(c["article_id"], []).append(c)
    for art in articles:
        body = art.get("body") or ""
        for i, (start, end) in enumerate(_spans(body)):
            text = body[start:end]
            if sum(1 for w in text.split() if any(c.isalpha() for c in w)) < MIN_WORDS or "|" in text:
                continue
            quantities = parse_quantities(text, years=True)
            _add_stored_claims(quantities, text, start, end, claims_by_article.get(art["id"], []))
            names = _names(text, start, end, cites_by_article.get(art["id"], []))
            plain = frozenset(content_stems(" ".join(w for w in text.split() if w[:1].islower())))
            sentences.append(Sentence(art["id"], i, start, end, text, frozenset(content_stems(text)), quantities,
                                      names, plain))
    return EventText(sentences, _idf(sentences))


def _spans(body: str) -> list[tuple[int, int]]:
    from desk.extract.sentences import split_paragraphs, split_sentences

    return [s for p_start, p_end in split_paragraphs(body) for s in split_sentences(body, p_start, p_end)]


def _idf(sentences: list[Sentence]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(s.stems)
    n = len(sentences) or 1
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def _add_stored_claims(quantities: list[Quantity], text: str, start: int, end: int,
                       claims: list[dict[str, Any]]) -> None:
    """Claims the extractor stored in this sentence that the local parser did not find."""
    for c in claims:
        q_start, q_end = c.get("q_start", 0) - start, c.get("q_end", 0) - start
        if c.get("value") is None or q_start < 0 or q_end > end - start:
            continue
        if any(q.start <= q_start < q.end or q_start <= q.start < q_end for q in quantities):
            continue
        quantities.append(from_stored(c.get("quantity") or text[q_start:q_end], float(c["value"]), c.get("unit"),
                                      c.get("hedge"), q_start, q_end))
    quantities.sort(key=lambda q: q.start)


def _names(text: str, start: int, end: int, cites: list[dict[str, Any]]) -> list[str]:
    """Sources named in the sentence: stored cites in its span, and known outlets it mentions."""
    names = [c["name"] for c in cites if start <= c["start"] < end]
    try:
        from desk.extract.outlets import find_outlets

        names.extend(name for _, _, name in find_outlets(text))
    except ImportError:
        pass
    return list(dict.fromkeys(names))
