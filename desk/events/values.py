"""Numbers as news copy states them, and whether two of them can both be true.

`parse_quantities(sentence)` finds quantities with their unit (`percent`, `km`, `usd`, `count`,
`ordinal`, …), hedge (`about`, `more than`, …) and, for counts, the thing counted (`people`).
`compatible(a, b)` reads hedges the way a reader does: `about 100 km` agrees with `100km (60 miles)`;
`more than X` means a figure a little above X, so `more than 500,000` and `more than 305,000`
disagree, as do `80%` and `more than 90 percent`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desk.events.text import STOPWORDS, fold, stem

APPROX = 0.15  # `about 100` is anything from 85 to 115
ABOVE = 1.3  # `more than 100` is 100 to 130: a reporter would have said `more than 130` otherwise
EXACT = 0.005  # two unhedged figures this close are the same figure (rounding)

_HEDGES = [
    ("more than", "more than"), ("over", "more than"), ("upwards of", "more than"), ("in excess of", "more than"),
    ("just over", "more than"), ("well over", "more than"), ("above", "more than"), ("exceeding", "more than"),
    ("at least", "at least"), ("no fewer than", "at least"), ("no less than", "at least"), ("a minimum of", "at least"),
    ("less than", "less than"), ("fewer than", "less than"), ("under", "less than"), ("just under", "less than"),
    ("below", "less than"),
    ("up to", "up to"), ("as many as", "up to"), ("as much as", "up to"), ("at most", "up to"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just short of", "nearly"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"), ("some", "about"),
    ("an estimated", "about"), ("estimated", "about"), ("approx.", "about"), ("circa", "about"), ("~", "about"),
]
_HEDGE_RE = re.compile(
    r"(?:^|[\s(,])(" + "|".join(re.escape(h) for h, _ in sorted(_HEDGES, key=lambda x: -len(x[0]))) + r")\s+$",
    re.IGNORECASE,
)
_HEDGE_CANON = dict(_HEDGES)
# `taken over 80%`: `over` belongs to the verb, not the number.
_PHRASAL_VERBS = (
    "take taken took takes taking hand handed hands turn turned turns won win wins fought fight argued argue "
    "presided preside watched watch tipped rolled spilled pored poring"
)
_PHRASAL = frozenset(_PHRASAL_VERBS.split())

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100, "a thousand": 1000,
    "a million": 1, "a billion": 1, "dozens": 24, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
    "hundreds of thousands": 200000, "millions": 2_000_000, "half": 0.5,
}
_VAGUE = frozenset({"dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions"})
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
_UNITS = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent", "percentage points": "points",
    "km": "km", "kms": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km",
    "miles": "mile", "mile": "mile", "mi": "mile", "meters": "m", "metres": "m", "meter": "m", "metre": "m",
    "kg": "kg", "kilograms": "kg", "tons": "tonne", "tonnes": "tonne", "ton": "tonne", "tonne": "tonne",
    "dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur", "pounds": "gbp",
    "hours": "hour", "hour": "hour", "days": "day", "day": "day", "weeks": "week", "week": "week",
    "months": "month", "month": "month", "years": "year", "year": "year",
}
_CURRENCY = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp"}
_CONVERT = {"mile": ("km", 1.609344)}
_PEOPLE = frozenset({"people", "person", "persons", "individuals", "inhabitants", "residents", "civilians",
                     "population"})

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted((re.escape(w) for w in _SMALL), key=len, reverse=True))
_ORD = r"\d+(?:st|nd|rd|th)|" + "|".join(_ORDINALS)
_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?P<cur>US\$|\$|€|£)?\s?(?P<num>{_NUM}|\b(?:{_WORDNUM})\b)"
    rf"(?:\s*-?\s*(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[mkb])\b)?"
    rf"(?:\s*-?\s*(?P<unit>{_UNIT_RE})(?![\w]))?"
    rf"|\b(?P<ord>{_ORD})\b",
    re.IGNORECASE,
)
_RANGE_TAIL = re.compile(rf"^\s*(?:-|–|to|and)\s*(?P<hi>{_NUM})", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(slots=True)
class Quantity:
    """One number in a sentence, normalised."""

    text: str  # as written: `more than 90 percent`
    value: float
    unit: str  # percent, km, usd, count, ordinal, year, …
    hedge: str | None
    start: int  # offsets in the sentence given to the parser
    end: int
    noun: tuple[str, ...] = field(default_factory=tuple)  # stems of what is counted: ('peopl',)
    high: float | None = None  # upper end of a range (`between 10 and 20`)
    vague: bool = False  # `dozens`, `thousands`
    rounding: float = 0.0  # what the written precision allows (`1.2 million`: 50,000 either way)

    def interval(self) -> tuple[float, float]:
        """The values this statement allows."""
        v, hi = self.value, self.high
        if hi is not None:
            return (min(v, hi), max(v, hi))
        if self.vague:
            return (v / 4, v * 4)
        h = self.hedge
        if h == "about":
            return (v * (1 - APPROX), v * (1 + APPROX))
        if h == "nearly":
            return (v * (1 - APPROX), v)
        if h in ("more than", "at least"):
            low, high = v, v * ABOVE
        elif h in ("less than", "up to"):
            low, high = v / ABOVE, v
        else:
            slack = max(abs(v) * EXACT, 0.5, self.rounding)
            low, high = v - slack, v + slack
        if self.unit == "percent":
            high = min(high, 100.0)
        return (low, high)

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "value": self.value, "unit": self.unit, "hedge": self.hedge}


def kind(q: Quantity) -> str:
    """What must match for two quantities to be about the same thing: the unit, and for counts the noun."""
    if q.unit in ("count", "ordinal"):
        return f"{q.unit}:{q.noun[0] if q.noun else ''}"
    return q.unit


def compatible(a: Quantity, b: Quantity) -> bool:
    """Can both statements be true of the same thing?"""
    if a.unit != b.unit:
        return False
    if a.unit in ("ordinal", YEAR):
        return a.value == b.value
    alo, ahi = a.interval()
    blo, bhi = b.interval()
    return alo <= bhi * (1 + 1e-9) and blo <= ahi * (1 + 1e-9)


YEAR = "calendar year"


def parse_quantities(sentence: str, years: bool = False) -> list[Quantity]:
    """Every quantity in a sentence; bare numbers in names and parenthetical conversions are left out.

    Calendar years (`in 2011`) come back with unit `calendar year` only when `years` is true.
    """
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(sentence):
        q = _quantity(sentence, m)
        if q is None or (q.unit == YEAR and not years):
            continue
        if out and (q.start < out[-1].end or _is_conversion(sentence, out[-1], q)):
            continue
        out.append(q)
    return out


def _quantity(sentence: str, m: re.Match[str]) -> Quantity | None:
    start, end = m.span()
    if m.group("ord"):
        word = m.group("ord").lower()
        value = _ORDINALS.get(word) or float(re.sub(r"\D", "", word))
        return Quantity(m.group(0), float(value), "ordinal", None, start, end, _noun(sentence, end, 3))
    raw = m.group("num")
    start = m.start("cur") if m.group("cur") else m.start("num")
    low = raw.lower()
    vague = low in _VAGUE
    if low in _SMALL:
        value = float(_SMALL[low])
    else:
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
    scale = (m.group("scale") or "").lower()
    if low in ("a million", "a billion"):
        scale = low.split()[1]
    unit_word = (m.group("unit") or "").lower()
    cur = (m.group("cur") or "").lower()
    if scale in ("m", "b", "k") and not cur and not _looks_scaled(sentence, m):
        scale = ""
        end = m.start("scale") if m.group("scale") else end
    rounding = 0.0
    if scale:
        value *= _SCALE[scale]
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        rounding = 0.5 * 10 ** -decimals * _SCALE[scale]
    if start > 0 and sentence[start - 1].isalnum():
        return None
    # A year: four digits, no unit, no scale.
    if not cur and not scale and not unit_word and re.fullmatch(r"(1[89]|20)\d\d", raw):
        return Quantity(raw, value, YEAR, None, start, start + len(raw))
    if re.match(r"\s*-\s*magnitude|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)", sentence[end:], re.IGNORECASE):
        return None
    unit = _CURRENCY.get(cur) or _UNITS.get(unit_word) or ""
    if not unit:
        money = re.match(r"\s+(dollars|euros|pounds)\b", sentence[end:], re.IGNORECASE)
        if money:
            unit = _UNITS[money.group(1).lower()]
            end += money.end()
    factor = value / float(raw.replace(",", "")) if raw[0].isdigit() and float(raw.replace(",", "")) else 1.0
    high, range_end = _range_high(sentence, start, end, factor)
    end = range_end or end
    noun: tuple[str, ...] = ()
    if not unit:
        unit = "count"
        noun = _noun(sentence, end, 2) or _noun_before(sentence, start)
        if not noun:
            return None  # a bare number (a score, an address): nothing to compare
    if unit in _CONVERT:
        unit, factor = _CONVERT[unit]
        value *= factor
        high = high * factor if high is not None else None
    hedge, hstart = _hedge(sentence, start)
    text = sentence[hstart:end].strip()
    return Quantity(text, value, unit, hedge, hstart, end, noun, high, vague, rounding)


def _range_high(sentence: str, start: int, end: int, factor: float) -> tuple[float | None, int | None]:
    """The upper figure of `between 10 and 20` or `10-20` (scaled like the lower one), and where it ends."""
    tail = _RANGE_TAIL.match(sentence[end:])
    if not tail:
        return None, None
    joiner = tail.group(0).strip()[:3].lower()
    if joiner.startswith("and") and not re.search(r"between\s+$", sentence[:start], re.IGNORECASE):
        return None, None
    if re.fullmatch(r"(1[89]|20)\d\d", tail.group("hi")):
        return None, None
    return float(tail.group("hi").replace(",", "")) * factor, end + tail.end()


def _hedge(sentence: str, start: int) -> tuple[str | None, int]:
    before = sentence[:start]
    m = _HEDGE_RE.search(before)
    if not m:
        return None, start
    word = m.group(1).lower()
    if word in ("over", "under", "above", "below"):
        prev = _WORD.findall(before[: m.start(1)])
        if prev and fold(prev[-1]) in _PHRASAL:
            return None, start
    return _HEDGE_CANON[word], m.start(1)


def _noun(sentence: str, end: int, limit: int) -> tuple[str, ...]:
    """Stems of the words right after a number, up to the next punctuation (`500,000 people` → peopl)."""
    tail = sentence[end:end + 60]
    share = re.match(r"\s+of\s+(?:the\s+)?[\d,]+(?=\s)", tail)  # `195 of the 300 lawmakers`
    if share:
        tail = tail[share.end():]
    stop = re.search(r"[.,;:()\"“”!?]", tail)
    tail = tail[: stop.start()] if stop else tail
    out = []
    for w in _WORD.findall(tail):
        f = fold(w).strip("'’-")
        if f == "of":
            continue
        if f in STOPWORDS:
            break
        out.append("peopl" if f in _PEOPLE else stem(f))
        if len(out) == limit:
            break
    return tuple(out)


def _noun_before(sentence: str, start: int) -> tuple[str, ...]:
    """`a population of over 100,000`, `a death toll of 1,200`: the noun before `of`."""
    m = re.search(r"([^\W\d_][\w'’-]*)\s+of\s+(?:[\w ]{0,20}\s)?$", sentence[:start])
    if not m:
        return ()
    f = fold(m.group(1))
    if f in STOPWORDS:
        return ()
    return ("peopl",) if f in _PEOPLE else (stem(f),)


def _looks_scaled(sentence: str, m: re.Match[str]) -> bool:
    """`5m` is five million only when written as money or with a currency; `5 m` alone is ambiguous."""
    return bool(re.search(r"(?:\$|€|£|dollars|euros|budget|cost|worth)", sentence, re.IGNORECASE))


def _is_conversion(sentence: str, previous: Quantity, q: Quantity) -> bool:
    """`100km (60 miles)`: the bracketed figure restates the one before it."""
    between = sentence[previous.end:q.start]
    return bool(re.fullmatch(r"\s*\(\s*(?:about|around|some|roughly)?\s*", between, re.IGNORECASE))


def from_stored(text: str, value: float, unit: str | None, hedge: str | None, start: int, end: int) -> Quantity:
    """A claim the extractor stored, in this module's terms (units, counted nouns, hedges)."""
    raw = (unit or "").strip().lower()
    canon = _UNITS.get(raw) or {"percent": "percent", "km": "km", "ordinal": "ordinal", "usd": "usd", "eur": "eur",
                                "gbp": "gbp"}.get(raw)
    noun: tuple[str, ...] = ()
    if canon is None:
        canon = "count"
        word = raw.split()[-1] if raw else ""
        noun = ("peopl",) if word in _PEOPLE else ((stem(word),) if word else ())
    if canon in _CONVERT:
        canon, factor = _CONVERT[canon]
        value *= factor
    h = _HEDGE_CANON.get((hedge or "").lower(), hedge.lower() if hedge else None)
    return Quantity(text, float(value), canon, h, start, end, noun)
