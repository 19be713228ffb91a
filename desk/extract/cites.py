"""Cited sources: the outlets, agencies and monitors an article says its information comes from.

`extract_cites(body) -> list[Cite]` finds cue patterns around a source name:

- `reported by CNN`, `cited by the Reuters agency`, `quoted by TASS`, `published by …`;
- `according to the Syrian Observatory for Human Rights`, `According to CNN`;
- `The New York Times reported`, `The New York Times reports`, `Syrian state television said`,
  `Al Arabiya TV channel released footage`, `the Syrian Observatory and local media said`;
- `writes Reuters`, `reports CNN`, `told Reuters`, `told Al Jazeera`, `spoke to Reuters`;
- `Reuters could not independently verify`, `Reports in The Wall Street Journal`,
  `in an interview with The New York Times`, `citing Russia’s Coordination Center`,
  `the local media Daraa24 has published`;
- known outlets only: `The Institute for the Study of War, a Washington think tank, said`, and a
  wire credit in a dateline (`KYIV, Ukraine (AP) —`).

A name counts when it is a known outlet (`desk.extract.outlets`), when it looks like one (`… TV`,
`… News Agency`, `… Observatory`, `… Times`, a state medium), or, for the unambiguous cues
(`reported by`, `writes`, `could not independently verify`, `local media X`), when it is any
capitalised name. `name` is canonical for known outlets (`the NYT`, `New York Times` → `The New
York Times`), else the name as written without a leading `the` or a possessive. `text` is the cue
phrase as written and `start`/`end` its span. Each occurrence is one `Cite`.
"""

from __future__ import annotations

import re

from desk.extract.model import Cite
from desk.extract.outlets import MEDIA_HEADS, canonical_outlet

__all__ = ["extract_cites"]

_CAP_REST = r"[\w&’'-]*(?:\.[A-Z][\w&’'-]*)*"
_CAP = rf"[A-Z0-9]{_CAP_REST}"
_S = r"[ \t\u00a0]+"
_POSS = r"(?:[’']s)?"
_MORE = rf"(?:{_S}(?:(?:of|for|and|de|du|on)(?:{_S}the)?{_S}|(?:the|al|el){_S})?{_CAP}){{0,6}}"
_NAME0 = rf"(?:{_CAP}{_POSS}){_MORE}"
_NAME = rf"(?:[Tt]he{_S})?{_NAME0}"
_STATE_REST = (r"(?:-run|-owned|-controlled)?\s+"
               r"(?:media|television|TV|news\s+agency|radio|broadcaster|outlets?|newspaper)")
_STATE = rf"(?:[A-Z][a-z]+\s+)?state{_STATE_REST}"
_SRC = rf"(?P<name>{_STATE}|{_NAME})"
# Patterns that open with the name start at a word boundary with no optional `the` (the regex
# engine scans much faster so); `extract_cites` takes a `the` before the match back in. This is
# `\b(?P<name>{_STATE}|(?>{_NAME0}))` (atomic: the longest name only, no backtracking) written to
# open with a character class, which lets the regex engine skip to candidate letters: the first
# letter is matched once, `(?<!\w.)` is the word boundary before it, and a look-behind at the
# letter picks the alternatives it can open.
_SRC0 = (rf"(?P<name>[A-Z0-9s](?<!\w.)(?:(?<=[A-Z])[a-z]+\s+state{_STATE_REST}|(?<=s)tate{_STATE_REST}"
         rf"|(?<=[A-Z0-9])(?>{_CAP_REST}{_POSS}{_MORE})))")
_TAIL = (r"(?P<tail>(?:\s+(?:TV|television|channel|TV\s+channel|radio|newspaper|daily|news\s+agency|agency"
         r"|website|war\s+monitor|monitor|monitoring\s+group|broadcaster))*)")
_VERBS = (r"(?:reported|reports|said|says|wrote|writes|revealed|reveals|quoted|cited|published|publishes"
          r"|aired|airs|broadcast|showed|shows|released|releases|learned|obtained|reporting)")
_AUX = r"(?:\s+(?:has|had|have|also|earlier|later|first|previously|exclusively))*"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("by", re.compile(rf"\b(?:reported|cited|quoted|published|broadcast|aired|carried|released|obtained|seen)"
                      rf"\s+by\s+{_SRC}{_TAIL}")),
    ("according", re.compile(rf"\b[Aa]ccording\s+to\s+{_SRC}{_TAIL}")),
    ("inverted", re.compile(rf"\b(?:writes|wrote|reports|reported|said|says|tells|adds|added|notes)\s+{_SRC}{_TAIL}"
                            rf"(?=\s*[.,;:)]|\s*$)")),
    ("told", re.compile(rf"\b(?:told|tells|telling|spoke\s+to|speaking\s+to|talking\s+to|said\s+to|[Ii]n\s+an?\s+"
                        rf"(?:\w+\s+)?interview\s+with|an?\s+(?:\w+\s+)?interview\s+with)\s+{_SRC}{_TAIL}")),
    ("in", re.compile(rf"\b(?:[Rr]eports?|[Aa]rticles?|[Rr]eporting|[Aa]n?\s+report|[Aa]n?\s+article|[Aa]n?\s+"
                      rf"(?:op-ed|editorial|investigation))\s+(?:in|by|from)\s+{_SRC}{_TAIL}")),
    ("citing", re.compile(rf"\b(?:citing|quoting|via)\s+{_SRC}{_TAIL}")),
    ("media", re.compile(rf"\b(?:local|independent|opposition|pro-government|news)?\s*(?:media\s+outlet|media|"
                         rf"outlet|newspaper|news\s+site|broadcaster|channel|TV\s+channel|news\s+agency|daily)\s+"
                         rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})(?P<tail>)\s+(?:has\s+|had\s+)?{_VERBS}\b")),
    ("dateline", re.compile(r"(?m)^[A-Z][A-Za-z .,’'-]{1,60}\((?P<name>[A-Za-z][\w .&-]{0,30})\)(?P<tail>)"
                            r"\s*[—–-]")),
)


# One pass for the cues that open with the name (one name expansion per position instead of
# four); the group that matched says which cue it is.
_NAME_FIRST = re.compile(
    rf"{_SRC0}{_TAIL}(?:"
    rf"(?P<subject>(?:\s+and\s+(?:local|state|other|Syrian|Iraqi|Lebanese|Russian|Turkish|Iranian)\s+media)?"
    rf"{_AUX}\s+{_VERBS}\b)"
    rf"|(?P<verify>\s+(?:(?:could|can|cannot|could\s+not|can\s+not|was\s+unable\s+to|were\s+unable\s+to"
    rf"|(?:has|have|had)\s+been\s+unable\s+to)\s+(?:not\s+)?(?:independently\s+)?(?:verify|confirm)"
    rf"|(?:has|have|had|did)\s+not\s+(?:been\s+)?independently\s+(?:verif|confirm)\w*))"
    rf"|(?P<appositive>,[ \t][^,.;:\n]{{3,80}},[ \t]+{_AUX}{_VERBS}\b)"
    rf"|(?P<possessive>[’']s\s+(?:[A-Z][\w-]+\s+){{1,3}}(?:reported|reports|said|says|wrote|told)\b))")

_OPENS_WITH_NAME = frozenset({"subject", "verify", "appositive", "possessive"})
# Cue kinds where any capitalised name is taken as a source (the cue itself says it is one).
_ANY_NAME = frozenset({"by", "verify", "media"})
_MEDIA_LIKE = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Press|Daily|Agency|TV|Television"
    r"|Radio|Channel|Observatory|Monitor|Network|Broadcasting|Media|Wire|Magazine|Watch)\b")
# `citing X` also takes institutions: `citing Russia’s Coordination Center`, `citing the Health Ministry`.
_INSTITUTION_LIKE = re.compile(
    r"\b(?:Center|Centre|Ministry|Office|Command|Council|Committee|Institute|Organization|Organisation"
    r"|Department|Authority|Directorate|Commission|Service)\b")
_STATE_RE = re.compile(_STATE)
_NOT_SOURCES = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "officials", "sources",
                          "the", "a", "an", "there", "which", "who", "what"})


# Where the cue patterns' matches can start. A pattern is tried only there (`str.find` finds the
# words far faster than the regex engine scans for them), which yields what `finditer` would:
# - the words each match of the pattern opens with;
_OPENERS: dict[str, tuple[str, ...]] = {
    "by": ("reported", "cited", "quoted", "published", "broadcast", "aired", "carried", "released", "obtained",
           "seen"),
    "according": ("According", "according"),
    "inverted": ("writes", "wrote", "reports", "reported", "said", "says", "tells", "adds", "added", "notes"),
    "told": ("told", "tells", "telling", "spoke", "speaking", "talking", "said"),  # and `(in) a(n) … interview`
    "in": ("Report", "report", "Article", "article"),
    "citing": ("citing", "quoting", "via"),
}
# - `in`: `a report`, `an article`, `a(n) op-ed`…: one or two letters and white space before these;
_IN_ANCHORS = ("report", "article", "op-ed", "editorial", "investigation")
# - `media`: these, or white space before them, or white space and a qualifier (`local`, …) before.
_MEDIA_ANCHORS = ("media", "outlet", "newspaper", "news", "broadcaster", "channel", "TV", "daily")
_MEDIA_QUALIFIERS = (5, 11, 10, 14, 4)  # len of local, independent, opposition, pro-government, news
_DATELINE_HINT = re.compile(r"\)\s*[—–-]")  # a dateline's `(AP) —`


def _find_all(body: str, word: str, out: set[int]) -> list[int]:
    """Add every offset of `word` in `body` to `out`; also return them."""
    found = []
    i = body.find(word)
    while i >= 0:
        found.append(i)
        i = body.find(word, i + 1)
    out.update(found)
    return found


def _space_before(body: str, i: int) -> int:
    """The start of the run of white space (as the regex `\\s` has it) that ends at `i`."""
    while i and body[i - 1].isspace():
        i -= 1
    return i


def _candidates(kind: str, body: str) -> set[int] | None:
    """Offsets that include every start of a match of the pattern `kind`; None: scan it all."""
    out: set[int] = set()
    if kind == "media":
        for word in _MEDIA_ANCHORS:
            for q in _find_all(body, word, set()):
                w = _space_before(body, q)
                out.update(range(w, q + 1))
                out.update(w - n for n in _MEDIA_QUALIFIERS if w >= n)
        return out
    if kind == "told" and "interview" in body:
        return None
    for word in _OPENERS[kind]:
        _find_all(body, word, out)
    if kind == "in":
        for word in _IN_ANCHORS:
            for q in _find_all(body, word, set()):
                w = _space_before(body, q)
                if w < q:
                    out.update(p for p in (w - 1, w - 2) if p >= 0)
    return out


def _finditer(kind: str, rx: re.Pattern[str], body: str) -> list[re.Match[str]]:
    """`list(rx.finditer(body))`, trying the pattern only where a match can start."""
    if kind == "dateline":
        return list(rx.finditer(body)) if _DATELINE_HINT.search(body) else []
    starts = _candidates(kind, body)
    if starts is None:
        return list(rx.finditer(body))
    found = []
    pos = 0
    match = rx.match
    for p in sorted(starts):
        if p >= pos:
            m = match(body, p)
            if m is not None:
                found.append(m)
                pos = m.end()
    return found


def _clean(name: str) -> str:
    name = name.strip()
    for suffix in ("’s", "'s", "ʼs"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.startswith(("the ", "The ")):
        name = name[4:]
    return name.strip(" .,;:")


def _resolve(kind: str, name: str, tail: str) -> str | None:
    """The canonical source for a matched name, or None if it is not a source."""
    return _resolve_words(kind, name, tail)[0]


def _resolve_words(kind: str, name: str, tail: str) -> tuple[str | None, int]:
    """`_resolve`, and how many words of `name` the source took when a known outlet is only its
    start (`CNN’s Jake Tapper` → CNN, 1); 0 when it took the whole name."""
    raw = name.strip()
    if not raw or raw.lower() in _NOT_SOURCES:
        return None, 0
    if _STATE_RE.fullmatch(_clean(raw)) or _STATE_RE.fullmatch(raw):
        return _clean(raw), 0
    # try the longest known outlet inside the name (`the Syrian Observatory and …`)
    for candidate in (raw + tail, raw):
        canon = canonical_outlet(candidate.strip())
        if canon:
            return canon, 0
    words = raw.split()
    for n in range(len(words) - 1, 0, -1):
        canon = canonical_outlet(" ".join(words[:n]))
        if canon and (canonical_outlet(" ".join(words[:n]), strict=True) or kind != "subject"):
            return canon, n
    return _resolve_unknown(kind, raw, tail), 0


def _resolve_unknown(kind: str, raw: str, tail: str) -> str | None:
    clean = _clean(raw)
    if not clean or not clean[0].isupper():
        return None
    tail_words = tail.lower().split()
    media_like = bool(_MEDIA_LIKE.search(clean)) or any(w in MEDIA_HEADS for w in tail_words)
    if kind in ("appositive", "dateline"):
        return None  # only known outlets, found above
    if kind == "citing":
        return clean if media_like or (_INSTITUTION_LIKE.search(clean) and len(clean.split()) > 1) else None
    if kind in _ANY_NAME or media_like:
        if kind in ("subject", "possessive") and not media_like:
            return None
        return clean
    return None


def extract_cites(body: str) -> list[Cite]:
    """Sources the article cites, one `Cite` per cue, in text order."""
    if not body:
        return []
    found: list[tuple[int, int, str]] = []
    matches = [(kind, m) for kind, rx in PATTERNS for m in _finditer(kind, rx, body)]
    for m in _NAME_FIRST.finditer(body):
        kind = m.lastgroup or "subject"
        matches.append((kind, m))
    for kind, m in matches:
        name, nwords = _resolve_words(kind, m.group("name"), m.group("tail") or "")
        if name is None:
            continue
        s, e = m.start(), m.end()
        if kind in _OPENS_WITH_NAME:
            if s and body[s - 1] in "’'":
                continue
            if body[max(0, s - 4):s] in ("the ", "The ") and (s < 5 or not body[s - 5].isalnum()):
                s -= 4
        if nwords and kind in ("told", "by", "according", "in", "citing", "inverted"):
            # the cue ends with the outlet: `told CNN’s Jake Tapper` → `told CNN’s`
            words = list(re.finditer(r"\S+", body[m.start("name"):m.end("name")]))
            e = m.start("name") + words[nwords - 1].end()
            while e > s and body[e - 1] in ".,;:":
                e -= 1
        while s < e and body[s].isspace():  # white space a pattern may have taken
            s += 1
        found.append((s, e, name))
    # keep the longest of overlapping cues naming the same source, and every distinct source
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[Cite] = []
    last_end: dict[str, int] = {}
    for s, e, name in found:
        if s < last_end.get(name, -1):
            continue
        last_end[name] = e
        out.append(Cite(name=name, text=body[s:e], start=s, end=e))
    out.sort(key=lambda c: c.start)
    return out
