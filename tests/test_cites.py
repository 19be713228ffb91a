"""Cited sources: outlets, agencies and monitors named with a citing cue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.extract.cites import extract_cites
from desk.extract.outlets import OUTLETS, canonical_outlet

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def cites(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.text) for c in extract_cites(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike was reported by CNN.", [("CNN", "reported by CNN")]),
    ("This is reported by the BBC.", [("BBC", "reported by the BBC")]),
    ("The convoy was hit, writes Reuters.", [("Reuters", "writes Reuters")]),
    ("The New York Times reported that aid stalled.", [("The New York Times", "The New York Times reported")]),
    ("Prices rose, the New York Times reports.", [("The New York Times", "the New York Times reports")]),
    ("the NYT reported on Monday", [("The New York Times", "the NYT reported")]),
    ("According to the Syrian Observatory for Human Rights, 40 died.",
     [("Syrian Observatory for Human Rights", "According to the Syrian Observatory for Human Rights")]),
    ("The SOHR said 40 died.", [("Syrian Observatory for Human Rights", "The SOHR said")]),
    ("Reuters could not independently verify the footage.",
     [("Reuters", "Reuters could not independently verify")]),
    ("A commander told Reuters the town fell.", [("Reuters", "told Reuters")]),
    ("A commander told Al Jazeera the town fell.", [("Al Jazeera", "told Al Jazeera")]),
    ("Sources cited by the Reuters agency said so.", [("Reuters", "cited by the Reuters agency")]),
    ("Reports in The Wall Street Journal said talks stalled.",
     [("The Wall Street Journal", "Reports in The Wall Street Journal")]),
    ("Iraqi state television said the border was shut.",
     [("Iraqi state television", "Iraqi state television said")]),
    ("Forty died, the army said, citing the Health Ministry.", [("Health Ministry", "citing the Health Ministry")]),
    ("In an interview with Le Monde, the envoy was blunt.", [("Le Monde", "In an interview with Le Monde")]),
    ("The local outlet Halab Today has published photos.", [("Halab Today", "local outlet Halab Today has published")]),
    ("The Kurdistan24 TV channel reported clashes.", [("Kurdistan24", "The Kurdistan24 TV channel reported")]),
    ("Footage aired by Orient News showed the blast.", [("Orient News", "aired by Orient News")]),
    ("Damascus Daily reported a curfew.", [("Damascus Daily", "Damascus Daily reported")]),
    ("The Institute for the Study of War, a Washington think tank, said troops advanced.",
     [("Institute for the Study of War", "The Institute for the Study of War, a Washington think tank, said")]),
    ("KYIV, Ukraine (AP) — Drones struck overnight.", [("Associated Press", "KYIV, Ukraine (AP) —")]),
    ("He told CNN’s Jake Tapper on Sunday that it was over.", [("CNN", "told CNN’s")]),
])
def test_cue_patterns(text: str, expected: list) -> None:
    assert cites(text) == expected


@pytest.mark.parametrize("text", [
    "The minister said the talks would resume.",
    "According to officials, the road is open.",
    "Omar Haddad said the siege would last.",
    "He told reporters the city had fallen.",
    "The embassy in the US has not confirmed this information.",
    "The army announced a curfew.",
    "Tehran began evacuating staff, citing Iran’s inability to hold on.",
    "Reuters and AFP are news agencies.",
    "Omar Haddad, a senior analyst, said so.",
    "MOSUL, Iraq (Mosul Times Staff) — a dateline credit of an unknown outlet is not a cite.",
])
def test_not_cites(text: str) -> None:
    assert cites(text) == []


def test_spans_and_order() -> None:
    body = "Reuters reported a blast. Later, according to CNN, a second one followed, writes Reuters."
    found = extract_cites(body)
    assert [c.name for c in found] == ["Reuters", "CNN", "Reuters"]
    for c in found:
        assert body[c.start:c.end] == c.text
    assert [c.start for c in found] == sorted(c.start for c in found)


def test_two_sources_in_one_sentence() -> None:
    body = "At least 20 died, Syrian state television said, citing Russia’s Coordination Center in Syria."
    assert cites(body) == [("Syrian state television", "Syrian state television said"),
                           ("Russia’s Coordination Center", "citing Russia’s Coordination Center")]


def test_every_outlet_alias_is_canonical() -> None:
    for outlet in OUTLETS:
        assert canonical_outlet(outlet.name) == outlet.name
        for alias in outlet.aliases:
            assert canonical_outlet(alias) is not None


# --- the seeds ----------------------------------------------------------------------------------


def seed(sid: str) -> str:
    raw = next(SEEDS.glob(f"{sid}_*.txt")).read_text(encoding="utf-8")
    return raw[re.match(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:[^/\n]{1,60}/\s)?", raw).end():]


@pytest.mark.parametrize(("sid", "expected"), [
    ("000", [("Reuters", "spoke to Reuters"), ("The Wall Street Journal", "Reports in The Wall Street Journal"),
             ("Reuters", "told Reuters"), ("The New York Times", "The New York Times reported")]),
    ("001", [("CNN", "reported by CNN"), ("Al Arabiya", "Al Arabiya TV channel released"),
             ("CNN", "According to CNN"), ("Reuters", "writes Reuters"),
             ("The New York Times", "The New York Times reports"),
             ("The Wall Street Journal", "according to the Wall Street Journal")]),
    ("002", [("Syrian Observatory for Human Rights", "According to the Syrian Observatory for Human Rights"),
             ("Daraa24", "local media Daraa24 has published"), ("Reuters", "cited by the Reuters agency")]),
    ("004", [("Reuters", "Reuters could not independently verify"), ("Reuters", "told Reuters"),
             ("Syrian state television", "Syrian state television said"),
             ("Russia’s Coordination Center", "citing Russia’s Coordination Center"),
             ("Syrian state media", "Syrian state media reported"),
             ("The New York Times", "The New York Times reported"),
             ("The New York Times", "in a separate interview with The New York Times")]),
])
def test_seed_cites(sid: str, expected: list) -> None:
    assert cites(seed(sid)) == expected


def test_seed_monitor_and_told() -> None:
    found = cites(seed("003"))
    names = [n for n, _ in found]
    assert names.count("Syrian Observatory for Human Rights") == 2
    assert ("Al Jazeera", "told Al Jazeera") in found


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(
    ["according", "to", "the", "Reuters", "CNN", "said", "told", "reported", "by", "citing", "state", "media",
     "Syrian", "television", "New", "York", "Times", ",", ".", "could", "not", "independently", "verify"]),
    max_size=12).map(" ".join)))
def test_never_crashes(text: str) -> None:
    for c in extract_cites(text):
        assert text[c.start:c.end] == c.text
        assert c.name
