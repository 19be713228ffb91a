"""Text that must be kept exactly, never interpreted: right-to-left and mixed scripts, Rich markup,
terminal escape sequences; and search strings full of SQL/FTS syntax (a message, never a crash)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import StoreError
from desk.ingest.sources import ingest_paths

ARABIC = (
    "دمشق تستعيد الهدوء\n\n"
    "قالت مصادر محلية يوم السبت إن الهدوء عاد إلى شوارع دمشق بعد أسبوع من الاشتباكات، "
    "وأكد المتحدث باسم المحافظة أن 120 عائلة عادت إلى منازلها.\n"
)
MIXED = (
    "Mixed scripts desk test\n\n"
    "The mayor of Kyiv (Київ) met officials from Tel Aviv (תל אביב), Tokyo (東京) and Athens (Αθήνα); "
    "the café owner said “déjà vu” 🙂. He quoted the slogan «حرية» twice.\n"
)
MARKUP = (
    "Markup in copy\n\n"
    "The protesters carried signs reading [bold red]FREE[/bold red] and [link=https://evil.example]click[/link], "
    "the organisers said. A spokesman typed :warning: and [/] into the statement.\n"
)
ESCAPES = (
    "Escapes in copy\n\n"
    "The report\x1b[2J\x1b[31m was red\x1b[0m and set the title\x1b]0;pwned\x07 and the clipboard "
    "\x1b]52;c;ZWNobyBwd25lZA==\x07 while a bell\x07 rang and \x9b31m a C1 CSI appeared, officials said. "
    + "The council met again on Tuesday to discuss the budget for the coming year, a spokesman said. " * 20
    + "\n"
)


def _ingest(store, tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = ingest_paths(store, [str(path)], quiet=True)
    assert report.skipped == [] and report.stored == 1
    row = next(r for r in store.all_articles() if r["path"] == str(path.resolve()))
    return store.article(row["id"])


@pytest.mark.parametrize("name,text", [("arabic.txt", ARABIC), ("mixed.txt", MIXED)])
def test_rtl_and_mixed_scripts_stored_and_read_back_intact(store, tmp_path: Path, name: str, text: str) -> None:
    article = _ingest(store, tmp_path, name, text)
    title, _, body = unicodedata.normalize("NFC", text).partition("\n\n")
    assert article["title"] == title
    assert article["body"] == body.strip()


def test_rtl_text_is_searchable(store, tmp_path: Path) -> None:
    article = _ingest(store, tmp_path, "arabic.txt", ARABIC)
    assert store.search_ids("دمشق") == [article["id"]]
    assert store.search_ids("Київ") == []
    mixed = _ingest(store, tmp_path, "mixed.txt", MIXED)
    assert store.search_ids("Київ") == [mixed["id"]]
    assert store.search_ids("תל") == [mixed["id"]]


def test_rich_markup_is_stored_literally(store, tmp_path: Path) -> None:
    article = _ingest(store, tmp_path, "markup.txt", MARKUP)
    for literal in ("[bold red]FREE[/bold red]", "[link=https://evil.example]click[/link]", ":warning:", "[/]"):
        assert literal in article["body"]


def test_terminal_escapes_never_reach_the_store(store, tmp_path: Path) -> None:
    article = _ingest(store, tmp_path, "escapes.txt", ESCAPES)
    for field in ("title", "body"):
        assert "\x1b" not in article[field] and "\x07" not in article[field] and "\x9b" not in article[field]
    assert "pwned" not in article["body"] and "ZWNobyBwd25lZA" not in article["body"]
    assert "The report was red and set the title" in article["body"]


def test_escapes_in_json_lines_and_feeds(store, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "T\x1b[31mred", "body": "Body\x1b]0;x\x07 text.",
                                                  "outlet": "Out\x1b[1mlet"}) + "\n")
    (tmp_path / "b.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed&amp;#27;[31m</title><item>'
        "<title>Item&amp;#x1b;[2J</title><description><![CDATA[<p>Text &#27;]52;c;eA==&#7; here.</p>]]>"
        "</description></item></channel></rss>"
    )
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert report.stored == 2, report.skipped
    for row in store.all_articles():
        article = store.article(row["id"])
        for field in ("title", "body", "outlet"):
            assert "\x1b" not in (article[field] or ""), (field, article[field])


def test_cli_output_carries_no_escape_from_the_text(tmp_path: Path, desk) -> None:
    (tmp_path / "escapes.txt").write_text(ESCAPES)
    proc = desk("extract", str(tmp_path / "escapes.txt"), "--json")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout
    json.loads(proc.stdout)


HOSTILE_QUERIES = [
    '"unbalanced', "a AND", "AND", "OR OR", "NOT", "NEAR(", "NEAR(a b", "(", ")", "*", "a*b*", "^", "title:",
    "nosuchcolumn: x", "'; DROP TABLE articles; --", "1 = 1", "a\x00b", "' OR 1=1 --", "{title body}: x",
    "-", "a - b", '""', "\\", "%", "_", "a:b:c", "+", "NEAR(a b, -1)", "rank:x", "articles_fts: x",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_search_syntax_gives_a_message_never_a_crash(seeded_store, query: str) -> None:
    try:
        ids = seeded_store.search_ids(query)
    except StoreError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(ids, list)
    assert seeded_store.article_count() == 5


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list('abc "*():^-+NEAROTD{},\'\\ title body 0123')), max_size=40)
       | st.text(max_size=30))
def test_search_fuzz(seeded_store, query: str) -> None:
    try:
        ids = seeded_store.search_ids(query)
    except StoreError:
        return
    assert all(isinstance(i, int) for i in ids)
