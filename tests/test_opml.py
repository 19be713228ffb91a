"""OPML import and export: folders as tags, desk's own attributes, hostile files, the round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.cli import main
from desk.feeds.opml import OpmlError, parse_opml, to_opml
from desk.feeds.subscriptions import FeedSpec

READER_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Subscriptions from another reader</title></head>
  <body>
    <outline text="Syria" title="Syria">
      <outline text="Wires">
        <outline type="rss" text="Enab Baladi" xmlUrl="https://english.enabbaladi.net/feed/" htmlUrl="https://english.enabbaladi.net/"/>
      </outline>
      <outline type="rss" text="SANA" xmlurl="https://sana.sy/en/?feed=rss2" language="en" category="/official,state media"/>
    </outline>
    <outline type="rss" text="Broken, no address"/>
    <outline type="rss" text="https://example.org/bare.xml" xmlUrl="https://example.org/bare.xml"/>
  </body>
</opml>
"""


def test_reader_export_is_read_with_folders_as_tags() -> None:
    found = parse_opml(READER_EXPORT)
    assert [f.url for f in found.feeds] == [
        "https://english.enabbaladi.net/feed/", "https://sana.sy/en/?feed=rss2", "https://example.org/bare.xml"]
    enab, sana, bare = found.feeds
    assert (enab.outlet, enab.tags) == ("Enab Baladi", ["Syria", "Wires"])
    assert (sana.outlet, sana.language, sana.tags) == ("SANA", "en", ["Syria", "/official", "state media"])
    assert bare.outlet is None  # the text was only the address
    assert found.skipped == [("Broken, no address", "no xmlUrl")]


def test_export_then_parse_gives_the_same_feeds() -> None:
    feeds = [
        FeedSpec("https://a.org/rss", outlet="Shafaq News", reliability="B", language="ar", tags=["iraq", "syria"],
                 full_text=True),
        FeedSpec("https://b.org/atom.xml?x=1&y=2", outlet=None, tags=[], full_text=False),
    ]
    text = to_opml(feeds)
    assert 'xmlUrl="https://b.org/atom.xml?x=1&amp;y=2"' in text
    assert parse_opml(text.encode()).feeds == feeds


@pytest.mark.parametrize("data, reason", [
    (b"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]>
<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.org/f"/></body></opml>""", "hostile XML refused"),
    (b"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&x;" xmlUrl="https://x.org/f"/></body></opml>""", "hostile XML refused"),
    (b"<opml><body><outline", "not well-formed XML"),
    (b"<rss version='2.0'><channel/></rss>", "not OPML: the root element is <rss>"),
    (b"<opml version='2.0'><head/></opml>", "not OPML: no <body>"),
])
def test_bad_opml_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(OpmlError) as exc:
        parse_opml(data)
    assert str(exc.value).startswith(reason)


def test_export_then_import_into_a_fresh_database_reproduces_subscriptions(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    first, second, opml = tmp_path / "first.db", tmp_path / "second.db", tmp_path / "subs.opml"
    assert main(["--db", str(first), "feeds", "add", "https://a.org/rss", "--outlet", "Enab Baladi",
                 "--reliability", "B", "--tag", "syria", "--tag", "local", "--language", "ar", "--full-text"]) == 0
    assert main(["--db", str(first), "feeds", "add", "https://b.org/feed.atom", "--tag", "wires"]) == 0
    assert main(["--db", str(first), "feeds", "add", "https://c.org/news?format=rss&lang=en"]) == 0
    assert main(["--db", str(first), "feeds", "export", "--output", str(opml)]) == 0
    assert main(["--db", str(second), "feeds", "import", str(opml)]) == 0
    assert "3 feeds added, 0 already followed, 0 skipped" in capsys.readouterr().err

    from db.store import Store

    keys = ("url", "outlet", "default_reliability", "language", "tags", "full_text")
    with Store.open(first) as a, Store.open(second) as b:
        before = [{k: f[k] for k in keys} for f in a.feed_list()]
        after = [{k: f[k] for k in keys} for f in b.feed_list()]
        assert after == before
        assert b.conn.execute("SELECT default_reliability FROM sources WHERE name = 'Enab Baladi'").fetchone()[0] == "B"
    # importing again adds nothing
    assert main(["--db", str(second), "feeds", "import", str(opml)]) == 0
    assert "0 feeds added, 3 already followed" in capsys.readouterr().err


def test_export_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.db"
    main(["--db", str(db), "feeds", "add", "https://a.org/rss", "--outlet", "A"])
    capsys.readouterr()
    assert main(["--db", str(db), "feeds", "export"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml')
    assert [f.url for f in parse_opml(out.encode()).feeds] == ["https://a.org/rss"]


def test_import_names_what_it_skipped_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opml = tmp_path / "r.opml"
    opml.write_bytes(READER_EXPORT.replace(b"https://example.org/bare.xml", b"gopher://example.org/bare"))
    assert main(["--db", str(tmp_path / "d.db"), "feeds", "import", str(opml)]) == 2
    err = capsys.readouterr().err
    assert "skipped Broken, no address: no xmlUrl" in err
    assert "skipped gopher://example.org/bare: not an http(s) URL" in err
    assert "2 feeds added" in err


def test_import_of_a_hostile_file_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opml = tmp_path / "evil.opml"
    opml.write_text('<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body>'
                    '<outline text="&x;" xmlUrl="https://x.org/f"/></body></opml>')
    db = tmp_path / "d.db"
    assert main(["--db", str(db), "feeds", "import", str(opml)]) == 1
    assert "hostile XML refused" in capsys.readouterr().err
    from db.store import Store

    with Store.open(db) as s:
        assert s.feed_list() == []
