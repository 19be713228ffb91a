"""A real HTTP server on 127.0.0.1, in a thread, serving feeds and pages for the feed tests and benchmark.

    with FeedServer() as server:
        server.add("/news.xml", rss("Wire", items(3)), etag='"v1"')
        server.url("/news.xml")
        server.requests("/news.xml")   # what each request sent (headers), for asserting conditional GETs

`standard(server)` registers the cases the issue names: RSS 2.0, Atom, a feed that answers 304 to
conditional requests, one that answers 500, one that hangs past the timeout, hostile XML (billion
laughs, external entity), a page that is not a feed, and HTML pages for full-text extraction.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    hang: float = 0.0                 # seconds to wait before answering nothing at all
    gzip: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    reason: str | None = None         # the status line's reason phrase, when not the standard one


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class FeedServer:
    """Serves registered routes on 127.0.0.1 at a free port until closed."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="feedserver", daemon=True
        )

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **options: object) -> str:
        """Serve `body` at `path` (options as in Route); returns the full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def requests(self, path: str) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if s.path == path]

    def _record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server._record(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = server.routes.get(self.path)
            if route is None:
                self._send(404, b"not found", "text/plain")
                return
            if route.hang:
                server._stop.wait(route.hang)
                self.close_connection = True
                return
            if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
            ):
                self._send(304, b"", None, route)
                return
            body = route.body
            extra = dict(route.headers)
            if route.gzip:
                body = gzip.compress(body)
                extra["Content-Encoding"] = "gzip"
            self._send(route.status, body, route.content_type, route, extra)

        def _send(
            self, status: int, body: bytes, content_type: str | None, route: Route | None = None,
            extra: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status, route.reason if route and route.reason else None)
            if content_type:
                self.send_header("Content-Type", content_type)
            if route and route.etag:
                self.send_header("ETag", route.etag)
            if route and route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

    return Handler


# -- documents ------------------------------------------------------------------------------

_PLACES = ["Homs", "Aleppo", "Idlib", "Deir ez-Zor", "Raqqa", "Latakia", "Hama", "Daraa", "Tartus", "Qamishli"]
_PEOPLE = ["Ahmed al-Sharaa", "Hadi al-Bahra", "Mazloum Abdi", "Geir Pedersen", "Rami Abdulrahman"]
_GROUPS = ["the Syrian Observatory for Human Rights", "the UN refugee agency", "the interior ministry", "SANA"]


def items(n: int, prefix: str = "item", link_base: str = "https://example.org/news", start: int = 0) -> list[dict]:
    """`n` distinct news items with plausible text (places, people, figures, a quote)."""
    out = []
    for i in range(start, start + n):
        place = _PLACES[i % len(_PLACES)]
        person = _PEOPLE[i % len(_PEOPLE)]
        group = _GROUPS[i % len(_GROUPS)]
        body = (
            f"{place.upper()} – Clashes near {place} left {i % 40 + 3} people dead on Tuesday, {group} said. "
            f"\u201cWe are doing everything we can,\u201d {person} told reporters in {place}, "
            f"adding that {i * 7 % 300 + 20} families had fled since the weekend ({prefix} {i})."
        )
        out.append({
            "title": f"{prefix.title()} {i}: fighting reported near {place}",
            "body": body,
            "link": f"{link_base}/{prefix}-{i}",
            "guid": f"{prefix}-{i}",
            "date": formatdate(1733500000 + i * 3600, usegmt=True),
        })
    return out


def rss(title: str, entries: list[dict], language: str | None = None) -> str:
    lang = f"<language>{language}</language>" if language else ""
    parts = [
        f"<item><title>{escape(e['title'])}</title><link>{escape(e['link'])}</link>"
        f"<guid isPermaLink=\"false\">{escape(e['guid'])}</guid><pubDate>{e['date']}</pubDate>"
        f"<description>{escape(e['body'])}</description></item>"
        for e in entries
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://example.org/</link><description>test</description>{lang}"
        + "".join(parts) + "</channel></rss>\n"
    )


def atom(title: str, entries: list[dict]) -> str:
    parts = [
        f"<entry><title>{escape(e['title'])}</title><link href=\"{escape(e['link'])}\"/>"
        f"<id>urn:test:{escape(e['guid'])}</id><updated>2024-12-07T10:00:00Z</updated>"
        f"<summary>{escape(e['body'])}</summary></entry>"
        for e in entries
    ]
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:test:{escape(title)}</id><updated>2024-12-07T10:00:00Z</updated>"
        + "".join(parts) + "</feed>\n"
    )


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>leak</title>
<item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
"""

ARTICLE_PARAGRAPHS = [
    "HOMS, SYRIA – Residents of the old city returned on Saturday to streets that had been closed for weeks, "
    "carrying mattresses and water cans past shuttered shops and the burnt shell of the covered market.",
    "\u201cWe waited until the shelling stopped, and then we waited some more,\u201d said Umm Khaled, a "
    "teacher who fled in October with her three children. \u201cNow we want to see what is left.\u201d",
    "Local officials said at least 1,200 families had come back since Thursday, though the water network "
    "still reached only a third of the neighbourhood and electricity came for two hours a day.",
    "Aid groups warned that unexploded ordnance remained a danger in the alleys near the Khalid ibn "
    "al-Walid mosque, where two children were injured last week.",
]


def article_page(title: str = "Families return to Homs old city", paragraphs: list[str] | None = None) -> str:
    """A news page with navigation, the article, and a footer: what full-text extraction must see through."""
    body = "".join(f"<p>{escape(p)}</p>" for p in (paragraphs or ARTICLE_PARAGRAPHS))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)} | Example News</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav>"
        f"<main><article><h1>{escape(title)}</h1><p class='byline'>By A. Reporter</p>{body}</article></main>"
        "<aside><h2>Most read</h2><ul><li><a href='/x'>Something else entirely</a></li></ul></aside>"
        "<footer>© Example News. All rights reserved. Cookie settings. Privacy.</footer></body></html>"
    )


def standard(server: FeedServer) -> dict[str, str]:
    """Register the usual cases; returns name → URL."""
    base = server.base
    summaries = ["Residents returned to Homs old city.", "Subscribers can read the whole report on Homs."]
    full_items = [
        {**e, "link": f"{base}/articles/{k}.html", "body": summaries[k]} for k, e in enumerate(items(2, "homs"))
    ]
    server.add("/articles/0.html", article_page(), content_type="text/html; charset=utf-8")
    server.add("/articles/1.html", "<html><body><p>Subscribe to read.</p></body></html>",
               content_type="text/html; charset=utf-8")
    return {
        "rss": server.add("/rss.xml", rss("Wire One", items(3, "wire"))),
        "atom": server.add("/atom.xml", atom("Atom Outlet", items(2, "atom")), content_type="application/atom+xml"),
        "etag": server.add("/etag.xml", rss("Conditional", items(2, "cond")), etag='"v1"',
                           last_modified="Sat, 07 Dec 2024 10:00:00 GMT"),
        "error": server.add("/error.xml", b"oops", status=500, content_type="text/plain"),
        "hang": server.add("/hang.xml", hang=30.0),
        "billion": server.add("/billion.xml", BILLION_LAUGHS),
        "xxe": server.add("/xxe.xml", EXTERNAL_ENTITY),
        "html": server.add("/page.html", article_page(), content_type="text/html; charset=utf-8"),
        "fulltext": server.add("/fulltext.xml", rss("Full Text Outlet", full_items)),
    }
