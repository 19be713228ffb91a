"""Quote extraction over the five seed articles: every quoted passage, with its kind and speaker."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk.extract.quotes import extract_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_PREFIX = re.compile(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:[A-Z][\w .&'-]{0,40}/\s)?")


def body(n: int) -> str:
    path = sorted(SEEDS.glob(f"{n:03d}_*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    return text[_PREFIX.match(text).end() :]


def quotes(n: int):
    b = body(n)
    out = extract_quotes(b)
    for q in out:
        assert b[q.start : q.end] == q.text
    return out


def find(qs, start: str):
    hits = [q for q in qs if q.text.startswith(start)]
    assert len(hits) == 1, (start, [q.text for q in qs])
    return hits[0]


def row(q):
    return (q.kind, q.speaker, q.speaker_kind, q.role, q.via)


@pytest.mark.parametrize("n", range(5))
def test_offsets_and_shape(n):
    b = body(n)
    last = -1
    for q in quotes(n):
        assert 0 <= q.start < q.end <= len(b)
        assert q.start > last
        last = q.start
        assert q.text == q.text.strip()


def test_seed_quote_counts():
    # every double-quoted passage in the seeds, one Quote each (002 has none)
    assert [len(quotes(n)) for n in range(5)] == [8, 3, 0, 9, 4]


def test_seed_000():
    qs = quotes(0)
    assert row(find(qs, "This is a decisive step")) == (
        "quote", "an opposition leader", "anonymous", "who spoke to Reuters on condition of anonymity", "Reuters",
    )
    assert row(find(qs, "Southern Operations Room")) == ("term", None, "unknown", None, None)
    assert row(find(qs, "Our destination is Damascus")) == (
        "quote", "Southern Operations Room", "organisation", None, None,
    )
    assert row(find(qs, "Al-Assad sought weapons")) == ("quote", "a Syrian official", "anonymous", None, "Reuters")
    # Rahmati's two quotes around one attribution
    for start in ("Iran now recognizes", "This represents a major shift"):
        assert row(find(qs, start)) == ("quote", "Mehdi Rahmati", "person", "Iranian analyst", None)
    assert row(find(qs, "This level of opposition success")) == (
        "quote", "a Western diplomat", "anonymous", None, None,
    )
    assert row(find(qs, "We urge all US citizens")) == ("quote", "US State Department", "organisation", None, None)


def test_seed_001_terms_and_fragment():
    qs = quotes(1)
    assert row(find(qs, "temporary withdrawal")) == ("term", None, "unknown", None, None)
    assert row(find(qs, "hundreds")) == ("term", None, "unknown", None, None)
    q = find(qs, "response to months of continuous attacks")
    assert q.kind == "partial" and q.speaker is None and q.speaker_kind == "unknown"


def test_seed_003():
    qs = quotes(3)
    assert row(find(qs, "the cradle of the revolution")) == ("term", None, "unknown", None, None)
    army = "General Command of the Army and Armed Forces"
    q = find(qs, "Our forces operating in Daraa")
    assert row(q) == ("quote", army, "organisation", None, "state media")
    assert "… security cordon" in q.text
    assert row(find(qs, "beginning to regain control")) == ("partial", army, "organisation", None, None)
    khodr = ("Zeina Khodr", "person", "Al Jazeera")
    assert row(find(qs, "[Opposition forces] are now"))[1:4] == khodr
    assert row(find(qs, "They have repeated a call"))[1:4] == khodr
    multi = find(qs, "This could indicate")
    assert row(multi)[:4] == ("quote", *khodr)
    assert "\n“It’s unclear whether" in multi.text
    assert multi.text.endswith("along the coast.")
    mandiraci = ("Berkay Mandiraci", "person", "a senior Turkiye analyst at the International Crisis Group")
    assert row(find(qs, "Diplomacy now may focus")) == ("quote", *mandiraci, "Al Jazeera")
    assert row(find(qs, "The unexpected rebel advances"))[:4] == ("quote", *mandiraci)
    assert row(find(qs, "cannot be part of any war")) == (
        "partial", "Fuad Hussein", "person", "Iraqi Foreign Minister", None,
    )


def test_seed_004():
    qs = quotes(4)
    assert row(find(qs, "Our forces have liberated")) == (
        "quote", "Syrian forces leading the all-out offensive", "organisation", None, "Telegram",
    )
    rand = ("Aaron Rand", "person", "a fellow at the Century Foundation think tank")
    assert row(find(qs, "is fighting for its life")) == ("partial", *rand, None)
    # `he said` after a sentence naming Rand (the speaker) and Assad (an object): Rand
    assert row(find(qs, "given the way things have gone"))[1:4] == rand
    # `he said` after al-Golani's sentence, several paragraphs after Rand
    assert row(find(qs, "This operation crushed the enemy"))[1:4] == (
        "Abu Mohammed al-Golani", "person", "head of the main rebel faction HTS",
    )


def test_every_speech_quote_in_seeds_has_a_speaker_but_the_unattributed_fragment():
    for n in range(5):
        for q in quotes(n):
            if q.kind == "term":
                continue
            if q.text.startswith("response to months"):
                continue
            assert q.speaker, (n, q.text)
