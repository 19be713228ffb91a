"""Dates: absolute and relative, resolved against the publication date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.extract.dates import extract_dates, resolve_day_month

SAT = date(2024, 12, 7)  # a Saturday
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def dates(text: str, published: date | None = SAT) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in extract_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks ended on Friday.", [("on Friday", "2024-12-06")]),
    ("Voting opened on Saturday.", [("on Saturday", "2024-12-07")]),
    ("Shelling resumed Friday night.", [("Friday night", "2024-12-06")]),
    ("Shelling resumed on Friday evening.", [("on Friday evening", "2024-12-06")]),
    ("The town fell late Friday.", [("late Friday", "2024-12-06")]),
    ("On Thursday, crowds gathered.", [("On Thursday", "2024-12-05")]),
    ("It rained on Monday.", [("on Monday", "2024-12-02")]),
    ("It began last Saturday.", [("last Saturday", "2024-11-30")]),
    ("They meet next Monday.", [("next Monday", "2024-12-09")]),
    ("Saturday morning was quiet.", [("Saturday morning", "2024-12-07")]),
    ("He left yesterday and returns tomorrow.", [("yesterday", "2024-12-06"), ("tomorrow", "2024-12-08")]),
    ("Fighting broke out last night.", [("last night", "2024-12-06")]),
    ("The talks collapsed last week.", [("last week", "2024-11-25")]),
    ("Prices rose last month.", [("last month", "2024-11-01")]),
    ("The war began last year.", [("last year", "2023-01-01")]),
    ("It was signed three days ago.", [("three days ago", "2024-12-04")]),
    ("It was signed two weeks ago.", [("two weeks ago", "2024-11-23")]),
    ("The uprising began 13 years ago.", [("13 years ago", None)]),
])
def test_relative_dates(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes began on November 27.", [("November 27", "2024-11-27")]),
    ("By December 1 the city had fallen.", [("December 1", "2024-12-01")]),
    ("Talks are set for December 20.", [("December 20", "2024-12-20")]),
    ("It happened on January 10.", [("January 10", "2024-01-10")]),
    ("On December 6, 2024, rebels advanced.", [("December 6, 2024", "2024-12-06")]),
    ("Signed on 6 December 2024 in Doha.", [("6 December 2024", "2024-12-06")]),
    ("Signed on the 3rd of March, 2019.", [("the 3rd of March, 2019", "2019-03-03")]),
    ("The filing is dated 2023-05-17.", [("2023-05-17", "2023-05-17")]),
    ("Friday, November 29, was calm.", [("Friday, November 29", "2024-11-29")]),
    ("HOMS – DECEMBER 6: rebels advance.", [("DECEMBER 6", "2024-12-06")]),
    ("Invalid: February 30 is no day.", [("February 30", None)]),
])
def test_absolute_dates(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The revolt began in 2011.", [("2011", None)]),
    ("It was retaken in 2018, after a siege.", [("2018", None)]),
    ("He commanded troops in 2017-2019.", [("2017-2019", None)]),
    ("More than 305,000 died between 2011 and 2021.", [("between 2011 and 2021", None)]),
    ("It was held from 2012 to 2018.", [("from 2012 to 2018", None)]),
    ("Elections in 2014 and 2021 were boycotted.", [("2014", None), ("2021", None)]),
    ("In April of that year, forces besieged the city.", [("In April of that year", None)]),
    ("The deal was struck in March 2020.", [("in March 2020", None)]),
])
def test_years_months_and_ranges_are_kept_unresolved(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "More than 2000 people fled.", "Some 1999 troops were counted.", "The budget is $2024 million.",
    "Over 100,000 people.", "It may rain.", "We march on.", "Scores 3-1.", "Fridays are quiet.",
    "Resolution 2254 was cited.", "Temperatures hit 2,024 degrees.",
])
def test_not_dates(text: str) -> None:
    assert dates(text) == []


def test_without_publication_date_relative_dates_are_unresolved() -> None:
    out = dates("On Friday, three days ago, on November 27, and on December 6, 2024.", None)
    assert out == [("On Friday", None), ("three days ago", None), ("November 27", None),
                   ("December 6, 2024", "2024-12-06")]


def test_spans_match_text() -> None:
    body = "On Friday the rebels took Daraa; on November 27 the offensive began, in 2011 the revolt."
    for d in extract_dates(body, SAT):
        assert body[d.start:d.end] == d.text


def test_resolve_day_month() -> None:
    assert resolve_day_month(11, 27, SAT) == date(2024, 11, 27)
    assert resolve_day_month(12, 31, date(2025, 1, 3)) == date(2024, 12, 31)
    assert resolve_day_month(2, 29, date(2025, 3, 1)) == date(2024, 2, 29)
    assert resolve_day_month(2, 30, SAT) is None
    assert resolve_day_month(5, 1, None) is None


# --- the seeds ----------------------------------------------------------------------------------


def seed(sid: str) -> tuple[str, date | None]:
    path = next(SEEDS.glob(f"{sid}_*.txt"))
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s+", raw)
    pub = date.fromisoformat(m.group(1)) if m else None
    raw = raw[m.end():] if m else raw
    pm = re.match(r"[^/\n]{1,60}/\s", raw)
    return (raw[pm.end():] if pm else raw), pub


def test_seed_on_friday_in_a_saturday_article() -> None:
    body, pub = seed("000")
    assert pub == SAT
    found = dates_from(body, pub)
    assert ("On Friday", "2024-12-06") in found
    assert ("on Saturday", "2024-12-07") in found
    assert ("last week", "2024-11-25") in found
    assert ("from 2012 to 2018", None) in found


def dates_from(body: str, pub: date | None) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in extract_dates(body, pub)]


def test_seed_absolute_dates() -> None:
    body, pub = seed("001")
    found = dates_from(body, pub)
    assert ("November 27", "2024-11-27") in found
    assert ("November 30", "2024-11-30") in found
    assert ("December 1", "2024-12-01") in found
    assert ("2017-2019", None) in found
    assert ("2011", None) in found


def test_seed_friday_night() -> None:
    body, pub = seed("002")
    assert ("On Friday night", "2024-12-06") in dates_from(body, pub)


def test_seed_without_publication_date() -> None:
    body, pub = seed("004")
    assert pub is None
    found = dates_from(body, pub)
    assert ("December 6, 2024", "2024-12-06") in found
    assert ("between 2011 and 2021", None) in found
    assert ("late Friday", None) in found
    assert all(d is None for t, d in found if t != "December 6, 2024")
    # with a publication date the same article resolves
    found = dates_from(body, SAT)
    assert ("late Friday", "2024-12-06") in found and ("DECEMBER 6", "2024-12-06") in found
    assert ("last year", "2023-01-01") in found


# --- properties ---------------------------------------------------------------------------------

_words = st.sampled_from(["on", "Friday", "last", "week", "December", "6", ",", "2024", "yesterday", "in",
                          "April", "of", "that", "year", "late", "night", "ago", "3", "days", "13", "between",
                          "and", "2011", "2021", "-", "the", "31st", "February", "29", "next", "Monday", "1999"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_words, max_size=12).map(" ".join)),
       st.one_of(st.none(), st.dates(min_value=date(1, 1, 8), max_value=date(9998, 12, 24))))
def test_date_resolver_never_crashes(text: str, published: date | None) -> None:
    for d in extract_dates(text, published):
        assert text[d.start:d.end] == d.text
        if d.date is not None:
            assert date.fromisoformat(d.date).isoformat() == d.date
