"""Every input format desk reads, and idempotent storing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.ingest.plaintext import parse_text
from desk.ingest.sources import ingest_paths, read_source

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
<item><title>Ferry strike ends</title><link>https://gazette.example/ferry</link>
<guid>gazette-1</guid><pubDate>Tue, 03 Dec 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The ferry strike in Valletta ended on Monday.&lt;/p&gt;&lt;p&gt;Unions said pay rose 4%.&lt;/p&gt;</description></item>
<item><title>Port reopens</title><link>https://gazette.example/port</link>
<description>The port reopened after 3 days.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Mountain Wire</title>
<entry><title>Pass closed by snow</title><id>urn:mw:1</id><updated>2024-11-30T08:00:00Z</updated>
<link href="https://mw.example/pass"/><content type="html">&lt;p&gt;The Brenner pass closed on Friday.&lt;/p&gt;</content></entry>
</feed>"""

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Council votes on budget | City Times</title>
<meta property="og:site_name" content="City Times"><meta name="date" content="2024-10-02"></head>
<body><nav>Home | World | Sport</nav><article><h1>Council votes on budget</h1>
<p>The city council approved a budget of 12 million euros on Wednesday after a long debate.</p>
<p>"This budget protects schools," said councillor Ana Ferreira, who chairs the finance committee.</p>
<p>The opposition voted against, saying the plan cut transport spending by 8 percent.</p>
</article><footer>Copyright City Times</footer></body></html>"""


def test_seed_format_outlet_date_title(seeds_dir: Path) -> None:
    rec = parse_text((seeds_dir / "000_b77a1ab73fdf7433.txt").read_text(), "x")
    assert rec.outlet == "Shafaq News"
    assert rec.published == "2024-12-07"
    assert rec.title.startswith("Syrian opposition factions announced on Saturday")
    assert rec.body.startswith("Syrian opposition factions")


def test_seed_dateline(seeds_dir: Path) -> None:
    rec = parse_text((seeds_dir / "004_b5223f73c0c45673.txt").read_text(), "x")
    assert rec.dateline == "HOMS, SYRIA – DECEMBER 6"
    assert rec.published is None  # a dateline without a year is not a publication date
    assert rec.title.startswith("Anti-regime rebels advance")


def test_wire_headline_and_dateline() -> None:
    rec = parse_text("REBELS ENTER CITY\nBEIRUT, Dec 7 (Reuters) - Rebels entered the city on Saturday. More.")
    assert rec.title == "REBELS ENTER CITY"
    assert rec.dateline == "BEIRUT, Dec 7 (Reuters)"
    assert rec.body.startswith("BEIRUT")


@pytest.mark.parametrize(("text", "dateline", "title"), [
    ("MOSCOW, November 21. /TASS/. The minister said Moscow was ready for talks. He spoke in Cairo.",
     "MOSCOW, November 21. /TASS/", "The minister said Moscow was ready for talks."),
    ("BEIJING, Dec. 7 (Xinhua) -- China said on Saturday it would act. More.", "BEIJING, Dec. 7 (Xinhua)",
     "China said on Saturday it would act."),
    ("PARIS (AFP) - France said on Monday it would act.", "PARIS (AFP)", "France said on Monday it would act."),
    ("US officials said - nothing more.", None, "US officials said - nothing more."),
])
def test_agency_datelines(text: str, dateline: str | None, title: str) -> None:
    rec = parse_text(text)
    assert (rec.dateline, rec.title) == (dateline, title)
    assert rec.body == text  # the dateline stays in the stored text


def test_header_block() -> None:
    rec = parse_text("Title: Talks resume\nDate: 2024-03-05\nSource: Lake Post\nURL: https://lp.example/t\n\nTalks resumed.")
    assert (rec.title, rec.published, rec.outlet, rec.url) == ("Talks resume", "2024-03-05", "Lake Post", "https://lp.example/t")


def test_rss_items(tmp_path: Path) -> None:
    f = tmp_path / "gazette.rss"
    f.write_text(RSS)
    items = read_source(str(f))
    assert [i.title for i in items] == ["Ferry strike ends", "Port reopens"]
    first = items[0]
    assert first.outlet == "Harbour Gazette" and first.published == "2024-12-03"
    assert first.url == "https://gazette.example/ferry" and first.guid == "gazette-1"
    assert "ferry strike in Valletta" in first.body and "\n" in first.body and "<p>" not in first.body


def test_atom_entries(tmp_path: Path) -> None:
    f = tmp_path / "feed.xml"
    f.write_text(ATOM)
    (item,) = read_source(str(f))
    assert (item.outlet, item.published, item.url) == ("Mountain Wire", "2024-11-30", "https://mw.example/pass")
    assert item.body == "The Brenner pass closed on Friday."


def test_json_lines_and_json_array(tmp_path: Path) -> None:
    rows = [
        {"title": "A", "body": "Alpha body.", "url": "https://x.example/a", "outlet": "X", "published": "2024-01-02"},
        {"title": "B", "body": "Beta body.", "outlet": "Y"},
    ]
    jl = tmp_path / "a.jsonl"
    jl.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
    items = read_source(str(jl))
    good = [i for i in items if not isinstance(i, Exception)]
    bad = [i for i in items if isinstance(i, Exception)]
    assert [g.title for g in good] == ["A", "B"] and good[0].published == "2024-01-02"
    assert len(bad) == 1 and "line 3" in str(bad[0])
    arr = tmp_path / "b.json"
    arr.write_text(json.dumps(rows))
    assert len(read_source(str(arr))) == 2


def test_saved_html_page(tmp_path: Path) -> None:
    f = tmp_path / "budget.html"
    f.write_text(PAGE)
    (rec,) = read_source(str(f))
    assert "12 million euros" in rec.body
    assert "Home | World" not in rec.body
    assert rec.title.startswith("Council votes on budget")


def test_folder_recursive_and_idempotent(store, tmp_path: Path) -> None:
    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / "one.txt").write_text("Mayor resigns. The mayor of Tartu resigned on Monday.")
    (tmp_path / "in" / "deep" / "feed.rss").write_text(RSS)
    (tmp_path / "in" / ".hidden.txt").write_text("never read")
    first = ingest_paths(store, [str(tmp_path / "in")], quiet=True)
    assert (first.added, first.skipped) == (3, [])
    again = ingest_paths(store, [str(tmp_path / "in")], quiet=True)
    assert (again.added, again.unchanged) == (0, 3)
    assert store.article_count() == 3


def test_same_text_elsewhere_is_stored_once(store, tmp_path: Path) -> None:
    body = "Floods hit the delta. Thousands were moved to higher ground on Sunday."
    (tmp_path / "a.txt").write_text(body)
    (tmp_path / "b.txt").write_text(body.replace(". ", ".  \n", 0) + "\n\n")
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert (report.added, report.unchanged) == (1, 1)


def test_same_url_updated_in_place(store, tmp_path: Path) -> None:
    f = tmp_path / "feed.rss"
    f.write_text(RSS)
    ingest_paths(store, [str(f)], quiet=True)
    f.write_text(RSS.replace("Unions said pay rose 4%.", "Unions said pay rose 5%."))
    report = ingest_paths(store, [str(f)], quiet=True)
    assert (report.updated, report.unchanged, report.added) == (1, 1, 0)
    assert store.article_count() == 2
    assert store.search_ids('"rose 5"') and not store.search_ids('"rose 4"')


def test_odd_apostrophe_is_searchable(store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Assad\u02bcs forces withdrew. More text follows here.")
    ingest_paths(store, [str(tmp_path)], quiet=True)
    assert len(store.search_ids("Assad")) == 1


def test_wire_slug_byline_and_agency_dateline() -> None:
    text = (
        "UPDATE 2-PARLIAMENT REJECTS BUDGET IN LATE-NIGHT VOTE\n\n"
        "By Jane Roe and Ken Doe\n\n"
        "VIENNA, March 3 (Reuters) - Austria's parliament rejected the budget on Tuesday.\n\n"
        "The vote was 92 to 88."
    )
    r = parse_text(text)
    assert r.title == "PARLIAMENT REJECTS BUDGET IN LATE-NIGHT VOTE"
    assert r.dateline == "VIENNA, March 3 (Reuters)"
    assert r.outlet == "Reuters"
    assert r.body.startswith("By Jane Roe")


def test_dateline_alone_on_the_first_line() -> None:
    r = parse_text("Anadolu Agency/ ANKARA\n\nThe parliament met on Monday to debate the bill.\n\nMore text.")
    assert r.dateline == "ANKARA"
    assert r.outlet == "Anadolu Agency"
    assert r.title == "The parliament met on Monday to debate the bill."


def test_short_capitalised_headline_that_is_no_place_stays_a_headline() -> None:
    r = parse_text("MARKETS RALLY\n\nStocks rose on Monday as investors cheered the news.")
    assert r.title == "MARKETS RALLY"
    assert r.dateline is None


def test_outlet_given_beats_the_dateline_agency() -> None:
    r = parse_text("Daily Star/ BEIRUT, Dec 7 (AFP) - Rebels advanced on Saturday.\n\nMore.")
    assert r.outlet == "Daily Star"


def test_place_and_agency_dateline_in_ordinary_case() -> None:
    r = parse_text("Damascus, SANA- The minister received a delegation on Tuesday.\n\nMore text.")
    assert r.dateline == "Damascus, SANA"
    assert r.outlet == "SANA"
    assert r.title == "The minister received a delegation on Tuesday."
    assert parse_text("Paris, France - The talks failed.\n\nMore.").dateline is None


def test_capitalised_headline_with_a_colon_is_a_headline_not_a_dateline() -> None:
    r = parse_text("ELECTION RESULTS: RULING PARTY LOSES MAJORITY\n\nTOKYO, Oct 28 (Kyodo) -- The party lost.\n\nMore.")
    assert r.title == "ELECTION RESULTS: RULING PARTY LOSES MAJORITY"
    assert r.dateline == "TOKYO, Oct 28 (Kyodo)"


def test_a_place_in_ordinary_case_alone_on_the_first_line_is_the_dateline() -> None:
    r = parse_text("Al Mayadeen/ Baghdad\n\nThe prime minister spoke on Wednesday.\n\nMore.")
    assert (r.outlet, r.dateline, r.title) == ("Al Mayadeen", "Baghdad", "The prime minister spoke on Wednesday.")
    assert parse_text("Breaking News\n\nStrikes hit the city.").title == "Breaking News"
