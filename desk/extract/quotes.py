"""Quotes: every double-quoted passage of a body, as speech (`quote`, `partial`) or a quoted name
(`term`), with its speaker, the speaker's role, and the outlet or channel it came `via`.

`extract_quotes(body) -> list[Quote]` is the entry point.

Offsets: `text` is the inner content of the quote without the outer quote marks, trimmed of white
space and of a trailing comma that belongs to the attribution (`“We will fight,” he said` →
`We will fight`), so that `body[start:end] == text` always.  A quote that runs over several
paragraphs keeps the paragraph breaks and the continuation quote marks that open each following
paragraph in its text.

Kinds:

- `quote`: a quoted sentence (or more), standing on its own or introduced by an attribution
  (`X said: “…”`), or continuing over several paragraphs;
- `partial`: a quoted fragment inside a sentence of the reporter's (`said Iraq “cannot be part of
  any war”`);
- `term`: a quoted name, nickname or scare quote (`the "Southern Operations Room"`, `dubbed “the
  cradle of the revolution”`, a "temporary withdrawal") — not speech: speaker None, kind unknown.
"""

from __future__ import annotations

import re

from desk.extract.attribution import (
    Attribution,
    after_attribution,
    before_attribution,
    sentence_attribution,
)
from desk.extract.model import Quote
from desk.extract.quote_spans import QUOTE_MARKS, QuoteSpan, find_quote_spans
from desk.extract.sentences import split_paragraphs
from desk.extract.speakers import UNKNOWN, Discourse, Resolved, leading_subject, parse_np
from desk.extract.via import find_via

__all__ = ["classify", "extract_quotes"]

_TERM_CUE = re.compile(
    r"(?:\b(?:dubbed|dubs|dub|called|calls|so-called|so\s+called|named|names|nicknamed|known\s+as|"
    r"referred\s+to\s+as|refers\s+to\s+as|termed|labell?ed|branded|titled|entitled|described\s+as|"
    r"formed|form|forming|launched|launching|created|established|founded|set\s+up|joined|"
    r"operation|campaign|group|movement|brigade|slogan|hashtag|banner|headline|word|words|phrase|"
    r"term|label|name|nickname|code[-\s]?named|alias|aka|a\.k\.a\.)"
    r"(?:\s+(?:it|them|him|her|this|itself|themselves|the|a|an|as))?\s*[,:]?\s*)$",
    re.I,
)
_VERBISH = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "can", "cannot", "can't", "could", "should", "must", "may", "might", "shall", "has", "have", "had", "do", "does", "did", "don't", "won't", "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't", "haven't", "hasn't", "we", "i", "you", "they", "he", "she", "it", "our", "my", "your", "their", "there", "let"]
)
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|will|would|can|could|should|must|may|might|shall|to|had|has|have|"
    r"not|never|remain|remains|remained|seem|seems|seemed|become|becomes|became|felt|feel|feels|"
    r"it's|it’s|’s|'s|they're|they’re|we're|we’re|that)\s*$",
    re.I,
)
_ANSWER = re.compile(r"(?:A|Answer|R)\s*[:.\-–—]", re.I)
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|told\s+\w+|added|argued|warned|wrote|stated|insisted|claimed|complained)\b[^.;:!?\"“”]{0,60}"
    r"\bthat\s+[^.;:!?\"“”]{1,60}$"
)
_NOUN_PHRASE_END = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those|so-called|of|as|in|on|at|for|with|by|from|and|or)\s*$",
    re.I,
)
_PREDICATE_WORD = re.compile(r"(?:[a-z]+(?:ly|ing)|never|not|no\s+longer|always|still|already|fully|totally)\b")
_SMALL = frozenset(["of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "al", "la", "le", "du", "von", "van"])
_ATTRIB_END = re.compile(r"(?:[:,]|\b(?:said|says|told|added|wrote|declared|announced|stated|asked|replied))\s*$")
_WORD = re.compile(r"[\w’'\-]+")
_OPENER = "\"“„‟«＂"
_OPENER_RE = re.compile(f"[{_OPENER}]")
_SAID_END = re.compile(r"(?:[:,]|\bsaid|\bsays|\bthat)\s*$")
# `X called the plans “a blank cheque”`, `X described it as “…”`: the subject's own words for
# something (a partial quote), unless the quoted words are a name (`called the city “the …”`).
_CALLED = re.compile(
    r"\b(?P<v>called|calls|branded|brands|labell?ed|labels|described|describes)\s+"
    r"(?:it|them|him|her|this|that|these|those|"
    r"(?:the|his|her|their|its|our|this|these|those|that)(?:\s+[\w’'\-]+){1,4})"
    r"(?:\s+as)?\s*$"
)
_PRONOUN_SUBJECT = re.compile(r"^\s*(He|She|They|It)\b")
_VENUE = re.compile(r"\b(?:in|at|during|on)\s+(?:a|an|the|his|her|their|its)\b")
_STATEMENT = re.compile(r"\b(?:in|issued)\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:statement|communiqu[eé])")


def extract_quotes(body: str) -> list[Quote]:
    """Every double-quoted passage in `body`, in order, with kind, speaker, role and via."""
    if not body or not any(c in body for c in QUOTE_MARKS):
        return []
    paras = split_paragraphs(body)
    spans = find_quote_spans(body, paras)
    if not spans:
        return []
    dis = Discourse(body, paras, [(s.start, s.end) for s in spans])
    out: list[Quote] = []
    prev: list[tuple[QuoteSpan, Quote]] = []
    for qs in spans:
        q = _one(body, qs, dis, prev)
        out.append(q)
        prev.append((qs, q))
    return out


def _one(body: str, qs: QuoteSpan, dis: Discourse, prev: list[tuple[QuoteSpan, Quote]]) -> Quote:
    text = body[qs.start : qs.end]
    s_open = dis.sentence_at(qs.open)
    s_close = dis.sentence_at(qs.close) if qs.close is not None else dis.sentence_at(max(qs.start, qs.end - 1))
    # Text of the sentence before the quote, after any earlier quote in the same sentence.
    b_lo = s_open[0]
    if prev:
        pq = prev[-1][0]
        if pq.close is not None and b_lo <= pq.close < qs.open:
            b_lo = pq.close + 1
    before = body[b_lo : qs.open] if b_lo <= qs.open else ""
    after = ""
    if qs.close is not None:
        a_hi = max(s_close[1], qs.close + 1)
        nxt = _OPENER_RE.search(body, qs.close + 1, a_hi)
        if nxt:
            a_hi = nxt.start()
        after = body[qs.close + 1 : a_hi]
    inner_end_punct = _inner_end(body, qs)

    a_after = after_attribution(after, qs.close + 1, inner_end_punct) if qs.close is not None and after.strip() else None
    kind = classify(text, before, after, qs.paragraphs > 1, inner_end_punct, a_after is not None)
    # the previous fragment's speaker, when this one continues its sentence (read once, where needed)
    same = _same_sentence(body, s_open, qs, prev) if kind == "term" else None
    if kind == "term" and same is not None and text[:1].islower() and not _title_case(text) \
            and not _TERM_CUE.search(before.rstrip()) and not _NOUN_PHRASE_END.search(before):
        kind = "partial"  # `said Moscow remained “open to talks” but that any deal must reflect “new realities”`
    if kind == "term":
        if _title_case(text):
            dis.add_term(qs.start, text)
        return Quote(text, "term", None, "unknown", None, None, qs.start, qs.end)

    stripped = before.strip()
    embedded = bool(stripped) and not _ATTRIB_END.search(stripped)
    attr, m = None, None
    for source in ("before", "after") if embedded else ("after", "before"):
        if source == "after":
            cand = a_after
        else:
            cand = before_attribution(body[b_lo : qs.open + 1], qs.open - b_lo, b_lo) if stripped else None
        if cand is not None:
            pm = parse_np(cand.np)
            if pm is not None:
                attr, m = cand, pm
                break
    if attr is None and qs.close is not None and not after.strip():
        attr = _next_sentence_attribution(body, dis, s_close, qs)
    if attr is None and not stripped:
        attr = _colon_attribution(body, dis, qs)
    answer = attr is None and _ANSWER.fullmatch(stripped) is not None
    if answer:
        # `A: “Years, not months.”` in an interview: the one person the text introduced before the questions
        resolved_answer = dis.interviewee(qs.open)
        if resolved_answer.name:
            dis.remember(qs.start, resolved_answer)
            return Quote(text, kind if kind != "term" else "quote", resolved_answer.name, resolved_answer.kind,
                         resolved_answer.role, None, qs.start, qs.end)
    if attr is None and stripped.endswith(":") and not answer:
        # `Her rival Juan Perez disagreed: “…”` — the subject of the sentence the colon ends
        sent = body[b_lo : qs.open]
        ls = leading_subject(sent)
        if ls is not None:
            attr = Attribution(ls[1], b_lo + ls[0], sent, "colon")
    if attr is None and kind == "partial" and _called(before.rstrip(), text):
        attr = _called_attribution(body[b_lo : qs.open], b_lo)
    if attr is not None and m is None:
        m = parse_np(attr.np)
        if m is None:
            attr = None

    resolved: Resolved = UNKNOWN
    via = None
    if attr is not None:
        resolved = dis.resolve(m, attr.np_start)
        if attr.where == "called" and resolved.kind == "unknown":
            resolved = UNKNOWN  # `Critics called the plan “reckless”`: no speaker rather than `Critics`
        via = find_via(attr.clause)
        if via is None and attr.where == "before":
            via = find_via(before)  # `In a post on X, Sam Ortiz wrote: “…”`
        if via is None and resolved.name and resolved.kind in ("person", "anonymous") and not _VENUE.search(attr.clause):
            via = _via_before(body, dis, s_open, resolved.name)
        if resolved.kind == "unknown" and resolved.name and _STATEMENT.search(attr.clause):
            resolved = Resolved(resolved.name, "organisation", resolved.role)  # `Hezbollah said in a statement`
        if resolved.name:
            dis.remember(qs.start, resolved, plural=bool(m and m.plural))
    elif kind == "quote" and not stripped:
        inherited = _inherit(body, dis, qs, prev)
        if inherited is not None:
            resolved, via = inherited
    elif kind == "partial":
        inherited = same if same is not None else _same_sentence(body, s_open, qs, prev)
        if inherited is not None:
            resolved, via = inherited
    return Quote(text, kind, resolved.name, resolved.kind if resolved.name else "unknown", resolved.role if resolved.name else None, via, qs.start, qs.end)


def classify(
    text: str,
    before: str,
    after: str,
    continued: bool = False,
    end_punct: bool = False,
    attributed_after: bool | None = None,
) -> str:
    """`quote`, `partial` or `term` for a quoted `text` between `before` and `after` (its sentence).

    `end_punct` says the quoted text ended like a sentence (`.`, `?`, `!`, `…` or a comma before the
    closing mark); `attributed_after` whether an attribution follows (found when None)."""
    if attributed_after is None:
        attributed_after = _attrib_follows(after)
    words = _WORD.findall(text)
    n = len(words)
    if continued:
        return "quote"
    b = before.rstrip()
    first = text.lstrip("[(…. \"'‘")[:1]
    starts_upper = first.isupper() or first.isdigit() or text[:1] in "[…"
    lows = [w.lower() for w in words]
    verbish = any(w in _VERBISH or w.endswith(("n't", "’ll", "'ll", "’re", "'re", "’ve", "'ve")) for w in lows)
    if _called(b, text):
        return "partial"
    if _TERM_CUE.search(b) and n <= 8 and not verbish:
        return "term"
    standalone = not b or b.endswith(":") or _ATTRIB_END.search(b) is not None or b[-1:] in "—–-(" or _only_punct(b)
    if standalone:
        if n == 0:
            return "term"
        if not b and n >= 2 and after.lstrip()[:1] == ",":
            return "quote"  # `„Wir schaffen das“, sagte sie` — a comma after the closing mark
        if end_punct or n >= 4 or verbish or attributed_after:
            if not b and n <= 6 and _title_case(text) and not end_punct and not attributed_after:
                return "term"
            return "quote"
        return "term"
    # embedded in a sentence of the reporter's
    if starts_upper and end_punct and n >= 4 and (verbish or n >= 6) and not _title_case(text):
        return "quote" if _SAID_END.search(b) else "partial"
    if n <= 3 and not verbish:
        # a short fragment is a term (`a "temporary withdrawal"`, `about "hundreds" of`) unless it is
        # a predicate the reporter quotes (`said it was "deeply concerned"`, `would "stand by"`)
        if _PREDICATE_BEFORE.search(b) or _PREDICATE_WORD.match(text):
            return "partial"
        if first.islower() and _REPORTED_THAT.search(b) and not _NOUN_PHRASE_END.search(b):
            return "partial"  # `said in a statement that the bill “abandons” disaster victims`
        return "term"
    if _title_case(text) and n <= 8 and not end_punct:
        return "term"
    return "partial"


def _called(before: str, text: str) -> bool:
    """Whether `text` is what the subject called something (`called the plans “a blank cheque”`)."""
    first = text.lstrip("[(…. \"'‘")[:1]
    return (
        first.islower()
        and not text.lower().startswith("the ")
        and not _title_case(text)
        and _CALLED.search(before) is not None
    )


def _called_attribution(sent: str, offset: int) -> Attribution | None:
    """The subject of `X called the plans “…”`, when it stands right before the verb."""
    cm = _CALLED.search(sent)
    if cm is None:
        return None
    ls = leading_subject(sent)
    if ls is None:
        pm = _PRONOUN_SUBJECT.match(sent)
        ls = (pm.start(1), pm.group(1).lower()) if pm else None
    if ls is None:
        return None
    between = sent[ls[0] + len(ls[1]) : cm.start()]
    if "," in between or len(between.split()) > 3:
        return None  # `Merz said the plans, which Droege called “…”`: not the sentence subject
    return Attribution(ls[1], offset + ls[0], sent, "called")


def _only_punct(s: str) -> bool:
    return not any(c.isalnum() for c in s)


def _title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _attrib_follows(after: str) -> bool:
    return after_attribution(after, 0) is not None if after and after.strip() else False


def _inner_end(body: str, qs: QuoteSpan) -> bool:
    """Whether the quoted text ends like a sentence (`.`, `?`, `!`, `…` or a comma before the mark)."""
    i = (qs.close if qs.close is not None else qs.end) - 1
    while i >= qs.start and body[i].isspace():
        i -= 1
    return i >= qs.start and body[i] in ".?!…,;"


def _next_sentence_attribution(body: str, dis: Discourse, s_close: tuple[int, int], qs: QuoteSpan) -> Attribution | None:
    """`“…” He said.` — an attribution as the whole next sentence of the paragraph."""
    k = dis.para_index(qs.close or qs.end)
    sents = dis.sentences(k)
    for i, sp in enumerate(sents):
        if sp == s_close and i + 1 < len(sents):
            a, b = sents[i + 1]
            return sentence_attribution(body[a:b], a)
    return None


def _colon_attribution(body: str, dis: Discourse, qs: QuoteSpan) -> Attribution | None:
    """A quote paragraph introduced by an attribution ending the previous paragraph with a colon."""
    k = dis.para_index(qs.open)
    if dis.paras[k][0] != qs.open or k == 0:
        return None
    pb = dis.paras[k - 1][1]
    if body[pb - 1] != ":":
        return None
    sa, sb = dis.sentences(k - 1)[-1]
    sent = body[sa:sb]
    return before_attribution(sent, len(sent), sa)


def _via_before(body: str, dis: Discourse, s_open: tuple[int, int], name: str) -> str | None:
    """The outlet of the sentence before the quote's, in its paragraph, when its subject is the
    speaker: `X told The Associated Press that … “…,” X said.`"""
    k = dis.para_index(s_open[0])
    sents = dis.sentences(k)
    i = sents.index(s_open) if s_open in sents else -1
    if i <= 0:
        return None
    span = sents[i - 1]
    subj = dis.subject(span)
    if subj is None or subj[1].name != name:
        return None
    text = body[span[0] : span[1]]
    q = _OPENER_RE.search(text)
    return find_via(text[: q.start()] if q else text)


def _same_sentence(
    body: str, sentence: tuple[int, int], qs: QuoteSpan, prev: list[tuple[QuoteSpan, Quote]]
) -> tuple[Resolved, str | None] | None:
    """A second fragment of the same sentence, with no one else named between the two, belongs to
    the first one's speaker: `X said Y had “long failed …” and had made proposals that were “unambitious”`."""
    if not prev:
        return None
    pq, pquote = prev[-1]
    if pquote.kind == "term" or not pquote.speaker or pq.close is None or pq.open < sentence[0]:
        return None
    between = body[pq.close + 1 : qs.open]
    if any(c.isupper() for c in between) or _OTHER_VOICE.search(between):
        return None
    return Resolved(pquote.speaker, pquote.speaker_kind, pquote.role), pquote.via


_OTHER_VOICE = re.compile(
    r"(?<![\w\-])(?:said|says|told|tells|added|wrote|argued|argues|replied|countered|insisted|called|"
    r"described|he|she|they|his|her|their|while|whereas|however|critics|opponents|others)(?![\w\-])|[;:.!?]",
    re.I,
)


def _inherit(body: str, dis: Discourse, qs: QuoteSpan, prev: list[tuple[QuoteSpan, Quote]]) -> tuple[Resolved, str | None] | None:
    """A quote with no attribution of its own continues the previous speaker's words when it follows
    an attributed quote in the same paragraph (`"A," said X. "B."`), or opens the paragraph right
    after a paragraph that ended with an attributed quote."""
    if not prev:
        return None
    pq, pquote = prev[-1]
    if pquote.kind == "term" or not pquote.speaker:
        return None
    k = dis.para_index(qs.open)
    pk = dis.para_index(pq.open if pq.close is None else pq.close)
    same = pk == k
    if not same:
        if pk != k - 1 or dis.paras[k][0] != qs.open:
            return None
        # the previous quote's sentence must end its paragraph
        last = dis.sentences(pk)[-1]
        if not (last[0] <= (pq.close or pq.end) < last[1]):
            return None
    return Resolved(pquote.speaker, pquote.speaker_kind, pquote.role), pquote.via
