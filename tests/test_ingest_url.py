"""`desk ingest URL`: feeds and pages fetched over HTTP from a server on this machine."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.test_ingest_formats import RSS


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/feed.rss":
            body, kind = RSS.encode(), "application/rss+xml"
        elif self.path == "/story.txt":
            body, kind = b"Bridge reopens. The old bridge reopened to traffic on Monday.", "text/plain"
        else:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ingest_feed_url_and_text_url(server: str, tmp_path: Path, desk) -> None:
    db = tmp_path / "x.db"
    proc = desk("--db", str(db), "ingest", f"{server}/feed.rss", f"{server}/story.txt")
    assert proc.returncode == 0, proc.stderr
    from db.store import Store

    with Store.open(db) as store:
        arts = store.all_articles()
        assert {a["title"] for a in arts} == {"Ferry strike ends", "Port reopens", "Bridge reopens."}
        story = next(a for a in arts if a["title"] == "Bridge reopens.")
        assert story["path"] == f"{server}/story.txt"
    again = desk("--db", str(db), "ingest", "-q", f"{server}/feed.rss")
    assert again.returncode == 0


def test_missing_url_is_named_with_the_reason(server: str, tmp_path: Path, desk) -> None:
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", f"{server}/gone.rss")
    assert proc.returncode == 2
    assert "gone.rss" in proc.stderr and "404" in proc.stderr
    assert "Traceback" not in proc.stderr
