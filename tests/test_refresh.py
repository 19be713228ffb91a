"""Refreshing subscriptions from a real server on 127.0.0.1: once-only storage, 304s, failures named."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.feeds.refresh import refresh_all
from desk.feeds.subscriptions import FeedSpec, subscribe
from tests.feedserver import FeedServer, items, rss, standard

FAST = {"timeout": 0.5, "retries": 0, "backoff": 0.01}


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as s:
        yield s


@pytest.fixture
def urls(server: FeedServer) -> dict[str, str]:
    return standard(server)


def _count(store, table: str = "articles") -> int:
    return store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_three_feeds_twice_store_each_item_once_and_send_conditional_headers(store, server, urls) -> None:
    for name in ("rss", "atom", "etag"):
        subscribe(store, FeedSpec(urls[name]))
    first = refresh_all(store, **FAST)
    assert (first.new, first.updated, first.failed, first.feeds) == (7, 0, [], 3)
    assert _count(store) == 7
    assert sorted(first.new_ids) == sorted(r[0] for r in store.conn.execute("SELECT id FROM articles"))

    second = refresh_all(store, **FAST)
    assert (second.new, second.updated, second.failed, second.not_modified) == (0, 0, [], 1)
    assert _count(store) == 7
    conditional = server.requests("/etag.xml")[-1].headers
    assert conditional["if-none-match"] == '"v1"'
    assert conditional["if-modified-since"] == "Sat, 07 Dec 2024 10:00:00 GMT"
    assert "if-none-match" not in server.requests("/etag.xml")[0].headers
    feed = store.feed_get(urls["etag"])
    assert (feed["last_status"], feed["last_http_status"]) == ("not_modified", 304)
    assert {f["url"]: f["items"] for f in store.feed_list()}[urls["etag"]] == 2


def test_failing_feeds_are_named_with_their_reason_and_the_others_land(store, urls) -> None:
    for name in ("rss", "error", "hang", "billion", "xxe", "html", "atom"):
        subscribe(store, FeedSpec(urls[name]))
    report = refresh_all(store, **FAST)
    reasons = dict(report.failed)
    assert set(reasons) == {urls[n] for n in ("error", "hang", "billion", "xxe", "html")}
    assert reasons[urls["error"]] == "HTTP 500 Internal Server Error"
    assert reasons[urls["hang"]] == "timed out after 0.5 s"
    assert reasons[urls["billion"]].startswith("hostile XML refused")
    assert reasons[urls["xxe"]].startswith("hostile XML refused")
    assert reasons[urls["html"]] == "not a feed: the address gives a web page"
    assert report.new == 5 and not report.ok
    assert "root:" not in str(store.conn.execute("SELECT group_concat(body) FROM articles").fetchone()[0])
    failed = store.feed_get(urls["error"])
    assert (failed["last_status"], failed["last_http_status"], failed["last_error"]) == (
        "failed", 500, "HTTP 500 Internal Server Error")


def test_changed_item_is_updated_in_place_and_unchanged_items_are_not_reprocessed(store, server, monkeypatch) -> None:
    entries = items(3, "upd")
    url = server.add("/u.xml", rss("Updates", entries))
    subscribe(store, FeedSpec(url))
    assert refresh_all(store, **FAST).new == 3

    import desk.ingest.pipeline as pipeline

    stored: list[str] = []
    real = pipeline.store_record
    monkeypatch.setattr(pipeline, "store_record", lambda s, r: stored.append(r.guid) or real(s, r))
    again = refresh_all(store, **FAST)
    assert (again.new, again.updated, stored) == (0, 0, [])

    entries[1] = {**entries[1], "body": entries[1]["body"] + " Officials later corrected the toll."}
    server.add("/u.xml", rss("Updates", entries))
    changed = refresh_all(store, **FAST)
    assert (changed.new, changed.updated, stored) == (0, 1, ["upd-1"])
    assert _count(store) == 3
    body = store.conn.execute("SELECT body FROM articles WHERE guid = 'upd-1'").fetchone()[0]
    assert body.endswith("corrected the toll.")


def test_item_already_ingested_from_elsewhere_is_not_duplicated(store, server) -> None:
    from desk.ingest.pipeline import store_record
    from desk.records import ArticleRecord

    entry = items(1, "dup")[0]
    store_record(store, ArticleRecord(title=entry["title"], body="An earlier version.", url=entry["link"]))
    subscribe(store, FeedSpec(server.add("/d.xml", rss("Dup", [entry]))))
    report = refresh_all(store, **FAST)
    assert (report.new, report.updated) == (0, 1)
    assert _count(store) == 1


def test_outlet_default_reliability_is_inherited_by_its_articles(store, urls) -> None:
    feed, _ = subscribe(store, FeedSpec(urls["rss"], reliability="B"))
    report = refresh_all(store, **FAST)
    assert report.new == 3
    assert store.feed_get(feed["id"])["outlet"] == "Wire One"  # the feed's own title
    tags = store.article_tags(report.new_ids[0])
    assert (tags["reliability"], tags["reliability_inherited"]) == ("B", True)


def test_named_outlet_and_language_are_given_to_the_items(store, urls) -> None:
    subscribe(store, FeedSpec(urls["atom"], outlet="Atom Wire", language="ar", tags=["wires"]))
    report = refresh_all(store, **FAST)
    rows = store.conn.execute(
        "SELECT s.name, a.language FROM articles a JOIN sources s ON s.id = a.source_id").fetchall()
    assert report.new == 2 and {tuple(r) for r in rows} == {("Atom Wire", "ar")}


def test_full_text_replaces_the_summary_or_keeps_it_with_a_reason(store, urls) -> None:
    subscribe(store, FeedSpec(urls["fulltext"], full_text=True))
    report = refresh_all(store, **FAST)
    assert report.new == 2 and report.failed == []
    full = store.conn.execute("SELECT body FROM articles WHERE url LIKE '%/articles/0.html'").fetchone()[0]
    assert "Umm Khaled" in full and "1,200 families" in full
    assert "Most read" not in full and "Cookie settings" not in full
    kept = store.conn.execute("SELECT body FROM articles WHERE url LIKE '%/articles/1.html'").fetchone()[0]
    assert kept == "Subscribers can read the whole report on Homs."
    assert report.summaries_kept == [(urls["fulltext"].replace("fulltext.xml", "articles/1.html"),
                                      "the page text is shorter than the summary")]
    again = refresh_all(store, **FAST)  # same summaries: pages not fetched, articles not touched
    assert (again.new, again.updated) == (0, 0)


def test_full_text_of_one_stored_article_on_request(store, urls) -> None:
    from desk.feeds.fulltext import refresh_article_text

    subscribe(store, FeedSpec(urls["fulltext"]))
    report = refresh_all(store, **FAST)
    article_id = store.conn.execute("SELECT id FROM articles WHERE url LIKE '%/articles/0.html'").fetchone()[0]
    assert report.new == 2
    done = refresh_article_text(store, article_id, timeout=0.5, retries=0)
    assert done.updated and done.reason is None
    assert "Umm Khaled" in store.article(article_id)["body"]
    assert _count(store) == 2
    other = store.conn.execute("SELECT id FROM articles WHERE url LIKE '%/articles/1.html'").fetchone()[0]
    kept = refresh_article_text(store, other, timeout=0.5, retries=0)
    assert (kept.updated, kept.reason) == (False, "the page text is shorter than the summary")


def test_removing_a_feed_keeps_its_articles(store, urls) -> None:
    feed, _ = subscribe(store, FeedSpec(urls["rss"]))
    refresh_all(store, **FAST)
    store.feed_remove(feed["id"])
    assert _count(store) == 3 and _count(store, "feed_items") == 0


def test_progress_comes_from_the_calling_thread_and_a_worker_thread_can_refresh(db_path: Path, urls) -> None:
    from db.store import Store

    with Store.open(db_path) as setup:
        for name in ("rss", "atom", "error"):
            subscribe(setup, FeedSpec(urls[name]))
    calls: list[tuple[int, int, str, int]] = []
    result = {}

    def work() -> None:
        with Store.open(db_path) as own:
            result["report"] = refresh_all(
                own, progress=lambda d, t, u: calls.append((d, t, u, threading.get_ident())), **FAST)
        result["thread"] = threading.get_ident()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(20)
    assert not worker.is_alive()
    assert result["report"].new == 5 and len(result["report"].failed) == 1
    assert [c[:2] for c in calls] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert {c[3] for c in calls} == {result["thread"]}
    assert {c[2] for c in calls[1:]} == {urls["rss"], urls["atom"], urls["error"]}


def test_cancelled_refresh_fetches_nothing(store, server, urls) -> None:
    subscribe(store, FeedSpec(urls["rss"]))
    stop = threading.Event()
    stop.set()
    report = refresh_all(store, cancel=stop, **FAST)
    assert report.cancelled and report.new == 0 and report.failed == []
    assert server.requests("/rss.xml") == []
    assert store.feed_get(urls["rss"])["last_status"] is None


def test_no_subscriptions_is_an_empty_report(store) -> None:
    report = refresh_all(store)
    assert (report.feeds, report.new, report.ok) == (0, 0, True)


def test_concurrent_fetches_are_bounded_per_host(store, server, monkeypatch) -> None:
    import desk.feeds.refresh as refresh_module

    active = peak = 0
    lock = threading.Lock()
    real_fetch = refresh_module.fetch

    def counting_fetch(*args, **kwargs):
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        try:
            threading.Event().wait(0.05)
            return real_fetch(*args, **kwargs)
        finally:
            with lock:
                active -= 1

    for i in range(8):
        subscribe(store, FeedSpec(server.add(f"/p{i}.xml", rss(f"P{i}", items(1, f"p{i}")))))
    monkeypatch.setattr(refresh_module, "fetch", counting_fetch)
    report = refresh_all(store, concurrency=8, per_host=2, **FAST)
    assert report.new == 8 and peak == 2


# -- the command line --------------------------------------------------------------------------

def test_cli_refresh_exit_status_and_failure_lines(tmp_path: Path, urls, desk) -> None:
    db = str(tmp_path / "d.db")
    for name in ("rss", "etag"):
        assert desk("--db", db, "feeds", "add", urls[name]).returncode == 0
    ok = desk("--db", db, "refresh", "--timeout", "1", "--retries", "0")
    assert ok.returncode == 0, ok.stderr
    assert "2 feeds: 5 new, 0 updated, 0 not modified, 0 failed" in ok.stderr
    assert desk("--db", db, "feeds", "add", urls["error"]).returncode == 0
    quiet = desk("--db", db, "refresh", "--quiet", "--retries", "0")
    assert quiet.returncode == 2
    assert quiet.stdout == ""
    assert quiet.stderr == f"desk: {urls['error']}: failed: HTTP 500 Internal Server Error\n"
    listed = desk("--db", db, "feeds", "list")
    assert "failed: HTTP 500 Internal Server Error" in listed.stdout and "not modified" in listed.stdout


def test_feeds_are_started_round_robin_across_hosts() -> None:
    from desk.feeds.refresh import _interleave_hosts

    feeds = [{"url": u} for u in ("http://a/1", "http://a/2", "http://a/3", "http://b/1", "http://c/1", "http://b/2")]
    assert [f["url"] for f in _interleave_hosts(feeds)] == [
        "http://a/1", "http://b/1", "http://c/1", "http://a/2", "http://b/2", "http://a/3"]


def test_a_web_page_that_names_its_feed_says_where_it_is(store, server) -> None:
    page = server.add("/home.html", '<html><head><link rel="alternate" type="application/rss+xml" '
                      'title="News" href="/news.xml"></head><body>Home</body></html>', content_type="text/html")
    subscribe(store, FeedSpec(page))
    report = refresh_all(store, **FAST)
    assert report.failed == [(page, f"not a feed: the address gives a web page; it names its feed at "
                                    f"{server.url('/news.xml')}")]


def test_cli_refresh_with_no_feeds_says_how_to_add_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desk.cli import main

    assert main(["--db", str(tmp_path / "d.db"), "refresh"]) == 0
    assert "desk feeds add URL" in capsys.readouterr().err


def test_cli_refreshes_only_the_feeds_named(tmp_path: Path, server, urls,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from desk.cli import main

    db = str(tmp_path / "d.db")
    for name in ("rss", "atom"):
        main(["--db", db, "feeds", "add", urls[name]])
    assert main(["--db", db, "refresh", "2", "--retries", "0"]) == 0
    assert "1 feed: 2 new" in capsys.readouterr().err
    assert server.requests("/rss.xml") == [] and len(server.requests("/atom.xml")) == 1
    assert main(["--db", db, "refresh", "7"]) == 1
    assert "no feed 7" in capsys.readouterr().err
