"""Facts: what the articles of an event say, aligned across articles.

Two numbers from different articles state the same fact when they measure the same kind of
thing (unit, and for counts what is counted) and the words around them match; the fact then
`agree`s when every pair of figures is compatible and is in `conflict` otherwise. Sentences
without an aligned number are grouped when their words match closely. A number no other article
states is a `unique` fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from desk.events.sentences import EventText, Sentence
from desk.events.text import content_stems, fold
from desk.events.values import YEAR, Quantity, compatible

AGREE_SIMILARITY = 0.22  # words around two compatible figures
CONFLICT_SIMILARITY = 0.3  # words around two incompatible figures (a higher bar: numbers differ)
NAMES_ONLY = 5  # words two sentences must share when none of them is a plain word
SENTENCE_SIMILARITY = 0.3  # two sentences without numbers stating the same thing
CONTEXT_WORDS = 8
SAME_VALUE_SIMILARITY = 0.08  # two figures that are the same number need little more to be one fact
ORDINAL_CONFLICT = 0.45  # `fourth city` vs `fifth city` are usually different cities
TYPE_BONUS = 0.2  # both figures count the same kind of happening (killed, displaced, …)
TYPE_WINDOW = 6

# What a count of people counts, by the stem of the nearest telling word.
_FACT_TYPES = {
    "kill": "killed", "dead": "killed", "death": "killed", "died": "killed", "die": "killed", "slain": "killed",
    "toll": "killed", "fatal": "killed", "massa": "killed", "execu": "killed", "murde": "killed",
    "wound": "injured", "injur": "injured", "hurt": "injured", "casua": "casualties",
    "displ": "displaced", "fled": "displaced", "flee": "displaced", "refug": "displaced", "homel": "displaced",
    "evacu": "displaced", "uproo": "displaced", "escap": "displaced",
    "arres": "detained", "detai": "detained", "impri": "detained", "priso": "detained", "abduc": "detained",
    "kidna": "detained", "hosta": "detained",
    "popul": "population", "inhab": "population", "resid": "population",
    "citiz": "population",
    "vote": "votes", "ballo": "votes", "lawma": "votes",
    "prote": "protest", "rally": "protest", "ralli": "protest", "march": "protest", "demon": "protest",
    "missi": "missing",
}


@dataclass(slots=True)
class Item:
    """One article's statement in a fact: a sentence and (for numeric facts) its figure."""

    sentence: Sentence
    quantity: Quantity | None = None


@dataclass(slots=True)
class Fact:
    items: list[Item] = field(default_factory=list)
    status: str = "unique"
    numeric: bool = True

    def articles(self) -> list[int]:
        return list(dict.fromkeys(i.sentence.article for i in self.items))


def align(text: EventText) -> list[Fact]:
    """Every fact of the event: numeric facts (agreeing, conflicting, unique) and shared sentences."""
    numeric = _numeric_facts(text)
    used = {(i.sentence.article, i.sentence.index) for f in numeric if len(f.items) > 1 for i in f.items}
    shared = _sentence_facts(text, used)
    facts = numeric + shared
    order = {"conflict": 0, "agree": 1, "unique": 2}
    facts.sort(key=lambda f: (order[f.status], -len(f.articles()), f.items[0].sentence.article,
                              f.items[0].sentence.start))
    return facts


# -- numbers ---------------------------------------------------------------------------------------


def same_kind(a: Quantity, b: Quantity) -> bool:
    """Do the two figures measure the same kind of thing?"""
    if a.unit != b.unit:
        return False
    if a.unit == "count":
        return bool(a.noun and b.noun and a.noun[0] == b.noun[0])
    if a.unit == "ordinal":
        return bool(set(a.noun) & set(b.noun))
    return True


def _context(s: Sentence, q: Quantity) -> frozenset[str]:
    before = content_stems(s.text[: q.start])[-CONTEXT_WORDS:]
    after = content_stems(s.text[q.end:])[:CONTEXT_WORDS]
    return frozenset(before + after)


def fact_type(s: Sentence, q: Quantity) -> str | None:
    """What a count is a count of (`killed`, `displaced`, `population`…): the nearest telling word."""
    before = content_stems(s.text[: q.start])[-TYPE_WINDOW:]
    after = content_stems(s.text[q.end:])[:TYPE_WINDOW]
    best: tuple[int, str] | None = None
    for distance, word in [*((len(before) - i, w) for i, w in enumerate(before)), *((i + 1, w) for i, w in enumerate(after))]:
        kind = _FACT_TYPES.get(word) or _FACT_TYPES.get(word[:4])
        if kind and (best is None or distance < best[0]):
            best = (distance, kind)
    return best[1] if best else None


def _trivial(item: Item, kind: str | None) -> bool:
    """A lone figure not worth listing: a calendar year, or a small count of nothing in particular."""
    q = item.quantity
    assert q is not None
    if q.unit == YEAR:
        return True
    return q.unit == "count" and q.value < 10 and not q.vague and kind is None


def _states(s: Sentence, q: Quantity) -> bool:
    """Does the sentence also give this figure (parsed or written as the same digits)?"""
    if any(o.unit == q.unit and compatible(o, q) for o in s.quantities):
        return True
    digits = re.sub(r"[^\d.]", "", q.text)
    return bool(digits) and re.search(rf"(?<![\d.,]){re.escape(digits)}(?![\d])", s.text.replace(",", "")) is not None


def _same_number(a: Quantity, b: Quantity) -> bool:
    """Both figures are (about) the same number, and not a small one that could be anything."""
    if a.unit in ("count", "ordinal") and max(a.value, b.value) < 10:
        return False
    return abs(a.value - b.value) <= 0.03 * max(abs(a.value), abs(b.value))


def _numeric_facts(text: EventText) -> list[Fact]:
    items = [Item(s, q) for s in text.sentences for q in s.quantities]
    contexts = [_context(i.sentence, i.quantity) for i in items]  # type: ignore[arg-type]
    types = [fact_type(i.sentence, i.quantity) if i.quantity.unit == "count" else None for i in items]  # type: ignore[union-attr,arg-type]
    blocks: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        q = item.quantity
        assert q is not None
        blocks.setdefault(q.unit if q.unit != "count" else f"count:{q.noun[0] if q.noun else ''}", []).append(i)
    pairs: list[tuple[float, int, int, bool]] = []
    for x, y in (pair for block in blocks.values() for pair in combinations(block, 2)):
        a, b = items[x], items[y]
        qa, qb = a.quantity, b.quantity
        assert qa is not None and qb is not None
        if a.sentence.article == b.sentence.article or not same_kind(qa, qb):
            continue
        if types[x] and types[y] and types[x] != types[y]:
            continue
        sim = 0.6 * text.similarity(contexts[x], contexts[y]) + 0.4 * text.similarity(a.sentence.stems, b.sentence.stems)
        if types[x] and types[x] == types[y]:
            sim += TYPE_BONUS
        ok = compatible(qa, qb)
        if qa.unit == YEAR and not ok:
            continue  # two years in similar words are usually two moments, not a disagreement
        if ok and qa.unit == YEAR:
            need = AGREE_SIMILARITY
        elif ok:
            need = SAME_VALUE_SIMILARITY if _same_number(qa, qb) else AGREE_SIMILARITY
        else:
            need = ORDINAL_CONFLICT if qa.unit == "ordinal" else CONFLICT_SIMILARITY
        if not ok and (_states(b.sentence, qa) or _states(a.sentence, qb)):
            continue  # each sentence gives both figures (`195 of the 300 lawmakers`): no disagreement
        if sim >= need:
            pairs.append((sim, x, y, ok))
    groups = _greedy_groups(len(items), [(s, x, y) for s, x, y, _ in pairs], lambda i: items[i].sentence.article)
    facts = []
    for members in groups:
        fact = Fact([items[i] for i in members], numeric=True)
        if len(members) == 1 and _trivial(items[members[0]], types[members[0]]):
            continue  # a year, or `two directions`: nothing an editor would check
        if len(members) == 1:
            fact.status = "unique"
        else:
            qs = [items[i].quantity for i in members]
            ok = all(compatible(a, b) for a, b in combinations(qs, 2))  # type: ignore[arg-type]
            fact.status = "agree" if ok else "conflict"
        facts.append(fact)
    return facts


def _greedy_groups(n: int, pairs: list[tuple[float, int, int]], article_of, together=None) -> list[list[int]]:
    """Join the best-matching pairs first; a group never holds two items of one article.

    With `together(i, j)`, two groups join only when every item of one goes with every item of the other.
    """
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, x, y in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        gx, gy = group[x], group[y]
        if gx == gy:
            continue
        if {article_of(i) for i in members[gx]} & {article_of(i) for i in members[gy]}:
            continue
        if together and not all(together(i, j) for i in members[gx] for j in members[gy]):
            continue
        keep, drop = min(gx, gy), max(gx, gy)
        for i in members[drop]:
            group[i] = keep
        members[keep].extend(members.pop(drop))
    return [sorted(m) for _, m in sorted(members.items())]


# -- sentences ---------------------------------------------------------------------------------------


def _sentence_facts(text: EventText, used: set[tuple[int, int]]) -> list[Fact]:
    """Sentences of different articles that say the same thing (and share no aligned figure)."""
    sentences = text.sentences
    pairs = []
    for x, y in text.candidate_pairs(min_shared=2):
        if (sentences[x].article, sentences[x].index) in used or (sentences[y].article, sentences[y].index) in used:
            continue
        a, b = sentences[x], sentences[y]
        common = a.stems & b.stems
        if not (a.plain | b.plain) & common and len(common) < NAMES_ONLY:
            continue  # sharing a few names is mentioning the same people, not saying the same thing
        sim = text.similarity(a.stems, b.stems)
        if sim >= SENTENCE_SIMILARITY:
            pairs.append((sim, x, y))
    def together(i: int, j: int) -> bool:
        return text.similarity(sentences[i].stems, sentences[j].stems) >= SENTENCE_SIMILARITY * 0.6

    groups = _greedy_groups(len(sentences), pairs, lambda i: sentences[i].article, together)
    return [Fact([Item(sentences[i]) for i in g], status="agree", numeric=False) for g in groups if len(g) > 1]


def label(fact: Fact) -> str:
    """A short name for the fact: the words around its figure, or the start of its sentence."""
    first = fact.items[0]
    s = first.sentence.text
    if first.quantity is None:
        return _clip_words(s, 0, 14)
    q = first.quantity
    before = s[: q.start].split()[-6:]
    after = s[q.end:].split()[:6]
    return " ".join([*before, s[q.start:q.end], *after]).strip(" ,;:")


def _clip_words(text: str, start: int, count: int) -> str:
    words = text.split()[start:start + count]
    out = " ".join(words)
    return out + ("…" if len(text.split()) > count else "")


def shared_words(fact: Fact) -> list[str]:
    """Words every statement of the fact uses (folded), in the order of the first one."""
    if len(fact.items) < 2:
        return []
    sets = [i.sentence.stems for i in fact.items]
    common = frozenset.intersection(*sets)
    out = []
    for w in fact.items[0].sentence.text.split():
        stems = content_stems(w)
        if stems and stems[0] in common and fold(w) not in out:
            out.append(fold(w).strip(".,;:\"“”'’()"))
    return out
