"""Subscriptions in the store and through `desk feeds`."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from desk.cli import main
from desk.feeds.subscriptions import FeedSpec, SubscriptionError, find, normalise, subscribe


def test_migration_adds_feed_tables(store) -> None:
    assert store.schema_version() >= 2
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
    assert {"feeds", "feed_tags", "feed_items", "feed_list"} <= tables


def test_subscribe_normalises_and_sets_outlet_default(store) -> None:
    feed, created = subscribe(store, FeedSpec(
        " https://example.org/rss ", outlet="  Shafaq  News ", reliability="b", language="pt_BR",
        tags=["Syria", "wires,Iraq", "syria"], full_text=True,
    ))
    assert created
    assert feed["url"] == "https://example.org/rss"
    assert feed["outlet"] == "Shafaq News"
    assert feed["default_reliability"] == "B"
    assert feed["language"] == "pt-br"
    assert feed["tags"] == ["iraq", "syria", "wires"]
    assert feed["full_text"] is True
    row = store.conn.execute("SELECT default_reliability FROM sources WHERE name = 'Shafaq News'").fetchone()
    assert row[0] == "B"


def test_outlet_and_tags_lose_terminal_escapes(store) -> None:
    feed, _ = subscribe(store, FeedSpec("https://example.org/rss", outlet="Out\x1b[1mlet\x07", tags=["a\x1b[2Jb"]))
    assert feed["outlet"] == "Outlet" and feed["tags"] == ["ab"]


def test_subscribing_again_changes_only_what_is_given(store) -> None:
    subscribe(store, FeedSpec("https://example.org/rss", outlet="Wire", reliability="C", tags=["wires"],
                              full_text=True, language="en"))
    feed, created = subscribe(store, FeedSpec("https://example.org/rss", reliability="A"))
    assert not created
    assert (feed["outlet"], feed["default_reliability"], feed["tags"], feed["full_text"], feed["language"]) == (
        "Wire", "A", ["wires"], True, "en")
    feed, _ = subscribe(store, FeedSpec("https://example.org/rss", full_text=False, tags=["syria"]))
    assert (feed["full_text"], feed["tags"]) == (False, ["syria"])
    assert len(store.feed_list()) == 1
    assert store.conn.execute("SELECT default_reliability FROM sources WHERE name = 'Wire'").fetchone()[0] == "A"


@pytest.mark.parametrize("spec, message", [
    (FeedSpec("file:///etc/passwd"), "not an http(s) URL"),
    (FeedSpec("https://x.org/f", reliability="G"), "reliability must be one of"),
    (FeedSpec("https://x.org/f", language="english please"), "not a language code"),
])
def test_bad_subscriptions_are_refused(spec: FeedSpec, message: str) -> None:
    with pytest.raises(SubscriptionError, match=re.escape(message)):
        normalise(spec)


def test_feed_without_outlet_takes_its_reliability_to_the_outlet_found_later(store) -> None:
    feed, _ = subscribe(store, FeedSpec("https://example.org/rss", reliability="D"))
    assert feed["outlet"] is None
    store.feed_bind_outlet(feed["id"], "Found Title")
    assert store.feed_get(feed["id"])["outlet"] == "Found Title"
    assert store.conn.execute("SELECT default_reliability FROM sources WHERE name = 'Found Title'").fetchone()[0] == "D"


def test_binding_does_not_override_an_outlet_reliability_already_set(store) -> None:
    subscribe(store, FeedSpec("https://a.org/rss", outlet="Same", reliability="A"))
    feed, _ = subscribe(store, FeedSpec("https://b.org/rss", reliability="E"))
    store.feed_bind_outlet(feed["id"], "Same")
    assert store.conn.execute("SELECT default_reliability FROM sources WHERE name = 'Same'").fetchone()[0] == "A"


def test_find_by_id_or_url_and_remove(store) -> None:
    feed, _ = subscribe(store, FeedSpec("https://example.org/rss"))
    assert find(store, str(feed["id"]))["url"] == "https://example.org/rss"
    assert find(store, "https://example.org/rss")["id"] == feed["id"]
    assert find(store, "999") is None
    assert store.feed_remove(feed["id"]) and not store.feed_remove(feed["id"])
    assert store.feed_list() == []


# -- the command line --------------------------------------------------------------------------

def _desk(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_cli_add_list_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.db"
    assert _desk(db, "feeds", "add", "https://example.org/rss", "--outlet", "Enab Baladi", "--reliability", "b",
                 "--tag", "syria", "--tag", "local", "--full-text", "--language", "ar") == 0
    out = capsys.readouterr().out
    assert out.startswith("added feed 1: https://example.org/rss (Enab Baladi; reliability B; ar; full text")
    assert _desk(db, "feeds", "add", "https://example.org/atom") == 0
    assert capsys.readouterr().out == "added feed 2: https://example.org/atom (outlet from the feed)\n"
    assert _desk(db, "feeds", "list", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["url"] for f in data] == ["https://example.org/rss", "https://example.org/atom"]
    first = data[0]
    assert (first["outlet"], first["reliability"], first["tags"], first["full_text"], first["language"]) == (
        "Enab Baladi", "B", ["local", "syria"], True, "ar")
    assert first["last_status"] is None and first["items"] == 0
    assert _desk(db, "feeds", "list") == 0
    text = capsys.readouterr().out
    assert "https://example.org/atom" in text and "never refreshed" in text
    assert _desk(db, "feeds", "remove", "1") == 0
    assert _desk(db, "feeds", "remove", "https://example.org/atom") == 0
    assert _desk(db, "feeds", "remove", "https://example.org/atom") == 1
    assert "no feed https://example.org/atom" in capsys.readouterr().err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM feeds").fetchone()[0] == 0
    conn.close()


def test_cli_add_refuses_a_non_http_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _desk(tmp_path / "d.db", "feeds", "add", "file:///etc/passwd") == 1
    assert "not an http(s) URL" in capsys.readouterr().err


def test_cli_add_refuses_a_bad_reliability(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        _desk(tmp_path / "d.db", "feeds", "add", "https://example.org/rss", "--reliability", "Z")
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
