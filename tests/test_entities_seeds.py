"""Entities over the five seed articles, and cross-article resolution the way the store does it."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from desk.extract.aliases import blocking_keys, same_entity, similarity
from desk.extract.entities import extract_entities
from desk.extract.model import Entity

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_PREFIX = re.compile(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:[^/\n]{1,60}/\s)?")


def seed_bodies() -> dict[str, str]:
    """Seed id → the body as stored: the text after the optional date and `Outlet/ ` prefixes."""
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name[:3]] = text[_PREFIX.match(text).end():]
    return out


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Entity]]:
    return {sid: extract_entities(body) for sid, body in seed_bodies().items()}


def names_of(entities: list[Entity]) -> dict[str, Entity]:
    """Every surface form (name and aliases) → its entity."""
    return {n: e for e in entities for n in (e.name, *e.aliases)}


def test_more_than_fifty_entities(extracted: dict[str, list[Entity]]) -> None:
    assert sum(len(v) for v in extracted.values()) > 50
    assert all(len(v) >= 10 for v in extracted.values())


def test_mentions_are_valid_spans(extracted: dict[str, list[Entity]]) -> None:
    bodies = seed_bodies()
    for sid, ents in extracted.items():
        body = bodies[sid]
        for e in ents:
            assert e.mentions == sorted(set(e.mentions))
            for s, t in e.mentions:
                surface = body[s:t]
                assert surface in (e.name, *e.aliases) or surface.title() == e.name, (sid, e.name, surface)
                assert not surface.endswith(("’s", "ʼs", "'s")), (sid, surface)


@pytest.mark.parametrize("bad", ["The", "While", "Against", "Later", "Reported", "December", "DECEMBER",
                                 "Friday", "Saturday", "Syrian", "Iranian", "Russian", "Russians", "Alawite",
                                 "Druze", "Retreat", "Rebels", "Thousands", "Ta", "Since", "Never", "Keys",
                                 "Capturing", "Militants", "Videos", "Regional Alarm", "Broader Implications",
                                 "Losing", "TV", "Forces", "President", "Foreign Minister"])
def test_no_junk_entities(extracted: dict[str, list[Entity]], bad: str) -> None:
    for sid, ents in extracted.items():
        assert bad not in names_of(ents), sid


EXPECTED = {
    "000": {"Daraa": "place", "Syria": "place", "Al-Assad": "person", "Damascus": "place", "Reuters": "organisation",
            "Nasib-Jaber": "place", "Jordan": "place", "Inkhil": "place", "Homs": "place", "Suwayda": "place",
            "Quneitra": "place", "Southern Operations Room": "organisation", "Umayyad Square": "place",
            "The Wall Street Journal": "organisation", "Russia": "place", "UAE": "place", "Washington": "place",
            "Qatar": "place", "Egypt": "place", "Iran": "place", "The New York Times": "organisation",
            "Quds Force": "organisation", "Mehdi Rahmati": "person", "Ukraine": "place", "Hezbollah": "organisation",
            "Israel": "place", "US": "place", "Syrian Democratic Forces": "organisation", "SDF": "organisation",
            "Deir ez-Zor": "place", "US State Department": "organisation"},
    "001": {"Daraa": "place", "As Suwayda": "place", "Damascus": "place", "CNN": "organisation",
            "Al Arabiya": "organisation", "Bashar al-Assad": "person", "Assad": "person", "Bashar Assad": "person",
            "Hayat Tahrir al-Sham": "organisation", "Syria": "place", "Nasib": "place", "Jordan": "place",
            "Aleppo": "place", "Hama": "place", "Homs": "place", "Iran": "place", "Tehran": "place",
            "Lebanon": "place", "Iraq": "place", "Latakia": "place", "Egypt": "place",
            "Syrian Revolutionary Forces": "organisation", "Syrian Armed Forces": "organisation",
            "Russian Federation": "place", "Oleksandr Chaiko": "person", "GUR": "organisation",
            "Jordanian Embassy": "organisation", "The Wall Street Journal": "organisation"},
    "002": {"Daraa": "place", "Jordan": "place", "Bashar Al Assad": "person", "Al Assad": "person",
            "Syrian Observatory for Human Rights": "organisation", "Daraa24": "organisation",
            "Reuters": "organisation", "Damascus": "place", "Russia": "place",
            "Levant Liberation Organization": "organisation", "Hayat Tahrir al Sham": "organisation",
            "Aleppo": "place", "Hama": "place", "Homs": "place", "Telegram": "organisation", "Syria": "place"},
    "003": {"Daraa": "place", "Bashar al-Assad": "person", "Assad": "person", "al-Assad": "person",
            "Damascus": "place", "Syria": "place", "Syrian Observatory for Human Rights": "organisation",
            "Syrian Observatory": "organisation", "Sweida": "place", "Baath Party": "organisation",
            "General Command of the Army and Armed Forces": "organisation", "Homs": "place", "Hama": "place",
            "Al Jazeera": "organisation", "Zeina Khodr": "person", "Khodr": "person", "Lebanon": "place",
            "Bekaa Valley": "place", "Hayat Tahrir al-Sham": "organisation", "HTS": "organisation",
            "Deir az Zor": "place", "Euphrates River": "place", "Turkiye": "place", "Hakan Fidan": "person",
            "Doha": "place", "Astana": "place", "Moscow": "place", "Tehran": "place", "Ankara": "place",
            "Berkay Mandiraci": "person", "Mandiraci": "person", "International Crisis Group": "organisation",
            "Bassam Sabbagh": "person", "Baghdad": "place", "Fuad Hussein": "person", "Iraq": "place"},
    "004": {"Homs": "place", "HOMS": "place", "Syria": "place", "Damascus": "place", "Anadolu Agency": "organisation",
            "Getty Images": "organisation", "Daraa": "place", "Bashar al-Assad": "person", "Assad": "person",
            "Reuters": "organisation", "Jordan": "place", "Mediterranean": "place", "Telegram": "organisation",
            "Hayat Tahrir al-Sham": "organisation", "HTS": "organisation", "Latakia": "place", "Tartus": "place",
            "Deir Ezzor": "place", "Aleppo": "place", "Hama": "place", "Islamic State": "organisation",
            "Aaron Rand": "person", "Century Foundation": "organisation", "Idlib": "place", "Russia": "place",
            "Coordination Center": "organisation", "Hezbollah": "organisation",
            "United Nations Human Rights Office": "organisation", "Iran": "place", "Tehran": "place",
            "Israel": "place", "Gaza": "place", "The New York Times": "organisation",
            "Abu Mohammed al-Golani": "person", "US": "place"},
}


@pytest.mark.parametrize("sid", sorted(EXPECTED))
def test_expected_entities_and_kinds(extracted: dict[str, list[Entity]], sid: str) -> None:
    found = names_of(extracted[sid])
    wrong = {n: (k, found[n].kind if n in found else None) for n, k in EXPECTED[sid].items()
             if n not in found or found[n].kind != k}
    assert not wrong, wrong


def test_in_article_alias_groups(extracted: dict[str, list[Entity]]) -> None:
    one = names_of(extracted["001"])
    assert one["Assad"] is one["Bashar al-Assad"] is one["Bashar Assad"]
    assert one["Bashar al-Assad"].name == "Bashar al-Assad"
    two = names_of(extracted["002"])
    assert two["Levant Liberation Organization"] is two["Hayat Tahrir al Sham"]
    assert two["Al Assad"] is two["Bashar Al Assad"]
    three = names_of(extracted["003"])
    assert three["HTS"] is three["Hayat Tahrir al-Sham"]
    assert three["Khodr"] is three["Zeina Khodr"]
    assert three["Mandiraci"] is three["Berkay Mandiraci"]
    assert three["Syrian Observatory"] is three["Syrian Observatory for Human Rights"]
    zero = names_of(extracted["000"])
    assert zero["SDF"] is zero["Syrian Democratic Forces"]
    assert len(zero["Al-Assad"].mentions) == 9
    four = names_of(extracted["004"])
    assert four["HOMS"] is four["Homs"] and four["Homs"].name == "Homs"


def test_modifier_apostrophe_possessive(extracted: dict[str, list[Entity]]) -> None:
    body = seed_bodies()["001"]
    assad = names_of(extracted["001"])["Assad"]
    assert all("ʼ" not in body[s:t] for s, t in assad.mentions)
    assert len(assad.mentions) >= 6


# --- across articles: the store's procedure ------------------------------------------------------


def resolve(all_entities: list[tuple[str, Entity]]) -> list[list[tuple[str, Entity]]]:
    """Cluster entities as the store does: candidates share a blocking key; join if `same_entity`."""
    index: dict[str, list[int]] = defaultdict(list)
    clusters: list[dict] = []
    for sid, ent in all_entities:
        names = [ent.name, *ent.aliases]
        keys = {k for n in names for k in blocking_keys(n, ent.kind)}
        candidates = {c for k in keys for c in index.get(k, ())}
        best, best_score = None, 0.0
        for c in sorted(candidates):
            cl = clusters[c]
            score = similarity(ent.kind, names, cl["kind"], cl["names"])
            if score >= 0.8 and score > best_score:
                best, best_score = c, score
        if best is None:
            best = len(clusters)
            clusters.append({"kind": ent.kind, "names": [], "members": []})
        cl = clusters[best]
        cl["names"].extend(n for n in names if n not in cl["names"])
        cl["members"].append((sid, ent))
        for k in keys:
            if best not in index[k]:
                index[k].append(best)
    return [cl["members"] for cl in clusters]


@pytest.fixture(scope="module")
def clusters(extracted: dict[str, list[Entity]]) -> list[list[tuple[str, Entity]]]:
    return resolve([(sid, e) for sid in sorted(extracted) for e in extracted[sid]])


def cluster_of(clusters: list[list[tuple[str, Entity]]], sid: str, name: str) -> int:
    for i, members in enumerate(clusters):
        for s, e in members:
            if s == sid and name in (e.name, *e.aliases):
                return i
    raise AssertionError(f"{name} not in {sid}")


@pytest.mark.parametrize("group", [
    [("000", "Al-Assad"), ("001", "Bashar al-Assad"), ("002", "Bashar Al Assad"), ("003", "Bashar al-Assad"),
     ("004", "Bashar al-Assad")],
    [("000", "Suwayda"), ("001", "As Suwayda"), ("003", "Sweida")],
    [("000", "Deir ez-Zor"), ("003", "Deir az Zor"), ("004", "Deir Ezzor")],
    [("000", "Russia"), ("001", "Russian Federation"), ("002", "Russia"), ("004", "Russia")],
    [("001", "Hayat Tahrir al-Sham"), ("002", "Hayat Tahrir al Sham"), ("003", "HTS"), ("004", "HTS")],
    [("000", "Daraa"), ("001", "Daraa"), ("002", "Daraa"), ("003", "Daraa"), ("004", "Daraa")],
    [("000", "The Wall Street Journal"), ("001", "The Wall Street Journal")],
    [("002", "Syrian Observatory for Human Rights"), ("003", "Syrian Observatory")],
    [("000", "Homs"), ("004", "HOMS")],
])
def test_spelling_groups_join_across_articles(clusters: list, group: list[tuple[str, str]]) -> None:
    ids = {cluster_of(clusters, sid, name) for sid, name in group}
    assert len(ids) == 1, group


@pytest.mark.parametrize(("a", "b"), [
    (("001", "Iran"), ("001", "Iraq")),
    (("003", "Iran"), ("003", "Iraq")),
    (("001", "Syrian Armed Forces"), ("000", "Syrian Democratic Forces")),
    (("001", "Syrian Armed Forces"), ("001", "Syrian Revolutionary Forces")),
    (("003", "Al Jazeera"), ("001", "Al Arabiya")),
    (("002", "Daraa"), ("002", "Daraa24")),
    (("001", "Bashar al-Assad"), ("002", "Syrian Observatory for Human Rights")),
    (("003", "Hakan Fidan"), ("003", "Fuad Hussein")),
])
def test_look_alikes_stay_apart(clusters: list, a: tuple[str, str], b: tuple[str, str]) -> None:
    assert cluster_of(clusters, *a) != cluster_of(clusters, *b)


def test_same_entity_on_seed_entities(extracted: dict[str, list[Entity]]) -> None:
    al_assad = names_of(extracted["000"])["Al-Assad"]
    bashar = names_of(extracted["002"])["Bashar Al Assad"]
    assert same_entity(al_assad.kind, [al_assad.name, *al_assad.aliases], bashar.kind, [bashar.name, *bashar.aliases])
