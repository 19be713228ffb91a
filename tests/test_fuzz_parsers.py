"""Property tests: every reader either returns records or raises IngestError — never anything else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.ingest.dates import iso_date
from desk.ingest.decode import decode_bytes, normalise, to_text
from desk.ingest.errors import IngestError
from desk.ingest.feed import parse_feed
from desk.ingest.htmltext import html_to_text
from desk.ingest.jsonl import parse_json_lines
from desk.ingest.page import parse_page
from desk.ingest.plaintext import parse_text
from desk.records import ArticleRecord

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = st.sampled_from(
    ["date", "2024-12-07", "Shafaq News/", "HOMS, SYRIA – DECEMBER 6:", "BEIRUT (Reuters) -", "Title:", "Date:",
     "Source:", "URL:", "\n", "\n\n", " ", "“", "”", '"', ".", "said", "Assadʼs", "\r\n", "\x00", "\x1b[31m",
     "\ufeff", "…", "U.S.", "Dr.", "[bold]", "<p>", "&amp;", "دمشق", "🙂", "\u202e", "a" * 300]
)
_NEWSY = st.lists(_WORDS, max_size=40).map("".join)


def _only_ingest_errors(fn, *args):
    try:
        return fn(*args)
    except IngestError as exc:
        assert str(exc)
        return None


def _check_record(rec: ArticleRecord) -> None:
    assert isinstance(rec.title, str) and isinstance(rec.body, str) and rec.body
    assert rec.published is None or (len(rec.published) == 10 and rec.published[4] == "-")


@FAST
@given(st.text() | _NEWSY)
def test_parse_text(text: str) -> None:
    rec = _only_ingest_errors(parse_text, text, "x.txt")
    if rec is not None:
        _check_record(rec)


@FAST
@given(st.binary() | _NEWSY.map(lambda s: s.encode("utf-8", "surrogatepass")) | st.text().map(lambda s: s.encode("utf-16")))
def test_decode(data: bytes) -> None:
    text = _only_ingest_errors(decode_bytes, data)
    if text is not None:
        assert isinstance(text, str)
    clean = _only_ingest_errors(to_text, data)
    if clean is not None:
        assert "\x1b" not in clean and "\x00" not in clean
        assert normalise(clean) == clean  # normalising is idempotent


_XMLISH = st.lists(
    st.sampled_from(['<?xml version="1.0"?>', '<rss version="2.0">', "<channel>", "<title>", "</title>", "<item>",
                     "</item>", "<description>", "</description>", "</channel>", "</rss>", '<feed xmlns="http://www.w3.org/2005/Atom">',
                     "<entry>", "</entry>", "</feed>", "<link>http://x/a</link>", "<pubDate>Sat, 07 Dec 2024 10:00:00 GMT</pubDate>",
                     "<![CDATA[<p>x</p>]]>", "&amp;", "&lt;", "&#27;", "&bogus;", "<!DOCTYPE rss>", '<!ENTITY a "b">',
                     "text", "“quote”", "<guid>g1</guid>", "<content:encoded>", "</content:encoded>", "\x00"]),
    max_size=40,
).map("".join)


@SLOW
@given(_XMLISH.map(str.encode) | st.binary(max_size=300))
def test_parse_feed(data: bytes) -> None:
    records = _only_ingest_errors(parse_feed, data, "feed.xml")
    for rec in records or []:
        _check_record(rec)


_JSONISH = st.lists(
    st.one_of(
        st.fixed_dictionaries({}, optional={
            "title": st.one_of(st.text(max_size=20), st.integers(), st.none()),
            "body": st.one_of(st.text(max_size=60), st.integers(), st.lists(st.text(max_size=5)), st.none()),
            "url": st.one_of(st.text(max_size=20), st.integers()),
            "outlet": st.one_of(st.text(max_size=20), st.integers(), st.dictionaries(st.text(max_size=3), st.text(max_size=3))),
            "published": st.one_of(st.text(max_size=20), st.integers(), st.floats()),
            "id": st.one_of(st.text(max_size=10), st.integers()),
        }),
        st.integers(), st.text(max_size=10), st.none(),
    ),
    max_size=5,
)


@FAST
@given(_JSONISH.map(lambda items: "\n".join(__import__("json").dumps(i) for i in items)) | st.text(max_size=200)
       | _JSONISH.map(lambda items: __import__("json").dumps(items)))
def test_parse_json_lines(text: str) -> None:
    try:
        items = list(parse_json_lines(text, "x.jsonl"))
    except IngestError:
        return
    for item in items:
        assert isinstance(item, ArticleRecord | IngestError)
        if isinstance(item, ArticleRecord):
            _check_record(item)


_HTMLISH = st.lists(
    st.sampled_from(["<!doctype html>", "<html>", "<head>", "<title>T</title>", "</head>", "<body>", "<article>",
                     "<p>", "</p>", "<h1>", "</h1>", "Officials said the city was calm.", "<script>x()</script>",
                     '<meta property="og:site_name" content="Site">', '<meta name="date" content="2024-12-07">',
                     "</article>", "</body>", "</html>", "&nbsp;", "<div", ">", "<", "\x00", "دمشق"]),
    max_size=40,
).map("".join)


@SLOW
@given(_HTMLISH | st.text(max_size=200))
def test_parse_page(html: str) -> None:
    rec = _only_ingest_errors(parse_page, html, "x.html")
    if rec is not None:
        _check_record(rec)


@FAST
@given(_HTMLISH | st.text())
def test_html_to_text(fragment: str) -> None:
    assert isinstance(html_to_text(fragment), str)


@FAST
@given(st.one_of(st.text(max_size=40), st.sampled_from(["2024-12-07", "Sat, 07 Dec 2024 10:00:00 GMT", "7 December",
                 "December 2024", "99999-01-01", "0000-00-00", "2024-02-30", "1e400", "tomorrow"]),
                 st.integers(), st.floats(), st.none(), st.datetimes(), st.dates()))
def test_iso_date(value) -> None:
    try:
        out = iso_date(value)
    except IngestError:
        return
    assert out is None or (isinstance(out, str) and len(out) >= 10)
