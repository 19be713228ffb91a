"""Claims with numbers: quantity, normalised value, unit and hedge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.extract.claims import extract_claims
from desk.extract.numbers import find_quantities, is_year_at, parse_number_words

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def q(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.quantity, c.value, c.unit, c.hedge) for c in extract_claims(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The town lies 40km to the east.", [("40km", 40.0, "km", None)]),
    ("The town lies 40 kilometers to the east.", [("40 kilometers", 40.0, "km", None)]),
    ("The town lies about 40 kilometres east.", [("about 40 kilometres", 40.0, "km", "about")]),
    ("The town lies 25 miles away.", [("25 miles", 40.23, "km", None)]),
    ("The dam is 60km (37 miles) upstream.", [("60km", 60.0, "km", None)]),
    ("Turnout was 62 percent.", [("62 percent", 62.0, "percent", None)]),
    ("Turnout was 62%.", [("62%", 62.0, "percent", None)]),
    ("Turnout was 62 per cent.", [("62 per cent", 62.0, "percent", None)]),
    ("Turnout was nearly 62.5%.", [("nearly 62.5%", 62.5, "percent", "nearly")]),
    ("The city has one million people.", [("one million", 1_000_000.0, "people", None)]),
    ("The city has 1 million people.", [("1 million", 1_000_000.0, "people", None)]),
    ("The city has 1.2 million inhabitants.", [("1.2 million", 1_200_000.0, "people", None)]),
    ("More than 305,000 people died.", [("More than 305,000", 305_000.0, "people", "more than")]),
    ("At least 200 rebels were killed.", [("At least 200", 200.0, "rebels", "at least")]),
    ("Some 40 families returned.", [("Some 40", 40.0, "families", "some")]),
    ("Up to 3,000 troops may deploy.", [("Up to 3,000", 3000.0, "troops", "up to")]),
    ("Roughly 12 trucks crossed.", [("Roughly 12", 12.0, "trucks", "roughly")]),
    ("Approximately 70 detainees were freed.", [("Approximately 70", 70.0, "detainees", "approximately")]),
    ("Over 80% of the province fell.", [("Over 80%", 80.0, "percent", "over")]),
    ("Almost 90 per cent voted yes.", [("Almost 90 per cent", 90.0, "percent", "almost")]),
    ("Around 50 people gathered.", [("Around 50", 50.0, "people", "around")]),
    ("The fund pledged $5 million.", [("$5 million", 5_000_000.0, "usd", None)]),
    ("The fund pledged $1.5bn.", [("$1.5bn", 1_500_000_000.0, "usd", None)]),
    ("The fund pledged €300m.", [("€300m", 300_000_000.0, "eur", None)]),
    ("It cost 20 million dollars.", [("20 million dollars", 20_000_000.0, "usd", None)]),
    ("Tens of thousands of people marched.", [("Tens of thousands", None, "people", "vague")]),
    ("Dozens of rebels were killed.", [("Dozens", None, "rebels", "vague")]),
    ("He said hundreds of soldiers deserted.", [("hundreds", None, "soldiers", "vague")]),
    ("The war has lasted 13 years.", [("13", 13.0, "years", None)]),
    ("Rebels took two major cities.", [("two", 2.0, "cities", None)]),
    ("Three Western diplomats spoke.", [("Three", 3.0, "diplomats", None)]),
    ("It is the country's fourth city.", [("fourth", 4.0, "ordinal", None)]),
    ("It is the fifth largest city.", [("fifth largest", 5.0, "ordinal", None)]),
    ("Aleppo is the second-largest city.", [("second-largest", 2.0, "ordinal", None)]),
    ("More than half the population fled.", [("More than half", 50.0, "percent", "more than")]),
    ("Two-thirds of the district is flooded.", [("Two-thirds", 66.67, "percent", None)]),
    ("A population of over 100,000 lived there.", [("over 100,000", 100_000.0, "people", "over")]),
    ("Between 40 and 60 people were hurt.", [("40", 40.0, "people", "between"), ("60", 60.0, "people", None)]),
    ("From 10 to 20 km away.", [("10", 10.0, "km", "between"), ("20 km", 20.0, "km", None)]),
    ("A 10-year-old boy was hurt.", [("10", 10.0, "age", None)]),
    ("About one in five homes lack power.", [("About one in five", 20.0, "percent", "about")]),
    ("Three out of 10 schools closed.", [("Three out of 10", 30.0, "percent", None)]),
])
def test_quantities(text: str, expected: list) -> None:
    assert q(text) == expected


@pytest.mark.parametrize("text", [
    "The uprising began in 2011.", "Talks resume on December 6.", "On 6 December talks resume.",
    "It was held from 2012 to 2018.", "The M5 highway was cut.", "The local outlet Daraa24 reported it.",
    "F-16 jets flew over.", "The meeting starts at 10:30.", "The meeting starts at 9 am.",
    "Call +44 20 7946 0958 for details.", "Under Resolution 2254, talks continue.",
    "For the first time, they met.", "One of the officials left.", "No one was hurt.",
    "They met on the 6th of December.", "Between 2011 and 2021 the war raged.",
])
def test_not_claims(text: str) -> None:
    assert q(text) == []


def test_claim_spans() -> None:
    body = "The convoy left at dawn. It carried 40 tonnes of aid, officials said. Nobody was hurt."
    (c,) = extract_claims(body)
    assert body[c.start:c.end] == c.text == "It carried 40 tonnes of aid, officials said."
    assert body[c.q_start:c.q_end] == c.quantity == "40 tonnes"
    assert (c.value, c.unit) == (40.0, "tonnes")


def test_two_numbers_in_a_sentence_give_two_claims() -> None:
    claims = extract_claims("Some 300 fighters and 12 tanks crossed the border.")
    assert [(c.quantity, c.unit) for c in claims] == [("Some 300", "fighters"), ("12", "tanks")]
    assert claims[0].text == claims[1].text


SPORTS_WIRE = """LONDON, Dec 7 (Reuters) - Results and standings from the league on Saturday.
Aston Villa 1 Southampton 0
Brentford 4 Newcastle United 2
Real Madrid v Getafe 2 0
Standings (tabulated under played, won, drawn, lost, goals for, against, points):
1 Liverpool 14 11 2 1 29 9 35
2 Chelsea 15 9 4 2 34 17 31
Arsenal 15 8 5 2 29 14 29
Liverpool won 3-1 at home, with 2 goals from Salah, and more than 50,000 fans watched.
"""


def test_result_tables_and_score_lines_are_not_claims() -> None:
    assert q(SPORTS_WIRE) == [("2", 2.0, "goals", None), ("more than 50,000", 50_000.0, "fans", "more than")]


@pytest.mark.parametrize("text", [
    "Final: 6-4 3-6 7-5 6-2",
    "BRENTFORD 4 NEWCASTLE 2\nFULHAM 1 ARSENAL 1",
    "Close:\nGold 2,345.10 up 0.4%\nSilver 27.80 down 1.2%\nBrent 81.20 up 2%",
    "Medals\nChina 40 27 24\nUnited States 40 44 42",
])
def test_listing_rows_are_not_claims(text: str) -> None:
    assert q(text) == []


def test_sentences_with_several_numbers_stay_claims() -> None:
    assert q("The party rose to 21%, two points behind the conservatives, and won 14 seats.") == [
        ("21%", 21.0, "percent", None), ("two", 2.0, "points", None), ("14", 14.0, "seats", None)]
    text = "Prices:\nGold rose 0.4% to $2,345.\nThe dollar rose 0.3%, and 12 banks cut rates by 0.25 points."
    assert [c[0] for c in q(text)] == ["0.4%", "$2,345", "0.3%", "12", "0.25"]


def test_a_counted_noun_does_not_cross_a_line_break() -> None:
    assert q("Turnout was 62\nStandings after the vote") == [("62", 62.0, "count", None)]


def test_parse_number_words() -> None:
    assert parse_number_words("one million") == 1_000_000
    assert parse_number_words("twenty-five") == 25
    assert parse_number_words("three hundred thousand") == 300_000
    assert parse_number_words("a dozen") == 12
    assert parse_number_words("banana") is None


def test_is_year_at() -> None:
    text = "In 2011 some 2000 people and 1999 troops; the 2014 vote"
    spans = {m.group(): is_year_at(text, m.start(), m.end()) for m in re.finditer(r"\d{4}", text)}
    assert spans == {"2011": True, "2000": False, "1999": False, "2014": True}


# --- the seeds ----------------------------------------------------------------------------------


def seed(sid: str) -> str:
    raw = next(SEEDS.glob(f"{sid}_*.txt")).read_text(encoding="utf-8")
    return raw[re.match(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:[^/\n]{1,60}/\s)?", raw).end():]


def test_seed_claims() -> None:
    two = q(seed("002"))
    assert ("over 80%", 80.0, "percent", "over") in two
    assert ("about 100 kilometers", 100.0, "km", "about") in two
    assert ("around one million", 1_000_000.0, "people", "around") in two
    three = q(seed("003"))
    assert ("about 100km", 100.0, "km", "about") in three
    assert not any("60 miles" in t for t, *_ in three)  # the bracketed conversion is the same fact
    assert ("more than 90 percent", 90.0, "percent", "more than") in three
    assert ("tens of thousands", None, "men", "vague") in three
    assert ("more than 500,000", 500_000.0, "people", "more than") in three
    assert ("fourth", 4.0, "ordinal", None) in three
    assert ("second-largest", 2.0, "ordinal", None) in three
    four = q(seed("004"))
    assert ("about 100 kilometers", 100.0, "km", "about") in four
    assert ("about 1 million", 1_000_000.0, "people", "about") in four
    assert ("At least 200", 200.0, "rebels", "at least") in four
    assert ("more than 305,000", 305_000.0, "people", "more than") in four
    assert ("over 100,000", 100_000.0, "people", "over") in four
    assert ("13", 13.0, "years", None) in four
    one = q(seed("001"))
    assert ("fifth largest", 5.0, "ordinal", None) in one
    for sid in ("000", "001", "002", "003", "004"):
        for text, *_ in q(seed(sid)):
            assert not re.fullmatch(r"(?:19|20)\d\d", text), (sid, text)  # no years
    assert q(seed("000")) == []  # its only numbers are years


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(
    ["more", "than", "100", "km", "(60", "miles)", "1,000", "million", "one", "of", "the", "%", "per", "cent",
     "$", "5bn", "tens", "thousands", "people", "2011", "December", "6", "fifth", "largest", "at", "least", "."]),
    max_size=14).map(" ".join)))
def test_quantities_never_crash(text: str) -> None:
    for qty in find_quantities(text):
        assert text[qty.start:qty.end] == qty.text
        assert qty.value is None or qty.value >= 0
    for c in extract_claims(text):
        assert text[c.q_start:c.q_end] == c.quantity
        assert c.start <= c.q_start <= c.q_end <= c.end


def test_numbers_inside_names_are_not_claims() -> None:
    from desk.extract import extract

    body = ("NEW YORK (Reuters) - The S&P 500 lost 2.95% and the FTSE 100 fell 1% on Wednesday, "
            "while 300 workers were laid off.")
    got = [(c.quantity, c.unit) for c in extract(body).claims]
    assert got == [("2.95%", "percent"), ("1%", "percent"), ("300", "workers")]
