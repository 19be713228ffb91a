"""Cross-article spelling: `entity_key`, `blocking_keys`, `same_entity` (the store's API)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.extract.aliases import (
    acronym,
    blocking_keys,
    entity_key,
    is_acronym,
    same_entity,
    similarity,
    skeleton,
)


@pytest.mark.parametrize("group", [
    ["Al-Assad", "Assad", "al-Assad’s", "Assadʼs", "Al Assad", "AL-ASSAD"],
    ["Bashar Al Assad", "Bashar al-Assad", "Bashar al-Assadʼs", "bashar al assad"],
    ["Sweida", "Suwayda", "As Suwayda", "As-Suwayda", "Suwaydah"],
    ["Deir ez-Zor", "Deir az Zor", "Deir Ezzor", "Deir ez Zor", "Deir-ez-Zor"],
    ["Russia", "Russian Federation", "Russia’s"],
    ["United States", "US", "U.S.", "USA", "U.S.A.", "United States of America"],
    ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    ["United Arab Emirates", "UAE", "U.A.E."],
    ["Turkey", "Turkiye", "Türkiye", "Turkiye’s"],
    ["Hayat Tahrir al-Sham", "Hayat Tahrir al Sham", "HTS", "Hay'at Tahrir al-Sham"],
    ["Hezbollah", "Hizbullah", "Hizballah"],
    ["The New York Times", "New York Times", "NYT"],
    ["Iraq", "Irak"],
])
def test_key_groups(group: list[str]) -> None:
    keys = {entity_key(n) for n in group}
    assert len(keys) == 1, {n: entity_key(n) for n in group}


@pytest.mark.parametrize(("a", "b"), [
    ("Iran", "Iraq"), ("Syrian Armed Forces", "Syrian Democratic Forces"), ("Al Jazeera", "Al Arabiya"),
    ("Daraa", "Daraa24"), ("Homs", "Hama"), ("Austria", "Australia"), ("Niger", "Nigeria"),
])
def test_look_alike_keys_differ(a: str, b: str) -> None:
    assert entity_key(a) != entity_key(b)


def test_key_folds() -> None:
    assert entity_key("Dar‘ā") == entity_key("Daraa")  # ayn and long vowels
    assert entity_key("Hamah") == entity_key("Hama")  # a final h after a vowel
    assert entity_key("Mahmoud") == entity_key("Mahmud")  # ou/u
    assert entity_key("Zayd") == entity_key("Zeid") == entity_key("Zaid")
    assert entity_key("the Levant") == entity_key("Levant")
    assert entity_key("") == ""
    assert entity_key("—") == ""
    assert entity_key("al") == "al"  # a lone article is kept


@pytest.mark.parametrize(("kind_a", "names_a", "kind_b", "names_b"), [
    ("person", ["Al-Assad"], "person", ["Bashar al-Assad", "Assad"]),
    ("person", ["Assad"], "person", ["Bashar Al Assad"]),
    ("person", ["Bashar al-Assad"], "person", ["Bashar Assad"]),
    ("place", ["Sweida"], "place", ["As Suwayda"]),
    ("place", ["Deir Ezzor"], "place", ["Deir az Zor"]),
    ("place", ["Dayr az Zawr"], "place", ["Deir ez-Zor"]),
    ("place", ["Russia"], "place", ["Russian Federation"]),
    ("place", ["Daraa"], "place", ["Deraa"]),
    ("organisation", ["Hayat Tahrir al-Sham"], "organisation", ["HTS"]),
    ("organisation", ["Levant Liberation Organization", "Hayat Tahrir al Sham"], "organisation", ["HTS"]),
    ("organisation", ["Syrian Democratic Forces", "SDF"], "organisation", ["SDF"]),
    ("organisation", ["Syrian Observatory for Human Rights"], "organisation", ["SOHR"]),
    ("organisation", ["Hezbollah"], "organisation", ["Hizbullah"]),
    ("person", ["Mohammed Haddad"], "person", ["Muhammad Haddad"]),
    ("other", ["Assad"], "person", ["Bashar al-Assad"]),
])
def test_same_entity_joins(kind_a: str, names_a: list[str], kind_b: str, names_b: list[str]) -> None:
    assert same_entity(kind_a, names_a, kind_b, names_b)
    assert same_entity(kind_b, names_b, kind_a, names_a)


@pytest.mark.parametrize(("kind_a", "names_a", "kind_b", "names_b"), [
    ("place", ["Iran"], "place", ["Iraq"]),
    ("organisation", ["Syrian Armed Forces"], "organisation", ["Syrian Democratic Forces"]),
    ("organisation", ["Al Jazeera"], "organisation", ["Al Arabiya"]),
    ("place", ["Daraa"], "organisation", ["Daraa24"]),
    ("place", ["Daraa"], "place", ["Daraa24"]),
    ("place", ["Austria"], "place", ["Australia"]),
    ("place", ["Iran"], "place", ["Oran"]),
    ("place", ["Amman"], "place", ["Oman"]),
    ("person", ["Bashar al-Assad"], "person", ["Hafez al-Assad"]),
    ("person", ["Fuad Hussein", "Hussein"], "person", ["Saddam Hussein", "Hussein"]),
    ("place", ["Jordan"], "person", ["Jordan"]),
    ("organisation", ["Syrian Revolutionary Forces"], "organisation", ["Syrian Armed Forces"]),
    ("place", ["Homs"], "place", ["Hama"]),
    ("person", [], "person", ["Assad"]),
    ("person", ["Hussein", "Fuad Hussein"], "person", ["Hussein", "Saddam Hussein"]),
])
def test_same_entity_keeps_apart(kind_a: str, names_a: list[str], kind_b: str, names_b: list[str]) -> None:
    assert not same_entity(kind_a, names_a, kind_b, names_b)
    assert not same_entity(kind_b, names_b, kind_a, names_a)


def test_similarity_scale() -> None:
    assert similarity("place", ["Sweida"], "place", ["Suwayda"]) == 1.0
    assert 0.8 <= similarity("place", ["Daraa"], "place", ["Deraa"]) < 1.0
    assert similarity("place", ["Iran"], "place", ["Iraq"]) == 0.0


def test_blocking_keys_find_the_candidates() -> None:
    """Every pair that `same_entity` joins in these groups shares a blocking key."""
    pairs = [("person", "Assad", "Bashar al-Assad"), ("organisation", "HTS", "Hayat Tahrir al-Sham"),
             ("organisation", "SDF", "Syrian Democratic Forces"), ("place", "Deir Ezzor", "Deir az Zor"),
             ("place", "Daraa", "Deraa"), ("place", "US", "United States"), ("person", "Mohammed Haddad",
                                                                             "Muhammad Haddad")]
    for kind, a, b in pairs:
        assert set(blocking_keys(a, kind)) & set(blocking_keys(b, kind)), (a, b)
    assert entity_key("Sweida") in blocking_keys("Sweida")
    assert all(k for k in blocking_keys("Bashar al-Assad"))
    assert blocking_keys("") == []


def test_acronyms() -> None:
    assert is_acronym("HTS") and is_acronym("U.S.") and not is_acronym("Homs") and not is_acronym("A")
    assert acronym("Hayat Tahrir al-Sham") == "hts"
    assert acronym("Syrian Observatory for Human Rights") == "sohr"
    assert acronym("Homs") == ""
    assert skeleton("dara") == "d:dr"


# --- properties ---------------------------------------------------------------------------------

names = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=400, deadline=None)
@given(names)
def test_entity_key_is_idempotent_and_total(name: str) -> None:
    key = entity_key(name)
    assert isinstance(key, str)
    assert entity_key(key) == key


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"(?:(?:al|Al|As|el|ad|ash)[- ])?[A-Z][a-z]{2,9}(?: [A-Z][a-z]{2,9}){0,2}", fullmatch=True))
def test_entity_key_properties_on_name_like_text(name: str) -> None:
    key = entity_key(name)
    assert key == entity_key(name.upper()) == entity_key(name.lower())
    assert key == entity_key(name + "’s") == entity_key(name.replace(" ", "-"))
    assert key in blocking_keys(name)
    assert same_entity("other", [name], "other", [name])


@settings(max_examples=200, deadline=None)
@given(st.lists(names, max_size=3), st.lists(names, max_size=3),
       st.sampled_from(["person", "place", "organisation", "other"]),
       st.sampled_from(["person", "place", "organisation", "other"]))
def test_same_entity_never_crashes_and_is_symmetric(a: list[str], b: list[str], ka: str, kb: str) -> None:
    s1 = similarity(ka, a, kb, b)
    assert 0.0 <= s1 <= 1.0
    if a and b:
        assert same_entity(ka, a, kb, b) == (s1 >= 0.8)
    for n in a:
        assert isinstance(blocking_keys(n, ka), list)
