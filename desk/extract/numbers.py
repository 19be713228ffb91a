"""Numbers in news copy: find quantity phrases and normalise them.

`find_quantities(text, start=0, end=None) -> list[Quantity]` finds number phrases and gives each a
value, a unit and a hedge:

- value: `305,000` → 305000; `1 million` = `one million` → 1000000; `1.5bn` → 1.5e9; `100km` →
  100; `two-thirds` → 66.67 and `one in five` → 20 (percent). Vague amounts (`dozens`, `hundreds`, `thousands`, `tens of
  thousands`) have value None and hedge `vague` (unless another hedge is written before them).
- unit, from a small vocabulary: `percent` (`%`, `percent`, `per cent`; also `half`, `a third`),
  `km` (`km`, `kilometers`, `kilometres`, and `miles`, converted: 60 miles → 96.56 km), `m`, `km2`,
  `kg`, `tonnes`, `usd` / `eur` / `gbp` / `jpy` (`$`, `US$`, `dollars`, `€`, `euros`, …),
  `years` / `months` / `weeks` / `days` / `hours` / `minutes`, `age` (`a 10-year-old`), `ordinal`
  (`fourth city`, `fifth
  largest`, `second-largest`; value is the rank), otherwise the counted noun, lower-cased and as
  written (`rebels`, `cities`, `sources`), with `people`/`persons`/`inhabitants`/`individuals`
  folded to `people`; a number with nothing counted after it is `count`.
- hedge: `more than`, `over`, `about`, `around`, `nearly`, `almost`, `at least`, `up to`, `some`,
  `roughly`, `approximately`, `less than`, `fewer than`, `under`, `as many as`, `close to`, `an
  estimated`, `just over`, `just under`, `at most`, `upwards of`, `in excess of`; `between` for
  ranges (value = the lower bound); `vague` for vague amounts; else None.

Not quantities: years (`2011`, `in 2018`, `2017-2019`), day numbers of dates (`December 6`,
`6th of December`), times (`10:30`, `9 am`), phone-number-like digit runs, numbers glued to letters
(`M5`, `Daraa24`, `F-16`, `G7`), labels (`Resolution 2254`, `Article 5`), a conversion in brackets
right after a quantity (`100km (60 miles)`), and `one` as a pronoun (`one of`, `no one`).

`is_year_at(text, start, end)` says whether the digits at `[start, end)` read as a year; the date
extractor shares it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from desk.extract.spans import SpanSet

__all__ = ["Quantity", "find_quantities", "is_year_at", "parse_number_words"]


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    hedge: str | None


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "dozen": 12}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "one-third": 100 / 3, "two-thirds": 200 / 3, "two thirds": 200 / 3, "a quarter": 25.0,
              "one quarter": 25.0, "one-quarter": 25.0, "three-quarters": 75.0, "three quarters": 75.0}
_VAGUE = ("tens of thousands", "hundreds of thousands", "tens of millions", "hundreds of millions", "dozens",
          "scores", "hundreds", "thousands", "millions", "billions", "tens")

HEDGES = ("more than", "over", "about", "around", "nearly", "almost", "at least", "up to", "some", "roughly",
          "approximately", "approx.", "less than", "fewer than", "under", "as many as", "as few as", "close to",
          "an estimated", "estimated", "just over", "just under", "at most", "upwards of", "in excess of",
          "well over", "barely", "only", "just", "a little over", "a little more than", "almost exactly",
          "an additional", "another", "~")
_HEDGE_NORMAL = {"approx.": "approximately", "~": "about", "estimated": "an estimated"}

_NUMWORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_SCALEWORD = "hundred|thousand|million|billion|trillion"
_WORDNUM = (rf"(?:(?:{_NUMWORD})(?:[-\s](?:{_NUMWORD}))?(?:\s+(?:{_SCALEWORD}))*"
            rf"(?:\s+(?:and\s+)?(?:{_NUMWORD})(?:[-\s](?:{_NUMWORD}))?)?|(?:a|an)\s+(?:{_SCALEWORD}|dozen))")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CUR = r"(?P<cur>US\$|\$|€|£|¥|USD\s?|EUR\s?|GBP\s?)"
_HEDGE = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
_UNIT = (r"%|percent(?:age points?)?|per\s+cent|pct|km2|sq\.?\s*km|square\s+(?:kilomet(?:er|re)s?|miles?)"
         r"|km|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|kg|kilograms?|tonnes?|tons?"
         r"|dollars?|euros?|pounds?|yen|m|k|mn|mln|bn|b|tn")
# The regexes start at the number itself (fast to scan for); a hedge before it is read by `_hedge_at`.
_QTY = re.compile(
    rf"{_CUR}?"
    rf"(?P<num>{_DIGITS}|\b(?:{_WORDNUM})\b)"
    rf"(?:(?:\s+|-)(?P<scale>{_SCALEWORD})\b)?"
    rf"(?:\s*(?P<unit>{_UNIT})(?![\w-]))?",
    re.IGNORECASE)
_VAGUE_RE = re.compile(rf"\b(?P<vague>{'|'.join(_VAGUE)})\b(?=[\"”']?\s+of\b)", re.IGNORECASE)
_VAGUE_ALONE = re.compile(r"\b(?P<vague>Dozens|Hundreds|Thousands|Tens of thousands|Hundreds of thousands)\b"
                          r"(?=\s+(?:were|have|had|are|fled|died|gathered|joined|marched|more))")
_FRACTION_RE = re.compile(
    rf"\b(?P<frac>{'|'.join(sorted((re.escape(f) for f in _FRACTIONS), key=len, reverse=True))})"
    r"(?=\s+(?:of\s+)?(?:the|its|their|his|her|all|a)\b)", re.IGNORECASE)
_ORDINAL_RE = re.compile(
    r"\b(?P<ord>" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th))"
    r"(?P<tail>[-\s]+(?:(?:most|largest|biggest|smallest|highest|lowest|deadliest|busiest|longest|worst|best"
    r"|strongest|richest|poorest|oldest|largest-ever|[a-z]+est)\b|(?:strategically\s+important\s+|major\s+|key\s+"
    r"|consecutive\s+|straight\s+|successive\s+)?(?:city|cities|town|country|state|province|day|week|month|year"
    r"|time|round|term|attempt|attack|offensive|wave|anniversary|consecutive|straight|successive)\b))",
    re.IGNORECASE)

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_DATE_BEFORE = re.compile(rf"{_MONTH}\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"(?::\d\d|\s*(?:a\.?m\.?|p\.?m\.?|o'clock|GMT|UTC|hrs|h\b)(?!\w))", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,}")
_LABEL_BEFORE = re.compile(
    r"\b(?:Resolution|Article|Section|Chapter|Room|Flight|Route|Highway|Road|Number|No\.?|Vol\.?|Page|Platform"
    r"|Gate|Block|Unit|Brigade|Division|Regiment|Battalion|Level|Phase|Stage|Round|Grade|Class|Category|Item"
    r"|Paragraph|Clause|Law|Decree|Act|Bill|Channel|Line|Bus|Apartment|Building|Floor|Tower|Version|Episode"
    r"|Season|Part|Camp|District|Ward|Zone|Sector|Kilometer|Kilometre|Km|KM|Exit|Junction|Terminal)\s+$")
_YEAR_NOUN_AFTER = re.compile(
    r"\s+(?:people|persons|troops|soldiers|fighters|rebels|militants|civilians|residents|refugees|families|"
    r"children|men|women|prisoners|detainees|homes|houses|buildings|km|kilomet|miles|meters|metres|dollars|"
    r"euros|pounds|tonnes|tons|percent|per cent|votes|voters|members|workers|employees|jobs|units|vehicles|"
    r"tanks|missiles|rockets|drones|shells|strikes|airstrikes|cases|deaths|dead|injured|wounded|killed|times)\b",
    re.IGNORECASE)
_YEAR_HEDGE_BEFORE = re.compile(rf"(?:{_HEDGE}|[$€£¥]|than|to|of|nearly|by)\s*$", re.IGNORECASE)
_COUNT_STOP = frozenset(["of", "the", "a", "an", "and", "or", "but", "to", "in", "on", "at", "for", "from", "by", "with", "as", "than", "that", "which", "who", "whose", "this", "these", "those", "it", "its", "their", "his", "her", "our", "your", "my", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "do", "does", "did", "not", "no", "per", "each", "every", "more", "most", "less", "least", "other", "another", "such", "same", "own", "about", "over", "under", "after", "before", "since", "during", "while", "when", "where", "if", "so", "then", "also", "just", "only", "even", "still", "already", "again", "too", "very", "much", "many", "few", "several", "some", "any", "all", "both", "either", "neither", "ago", "later", "earlier", "away", "back", "out", "up", "down", "off", "into", "onto", "upon", "across", "through", "around"])
_PEOPLE = {"people": "people", "persons": "people", "person": "people", "inhabitants": "people",
           "individuals": "people", "residents": "residents"}
_TIME_UNITS = {"year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks",
               "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours",
               "minute": "minutes", "minutes": "minutes", "decade": "decades", "decades": "decades"}
_IRREGULAR = frozenset({"people", "men", "women", "children", "police", "personnel", "staff", "militia", "crew",
                        "cattle", "livestock", "sheep", "fish", "aircraft", "equipment", "ammunition"})
_AGE_AFTER = re.compile(r"[-\s]years?[-\s]old\b", re.IGNORECASE)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "hundred": 100, "a hundred": 100, "a thousand": 1000}
_RATIO = re.compile(r"\b(?P<a>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
                    r"(?P<b>\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|a\s+thousand|hundred)\b",
                    re.IGNORECASE)
_HEDGE_BEFORE = re.compile(rf"(?:^|(?<=[^\w]))({_HEDGE})\s*$", re.IGNORECASE)
_RANGE_NEXT = re.compile(r"\s*(?:and|to|or|–|-)\s*(?:\d[\d,.]*|(?:" + _NUMWORD + r"))\b")
_UNIT_NOUNS = {"miles": ("km", 1.609344), "kilometers": ("km", 1.0), "kilometres": ("km", 1.0),
               "meters": ("m", 1.0), "metres": ("m", 1.0), "dollars": ("usd", 1.0), "euros": ("eur", 1.0),
               "tonnes": ("tonnes", 1.0), "tons": ("tonnes", 1.0), "percent": ("percent", 1.0)}
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)

# Scanning. Most of the patterns above begin with `\b` and an alternation (or an optional group), which
# `re` has to try at every position of the text. Instead a few cheap scans (digit runs, a case-sensitive
# scan for capitalised words, a literal scan of the lower-cased text) list every position where a
# match can begin, and the full pattern is tried only there: `_matches` gives exactly what `finditer`
# gives, as long as the positions it is handed include every position where a match starts.
_DIGIT_RUN = re.compile(r"\d+")
# Characters that `re.IGNORECASE` matches to an ASCII letter but that `str.lower` does not turn into
# one (or turns into two characters); with one of them in the text the lower-cased scans are not used.
_FOLD_ODD = ("\u0131", "\u017f", "\u0130")
_NUM_WORDS = {  # lower-case words that anchor a pattern, and the patterns they anchor
    **{w: "qr" for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")},
    **{w: "q" for w in _UNITS if w not in ("one", "two", "three", "four", "five", "six", "seven", "eight",
                                           "nine", "ten")},
    **{w: "o" for w in ORDINALS},
    **{w: "s" for w in ("hundred", "thousand", "million", "billion", "trillion", "dozen")},
    **{w: "v" for w in ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens")},
    "half": "f", "quarter": "f",
}
_NUM_WORDS["third"] = "of"
# A hit of the scan below is its longest word at that position; every shorter word of the scan that
# starts there starts a match too, so a hit stands for the patterns of all its prefixes.
_NUM_ANCHOR_KINDS = {w: "".join(sorted({k for v, ks in _NUM_WORDS.items() if w.startswith(v) for k in ks}))
                     for w in _NUM_WORDS}


def _trie(words: list[str]) -> str:
    """A regex for `words` factored by common prefixes (`t(?:en|w(?:o|elve))`): far fewer branches to try
    at each position than a flat alternation, and it matches the longest word at a position."""
    heads: dict[str, list[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + _trie(rest) for c, rest in sorted(heads.items())]
    if not alts:
        return ""
    rx = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{rx})?" if "" in words else rx


_NUM_ANCHOR = re.compile(_trie(list(_NUM_WORDS)))
_CUR_SIGN = re.compile(r"[$€£¥]")
_PLUS_PAREN = re.compile(r"[+(]")


def _matches(rx: re.Pattern[str], starts: list[int], text: str, pos: int, endpos: int) -> list[re.Match[str]]:
    """`list(rx.finditer(text, pos, endpos))`, trying only the positions `starts` (ascending). Only for
    patterns that cannot match the empty string."""
    out: list[re.Match[str]] = []
    last = pos
    match = rx.match
    for p in starts:
        if p >= last:
            m = match(text, p, endpos)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


def _space_before(text: str, pos: int, chars: str = "") -> int:
    """Start of the run of whitespace (and `chars`) that ends at `pos`."""
    while pos > 0 and (text[pos - 1].isspace() or text[pos - 1] in chars):
        pos -= 1
    return pos


def _lower(text: str) -> str | None:
    """`text.lower()`, position for position, or None when the case-insensitive scans cannot use it."""
    if any(c in text for c in _FOLD_ODD):
        return None
    return text.lower()


def parse_number_words(text: str) -> float | None:
    """`one million` → 1e6, `twenty-five` → 25, `a dozen` → 12, `three hundred thousand` → 3e5."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in ("a", "an"):
            current = current or 1
            seen = True
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
            seen = True
        elif w:
            return None
    return total + current if seen else None


def _to_float(digits: str) -> float | None:
    try:
        return float(digits.replace(",", ""))
    except ValueError:
        return None


def is_year_at(text: str, start: int, end: int) -> bool:
    """Whether the digits `text[start:end]` read as a year (`in 2018`, `the 2011 revolt`), not a count."""
    digits = text[start:end]
    if len(digits) != 4 or not digits.isdigit() or not 1800 <= int(digits) <= 2099:
        return False
    if start > 0 and (text[start - 1] in ",.$€£¥#" or text[start - 1].isalnum()):
        return False
    after = text[end:end + 1]
    if after and (after.isalnum() or after == "%" or (after in ",." and text[end + 1:end + 2].isdigit())):
        return False
    if _YEAR_NOUN_AFTER.match(text, end, end + 30):
        return False
    before = text[max(0, start - 25):start]
    return not _YEAR_HEDGE_BEFORE.search(before) or (bool(re.search(r"\b(?:in|since|of|by|to)\s*$", before)) \
        and not re.search(r"(?:more|less|fewer|other)\s+than\s*$|\bup\s+to\s*$", before))


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Number phrases in `text[start:end]` with value, unit and hedge (see the module docstring)."""
    end = len(text) if end is None else end
    out: list[Quantity] = []
    taken = SpanSet()
    runs = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(text, start, end)]
    digits = [p for a, b in runs for p in range(a, b)]  # a match of _QTY or _PHONE may begin at any digit
    heads = [a for a, _ in runs]  # one of `\b\d` begins a digit run
    phone_matches: list[re.Match[str]] = []
    # every phone-like match has a digit, a separator and two digits
    if any(b + 1 == c and d - c >= 2 and (text[b].isspace() or text[b] in ".-") for (_, b), (c, d) in pairwise(runs)):
        phone_matches = _matches(_PHONE, sorted(digits + [m.start() for m in _PLUS_PAREN.finditer(text, start, end)]),
                                 text, start, end)
    phones = SpanSet([(m.start(), m.end()) for m in phone_matches if sum(c.isdigit() for c in m.group()) >= 8])
    low = _lower(text)
    if low is None:
        vague = list(_VAGUE_RE.finditer(text, start, end))
        vague_alone = list(_VAGUE_ALONE.finditer(text, start, end))
        fractions = list(_FRACTION_RE.finditer(text, start, end))
        ratios = list(_RATIO.finditer(text, start, end))
        ordinals = list(_ORDINAL_RE.finditer(text, start, end))
        qtys = list(_QTY.finditer(text, start, end))
    else:
        at: dict[str, list[int]] = {k: [] for k in "foqrsv"}
        for m in _NUM_ANCHOR.finditer(low, start, end):
            for k in _NUM_ANCHOR_KINDS[m.group()]:
                at[k].append(m.start())
        # `a half`, `one-third`, `three quarters`: the fraction begins up to six characters before its noun
        frac_starts = sorted({q - k for q in at["f"] for k in (0, 2, 4, 6)})
        # `a hundred`, `an million`: `a`/`an` and whitespace before the scale word
        scale_starts = [r - k for q in at["s"] if (r := _space_before(text, q)) < q for k in (1, 2)]
        cur_starts = [m.start() for m in _CUR_SIGN.finditer(text, start, end)]
        for w in ("us$", "usd", "eur", "gbp"):
            i = low.find(w, start, end)
            while i >= 0:
                cur_starts.append(i)
                i = low.find(w, i + 1, end)
        vague = _matches(_VAGUE_RE, at["v"], text, start, end)
        vague_alone = _matches(_VAGUE_ALONE, at["v"], text, start, end)
        fractions = _matches(_FRACTION_RE, frac_starts, text, start, end)
        ratios = _matches(_RATIO, sorted(heads + at["r"]), text, start, end)
        ordinals = _matches(_ORDINAL_RE, sorted(heads + at["o"]), text, start, end)
        qtys = _matches(_QTY, sorted(digits + at["q"] + scale_starts + cur_starts), text, start, end)

    def free(s: int, e: int) -> bool:
        return taken.free(s, e) and phones.free(s, e)

    for m in vague:
        if free(m.start(), m.end()):
            _vague(text, m, out, taken)
    for m in vague_alone:
        if free(m.start(), m.end()):
            _vague(text, m, out, taken)
    for m in fractions:
        if free(m.start(), m.end()) and _word_boundary(text, m.start(), m.end()):
            s, hedge = _hedge_at(text, m.start())
            out.append(Quantity(s, m.end(), text[s:m.end()], round(_FRACTIONS[m.group("frac").lower()], 2),
                                "percent", hedge))
            taken.add(s, m.end())
    for m in ratios:  # one in five, 3 out of 10
        a_txt, b_txt = m.group("a").lower(), " ".join(m.group("b").lower().split())
        a = int(a_txt) if a_txt.isdigit() else _SMALL[a_txt]
        b = int(b_txt) if b_txt.isdigit() else _SMALL[b_txt]
        if b and a < b and free(m.start(), m.end()) and _word_boundary(text, m.start(), m.end()):
            s, hedge = _hedge_at(text, m.start())
            out.append(Quantity(s, m.end(), text[s:m.end()], round(100 * a / b, 2), "percent", hedge))
            taken.add(s, m.end())
    for m in ordinals:
        if not free(m.start(), m.end()):
            continue
        word = m.group("ord").lower()
        value = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        tail = m.group("tail").strip(" -").lower()
        if word == "first" and not tail.endswith("est") and "largest" not in tail:
            continue  # `for the first time`: not a claim
        if _DATE_AFTER.match(text, m.end("ord")) or _DATE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        q_end = m.end() if tail.endswith("est") or tail in ("most",) else m.end("ord")
        if "-" in m.group("tail")[:2]:  # second-largest
            q_end = m.end()
        out.append(Quantity(m.start(), q_end, text[m.start():q_end], float(value), "ordinal", None))
        taken.add(m.start(), q_end)
    for m in qtys:
        q = _quantity(text, m, start, end)
        if q is None or not free(q.start, q.end):
            continue
        out.append(q)
        taken.add(q.start, q.end)
    out.sort(key=lambda q: q.start)
    # `from 10 to 20 km`, `between 40 and 60 percent`: the first number takes the second's unit
    for a, b in pairwise(out):
        if a.hedge == "between" and a.unit == "count" and b.unit != "count" and b.start - a.end < 8:
            a.unit = b.unit
            if a.value is not None and re.search(r"\bmi(?:les?)?\b", b.text):
                a.value = round(a.value * 1.609344, 2)
    return out


def _word_boundary(text: str, s: int, e: int) -> bool:
    return (s == 0 or not text[s - 1].isalnum()) and (e >= len(text) or not text[e].isalnum())


def _hedge(h: str | None) -> str | None:
    if not h:
        return None
    h = " ".join(h.lower().split())
    return _HEDGE_NORMAL.get(h, h)


def _hedge_at(text: str, pos: int) -> tuple[int, str | None]:
    """The hedge written right before `pos` (`more than`, `about`): its start and normal form."""
    window = text[max(0, pos - 28):pos]
    if not window or (not window[-1:].isspace() and not window.endswith("~")):
        return pos, None
    m = _HEDGE_BEFORE.search(window)
    if m is None:
        return pos, None
    start = pos - len(window) + m.start()
    if start > 0 and text[start - 1].isalnum():
        return pos, None
    return start, _hedge(m.group(1))


def _vague(text: str, m: re.Match[str], out: list[Quantity], taken: SpanSet) -> None:
    quoted = text[m.start("vague") - 1:m.start("vague")] in ("\"", "“", "'")
    # knows about "hundreds" of …: the quote marks are the writer's, and `about` is no hedge
    s, hedge = (m.start(), None) if quoted else _hedge_at(text, m.start())
    e = m.end("vague")
    unit = _counted(text, m.end() + (1 if text[m.end():m.end() + 1] in ("\"", "”", "'") else 0),
                    after_of=True) or "count"
    out.append(Quantity(s, e, text[s:e], None, unit, hedge or "vague"))
    taken.add(s, m.end())


def _counted(text: str, pos: int, after_of: bool = False) -> str | None:
    """The noun counted after a number: `500,000 people` → people, `two major cities` → cities."""
    window = text[pos:pos + 60].split("\n", 1)[0]  # a line break ends the phrase
    words = re.findall(r"[\"”']?([A-Za-z][A-Za-z'’-]*)", window)[:5]
    if after_of:
        if not words or words[0].lower() != "of":
            return None
        words = words[1:]
        if words and words[0].lower() in ("the", "their", "its", "his", "her"):
            words = words[1:]
    # stop at punctuation: only words up to the first comma/period count
    cut = re.split(r"[,.;:()!?]", window, maxsplit=1)[0]
    allowed = len(re.findall(r"[A-Za-z][A-Za-z'’-]*", cut)) - (1 if after_of else 0)
    for i, w in enumerate(words[:4]):
        if i >= max(allowed, 0):
            break
        low = w.lower().strip("'’")
        if low in _TIME_UNITS:
            return _TIME_UNITS[low]
        if low in _PEOPLE:
            return _PEOPLE[low]
        if low in _IRREGULAR:
            return low
        if low in _COUNT_STOP:
            return None
        if low.endswith("s") and len(low) > 3 and not low.endswith(("ss", "ous", "us", "is")):
            return low
    return None


def _quantity(text: str, m: re.Match[str], lo: int, hi: int) -> Quantity | None:
    num = m.group("num")
    ns, ne = m.start("num"), m.end("num")
    cur = m.group("cur")
    unit_raw = (m.group("unit") or "").lower()
    scale = (m.group("scale") or "").lower()
    # glued to letters or part of a code: M5, Daraa24, F-16, COVID-19, 5G
    if ns > 0 and (text[ns - 1].isalpha() or (text[ns - 1] in "-/:" and ns > 1 and text[ns - 2].isalnum())):
        return None
    if num[0].isdigit():
        if ne < len(text) and text[ne:ne + 1].isalpha() and not unit_raw and not scale:
            return None
        if ns > 0 and text[ns - 1].isdigit():
            return None
        if ne < len(text) and text[ne:ne + 1] in ":" and text[ne + 1:ne + 2].isdigit():
            return None  # 10:30
        if _TIME_AFTER.match(text, ne) and not unit_raw:
            return None
        if not cur and not unit_raw and not scale and is_year_at(text, ns, ne):
            return None
        # day numbers of dates: December 6, 6 December, 6th of December
        if (not cur and not unit_raw and not scale and len(num) <= 2 and num.isdigit()
                and (_DATE_BEFORE.search(text[max(0, ns - 12):ns]) or _DATE_AFTER.match(text, ne))):
            return None
        if _LABEL_BEFORE.search(text[max(0, ns - 14):ns]):
            return None
        # a year range 2017-2019 or a score 3-1 is not a count
        if text[ne:ne + 1] in "-–" and text[ne + 1:ne + 2].isdigit() and not unit_raw:
            return None
        value = _to_float(num)
    else:
        low = num.lower()
        if low in ("one", "a", "an") and not scale:
            return None
        if low == "one":
            return None
        value = parse_number_words(num)
        if value is None:
            return None
        before = text[max(0, ns - 10):ns].lower()
        after = text[ne:ne + 12].lower()
        if after.startswith((" of the", " of them", " of us", " of those", " another", " or two", " by one")):
            return None
        if re.search(r"\b(?:no|any|each|every|the|this|that|which)\s+$", before) and value == 1:
            return None
    if value is None:
        return None
    if scale:
        value *= _SCALES[scale]
    unit: str | None = None
    if (unit_raw in _SUFFIX_SCALES and (cur or unit_raw != "m") and unit_raw not in ("b",)) or (
            unit_raw == "b" and cur):
        value *= _SUFFIX_SCALES[unit_raw]
        unit_raw = ""
    elif unit_raw in ("k", "b", "mn", "mln", "bn", "tn"):
        return None
    if unit_raw in ("%", "percent", "per cent", "pct") or re.fullmatch(r"per\s+cent", unit_raw):
        unit = "percent"
    elif unit_raw.startswith("percentage point"):
        unit = "percentage points"
    elif unit_raw in ("km", "kilometer", "kilometers", "kilometre", "kilometres"):
        unit = "km"
    elif unit_raw in ("mile", "miles", "mi"):
        value = round(value * 1.609344, 2)
        unit = "km"
    elif unit_raw in ("m", "meter", "meters", "metre", "metres"):
        unit = "m"
    elif unit_raw in ("km2",) or unit_raw.startswith(("sq", "square k")):
        unit = "km2"
    elif unit_raw.startswith("square mile"):
        value = round(value * 2.589988, 2)
        unit = "km2"
    elif unit_raw in ("kg", "kilogram", "kilograms"):
        unit = "kg"
    elif unit_raw in ("tonne", "tonnes", "ton", "tons"):
        unit = "tonnes"
    elif unit_raw in ("dollar", "dollars"):
        unit = "usd"
    elif unit_raw in ("euro", "euros"):
        unit = "eur"
    elif unit_raw in ("pound", "pounds"):
        unit = "gbp"
    elif unit_raw == "yen":
        unit = "jpy"
    if cur:
        unit = {"$": "usd", "us$": "usd", "usd": "usd", "€": "eur", "eur": "eur", "£": "gbp", "gbp": "gbp",
                "¥": "jpy"}.get(cur.strip().lower(), "usd")
    q_end = m.end() if m.group("unit") else (m.end("scale") if scale else ne)
    if unit is None and not unit_raw:
        q_end = m.end("scale") if scale else ne
    q_start, hedge = _hedge_at(text, m.start("cur") if cur else ns)
    # `100km (60 miles)`: the conversion in brackets is the same fact
    if text[max(0, q_start - 1):q_start] == "(" and re.search(r"(?:km|kilomet\w+|miles?|%|percent)\s*\($",
                                                              text[max(0, q_start - 20):q_start]):
        return None
    rng = _RANGE_NEXT.match(text, q_end)
    if unit is None and _AGE_AFTER.match(text, q_end):
        unit = "age"  # a 10-year-old boy
    if unit is None:
        counted = _counted(text, q_end)
        if counted is None and rng:  # `between 40 and 60 people`: the noun comes after the second number
            counted = _counted(text, rng.end())
        if counted is None and re.search(r"population\s+of\s+(?:\w+\s+){0,2}$", text[max(0, q_start - 30):q_start]):
            counted = "people"
        unit = counted or "count"
        if unit in _UNIT_NOUNS:  # `between 5 and 10 miles`: the range's unit, normalised
            unit, factor = _UNIT_NOUNS[unit]
            value = round(value * factor, 2)
    if hedge is None and _BETWEEN_BEFORE.search(text[max(0, q_start - 10):q_start]) and rng:
        hedge = "between"
    return Quantity(q_start, q_end, text[q_start:q_end], value, unit, hedge)
