"""The polite fetcher against a real server on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from desk.feeds.http import USER_AGENT, _retry_after, fetch
from tests.feedserver import FeedServer, items, rss


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as s:
        yield s


def test_get_sends_user_agent_and_keeps_validators(server: FeedServer) -> None:
    url = server.add("/a.xml", rss("A", items(1)), etag='"e1"', last_modified="Sat, 07 Dec 2024 10:00:00 GMT")
    got = fetch(url)
    assert got.error is None and got.status == 200
    assert b"<rss" in got.data
    assert (got.etag, got.last_modified) == ('"e1"', "Sat, 07 Dec 2024 10:00:00 GMT")
    sent = server.requests("/a.xml")[0].headers
    assert sent["user-agent"] == USER_AGENT and USER_AGENT.startswith("desk/")
    assert "if-none-match" not in sent and "if-modified-since" not in sent


def test_conditional_get_answered_304_is_not_modified(server: FeedServer) -> None:
    url = server.add("/a.xml", rss("A", items(1)), etag='"e1"')
    got = fetch(url, etag='"e1"', last_modified="Sat, 07 Dec 2024 10:00:00 GMT")
    assert got.not_modified and got.error is None and got.data == b""
    assert got.etag == '"e1"'
    sent = server.requests("/a.xml")[0].headers
    assert sent["if-none-match"] == '"e1"'
    assert sent["if-modified-since"] == "Sat, 07 Dec 2024 10:00:00 GMT"


def test_server_error_is_retried_then_named(server: FeedServer) -> None:
    url = server.add("/e.xml", b"down", status=503, content_type="text/plain")
    got = fetch(url, retries=2, backoff=0.01)
    assert got.error == "HTTP 503 Service Unavailable" and got.status == 503
    assert len(server.requests("/e.xml")) == 3


def test_client_error_is_not_retried(server: FeedServer) -> None:
    got = fetch(server.url("/missing.xml"), retries=3, backoff=0.01)
    assert got.error == "HTTP 404 Not Found"
    assert len(server.requests("/missing.xml")) == 1


def test_hanging_server_times_out(server: FeedServer) -> None:
    url = server.add("/hang.xml", hang=30.0)
    start = time.monotonic()
    got = fetch(url, timeout=0.3, retries=1, backoff=0.01)
    assert got.error == "timed out after 0.3 s" and got.status is None
    assert time.monotonic() - start < 3
    assert len(server.requests("/hang.xml")) == 2


def test_body_over_the_cap_is_refused(server: FeedServer) -> None:
    url = server.add("/big.xml", b"x" * 5000)
    got = fetch(url, max_bytes=1000)
    assert got.error is not None and got.error.startswith("too large")


def test_gzip_body_is_inflated(server: FeedServer) -> None:
    body = rss("Zipped", items(2)).encode()
    url = server.add("/z.xml", body, gzip=True)
    got = fetch(url)
    assert got.error is None and got.data == body
    assert "gzip" in server.requests("/z.xml")[0].headers["accept-encoding"]


def test_compression_bomb_is_refused(server: FeedServer) -> None:
    url = server.add("/bomb.xml", b"\0" * 2_000_000, gzip=True)  # ~2 KB on the wire
    got = fetch(url, max_bytes=100_000)
    assert got.error == "too large: over 100000 bytes once decompressed"


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml"])
def test_redirect_to_other_scheme_is_refused(server: FeedServer, target: str) -> None:
    url = server.add("/r.xml", status=302, headers={"Location": target})
    got = fetch(url)
    scheme = target.split(":")[0]
    assert got.error == f"redirect to a {scheme}: URL refused"


def test_redirect_within_http_is_followed(server: FeedServer) -> None:
    target = server.add("/new.xml", rss("Moved", items(1)))
    url = server.add("/old.xml", status=301, headers={"Location": target})
    got = fetch(url)
    assert got.error is None and got.url == target and b"Moved" in got.data


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x.xml", "http:///nohost", "feed.xml"])
def test_only_http_urls_are_fetched(url: str) -> None:
    got = fetch(url)
    assert got.error is not None and got.data == b""


def test_retry_after_header() -> None:
    assert _retry_after("7") == 7.0
    assert _retry_after(None) is None
    assert _retry_after("soon") is None
    assert _retry_after("Sat, 07 Dec 2024 10:00:00 GMT") == 0.0  # in the past


def test_connection_refused_is_a_reason_not_a_traceback() -> None:
    with FeedServer() as s:
        url = s.url("/x.xml")
    got = fetch(url, retries=0)
    assert got.error is not None and got.error.startswith("cannot connect")



def test_reason_phrase_with_terminal_escapes_is_cleaned(server: FeedServer) -> None:
    url = server.add("/evil.xml", b"", status=418, reason="\x1b]0;pwned\x07Teapot\x1b[2J now")
    got = fetch(url)
    assert got.error is not None and got.error.startswith("HTTP 418")
    assert got.error == "HTTP 418 Teapot now"


@pytest.mark.parametrize("url", ["http://exa mple.org/f", "http://example.org/\x1b[2Jf", "http://example.org:port/f"])
def test_malformed_urls_are_refused(url: str) -> None:
    got = fetch(url)
    assert got.error is not None and got.error.startswith("not a valid URL") and "\x1b" not in got.error
