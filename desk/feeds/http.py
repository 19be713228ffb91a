"""The polite fetcher: conditional GET, a timeout, a size cap, a clear User-Agent, retries with back-off.

Only http and https are ever fetched, including after a redirect. Loopback addresses are fetched
without the environment's proxy. Bodies compressed with gzip or deflate are inflated under the same cap.
"""

from __future__ import annotations

import email.utils
import http.client
import random
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass

from desk import __version__

USER_AGENT = f"desk/{__version__} (+feed reader)"
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_RETRIES = 2
DEFAULT_BACKOFF = 1.0
MAX_WAIT = 30.0  # never sleep longer than this between attempts, whatever Retry-After says
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_SCHEMES = ("http", "https")
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
_CHUNK = 64 * 1024
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?)")  # CSI and OSC sequences
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def one_line(text: object, limit: int = 200) -> str:
    """`text` fit for one status line: no terminal escapes or control characters, bounded length."""
    clean = " ".join(_UNPRINTABLE.sub(" ", _ESCAPES.sub("", str(text))).split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


class FetchError(Exception):
    """A fetch that failed; the message says why in a few words, fit for one status line."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(slots=True)
class FetchResult:
    """What one fetch gave: the body, or (`error` set) why there is none."""

    url: str                      # where the body came from, after redirects
    status: int | None            # 200, 304 when not modified, the HTTP error code, or None (no answer)
    data: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    error: str | None = None      # a few words fit for one status line: "HTTP 500 Internal Server Error"

    @property
    def not_modified(self) -> bool:
        return self.status == 304 and self.error is None


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib alone would follow to ftp)."""

    max_redirections = 5

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        target = headers.get("Location") or headers.get("URI")
        if target:
            scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, target)).scheme.lower()
            if scheme not in _SCHEMES:
                fp.close()
                raise FetchError(f"redirect to a {scheme}: URL refused", code)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


_OPENERS = {
    "proxied": urllib.request.build_opener(_Redirects),
    "direct": urllib.request.build_opener(_Redirects, urllib.request.ProxyHandler({})),
}


def check_url(url: str) -> str:
    """The URL if desk may fetch it (http or https with a host); raises FetchError otherwise."""
    url = url.strip()
    if _UNPRINTABLE.search(url) or " " in url:
        raise FetchError(f"not a valid URL (spaces or control characters): {one_line(url)}")
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise FetchError(f"not a valid URL: {url}") from None
    if parts.scheme.lower() not in _SCHEMES:
        raise FetchError(f"not an http(s) URL: {url}")
    if not host:
        raise FetchError(f"no host in URL: {url}")
    return url


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    accept: str = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    cancel: threading.Event | None = None,
) -> FetchResult:
    """GET `url`, retrying server errors, 429 and network failures `retries` times with back-off.

    Sends If-None-Match / If-Modified-Since when validators are given; a 304 comes back with
    `not_modified` set. Never raises for a bad URL, network or HTTP trouble: `error` says what went wrong.
    """
    try:
        check_url(url)
        attempt = 0
        while True:
            try:
                return _fetch_once(url, etag, last_modified, timeout, max_bytes, accept)
            except _Retryable as exc:
                if attempt >= retries or (cancel is not None and cancel.is_set()):
                    raise FetchError(exc.reason, exc.status) from None
                wait = exc.retry_after if exc.retry_after is not None else backoff * (2**attempt)
                wait = min(MAX_WAIT, wait) * random.uniform(0.8, 1.2)
                if cancel is not None:
                    if cancel.wait(wait):
                        raise FetchError(exc.reason, exc.status) from None
                else:
                    time.sleep(wait)
                attempt += 1
    except FetchError as exc:
        return FetchResult(url=url, status=exc.status, error=one_line(exc.reason))


class _Retryable(Exception):
    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


def _fetch_once(
    url: str, etag: str | None, last_modified: str | None, timeout: float, max_bytes: int, accept: str
) -> FetchResult:
    headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers, method="GET")
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    opener = _OPENERS["direct" if host in _LOOPBACK else "proxied"]
    deadline = time.monotonic() + timeout * 2
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"too large: {int(length)} bytes, the limit is {max_bytes}", response.status)
            raw = _read_capped(response, max_bytes, deadline, timeout)
            body = _decode(raw, response.headers.get("Content-Encoding", ""), max_bytes)
            return FetchResult(
                url=response.geturl(),
                status=response.status,
                data=body,
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                content_type=response.headers.get("Content-Type"),
            )
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return FetchResult(
                url=url, status=304, etag=exc.headers.get("ETag") or etag,
                last_modified=exc.headers.get("Last-Modified") or last_modified,
            )
        reason = f"HTTP {exc.code} {exc.reason}".strip()
        if exc.code in _RETRY_STATUS:
            raise _Retryable(reason, exc.code, _retry_after(exc.headers.get("Retry-After"))) from None
        raise FetchError(reason, exc.code) from None
    except FetchError:
        raise
    except TimeoutError:
        raise _Retryable(f"timed out after {timeout:g} s") from None
    except urllib.error.URLError as exc:
        cause = exc.reason
        if isinstance(cause, FetchError):
            raise cause from None
        if isinstance(cause, TimeoutError):
            raise _Retryable(f"timed out after {timeout:g} s") from None
        if isinstance(cause, socket.gaierror):
            raise FetchError(f"cannot resolve host {host}") from None
        if isinstance(cause, ssl.SSLError):
            raise FetchError(f"TLS error: {getattr(cause, 'reason', None) or cause}") from None
        raise _Retryable(f"cannot connect: {getattr(cause, 'strerror', None) or cause}") from None
    except (http.client.HTTPException, ConnectionError, OSError) as exc:
        raise _Retryable(f"connection failed: {type(exc).__name__} {exc}".strip()) from None


def _read_capped(response: http.client.HTTPResponse, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large: over {max_bytes} bytes", response.status)
        if time.monotonic() > deadline:
            raise _Retryable(f"timed out after {timeout:g} s (body too slow)")
        chunks.append(chunk)


def _decode(raw: bytes, encoding: str, max_bytes: int) -> bytes:
    """Inflate a gzip/deflate body, refusing to grow it past `max_bytes` (no compression bombs)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"unsupported Content-Encoding: {encoding}")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(raw, max_bytes + 1)
    except zlib.error:
        if encoding != "deflate":
            raise FetchError("corrupt gzip body") from None
        try:  # some servers send raw deflate without the zlib header
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = inflater.decompress(raw, max_bytes + 1)
        except zlib.error:
            raise FetchError("corrupt deflate body") from None
    if len(out) > max_bytes:
        raise FetchError(f"too large: over {max_bytes} bytes once decompressed")
    return out


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
