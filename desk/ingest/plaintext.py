"""Plain-text articles.

Recognised at the top of the text, each optional:
- a header block of `Key: value` lines (Title, Date/Published, Source/Outlet, URL) and a blank line;
- `date YYYY-MM-DD` and an `Outlet/` prefix (`date 2024-12-07 Shafaq News/ Syrian opposition …`);
- a headline: a short first line without closing punctuation, followed by more text;
- a dateline (`HOMS, SYRIA – DECEMBER 6:`, `BEIRUT, Dec 7 (Reuters) -`, `GAZA CITY (AP) —`,
  `MOSCOW, November 21. /TASS/.`).
Otherwise the first sentence is the title. The body keeps everything after the prefixes.
"""

from __future__ import annotations

import re

from desk.extract.sentences import split_sentences
from desk.ingest.dates import iso_date
from desk.ingest.errors import IngestError
from desk.records import ArticleRecord

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+", re.IGNORECASE)
_OUTLET_PREFIX = re.compile(r"^([A-Z0-9][\w&.'’ -]{0,60}?[\w.])\s*/\s+(?=\S)")
_HEADER_LINE = re.compile(r"^(title|headline|date|published|source|outlet|url|link|byline|author)\s*:\s*(.*)$", re.I)
_AGENCY = r"\((?:Reuters|AP|AFP|dpa|ANSA|EFE|Xinhua|Bloomberg|UPI|IANS|PTI|Anadolu|TASS|Kyodo|Yonhap|CNN|AA)\)"
_SLASH_AGENCY = r"\.?\s*/(?:ITAR-)?(?:TASS|RIA|Interfax|IRNA|SANA|WAFA|KUNA|SPA|MENA|QNA|BSS|ANI)/"  # `MOSCOW, May 5. /TASS/.`
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<dl>[A-Z][A-Z'’.\-]+(?:[ -][A-Z][A-Z'’.\-]+)*(?:,\s*[A-Z][A-Za-z'’.\-]+(?:[ -][A-Z][A-Za-z'’.\-]+)*)?"
    rf"(?:\s*[,–—-]\s*(?:{_MONTH}|[A-Z]{{3,9}})\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?"
    rf"(?:\s*{_AGENCY}|{_SLASH_AGENCY})?)"
    r"(?:\s*(?::|–|—|-{1,2})|(?<=/)\.?)\s+(?=\S)"
)
# `Damascus, SANA-`, `Tehran, IRNA –`: a place in ordinary case and a news agency's acronym.
_AGENCY_DATELINE = re.compile(r"^(?P<dl>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*[A-Z]{2,6})\s*[-–—]+\s*(?=\S)")
_MAX_TITLE = 300
# Wire desks' slugs before a headline: `UPDATE 2-`, `REFILE-`, `EXCLUSIVE-`, `CORRECTED-UPDATE 1-`.
_SLUG = re.compile(
    r"^(?:(?:REFILE|CORRECTED|CORRECTION|UPDATE(?:\s*\d+)?|WRAPUP(?:\s*\d+)?|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|"
    r"INSIGHT|FOCUS|EXPLAINER|BREAKINGVIEWS|POLL|URGENT|BREAKING|FLASH)\s*-\s*)+(?=\S)"
)
_BYLINE = re.compile(r"^By\s+[A-Z][^\n.!?]{0,120}\n\s*\n")
_LONE_DATELINE = re.compile(r"^[A-Z][A-Za-z'’.\-]+(?:[ -][A-Z][A-Za-z'’.\-]+){0,3}(?:,\s*[A-Z][A-Za-z'’.\-]+(?:[ -][A-Z][A-Za-z'’.\-]+)*)?$")


def parse_text(text: str, path: str | None = None) -> ArticleRecord:
    """Split a plain-text article into title, outlet, date, dateline and body."""
    if not text.strip():
        raise IngestError("empty file")
    headers, rest = _header_block(text)
    published = iso_date(headers.get("date") or headers.get("published"))
    outlet = headers.get("source") or headers.get("outlet")
    m = _DATE_PREFIX.match(rest)
    if m:
        published = published or iso_date(m.group(1))
        rest = rest[m.end():]
    rest = rest.lstrip()
    m = _OUTLET_PREFIX.match(rest)
    if m and len(m.group(1).split()) <= 6:
        outlet = outlet or m.group(1).strip()
        rest = rest[m.end():]
    body = rest.strip()
    title = headers.get("title") or headers.get("headline")
    dateline = None
    if not title:
        dateline, body = _lone_dateline(body)
    if not title and not dateline:
        title, body = _headline(body)
        if title:
            title = _SLUG.sub("", title) or title
    byline = _BYLINE.match(body)
    lead = byline.end() if byline else 0  # `By Sarah Marsh` before `BERLIN, Nov 6 (Reuters) -`
    m = (_DATELINE.match(body[lead:]) or _AGENCY_DATELINE.match(body[lead:])) if dateline is None else None
    if m and not _is_sentence_start(m.group("dl")):
        dateline = m.group("dl").strip()
        lead += m.end()
    if not title:
        title = _first_sentence(body[lead:])
    if not outlet and dateline:
        outlet = _agency(dateline)
    if not body:
        raise IngestError("no article text")
    return ArticleRecord(
        title=title,
        body=body,
        outlet=outlet,
        published=published,
        dateline=dateline,
        path=path,
        url=headers.get("url") or headers.get("link"),
    )


def _header_block(text: str) -> tuple[dict[str, str], str]:
    lines = text.lstrip("\n").split("\n")
    headers: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if headers and i > 0:
                return headers, "\n".join(lines[i + 1:])
            break
        m = _HEADER_LINE.match(line.strip())
        if not m:
            break
        headers[m.group(1).lower()] = m.group(2).strip()
    return {}, text


def _headline(body: str) -> tuple[str | None, str]:
    """A first line that reads as a headline (short, no closing punctuation) and is followed by text."""
    first, _, after = body.partition("\n")
    first = first.strip()
    if (
        after.strip()
        and 3 <= len(first) <= 200
        and not first.endswith((".", ":", ",", ";", "\"", "”"))
        and not _dateline_opens(first)
    ):
        return first, after.strip()
    return None, body


def _dateline_opens(line: str) -> bool:
    """Whether a line opens with a dateline followed by running text (`GAZA CITY (AP) — Israeli …`);
    a line in capitals throughout is a headline (`ELECTION RESULTS: RULING PARTY LOSES MAJORITY`)."""
    m = _DATELINE.match(line + " ")
    return m is not None and any(c.islower() for c in line[m.end() - 1 :])


_AGENCY_NAMES = {"AP": "Associated Press", "AA": "Anadolu Agency", "Anadolu": "Anadolu Agency", "ITAR-TASS": "TASS"}


def _agency(dateline: str) -> str | None:
    """The wire agency a dateline names (`BEIRUT, Dec 7 (Reuters)` → Reuters), as the outlet."""
    m = re.search(r"\(([\w-]+)\)|/((?:ITAR-)?[A-Z]+)/|,\s*([A-Z]{2,6})$", dateline)
    if m is None:
        return None
    name = m.group(1) or m.group(2) or m.group(3)
    return _AGENCY_NAMES.get(name, name)


def _lone_dateline(body: str) -> tuple[str | None, str]:
    """A first line that is only a place in capitals (`ANKARA`, `KYIV, Ukraine`) is the dateline;
    the body is the text after it."""
    first, _, after = body.partition("\n")
    first = first.strip()
    if not after.strip() or not _LONE_DATELINE.match(first):
        return None, body
    from desk.extract.gazetteer import is_place

    place = first.split(",")[0].strip().title()
    if not is_place(place):
        return None, body
    return first, after.strip()


def _first_sentence(body: str) -> str:
    line = body.strip().split("\n", 1)[0]
    spans = split_sentences(line)
    title = line[spans[0][0] : spans[0][1]] if spans else line
    if len(title) > _MAX_TITLE:
        cut = title.rfind(" ", 0, _MAX_TITLE)
        title = title[: cut if cut > 0 else _MAX_TITLE] + "…"
    return title.strip()


def _is_sentence_start(candidate: str) -> bool:
    """An all-caps acronym opening a sentence (`US officials said -`) is not a dateline."""
    return len(candidate) < 3
