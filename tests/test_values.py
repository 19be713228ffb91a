"""Quantities with hedges, and whether two figures can both be true."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.events.values import YEAR, compatible, parse_quantities


def one(sentence: str):
    found = parse_quantities(sentence)
    assert len(found) == 1, found
    return found[0]


def test_about_100_km_agrees_with_100km_60_miles() -> None:
    a = one("the capital, Damascus, about 100 kilometers away.")
    b = one("safe passage to the capital, Damascus, about 100km (60 miles) north.")
    c = one("safe passage to the capital Damascus, 100km (60 miles) north.")
    assert (a.value, a.unit, a.hedge) == (100.0, "km", "about")
    assert (b.value, b.unit, b.hedge) == (100.0, "km", "about")
    assert c.hedge is None
    assert compatible(a, b) and compatible(a, c) and compatible(b, c)


def test_parenthetical_conversion_is_not_a_second_figure() -> None:
    found = parse_quantities("Damascus, about 100km (60 miles) north.")
    assert [q.unit for q in found] == ["km"]


def test_miles_convert_to_km() -> None:
    q = one("The town is 60 miles from the border.")
    assert q.unit == "km" and q.value == pytest.approx(96.56, abs=0.01)


def test_80_percent_conflicts_with_more_than_90_percent() -> None:
    a = one("local armed factions have taken over 80% of Daraa province")
    b = one("local factions had taken control of more than 90 percent of Daraa province")
    assert a.hedge is None, "`taken over` is the verb, not a hedge"
    assert (b.value, b.unit, b.hedge) == (90.0, "percent", "more than")
    assert not compatible(a, b)


def test_more_than_500000_conflicts_with_more_than_305000() -> None:
    a = one("Syria's civil war has killed more than 500,000 people and forced many to flee.")
    b = one("the Syrian conflict had killed more than 305,000 people.")
    assert a.noun[0] == b.noun[0] == "peopl"
    assert not compatible(a, b)


def test_hedged_figures_close_together_agree() -> None:
    assert compatible(one("around one million inhabitants live there"), one("a population of about 1 million people"))
    assert compatible(one("more than 300 people were hurt"), one("at least 320 people were hurt"))
    assert compatible(one("nearly 50 percent of voters"), one("48% of voters"))
    assert not compatible(one("nearly 50 percent of voters"), one("52% of voters"))


def test_exact_figures_must_match() -> None:
    assert compatible(one("195 lawmakers voted"), one("195 lawmakers cast ballots"))
    assert not compatible(one("195 lawmakers voted"), one("200 lawmakers voted"))


def test_units_must_match() -> None:
    assert not compatible(one("about 100 km north"), one("about 100 people died"))


def test_ranges() -> None:
    q = one("between 10 and 20 people died in the blast")
    assert q.interval() == (10.0, 20.0)
    assert compatible(q, one("15 people died in the blast"))
    assert not compatible(q, one("25 people died in the blast"))


def test_words_money_and_ordinals() -> None:
    assert one("The restoration cost about 700 million euros.").unit == "eur"
    assert one("a $5 million grant for the city").value == 5_000_000
    fourth = one("the fourth city the army has lost")
    assert (fourth.unit, fourth.value) == ("ordinal", 4.0)
    assert not compatible(fourth, one("the fifth city the army has lost"))


def test_years_scores_and_names_are_not_claims() -> None:
    assert parse_quantities("the 2011 uprising began in Daraa") == []
    assert [q.unit for q in parse_quantities("the 2011 uprising began", years=True)] == [YEAR]
    assert parse_quantities("Real Madrid beat Girona 3-0 at Montilivi") == []
    assert parse_quantities("the M5 highway and Daraa24 reported") == []
    assert parse_quantities("a 7.8-magnitude earthquake") == []


@given(st.integers(min_value=10, max_value=10_000_000), st.sampled_from(["about", "more than", "at least", "up to"]))
def test_a_figure_agrees_with_itself_under_any_hedge(n: int, hedge: str) -> None:
    exact = one(f"officials said {n:,} people were displaced")
    hedged = one(f"officials said {hedge} {n:,} people were displaced")
    assert compatible(exact, hedged) and compatible(hedged, exact)


@given(st.integers(min_value=100, max_value=1_000_000))
def test_compatibility_is_symmetric(n: int) -> None:
    a = one(f"more than {n:,} people were displaced")
    b = one(f"about {int(n * 1.5):,} people were displaced")
    assert compatible(a, b) == compatible(b, a)


def test_written_precision_counts() -> None:
    assert compatible(one("1.2 million people were displaced"), one("1,234,000 people were displaced"))
    assert not compatible(one("1.2 million people were displaced"), one("1,300,000 people were displaced"))
