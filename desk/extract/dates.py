"""Dates said in an article, resolved against its publication date.

`extract_dates(body, published) -> list[DateRef]` finds, in text order:

- absolute dates: `December 6, 2024`, `6 December 2024`, `Friday, December 6`, `2024-12-06`, and
  dates without a year (`November 27`), which take the occurrence nearest before the publication
  date (up to 31 days after it is allowed: `talks on December 20` in an article of December 7);
- relative dates: a weekday (`on Friday`, `Friday night`, `late Friday`, `Saturday morning`) is the
  most recent such day on or before the publication date (`last Friday` the most recent before it,
  `next Friday` the next after it); `yesterday`, `today`, `tonight`, `tomorrow`, `last night`,
  `N days ago`, `a week ago`; periods resolve to their first day (`last week` → that week's
  Monday, `this month` → the 1st, `last year` → 1 January);
- what cannot be pinned to a day is kept with `date` None: a month without a day (`in April of that
  year`), a year (`2018`), a year range (`2017-2019`, `between 2011 and 2021`, `from 2012 to 2018`,
  one `DateRef` for the whole range), `N years ago`, and every date that needs a publication date
  when there is none.

`text` is the phrase as written (with its `on`/`late`/`last` where there is one), `start`/`end`
its span. Resolution uses python-dateutil's `relativedelta`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from desk.extract.model import DateRef
from desk.extract.numbers import _DIGIT_RUN, _lower, _matches, _space_before, is_year_at
from desk.extract.spans import SpanSet

__all__ = ["extract_dates", "resolve_day_month"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR, "saturday": SA,
            "sunday": SU}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}

_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
        r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"

_MONTH_DAY = re.compile(
    rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_MON}\s+{_DAY}(?!\d|:\d)(?:,?\s+{_YEAR}(?!\d))?\b")
_DAY_MONTH = re.compile(
    rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}(?!\d))?\b")
_ISO = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")
_MONTH_ONLY = re.compile(
    rf"\b(?:(?i:in|since|until|till|by|from|during|through|early|late|mid|end of|beginning of|start of)[\s-]+)?"
    rf"{_MON}(?:\s+(?:of\s+)?(?:{_YEAR}|(?P<rel>that|the same|this|last|next|the previous|the following)\s+year))?\b")
_WEEKDAY = re.compile(
    rf"\b(?:(?P<pre>(?i:on|last|next|this|late|early|since|by|until|from|before|after))\s+)?{_WD}(?!s\b)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b")
_RELATIVE = re.compile(
    r"\b(?:(?P<simple>yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening)"
    r"|(?P<period>(?:(?:earlier|later)\s+)?(?:last|this|next|past)\s+(?P<unit>week|month|year))"
    r"|(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
    r"\s+(?P<aunit>day|week|month|year)s?\s+ago)\b",
    re.IGNORECASE)
_YEAR_RANGE = re.compile(
    r"\b(?:(?P<pre>between|from)\s+)?(?P<y1>1[89]\d\d|20\d\d)"
    r"(?:\s*[-–—/]\s*(?P<y2>1[89]\d\d|20\d\d|\d\d)(?!\d)|\s+(?:and|to|until|till|through)\s+(?P<y3>1[89]\d\d|20\d\d))\b")
_YEAR_ONLY = re.compile(r"(?<![\d,.$€£#/-])\b(?P<year>1[89]\d\d|20\d\d)\b(?!\d|[,.]\d|-\d)")

# Where matches can begin (see `desk.extract.numbers._matches`): the capitalised weekday and month names
# (by their first three letters), and the lower-case words that begin a relative date.
_WD3 = frozenset(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
_CAPS_ANCHOR = re.compile("|".join(
    sorted(_WD3) + [m.capitalize() for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                               "nov", "dec")]
    + ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]))
_REL_ANCHOR = re.compile("yesterday|today|tonight|tomorrow|last|this|earlier|later|next|past|ago")
_WEEKDAY_PRE = (2, 4, 5, 6)  # lengths of the words _WEEKDAY takes before a weekday
_MONTH_PRE = (2, 3, 4, 5, 6, 7, 8, 12)  # and _MONTH_ONLY before a month

# How far after the publication date a date without a year may fall before it is taken as last year's.
FUTURE_DAYS = 31


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_day_month(month: int, day: int, published: date | None) -> date | None:
    """A day and month without a year: the occurrence nearest before `published` (or up to
    `FUTURE_DAYS` after it). None without a publication date or for an impossible day."""
    if published is None:
        return None
    for year in (published.year + 1, published.year, published.year - 1, published.year - 2):
        d = _valid(year, month, day)
        if d is not None and d <= published + timedelta(days=FUTURE_DAYS):
            return d
    return None


def extract_dates(body: str, published: date | None = None) -> list[DateRef]:
    """Dates said in `body`, resolved against `published` (see the module docstring)."""
    if not body:
        return []
    if published is not None and not isinstance(published, date):
        published = None
    found: list[tuple[int, int, str | None]] = []
    taken = SpanSet()

    def add(s: int, e: int, d: date | None) -> None:
        if s < e and taken.free(s, e):
            taken.add(s, e)
            found.append((s, e, d.isoformat() if d is not None else None))

    n = len(body)
    caps = [(m.start(), m.group()) for m in _CAPS_ANCHOR.finditer(body)]
    weekdays = [p for p, w in caps if w in _WD3]
    months = [p for p, w in caps if w not in _WD3]
    runs = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(body)]
    heads = [a for a, _ in runs]  # `\b\d` begins a digit run
    years = [a for a, b in runs if b - a == 4]  # a year is a whole run of four digits
    # `the` and whitespace before a month or a day number
    month_day = sorted(weekdays + months + [r - 3 for q in months if (r := _space_before(body, q)) < q])
    day_month = sorted(weekdays + heads + [r - 3 for q in heads if (r := _space_before(body, q)) < q]) \
        if months else []
    for rx, starts in ((_MONTH_DAY, month_day), (_DAY_MONTH, day_month)):
        for m in _matches(rx, starts, body, 0, n):
            month = _month(m.group("mon"))
            day = int(m.group("day"))
            if month is None or not 1 <= day <= 31:
                continue
            if rx is _DAY_MONTH and body[max(0, m.start("day") - 1):m.start("day")] in (",", ".", "$", "€", "£"):
                continue  # `1,5 May` is not a date; `$5 May …` neither
            year = m.group("year")
            d = _valid(int(year), month, day) if year else resolve_day_month(month, day, published)
            add(m.start(), m.end(), d)
    for m in _matches(_ISO, years, body, 0, n):
        add(m.start(), m.end(), _valid(int(m.group("year")), int(m.group("m")), int(m.group("d"))))
    weekday_starts = sorted(weekdays + [r - k for q in weekdays if (r := _space_before(body, q)) < q
                                        for k in _WEEKDAY_PRE])
    for m in _matches(_WEEKDAY, weekday_starts, body, 0, n):
        add(m.start(), m.end(), _weekday(m.group("wd"), (m.group("pre") or "").lower(), published))
    for m in _relative_matches(body):
        add(m.start(), m.end(), _relative(m, published))
    # `between`/`from` and whitespace before the first year
    range_starts = sorted(years + [r - k for q in years if (r := _space_before(body, q)) < q for k in (4, 7)])
    for m in _matches(_YEAR_RANGE, range_starts, body, 0, n):
        y1 = int(m.group("y1"))
        y2s = m.group("y2") or m.group("y3")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y2 <= y1:
            continue
        if m.group("y3") and not m.group("pre") and re.match(r"\s+and\b", body[m.end("y1"):]):
            continue  # `in 2011 and 2021`: two years, not a range
        add(m.start(), m.end(), None)
    month_starts = sorted(months + [r - k for q in months if (r := _space_before(body, q, "-")) < q
                                    for k in _MONTH_PRE])
    for m in _matches(_MONTH_ONLY, month_starts, body, 0, n):
        anchored = m.group("year") or m.group("rel")
        if not anchored and m.start("mon") == m.start():
            continue  # a bare month name is a date only after a preposition or with a year (`May` the verb)
        add(m.start(), m.end(), None)
    for m in _matches(_YEAR_ONLY, years, body, 0, n):
        if is_year_at(body, m.start(), m.end()):
            add(m.start(), m.end(), None)
    found.sort()
    return [DateRef(text=body[s:e], date=d, start=s, end=e) for s, e, d in found]


def _relative_matches(body: str) -> list[re.Match[str]]:
    """`list(_RELATIVE.finditer(body))`, tried only where a match can begin."""
    low = _lower(body)
    if low is None:
        return list(_RELATIVE.finditer(body))
    starts: list[int] = []
    for m in _REL_ANCHOR.finditer(low):
        if m.group() != "ago":
            starts.append(m.start())
            continue
        # `<n> <unit>[s] ago`: the unit is the word before `ago`, <n> (at most 7 characters) the one before it
        r = _space_before(body, m.start())
        if r == m.start():
            continue
        u = r
        while u > 0 and r - u <= 6 and not body[u - 1].isspace():
            u -= 1
        if r - u > 6 or u == r:
            continue
        w = _space_before(body, u)
        if w < u:
            starts.extend(range(max(0, w - 7), w))
    starts.sort()
    return _matches(_RELATIVE, starts, body, 0, len(body))


def _weekday(name: str, pre: str, published: date | None) -> date | None:
    if published is None:
        return None
    wd = WEEKDAYS[name.lower()]
    if pre == "last":
        return published - timedelta(days=1) + relativedelta(weekday=wd(-1))
    if pre == "next":
        return published + timedelta(days=1) + relativedelta(weekday=wd(+1))
    if pre == "this":
        return published + relativedelta(weekday=wd(+1))
    return published + relativedelta(weekday=wd(-1))


def _relative(m: re.Match[str], published: date | None) -> date | None:
    if published is None:
        return None
    simple = m.group("simple")
    if simple:
        s = simple.lower()
        if s in ("yesterday", "last night"):
            return published - timedelta(days=1)
        if s == "tomorrow":
            return published + timedelta(days=1)
        return published
    if m.group("period"):
        words = m.group("period").lower().split()
        which = words[-2]
        unit = m.group("unit").lower()
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "week":
            monday = published - timedelta(days=published.weekday())
            return monday + timedelta(weeks=step)
        if unit == "month":
            first = published.replace(day=1)
            return first + relativedelta(months=step)
        return date(published.year + step, 1, 1) if 1 <= published.year + step <= 9999 else None
    n_text = m.group("n").lower()
    n = int(n_text) if n_text.isdigit() else NUMBER_WORDS.get(n_text)
    unit = m.group("aunit").lower()
    if n is None or unit in ("month", "year"):
        return None  # `several days ago`, `13 years ago`: not a day
    try:
        return published - timedelta(days=n * (7 if unit == "week" else 1))
    except OverflowError:
        return None
