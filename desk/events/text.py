"""Small text helpers shared by clustering and comparison: folding, content words, crude stems."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*", re.UNICODE)
_APOS = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})

_STOPWORDS = (
    """a about above after again against all also am an and any are around as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours said says say saying told according reported reports report also however
    while since would could may might must shall one two three four five six seven eight nine ten
    last first new news mr mrs ms dr per cent percent us via amid among across toward towards upon
    within without still even yet already just least less many much several including include
    includes included another other others next near nearly almost well back being way like al el ibn bin"""
)
STOPWORDS = frozenset(_STOPWORDS.split())

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
MONTHS = frozenset(_MONTHS.split())
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
WEEKDAYS = frozenset(_WEEKDAYS.split())


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_combining(m: re.Match[str]) -> str:
    c = m.group()
    return "" if unicodedata.combining(c) else c


def fold(text: str) -> str:
    """Lower case, no diacritics, plain apostrophes."""
    text = unicodedata.normalize("NFKD", text.translate(_APOS))
    if not text.isascii():  # only non-ASCII characters can be combining marks
        text = _NON_ASCII.sub(_drop_combining, text)
    return text.casefold()


def words(text: str) -> list[str]:
    """Folded words of `text`, possessives dropped."""
    out = []
    for w in _WORD.findall(fold(text)):
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w.replace("'", ""))
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, deterministic stem: common suffixes off, then at most five letters (`Syrian` = `Syria`)."""
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:5]


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stop words, no bare numbers), in order."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


def content_text(text: str) -> str:
    """Content words joined by spaces, for rapidfuzz."""
    return " ".join(w for w in words(text) if w not in STOPWORDS and len(w) > 1)
