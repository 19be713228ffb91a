"""Entity extraction rules, one behaviour per test, on short texts written for the tests."""

from __future__ import annotations

import sys
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.extract import entities as ents
from desk.extract.entities import (
    EntityExtractor,
    RuleBasedExtractor,
    SpacyExtractor,
    extract_entities,
    get_entity_extractor,
    merge_mentions,
)
from desk.extract.gazetteer import country_form, is_place, lookup
from desk.extract.outlets import canonical_outlet, find_outlets


def by_name(text: str) -> dict:
    return {e.name: e for e in extract_entities(text)}


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_entities(text)}


# --- candidates ---------------------------------------------------------------------------------


def test_empty_and_blank_bodies() -> None:
    assert extract_entities("") == []
    assert extract_entities("   \n\n ") == []


def test_mentions_are_spans_into_the_body() -> None:
    body = "Protesters gathered in Mosul on Monday. Later, police in Mosul dispersed them."
    for e in extract_entities(body):
        for s, t in e.mentions:
            assert body[s:t] in [e.name, *e.aliases]
    assert len(by_name(body)["Mosul"].mentions) == 2


def test_sentence_initial_common_words_are_not_entities() -> None:
    body = ("While talks continued, the envoy left Geneva. Later, officials met. Against the odds, a deal held. "
            "Reported. Meanwhile, Basra was calm. The ceasefire held.")
    names = set(by_name(body))
    assert {"While", "Later", "Against", "Reported", "Meanwhile", "The"}.isdisjoint(names)
    assert {"Geneva", "Basra"} <= names


def test_document_labels_are_not_entities() -> None:
    assert set(by_name("The budget, in Section 4 and Article 19 of the law, funds Basra.")) == {"Basra"}


def test_weekdays_and_months_are_not_entities() -> None:
    names = set(by_name("The vote on Tuesday was moved to March. Observers arrived in Kirkuk on Sunday."))
    assert names == {"Kirkuk"}


def test_all_caps_dateline_gives_places_not_the_month() -> None:
    body = "MOSUL, IRAQ – MARCH 3: Residents returned to the old city of Mosul on Tuesday."
    found = kinds(body)
    assert found.get("Mosul") == "place"
    assert found.get("Iraq") == "place"
    assert not any(n.upper() == "MARCH" for n in found)


@pytest.mark.parametrize("body", [
    "BERLIN, March 3 (Reuters) - Talks to form a new government stalled on Monday.",
    "LONDON, Dec 7 (Reuters) - Results and standings from the league on Saturday.",
    "GAZA CITY (AP) — Talks resumed in Cairo on Sunday.",
    "KYIV, Ukraine (AP) — Drones struck the city overnight, officials said.",
    "Lyon (AFP) - Talks between the unions and the employers broke down.",
])
def test_the_word_after_a_dateline_starts_a_sentence(body: str) -> None:
    names = set(by_name(body))
    assert {"Talks", "Results", "Drones"}.isdisjoint(names)


def test_a_known_or_repeated_name_after_a_dateline_is_kept() -> None:
    found = kinds("PARIS (Reuters) - Macron met the unions on Monday. Aides said Macron would not budge.")
    assert found.get("Paris") == "place"
    assert "Macron" in found
    assert kinds("ROME, May 2 (Reuters) - Germany and Italy signed the accord.").get("Germany") == "place"


def test_headings_only_count_known_or_repeated_names() -> None:
    body = ("Tensions rise in Basra\n\nMarket Turmoil and Political Fallout\n\n"
            "Traders in Basra closed their shops after the currency fell.")
    names = set(by_name(body))
    assert "Basra" in names
    assert {"Market Turmoil", "Turmoil", "Political Fallout", "Fallout", "Tensions"}.isdisjoint(names)


def test_possessives_strip_to_the_name() -> None:
    for apostrophe in ("’", "'", "ʼ"):
        body = f"President Emmanuel Macron{apostrophe}s office said Macron{apostrophe}s plan stands."
        e = by_name(body)["Emmanuel Macron"]
        assert e.kind == "person"
        assert all(not body[s:t].endswith("s" + apostrophe) and apostrophe not in body[s:t] for s, t in e.mentions)


def test_demonyms_alone_are_not_entities_but_help_typing() -> None:
    body = "Syrian and Iranian officials met. The Kurdish Red Crescent and the Syrian Observatory for Human Rights spoke."
    found = kinds(body)
    assert "Syrian" not in found and "Iranian" not in found and "Kurdish" not in found
    assert found["Syrian Observatory for Human Rights"] == "organisation"


def test_hyphenated_suffixes_end_a_name() -> None:
    found = kinds("Turkey-backed fighters and Basra-based traders met anti-Houthi tribes near the Oman-Yemen border.")
    assert found.get("Turkey") == "place"
    assert found.get("Basra") == "place"
    assert "Houthis" in found or "Houthi" in found
    assert "Turkey-backed" not in found and "Basra-based" not in found


# --- typing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The talks were hosted by Foreign Minister Ayman Safadi in the capital.", "Ayman Safadi", "person"),
        ("Fighting continued, said military analyst Rami Nasr on Monday.", "Rami Nasr", "person"),
        ("Lina Haddad, a researcher at the institute, disagreed.", "Lina Haddad", "person"),
        ("The attack was condemned by General Valery Gerasimov.", "Valery Gerasimov", "person"),
        ("A spokesman for the Popular Front Party denied it.", "Popular Front Party", "organisation"),
        ("The Kurdistan Regional Council met in emergency session.", "Kurdistan Regional Council", "organisation"),
        ("Troops reached the city of Tadmur before dawn.", "Tadmur", "place"),
        ("Crowds filled Tahrir Square again.", "Tahrir Square", "place"),
        ("Convoys moved along the Litani River overnight.", "Litani River", "place"),
        ("Aid reached Basra and Karbala by road.", "Karbala", "place"),
        ("The decision by NATO surprised Ankara.", "NATO", "organisation"),
        ("Officials from the Ministry of Defence declined to comment.", "Ministry of Defence", "organisation"),
    ],
)
def test_typing_by_cues(body: str, name: str, kind: str) -> None:
    found = {e.name: e for e in extract_entities(body)}
    names = {n: e for e in found.values() for n in [e.name, *e.aliases]}
    assert name in names, found.keys()
    assert names[name].kind == kind


@pytest.mark.parametrize("name", ["Social Democrats", "Liberal Democrats", "Christian Democrats", "Republicans",
                                  "Democrats", "Conservatives", "Greens", "Socialists"])
def test_plural_party_names_are_organisations(name: str) -> None:
    body = f"In the vote on Tuesday the {name} backed the budget, officials in Lyon said."
    assert kinds(body).get(name) == "organisation"


def test_party_with_its_acronym_is_one_organisation() -> None:
    ents_ = by_name("Talks stalled as the Social Democrats (SPD) demanded concessions. The SPD said no.")
    assert ents_["Social Democrats"].kind == "organisation"
    assert ents_["Social Democrats"].aliases == ["SPD"]


def test_a_spelling_variant_of_a_small_city_is_no_place_without_a_cue() -> None:
    # `Forsa` is found in the gazetteer only as a variant of Finland's `Forssa`
    assert kinds("Support stood at 21 percent, according to a poll by Forsa.").get("Forsa") == "organisation"
    assert kinds("The pollster Forsa put support at 21 percent.").get("Forsa") == "organisation"
    assert kinds("Support stood at 21 percent, Forsa found.").get("Forsa") == "other"
    assert kinds("The paper mill in Forsa closed last year.").get("Forsa") == "place"


def test_a_spelling_variant_of_a_city_is_a_place_beside_its_country() -> None:
    # `Hama` is a variant of the gazetteer's `Ḩamāh`
    assert kinds("The army said Hama was calm, while Syria denied the reports.").get("Hama") == "place"
    assert kinds("Officials in Damascus said Hama was calm.").get("Hama") == "place"


def test_unknown_acronym_is_an_organisation() -> None:
    assert kinds("The statement from ZXQ came late.").get("ZXQ") == "organisation"


def test_titles_are_peeled_off_persons() -> None:
    found = by_name("Iraqi Prime Minister Mohammed Shia al-Sudani visited Basra.")
    assert "Mohammed Shia al-Sudani" in found
    assert found["Mohammed Shia al-Sudani"].kind == "person"
    assert not any(n.startswith(("Iraqi", "Prime")) for n in found)


def test_org_word_keeps_of_phrase_together() -> None:
    found = by_name("The Supreme Council of the Armed Forces and Police met in Cairo.")
    assert "Supreme Council of the Armed Forces and Police" in found
    assert found["Cairo"].kind == "place"


def test_and_between_places_splits_them() -> None:
    found = kinds("Shelling hit Homs and Hama overnight.")
    assert found == {"Homs": "place", "Hama": "place"}


def test_outlets_are_organisations_with_canonical_names() -> None:
    found = by_name("Footage aired by Al Arabiya TV showed the convoy, the New York Times said.")
    assert found["Al Arabiya"].kind == "organisation"
    assert "The New York Times" in found


def test_person_cue_from_pronoun_and_regime() -> None:
    found = kinds("Aliyev’s government fell. Later Aliyev said his family had left.")
    assert found.get("Aliyev") == "person"


# --- aliases inside an article ------------------------------------------------------------------


def test_surname_back_reference_joins_the_full_name() -> None:
    body = "Analyst Omar Haddad said the siege would last. Haddad added that supplies were low."
    e = by_name(body)["Omar Haddad"]
    assert e.kind == "person"
    assert "Haddad" in e.aliases
    assert len(e.mentions) == 2


def test_inline_acronym_joins_its_long_form() -> None:
    body = "The Popular Mobilization Forces (PMF) deployed. Later the PMF withdrew."
    e = by_name(body)["Popular Mobilization Forces"]
    assert e.kind == "organisation"
    assert e.aliases == ["PMF"]
    assert len(e.mentions) == 3


def test_inline_acronym_joins_a_long_form_with_connectors() -> None:
    body = ("Support for the far-right Alternative for Germany (AfD) rose again. "
            "The AfD has ruled out a coalition.")
    ents_ = by_name(body)
    assert "Alternative" not in ents_
    e = ents_["Alternative for Germany"]
    assert e.kind == "organisation"
    assert "AfD" in e.aliases
    assert len(e.mentions) == 3


def test_inline_acronym_belongs_to_the_nearer_name() -> None:
    ents_ = by_name("Chancellor Olaf Scholz of the Social Democrats (SPD) spoke in parliament.")
    assert ents_["Olaf Scholz"].kind == "person"
    assert ents_["Social Democrats"].kind == "organisation"
    assert "SPD" in ents_["Social Democrats"].aliases


def test_parenthesised_other_language_name_joins() -> None:
    body = "The Islamic Resistance Movement (Harakat al-Muqawama al-Islamiya, in Arabic) rejected it."
    found = by_name(body)
    assert len(found) == 1
    (e,) = found.values()
    assert {e.name, *e.aliases} == {"Islamic Resistance Movement", "Harakat al-Muqawama al-Islamiya"}


def test_spelling_variants_of_one_place_join() -> None:
    body = "Fighters entered Sweida on Monday. Residents of As Suwayda said the city was quiet."
    places = [e for e in extract_entities(body) if e.kind == "place"]
    assert len(places) == 1
    assert {places[0].name, *places[0].aliases} == {"Sweida", "As Suwayda"}


def test_name_is_the_fullest_form() -> None:
    body = "Assad’s forces retreated. Bashar al-Assad left. Al-Assad was not seen again."
    e = by_name(body)["Bashar al-Assad"]
    assert set(e.aliases) >= {"Assad", "Al-Assad"}


def test_two_people_sharing_a_surname_do_not_swallow_it() -> None:
    body = "Ali Hassan met Omar Hassan in Basra. Hassan said nothing."
    found = by_name(body)
    assert "Ali Hassan" in found and "Omar Hassan" in found
    assert "Hassan" not in found["Ali Hassan"].aliases and "Hassan" not in found["Omar Hassan"].aliases


# --- gazetteer and outlets ----------------------------------------------------------------------


def test_gazetteer_lookups() -> None:
    assert lookup("Damascus").type == "capital"
    assert lookup("Iraq").type == "country"
    assert lookup("Sweida").gid == lookup("Suwayda").gid == lookup("As-Suwayda").gid
    assert lookup("Deir Ezzor").gid == lookup("Deir ez-Zor").gid == lookup("Deir az Zor").gid
    assert lookup("Iran").gid != lookup("Iraq").gid
    assert lookup("Retreat") is None  # a town in South Africa, and an English word
    assert lookup("Retreat", weak=True).type == "city~"
    assert not is_place("Rahmati")
    assert country_form("Russian Federation") == "Russia"
    assert country_form("U.S.") == "United States"
    assert country_form("Türkiye") == country_form("Turkiye") == "Turkey"


def test_outlets_canonical_names() -> None:
    assert canonical_outlet("the NYT") == "The New York Times"
    assert canonical_outlet("New York Times") == "The New York Times"
    assert canonical_outlet("Reuters agency") == "Reuters"
    assert canonical_outlet("Time", strict=True) is None
    assert canonical_outlet("Nothing Known Here") is None
    spans = find_outlets("as Reuters and the Wall Street Journal reported, and Time did not")
    assert [n for _, _, n in spans] == ["Reuters", "The Wall Street Journal"]


# --- backends -----------------------------------------------------------------------------------


def test_default_backend_is_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESK_ENTITY_BACKEND", raising=False)
    ex = get_entity_extractor()
    assert isinstance(ex, RuleBasedExtractor)
    assert isinstance(ex, EntityExtractor)


def test_spacy_backend_falls_back_without_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_ENTITY_BACKEND", "spacy")
    monkeypatch.setenv("DESK_SPACY_MODEL", "no_such_model_for_tests")
    monkeypatch.setitem(sys.modules, "spacy", None)  # import fails
    ents._backend.cache_clear()
    try:
        assert isinstance(get_entity_extractor(), RuleBasedExtractor)
        assert extract_entities("Aid reached Basra.")[0].name == "Basra"
    finally:
        ents._backend.cache_clear()


class _Ent:
    def __init__(self, body: str, text: str, label: str, nth: int = 0) -> None:
        start = -1
        for _ in range(nth + 1):
            start = body.index(text, start + 1)
        self.start_char, self.end_char, self.label_, self.text = start, start + len(text), label, text


def test_spacy_adapter_with_a_fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    body = "Omar Haddad visited Basra. Haddad’s aides met the UN. Later, Basra was quiet on Friday."

    def nlp(text: str) -> types.SimpleNamespace:
        return types.SimpleNamespace(ents=[
            _Ent(text, "Omar Haddad", "PERSON"), _Ent(text, "Basra", "GPE"), _Ent(text, "Haddad’s", "PERSON"),
            _Ent(text, "UN", "ORG"), _Ent(text, "Basra", "GPE", 1), _Ent(text, "Friday", "DATE"),
        ])

    fake = types.ModuleType("spacy")
    fake.load = lambda name: nlp  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "spacy", fake)
    monkeypatch.setenv("DESK_ENTITY_BACKEND", "spacy")
    ents._backend.cache_clear()
    try:
        ex = get_entity_extractor()
        assert isinstance(ex, SpacyExtractor)
        found = {e.name: e for e in extract_entities(body)}
    finally:
        ents._backend.cache_clear()
    assert set(found) == {"Omar Haddad", "Basra", "UN"}
    assert found["Omar Haddad"].aliases == ["Haddad"]
    assert found["Basra"].kind == "place" and len(found["Basra"].mentions) == 2
    assert found["UN"].kind == "organisation"


def test_merge_mentions_groups_by_key() -> None:
    body = "Al-Sadr spoke. Moqtada al-Sadr left."
    merged = merge_mentions(body, [(0, 7, "person"), (15, 30, "person")])
    assert len(merged) == 1
    assert merged[0].name == "Moqtada al-Sadr"


@pytest.mark.parametrize(("body", "expected"), [
    ("US Secretary of State Antony Blinken arrived.", {"US": "place", "Antony Blinken": "person"}),
    ("ECB President Christine Lagarde spoke.", {"ECB": "organisation", "Christine Lagarde": "person"}),
    ("Quds Force Commander Qasem Soleimani was killed.", {"Quds Force": "organisation", "Qasem Soleimani": "person"}),
    ("Prices fell. Chief Executive Tim Cook was upbeat.", {"Tim Cook": "person"}),
    ("Army Chief of Staff Eyal Zamir spoke.", {"Eyal Zamir": "person"}),
    ("Analyst Omar Haddad disagreed.", {"Omar Haddad": "person"}),
])
def test_titles_after_organisations_and_places(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


def test_the_is_dropped_from_known_names_without_it() -> None:
    found = by_name("The Institute for the Study of War said so. Analysts at the Institute for the Study of War agreed.")
    e = found["Institute for the Study of War"]
    assert e.aliases == [] and len(e.mentions) == 2


_pieces = st.sampled_from(["Al-Assad’s", "the", "City", "of", "Homs", "President", "Bashar", "al-Assad", "(HTS)",
                           "Hayat", "Tahrir", "al", "Sham", ",", ".", "\n\n", "US-backed", "Syrian", "Forces", "and",
                           "ʼs", "Ministry", "for", "anti-", "DECEMBER", "6:", "Reuters", "said", "O'Brien", "–"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_pieces, max_size=25).map(" ".join)))
def test_extraction_never_crashes_and_spans_hold(body: str) -> None:
    for e in extract_entities(body):
        assert e.kind in ("person", "place", "organisation", "other")
        assert e.name
        for s, t in e.mentions:
            assert 0 <= s < t <= len(body)
            assert body[s:t] in (e.name, *e.aliases) or body[s:t].title() == e.name


# --- wire copy: titles, market names, party tags, employers --------------------------------------


@pytest.mark.parametrize(("body", "person"), [
    ("Senate Majority Leader Chuck Schumer said the bill would pass.", "Chuck Schumer"),
    ("Fed Chair Jerome Powell told reporters rates would stay high.", "Jerome Powell"),
    ("House Speaker Mike Johnson said the vote was delayed.", "Mike Johnson"),
    ("Treasury Secretary Janet Yellen said the economy was strong.", "Janet Yellen"),
    ("Secretary of State Antony Blinken arrived in Cairo.", "Antony Blinken"),
    ("Defense Secretary Lloyd Austin said more troops would go.", "Lloyd Austin"),
    ("Prime Minister Keir Starmer spoke in London.", "Keir Starmer"),
    ("Vice President Kamala Harris spoke in Atlanta.", "Kamala Harris"),
    ("Chief Executive Officer Tim Cook said sales rose.", "Tim Cook"),
    ("Attorney General Merrick Garland said the department would appeal.", "Merrick Garland"),
    ("Governor Gavin Newsom signed the bill.", "Gavin Newsom"),
    ("Gen. Mark Milley told lawmakers the army was ready.", "Mark Milley"),
    ("Former Fed Chair Ben Bernanke said so.", "Ben Bernanke"),
    ("Homeland Security Secretary Alejandro Mayorkas testified.", "Alejandro Mayorkas"),
    ("Former Prime Minister John Major said so.", "John Major"),
])
def test_role_words_before_a_name_are_not_part_of_it(body: str, person: str) -> None:
    found = by_name(body)
    assert person in found and found[person].kind == "person"
    assert not any(person in n and n != person for n in found)


def test_titled_name_joins_its_later_surname() -> None:
    body = ("Senate Majority Leader Chuck Schumer said the bill would pass. Schumer added that talks "
            "would continue. Fed Chair Jerome Powell spoke later. Powell said inflation was easing.")
    found = by_name(body)
    assert found["Chuck Schumer"].aliases == ["Schumer"]
    assert found["Jerome Powell"].aliases == ["Powell"]


def test_regnal_names_keep_their_title() -> None:
    # a pope's or a monarch's single regnal name is named with the title; a later bare name joins it
    found = by_name("Pope Francis called for peace. King Charles III met the prime minister. Francis left.")
    assert found["Pope Francis"].kind == "person" and found["Pope Francis"].aliases == ["Francis"]
    assert found["King Charles III"].kind == "person"


@pytest.mark.parametrize(("body", "org"), [
    ("The Federal Reserve cut interest rates on Wednesday.", "Federal Reserve"),
    ("Stocks slid and the Nasdaq Composite lost 1.2%.", "Nasdaq Composite"),
    ("The National Weather Service issued a warning.", "National Weather Service"),
    ("Goldman Sachs said profits rose.", "Goldman Sachs"),
    ("The Central Election Commission said turnout was low.", "Central Election Commission"),
])
def test_organisations_are_not_persons_by_default(body: str, org: str) -> None:
    assert kinds(body).get(org) == "organisation"


def test_unknown_two_word_names_need_evidence_to_be_persons() -> None:
    found = kinds("Shares of Standard Chartered fell. Global Payments said revenue rose. Investors sold "
                  "Federal Realty. Royal Mail said it would cut jobs. The Zephyr Quorum said nothing.")
    assert found and "person" not in found.values()


def test_unknown_names_with_evidence_stay_persons() -> None:
    found = kinds("Ozan Yildiran said the lira would fall. Yildiran added that rates were too low.")
    assert found == {"Ozan Yildiran": "person"}
    found = kinds("Analyst Mehdi Rahmati said so, and Berkay Mandiraci agreed.")
    assert found == {"Mehdi Rahmati": "person", "Berkay Mandiraci": "person"}
    found = kinds("Talks between Xi Jinping and Narendra Modi went well.")
    assert found == {"Xi Jinping": "person", "Narendra Modi": "person"}


@pytest.mark.parametrize(("body", "org"), [
    ("The S&P 500 fell 0.8% on Tuesday.", "S&P 500"),
    ("Shares of AT&T rose 2%.", "AT&T"),
    ("Johnson & Johnson fell after the ruling.", "Johnson & Johnson"),
    ("P&G gained on strong sales.", "P&G"),
    ("In London the FTSE 100 slipped.", "FTSE 100"),
    ("In Tokyo the Nikkei 225 rose.", "Nikkei 225"),
    ("In Frankfurt the DAX fell.", "DAX"),
])
def test_market_names_are_one_organisation(body: str, org: str) -> None:
    found = by_name(body)
    assert org in found and found[org].kind == "organisation"
    assert not any(len(n) == 1 for n in found)


def test_single_letters_are_never_entities() -> None:
    found = by_name("Plan B failed, sources said. Vitamin C and M&A deals, Q&A sessions and R&D spending rose.")
    assert not any(len(n.strip(".")) == 1 for n in found)
    assert {"M&A", "Q&A", "R&D"}.isdisjoint(found)


def test_party_state_tags_are_not_entities() -> None:
    body = ("Sen. Rand Paul, R-Ky., objected. Rep. Alexandria Ocasio-Cortez, D-N.Y., said no. "
            "Sen. Bernie Sanders (I-Vt.) agreed.")
    found = kinds(body)
    assert found == {"Rand Paul": "person", "Alexandria Ocasio-Cortez": "person", "Bernie Sanders": "person"}


def test_at_after_a_job_title_introduces_an_employer() -> None:
    found = kinds('"Markets are nervous," said Michael Brown, senior research strategist at Pepperstone in London.')
    assert found == {"Michael Brown": "person", "Pepperstone": "organisation", "London": "place"}
    found = kinds("Prices fell, said Jane Foley, head of FX strategy at Rabobank.")
    assert found.get("Rabobank") == "organisation"


def test_an_organisations_of_phrase_stays_before_a_title() -> None:
    found = kinds("Bank of Japan Governor Kazuo Ueda said policy would stay loose.")
    assert found == {"Bank of Japan": "organisation", "Kazuo Ueda": "person"}
    found = kinds("White House Press Secretary Karoline Leavitt said the deal was historic.")
    assert found == {"White House": "organisation", "Karoline Leavitt": "person"}


def test_employer_before_a_corporate_title() -> None:
    found = kinds("Harvard President Claudine Gay resigned on Tuesday.")
    assert found == {"Harvard": "organisation", "Claudine Gay": "person"}


def test_middle_initial_stays_in_the_name() -> None:
    found = by_name("Gen. Charles Q. Brown met President George W. Bush. Brown said little.")
    assert found["Charles Q. Brown"].kind == "person" and found["Charles Q. Brown"].aliases == ["Brown"]
    assert found["George W. Bush"].kind == "person"


def test_a_citys_name_is_the_surname_of_a_person_named_in_full() -> None:
    found = by_name("Defense Secretary Lloyd Austin arrived. Austin said the Pentagon would help. "
                    "Bank of Japan Governor Kazuo Ueda spoke. Ueda told parliament prices were rising in Japan.")
    assert found["Lloyd Austin"].aliases == ["Austin"] and found["Lloyd Austin"].kind == "person"
    assert found["Kazuo Ueda"].aliases == ["Ueda"]
    assert kinds("Floods hit Austin, Texas. Officials in Austin said roads were closed.")["Austin"] == "place"


def test_fed_and_federal_reserve_are_one_organisation() -> None:
    e = by_name("The Federal Reserve held rates. Fed officials said inflation was too high.")["Federal Reserve"]
    assert e.kind == "organisation" and e.aliases == ["Fed"]


def test_concept_acronyms_are_not_entities() -> None:
    assert kinds("AI spending lifted GDP, and the IPO market and ETF flows recovered, Reuters said.") == {
        "Reuters": "organisation"}


def test_relational_role_nouns_mark_a_person() -> None:
    text = ("The minister spoke after talks with his Egyptian counterpart Badr Abdelatty in Moscow. "
            "Her rival Maria Kowalczyk and his predecessor Tomas Lindqvist did not comment.")
    got = kinds(text)
    assert got["Badr Abdelatty"] == "person"
    assert got["Maria Kowalczyk"] == "person" and got["Tomas Lindqvist"] == "person"


def test_a_name_led_by_an_acronym_is_an_organisation_even_when_it_speaks() -> None:
    text = "Waiting lists fell to 7.5 million, NHS England said on Tuesday. The UN Security Council said it would meet."
    got = kinds(text)
    assert got["NHS England"] == "organisation" and got["UN Security Council"] == "organisation"


def test_a_quoted_speaker_of_unknown_kind_is_a_person() -> None:
    from desk.extract import extract

    body = ('Figures fell in October. The health secretary, Wes Streeting, welcomed the figures. '
            'The shadow health secretary, Victoria Atkins, said: "Labour is taking credit for work already done."')
    got = {e.name: e.kind for e in extract(body).entities}
    assert got["Victoria Atkins"] == "person"


def test_a_given_name_that_is_also_a_demonym_stays_in_the_name() -> None:
    got = by_name("The minister accused Christian Brandt of the Free Democrats of delay. Brandt denied it.")
    assert "Christian Brandt" in got and got["Christian Brandt"].kind == "person"
    assert "Brandt" in got["Christian Brandt"].aliases
    assert kinds("The Christian Democrats won the vote in Bonn.").get("Christian Democrats") == "organisation"


def test_a_collective_possessive_inside_an_organisation_name() -> None:
    got = kinds(
        "Delegates of the National People's Congress met as the Kurdistan Workers' Party (PKK) "
        "and the People's Daily reported on the Women's Protection Units."
    )
    assert got.get("National People's Congress") == "organisation"
    assert got.get("Kurdistan Workers' Party") == "organisation"
    assert "People's Daily" in got
    assert "Women's Protection Units" in got
    assert "Russia" in kinds("Russia's Foreign Ministry said on Monday it would respond.")


def test_family_name_first_short_form() -> None:
    got = by_name("Chinese Premier Tang Wenli opened the session on Tuesday. Tang said growth would slow.")
    assert got["Tang Wenli"].kind == "person" and "Tang" in got["Tang Wenli"].aliases
    assert "Tang" not in got


def test_hyphenated_given_names_stay_whole() -> None:
    got = kinds("President Park Min-jun met Moon Hye-rin in Seoul on Monday.")
    assert "Park Min-jun" in got and "Moon Hye-rin" in got
    assert set(kinds("A Hamas-run ministry and a Gaza-wide blackout, US-backed forces.")) <= {"Hamas", "Gaza", "US"}


def test_company_name_without_its_suffix_is_the_same_company() -> None:
    got = by_name("Zentrix Corp reported profit on Thursday. Shares of Zentrix rose 8%.")
    assert "Zentrix" in got["Zentrix Corp"].aliases and "Zentrix" not in got


def test_coalition_partner_is_an_organisation() -> None:
    got = kinds("The ruling party and its coalition partner Zenmirai lost seats. His rival Juan Perez won.")
    assert got.get("Zenmirai") == "organisation" and got.get("Juan Perez") == "person"
