"""The cross-source comparison: facts, conflicts, wire copy, quotes, citations, timeline, CLI."""

from __future__ import annotations

import json

import pytest

from desk.events.compare import compare_articles, compare_event
from desk.events.quotes import group_quotes, same_quote


def _event(store) -> int:
    events = [e for e in store.events_summary() if len(e["articles"]) == 5]
    assert len(events) == 1
    return events[0]["id"]


def _seed_id(store, prefix: str) -> int:
    return next(a["id"] for a in store.all_articles() if (a["path"] or "").rsplit("/", 1)[-1].startswith(prefix))


@pytest.fixture
def seeds_compare(seeded_store):
    return seeded_store, compare_event(seeded_store, _event(seeded_store))


def _fact_with(result: dict, *values: str) -> dict:
    for f in result["facts"]:
        found = [c["value"] for c in f["claims"]]
        if all(any(v in (x or "") for x in found) for v in values):
            return f
    raise AssertionError(f"no fact with {values}: {[[c['value'] for c in f['claims']] for f in result['facts']]}")


def test_json_shape(seeds_compare) -> None:
    _, result = seeds_compare
    assert {"event", "articles", "facts", "quotes", "cites", "timeline"} <= set(result)
    assert len(result["articles"]) == 5
    assert {"id", "path", "outlet", "published", "title"} <= set(result["articles"][0])
    for fact in result["facts"]:
        assert {"label", "status", "claims"} <= set(fact)
        assert fact["status"] in ("agree", "conflict", "unique")
        for claim in fact["claims"]:
            assert {"article", "text", "value"} <= set(claim)
    json.dumps(result)  # everything serialises


def test_80_percent_against_more_than_90_percent(seeds_compare) -> None:
    store, result = seeds_compare
    fact = _fact_with(result, "80%", "90 percent")
    assert fact["status"] == "conflict"
    assert {c["article"] for c in fact["claims"]} == {_seed_id(store, "002_"), _seed_id(store, "003_")}
    assert all("Syrian Observatory" in c["text"] for c in fact["claims"])


def test_500000_against_305000(seeds_compare) -> None:
    store, result = seeds_compare
    fact = _fact_with(result, "500,000", "305,000")
    assert fact["status"] == "conflict"
    assert {c["article"] for c in fact["claims"]} == {_seed_id(store, "003_"), _seed_id(store, "004_")}


def test_about_100_km_agreed_by_three_outlets(seeds_compare) -> None:
    store, result = seeds_compare
    fact = _fact_with(result, "100 kilometers", "100km")
    assert fact["status"] == "agree"
    assert {c["article"] for c in fact["claims"]} == {_seed_id(store, p) for p in ("002_", "003_", "004_")}
    assert all(c["unit"] == "km" for c in fact["claims"])


def test_shared_wire_copy_names_its_agency(seeds_compare) -> None:
    store, result = seeds_compare
    wire = [w for w in result["wire"] if set(w["articles"]) == {_seed_id(store, "003_"), _seed_id(store, "004_")}]
    assert wire and wire[0]["agency"] == "Reuters"
    assert _fact_with(result, "100 kilometers", "100km")["wire"]["agency"] == "Reuters"


def test_citations_per_article(seeds_compare) -> None:
    store, result = seeds_compare
    cites = result["cites"]
    assert set(cites) == {str(a["id"]) for a in result["articles"]}
    assert "Reuters" in cites[str(_seed_id(store, "000_"))]
    assert "CNN" in cites[str(_seed_id(store, "001_"))]
    for prefix in ("002_", "003_"):
        assert any("Syrian Observatory" in n for n in cites[str(_seed_id(store, prefix))])
    assert "Shafaq News" not in cites[str(_seed_id(store, "000_"))]  # an outlet does not cite itself
    reuters = next(c for c in result["citation_map"] if c["name"] == "Reuters")
    assert reuters["count"] >= 3


def test_unrelated_facts_are_not_merged(seeds_compare) -> None:
    _, result = seeds_compare
    for f in result["facts"]:
        values = " ".join(c["value"] or "" for c in f["claims"])
        assert not ("500,000" in values and "million" in values)
        assert not ("80%" in values and "100" in values)


def _articles(*bodies: str) -> list[dict]:
    return [{"id": i + 1, "outlet": f"Outlet {i + 1}", "path": None, "published": "2025-01-01", "title": b[:30],
             "body": b} for i, b in enumerate(bodies)]


def _compare(*bodies: str, quotes: list | None = None, dates: list | None = None) -> dict:
    rows = {"claims": [], "cites": [], "quotes": quotes or [], "dates": dates or [], "mentions": []}
    return compare_articles({"id": 1, "label": "x"}, _articles(*bodies), rows)


def test_hedged_distance_agrees_and_percentages_conflict() -> None:
    result = _compare(
        "Officials said the convoy reached Marib, about 100 kilometers from the front line. "
        "The ministry said 80% of the district was flooded by the storm on Tuesday.",
        "The convoy reached Marib, 100km (60 miles) from the front line, officials said. "
        "The ministry said more than 90 percent of the district was flooded by the storm.",
    )
    statuses = {f["status"]: f for f in result["facts"]}
    assert "agree" in statuses and "conflict" in statuses
    assert {c["value"] for c in statuses["conflict"]["claims"]} == {"80%", "more than 90 percent"}


def test_single_source_figures_are_unique() -> None:
    result = _compare("Rescuers said 42 climbers were stranded on the northern ridge of the mountain.",
                      "The mountain pass reopened to traffic after a week of heavy snow and wind.")
    assert [f["status"] for f in result["facts"] if f["kind"] == "number"] == ["unique"]


def test_near_verbatim_sentences_are_wire_copy() -> None:
    sentence = ("Rebel sources said the military had agreed to an orderly withdrawal from the town under a deal "
                "that gives soldiers safe passage to the capital")
    result = _compare(f"{sentence}, Reuters reported. Other things happened later that day in the north.",
                      f"{sentence.replace('had agreed', 'has agreed')}. A local official confirmed the news.")
    assert len(result["wire"]) == 1
    assert result["wire"][0]["agency"] == "Reuters"
    assert result["wire"][0]["articles"] == [1, 2]


def _quote(article: int, text: str, speaker: str | None = "Yoon Suk Yeol", start: int = 0) -> dict:
    return {"id": article * 10, "article_id": article, "text": text, "kind": "quote", "speaker": speaker,
            "speaker_kind": "person", "role": None, "via": None, "start": start, "end": start + len(text)}


def test_same_quote_across_outlets_is_one_row() -> None:
    a = _quote(1, "I am very sorry and I apologise sincerely to the people who were shocked")
    b = _quote(2, "I am very sorry and I sincerely apologise to the people who were shocked")
    c = _quote(3, "The opposition will bring a new motion next week", speaker="Lee Jae-myung")
    rows = group_quotes([a, b, c], {1: "Korea Herald", 2: "Yonhap", 3: "KBS"})
    assert len(rows) == 2
    shared = rows[0]
    assert shared["articles"] == [1, 2] and shared["outlets"] == ["Korea Herald", "Yonhap"]
    assert [v["text"] for v in shared["versions"]] == [a["text"], b["text"]]
    assert shared["speaker"] == "Yoon Suk Yeol"


def test_a_cut_quote_is_the_same_quote() -> None:
    full = "We have never seen anything like this in all my years of service to this city"
    assert same_quote(full, "never seen anything like this in all my years of service")
    assert not same_quote(full, "We have seen many floods before, and we will see more")


def test_timeline_merges_one_dated_statement_from_several_sources() -> None:
    one = "Rebels entered the city of Hama on Thursday after days of heavy fighting."
    two = "Opposition fighters entered Hama on Thursday following days of fighting."
    dates = [{"article_id": 1, "text": "Thursday", "date": "2024-12-05", "start": one.index("Thursday")},
             {"article_id": 2, "text": "Thursday", "date": "2024-12-05", "start": two.index("Thursday")}]
    result = _compare(one, two, dates=dates)
    assert len(result["timeline"]) == 1
    assert result["timeline"][0]["date"] == "2024-12-05"
    assert result["timeline"][0]["articles"] == [1, 2]


def test_cli_compare_json_text_and_article(seeded_db, seeded_store, desk) -> None:
    event = _event(seeded_store)
    article = _seed_id(seeded_store, "003_")
    seeded_store.close()
    out = desk("--db", str(seeded_db), "compare", str(event), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["event"]["id"] == event and len(data["articles"]) == 5
    by_article = desk("--db", str(seeded_db), "compare", "--article", str(article), "--json")
    assert json.loads(by_article.stdout)["event"]["id"] == event
    text = desk("--db", str(seeded_db), "compare", str(event))
    assert text.returncode == 0 and "CONFLICTS" in text.stdout and "more than 90 percent" in text.stdout
    missing = desk("--db", str(seeded_db), "compare", "9999")
    assert missing.returncode == 1 and "no event" in missing.stderr


def test_cli_events(seeded_db, desk) -> None:
    out = desk("--db", str(seeded_db), "events", "--json")
    assert out.returncode == 0, out.stderr
    events = json.loads(out.stdout)
    assert len(events) == 1 and len(events[0]["articles"]) == 5
    assert {"id", "label", "first_seen", "last_seen", "articles"} <= set(events[0])
    rebuilt = desk("--db", str(seeded_db), "events", "rebuild")
    assert rebuilt.returncode == 0 and "5 articles" in rebuilt.stdout
    ids = sorted(a["id"] for a in events[0]["articles"])
    split = desk("--db", str(seeded_db), "events", "split", str(events[0]["id"]), str(ids[-1]), "--user", "ed")
    assert split.returncode == 0, split.stderr
    after = json.loads(desk("--db", str(seeded_db), "events", "--json").stdout)
    assert sorted(len(e["articles"]) for e in after) == [1, 4]
    lone = next(e for e in after if len(e["articles"]) == 1)
    moved = desk("--db", str(seeded_db), "events", "move", str(ids[-1]), str(events[0]["id"]), "--user", "ed")
    assert moved.returncode == 0, moved.stderr
    assert len(json.loads(desk("--db", str(seeded_db), "events", "--json").stdout)) == 1
    bad = desk("--db", str(seeded_db), "events", "merge", str(lone["id"]), "424242")
    assert bad.returncode == 1 and "no event" in bad.stderr


def test_relative_dates_are_read_against_the_article_day() -> None:
    from datetime import date

    from desk.events.timeline import resolve

    saturday = date(2024, 12, 7)
    assert resolve("November 27", saturday) == "2024-11-27"
    assert resolve("late Friday", saturday) == "2024-12-06"
    assert resolve("on Saturday", saturday) == "2024-12-07"
    assert resolve("December 30", date(2025, 1, 2)) == "2024-12-30"
    assert resolve("past week", saturday) is None


def test_seed_timeline_is_ordered_and_merges_sources(seeds_compare) -> None:
    _, result = seeds_compare
    days = [t["date"] for t in result["timeline"]]
    assert days == sorted(days) and days
    nov27 = [t for t in result["timeline"] if t["date"] == "2024-11-27"]
    assert sum(len(t["articles"]) for t in nov27) >= 2


_FLOOD_A = (
    "date 2025-03-03 Northern Courier/ Governor Tarek Olsvang said on Monday that the flood in Varnoka had forced "
    "120 families from their homes.\n\n\"We have never seen anything like this in all my years of service,\" "
    "Olsvang told reporters in Varnoka.\n\nThe Varnoka Relief Council opened shelters across the city."
)
_FLOOD_B = (
    "date 2025-03-03 Daily Ledger/ The flood in Varnoka has displaced about 120 families, Governor Tarek Olsvang "
    "said, as the Varnoka Relief Council struggled to cope.\n\n\"We have never seen anything like this in all my "
    "years in service,\" the governor said.\n\nOfficials in Varnoka said schools would stay closed this week."
)


def test_ingested_articles_share_a_quote_and_a_figure(store) -> None:
    from desk.ingest.pipeline import store_record
    from desk.ingest.plaintext import parse_text

    a = store_record(store, parse_text(_FLOOD_A, "a.txt")).id
    b = store_record(store, parse_text(_FLOOD_B, "b.txt")).id
    event = store.event_of(a)
    assert event == store.event_of(b)
    result = compare_event(store, event)
    shared = [q for q in result["quotes"] if len(q["articles"]) == 2]
    assert len(shared) == 1
    assert {v["outlet"] for v in shared[0]["versions"]} == {"Northern Courier", "Daily Ledger"}
    assert result["wire"] == []  # one quote carried twice is not shared wire copy
    families = _fact_with(result, "about 120")
    assert families["status"] == "agree" and len(families["claims"]) == 2


def test_a_large_event_is_compared_on_every_outlet_first() -> None:
    from desk.events.compare import choose_articles

    members = [{"id": i, "outlet": "Wire" if i % 10 else f"Outlet {i}"} for i in range(1, 201)]
    chosen = choose_articles(members, focus=155, limit=30)
    ids = [a["id"] for a in chosen]
    assert len(chosen) == 30 and 155 in ids
    assert {a["outlet"] for a in chosen} >= {f"Outlet {i}" for i in range(10, 201, 10)}
    assert ids == sorted(ids)  # earliest first, as the event lists them
    assert choose_articles(members, None, 0) == members
    assert choose_articles(members[:5], None, 30) == members[:5]


def test_compare_with_a_limit_reads_the_focus_and_says_how_many(seeded_store) -> None:
    event = _event(seeded_store)
    focus = _seed_id(seeded_store, "003")
    result = compare_event(seeded_store, event, focus=focus, limit=2)
    assert result["summary"]["articles_total"] == 5
    assert result["summary"]["articles_compared"] == result["summary"]["articles"] == 2
    assert focus in [a["id"] for a in result["articles"]]
    whole = compare_event(seeded_store, event)
    assert whole["summary"]["articles_total"] == whole["summary"]["articles_compared"] == 5
