"""Speaker noun phrases and reference resolution: roles, pronouns, short names, organisations."""

from __future__ import annotations

import pytest

from desk.extract.quotes import extract_quotes
from desk.extract.speakers import leading_subject, parse_np, split_name


def speakers(body: str) -> list[tuple]:
    out = []
    for q in extract_quotes(body):
        assert body[q.start : q.end] == q.text
        out.append((q.speaker, q.speaker_kind, q.role))
    return out


# --------------------------------------------------------------------------- noun phrases


@pytest.mark.parametrize(
    ("np", "name", "kind", "role"),
    [
        ("Iranian analyst Mehdi Karimi", "Mehdi Karimi", "person", "Iranian analyst"),
        ("Syrian Foreign Minister Bassam Haddad", "Bassam Haddad", "person", "Syrian Foreign Minister"),
        ("U.S. Secretary of State Ann Lee", "Ann Lee", "person", "U.S. Secretary of State"),
        ("Sky News’ Tom Gray", "Tom Gray", "person", "Sky News"),
        ("the BBC's Tom Gray", "Tom Gray", "person", "BBC"),
        ("Turkey’s Foreign Minister Hakan Oz", "Hakan Oz", "person", "Turkey’s Foreign Minister"),
        ("Selin Kaya, a senior analyst at the Crisis Group", "Selin Kaya", "person",
         "a senior analyst at the Crisis Group"),
        ("Abu Omar al-Shami, head of the Eagles Brigade", "Abu Omar al-Shami", "person", "head of the Eagles Brigade"),
        ("Crisis Group analyst Dana Kheir", "Dana Kheir", "person", "Crisis Group analyst"),
        ("President Amina Diallo", "Amina Diallo", "person", "President"),
        ("the General Command of the Army and Armed Forces", "General Command of the Army and Armed Forces",
         "organisation", None),
        ("the US State Department", "US State Department", "organisation", None),
        ("the Northern Observatory for Human Rights", "Northern Observatory for Human Rights", "organisation", None),
        ("Syrian state television", "Syrian state television", "organisation", None),
        ("a Western diplomat", "a Western diplomat", "anonymous", None),
        ("rebel sources", "rebel sources", "anonymous", None),
        ("three Syrian sources", "three Syrian sources", "anonymous", None),
        ("an opposition leader, who spoke on condition of anonymity", "an opposition leader", "anonymous",
         "who spoke on condition of anonymity"),
    ],
)
def test_parse_np(np, name, kind, role):
    m = parse_np(np)
    assert m is not None
    assert (m.name, m.kind, m.role) == (name, kind, role)


@pytest.mark.parametrize(
    ("np", "ref", "name"),
    [
        ("he", "pronoun", "he"),
        ("she", "pronoun", "she"),
        ("they", "pronoun", "they"),
        ("Khodr", "short", "Khodr"),
        ("the group", "orgref", "group"),
        ("the army", "orgref", "army"),
        ("the statement", "statement", ""),
        ("the army’s statement", "statement", "army"),
        ("the analyst", "roleref", "analyst"),
        ("the official", "anonref", "official"),
    ],
)
def test_references(np, ref, name):
    m = parse_np(np)
    assert m is not None and (m.ref, m.name) == (ref, name)


@pytest.mark.parametrize("np", ["", "as Al Jazeera’s Zeina Khodr", "the minister who said", "it was"])
def test_not_speakers(np):
    m = parse_np(np)
    assert m is None or m.ref == "pronoun" or m.kind != "person" or m.name != np


def test_split_name():
    assert split_name(["Lt.", "Col.", "Mark", "van", "der", "Berg"]) == (["Lt.", "Col."], ["Mark", "van", "der", "Berg"])
    assert split_name(["President", "Bashar", "al-Assad"]) == (["President"], ["Bashar", "al-Assad"])


def test_leading_subject():
    s = "Abu Omar al-Shami, head of the Eagles Brigade, vowed to fight on."
    assert leading_subject(s) == (0, "Abu Omar al-Shami, head of the Eagles Brigade")
    s = "On Friday, Syrian Foreign Minister Bassam Haddad met his counterparts."
    off, np = leading_subject(s)
    assert np == "Syrian Foreign Minister Bassam Haddad" and s[off:].startswith(np)
    assert leading_subject("There was no comment.") is None


# --------------------------------------------------------------------------- pronouns


def test_he_after_two_people_is_the_subject_speaker():
    body = (
        "Dan Shore, a fellow at the Lakeside Institute, said Mayor Paul Grant’s team “has lost control”.\n"
        "There was a chance of a deal, but “nobody believes it any more,” he said on Friday."
    )
    assert speakers(body) == [("Dan Shore", "person", "a fellow at the Lakeside Institute")] * 2


def test_he_after_subject_of_non_speech_sentence():
    body = (
        "Karim Nassar, head of the main rebel faction, vowed in an interview to take the capital.\n"
        "“This operation broke the enemy,” he said."
    )
    assert speakers(body) == [("Karim Nassar", "person", "head of the main rebel faction")]


def test_object_is_not_chosen():
    body = "Finance Minister Omar Haddad met his counterpart Ali Yilmaz in Ankara.\n“We have a deal,” he said."
    assert speakers(body) == [("Omar Haddad", "person", "Finance Minister")]


def test_pronoun_gender_shown_by_text():
    body = (
        "Mrs. Clara Hoff, the chair, opened the session.\n"
        "Mr. Tom Reed followed with a short speech.\n"
        "“The vote is final,” she said."
    )
    assert speakers(body)[0][0] == "Clara Hoff"


def test_pronoun_gender_learned_from_earlier_pronoun():
    body = (
        "“The talks failed,” said Dana Kheir, an analyst.\n"
        "“Nobody was ready,” she added.\n"
        "Omar Haddad disagreed with the assessment.\n"
        "“They were ready,” he said.\n"
        "“It was a good day,” she said."
    )
    got = [s[0] for s in speakers(body)]
    assert got[:3] == ["Dana Kheir", "Dana Kheir", "Omar Haddad"]
    # `she` skips Omar Haddad (he, nearer) and goes back to Dana Kheir (she)
    assert got[3] == "Dana Kheir"


def test_pronoun_without_antecedent_is_unknown():
    assert speakers("“We won,” he said.") == [(None, "unknown", None)]
    # a place is not an antecedent for `he`
    assert speakers("Hama fell on Thursday.\n“We won,” he said.") == [(None, "unknown", None)]


def test_they_resolves_to_organisation():
    body = "The Eagles Brigade announced the capture of the town.\n“We hold it now,” they said."
    assert speakers(body) == [("Eagles Brigade", "organisation", None)]


# --------------------------------------------------------------------------- short references


def test_surname_reference():
    body = (
        "Al Jazeera’s Zeina Haddad reported from Beirut that the roads were closed.\n"
        "“The city is empty,” said Haddad, who is following events from the border."
    )
    assert speakers(body) == [("Zeina Haddad", "person", "Al Jazeera")]


def test_surname_reference_to_earlier_speaker_keeps_role():
    body = (
        "“Diplomacy may now focus on an exit,” Selin Kaya, a senior analyst at the Crisis Group told Al Jazeera.\n"
        "“The advances came at a bad time for the regime,” Kaya added."
    )
    assert speakers(body) == [("Selin Kaya", "person", "a senior analyst at the Crisis Group")] * 2


def test_surname_with_particle():
    body = "Ahmed al-Nouri, the mayor, spoke first.\n“We are ready,” al-Nouri said.\n“We are ready,” Nouri said."
    assert [s[0] for s in speakers(body)] == ["Ahmed al-Nouri", "Ahmed al-Nouri"]


def test_surname_chooses_matching_person_not_nearest():
    body = (
        "Omar Haddad met Selin Kaya in Ankara.\n"
        "Kaya’s aide Tom Reed took notes.\n"
        "“We agreed on nothing,” Haddad said."
    )
    assert speakers(body)[0][0] == "Omar Haddad"


def test_unknown_single_name_is_kept_but_not_typed():
    assert speakers("“The war is over,” Ivanov said.") == [("Ivanov", "unknown", None)]


# --------------------------------------------------------------------------- organisations


def test_the_group_resolves_to_named_group():
    body = (
        "Factions from three towns formed the “Eastern Operations Room,” naming the capital as their goal. "
        "“Our goal is the capital,” the group stated."
    )
    qs = extract_quotes(body)
    assert qs[0].kind == "term"
    assert (qs[1].speaker, qs[1].speaker_kind) == ("Eastern Operations Room", "organisation")


def test_the_group_skips_government_bodies():
    body = (
        "The Free Hawks Brigade (FHB) seized the dam. The Interior Ministry condemned the move.\n"
        "“We will hold the dam,” the group said."
    )
    assert speakers(body)[0][0] == "Free Hawks Brigade"


def test_the_army_statement():
    body = (
        "“We are redeploying,” the General Staff of the Armed Forces said in a statement.\n"
        "The army’s statement added it was “regaining control in the north”."
    )
    got = speakers(body)
    assert got == [("General Staff of the Armed Forces", "organisation", None)] * 2


def test_the_statement_read_resolves_to_issuer():
    body = (
        "The Foreign Office issued an advisory urging citizens to leave. "
        "“Leave while flights remain,” the statement read."
    )
    assert speakers(body) == [("Foreign Office", "organisation", None)]


def test_the_statement_prefers_subject_in_paragraph():
    body = (
        "The Defence Ministry said troops were moving north.\n"
        "Separately, the Health Ministry released figures on Monday. Hospitals are full, it said. "
        "“We need supplies,” the statement read."
    )
    assert speakers(body)[0][0] == "Health Ministry"


def test_the_analyst_resolves_by_role():
    body = (
        "“Iran is retreating,” said Iranian analyst Mehdi Karimi.\n"
        "Russia has been slower to react.\n"
        "“This is a shift,” the analyst said."
    )
    assert [s[0] for s in speakers(body)] == ["Mehdi Karimi", "Mehdi Karimi"]


def test_pronoun_after_anonymous_speaker_stays_anonymous():
    body = (
        "Omar Haddad, the mayor, spoke on Monday.\n"
        "“The deal is dead,” said a Western diplomat, who asked not to be named.\n"
        "“Nobody wants it,” he added."
    )
    got = speakers(body)
    assert got[1][:2] == ("a Western diplomat", "anonymous")


# --------------------------------------------------------------------------- clauses before the subject


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        (
            "Speaking at a joint news conference with his Omani counterpart Badr Hamad in the capital Cairo, "
            'Selim said: "Our position on the border is clear."',
            "Selim",
            "unknown",
        ),
        ('Commenting on the ruling handed down by the appeals court in Lyon on Tuesday, Claire Dubois said: "We will appeal."',
         "Claire Dubois", "person"),
        ('Asked about the ceasefire talks, Nadia Karam told reporters: "We are hopeful."', "Nadia Karam", "person"),
        ('In a statement on Friday, the Interior Ministry said: "The crossing is closed."', "Interior Ministry",
         "organisation"),
        ('Later, Omar Haddad said: "Nothing has changed."', "Omar Haddad", "person"),
    ],
)
def test_leading_clause_is_not_the_speaker(body, speaker, kind):
    assert speakers(body)[0][:2] == (speaker, kind)


def test_leading_clause_short_name_resolves_to_earlier_full_name():
    body = (
        "Egypt's Foreign Minister Karim Selim has declared that Cairo will not accept new crossings.\n\n"
        "Speaking at a joint news conference with his Omani counterpart Badr Hamad in the capital Cairo, "
        'Selim stated: "Our position on the border is clear."'
    )
    assert speakers(body) == [("Karim Selim", "person", "Egypt's Foreign Minister")]


def test_apposition_after_name_keeps_role_after_leading_clause():
    body = 'Speaking on Monday, Dana Kheir, a senior analyst at the Crisis Group, said: "This is a turning point."'
    assert speakers(body) == [("Dana Kheir", "person", "a senior analyst at the Crisis Group")]


def test_leading_subject_with_hyphenated_role_after_acronym():
    assert leading_subject("SPD co-leader Lars Klingbeil said his party would not accept cuts.") == (
        0,
        "SPD co-leader Lars Klingbeil",
    )
    m = parse_np("SPD co-leader Lars Klingbeil")
    assert (m.name, m.kind, m.role) == ("Lars Klingbeil", "person", "SPD co-leader")


def test_pronoun_prefers_nearer_sentence_subject_over_earlier_speaker():
    body = (
        '"We are not there yet," CDU leader Jonas Weber told reporters outside party headquarters. '
        '"But I am confident that we will reach a deal before Easter."\n\n'
        "SPD co-leader Lena Vogt said her party would not accept cuts to pensions. "
        '"That is a red line for us," she said, adding that the SPD wanted more for schools.\n\n'
        "FDP deputy-leader Paul Brandt said his party would block the bill. "
        '"We will vote against it," he said.'
    )
    got = [s[0] for s in speakers(body)]
    assert got == ["Jonas Weber", "Jonas Weber", "Lena Vogt", "Paul Brandt"]


def test_parenthetical_after_name_is_not_a_role():
    body = (
        "Jordanian Foreign Minister Ayman Safadi met Hamad in Amman.\n\n"
        "Safadi, for his part, expressed that Jordan supports the unity of Syria. "
        '"The stability of Syria is the stability of the region," he said.'
    )
    assert speakers(body) == [("Ayman Safadi", "person", "Jordanian Foreign Minister")]
    m = parse_np("Safadi, for his part")
    assert m.role is None


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("EU foreign policy chief Kaja Berg said the bloc would act.", "EU foreign policy chief Kaja Berg"),
        ("Labour's deputy leader Ann Rayner said it was wrong.", "Labour's deputy leader Ann Rayner"),
        ("U.S. Vice-President Tom Hale said it was over.", "U.S. Vice-President Tom Hale"),
        ("Israel kills senior commander Ali Omar in a strike.", "Israel"),
        ("Russia urged UN chief Ana Silva to act.", "Russia"),
        ("Speaking at a joint news conference held with his Omani counterpart in the capital, Selim said so.",
         "Selim"),
    ],
)
def test_leading_subject_reads_lower_case_role_words_before_a_name(sentence, subject):
    assert leading_subject(sentence)[1] == subject


def test_conjunction_before_a_subject_is_not_an_intro_clause():
    body = (
        "“The plan is dead,” said Sen. Omar Wilde.\n"
        "But Sen. Lena Fox, R-Alaska, said the plan was the best deal. “We take it or we get nothing,” she said."
    )
    assert speakers(body)[1][0] == "Lena Fox"


def test_party_and_state_tag_is_not_the_role():
    body = "“It is a blank check,” Sen. Omar Wilde, R-Ky., told reporters."
    assert speakers(body) == [("Omar Wilde", "person", "Sen.")]


def test_pronoun_after_an_unnamed_description_is_not_an_earlier_name():
    body = (
        "“It is a museum for Instagram,” wrote historian Paul Renard.\n"
        "The museum's director was dismissive of the criticism. “We are a museum for everyone,” she said."
    )
    assert speakers(body)[1][0] is None


def test_demonym_and_age_refer_to_the_person_named_before():
    body = (
        "“I'm so proud of the players,” Arsenal manager Mikel Arteta told reporters.\n"
        "The Spaniard added: “Bukayo is a special player.”\n"
        "Bukayo Saka dedicated the goal to the fans. “The atmosphere was unbelievable,” the 23-year-old said."
    )
    assert [s[0] for s in speakers(body)] == ["Mikel Arteta", "Mikel Arteta", "Bukayo Saka"]


@pytest.mark.parametrize("ref", ["des Cars", "Des Cars"])
def test_surname_with_particle_refers_to_the_full_name(ref):
    body = (
        "Laurence des Cars has run the Louvre since 2021.\n"
        f"Asked about the painting, {ref} said: “That is one of the options.”"
    )
    assert speakers(body) == [("Laurence des Cars", "person", None)]


def test_the_statement_a_sentence_introduces_is_not_issued_by_an_organisation_it_names():
    body = (
        "The final communique called for Israel's suspension from the UN General Assembly. "
        "“The participants demand an arms embargo,” the statement said."
    )
    assert speakers(body) == [(None, "unknown", None)]


def test_the_bank_is_a_company_that_acted_not_one_mentioned():
    body = (
        "“Fundamentals look supportive,” said Ann Lee, commodity analyst at UBS.\n"
        "Goldman Sachs raised its forecast. “We see upside risks,” the bank said in a note.\n"
        "Barclays Bank cut its forecast. “We see risks,” the bank said."
    )
    assert [s[0] for s in speakers(body)] == ["Ann Lee", None, "Barclays Bank"]


def test_name_of_an_institution_is_a_person_with_an_affiliation():
    m = parse_np("Prof. Martin Oyelaran of the University of Texas School of Law")
    assert (m.name, m.kind, m.role) == ("Martin Oyelaran", "person", "Prof., University of Texas School of Law")
    m = parse_np("Jan Kis of Reuters")
    assert (m.name, m.kind, m.role) == ("Jan Kis", "person", "Reuters")


def test_role_reference_to_a_speaker_of_reported_speech():
    body = (
        "MOSCOW. Russia is ready for talks, Russian Foreign Minister Igor Sokolov told reporters.\n"
        "“We have never refused to talk,” the top Russian diplomat said."
    )
    assert speakers(body) == [("Igor Sokolov", "person", "Russian Foreign Minister")]


def test_role_reference_by_synonym():
    body = (
        "Supreme Court Justice Rui Tavares ordered the ban. De Tavares, in his decision, cited the law.\n"
        "“Freedom is not aggression,” the judge wrote.\n"
        "Foreign Ministry Spokeswoman Ana Petrova wrote that the ban was fair.\n"
        "“The West is not interested in peace,” the diplomat wrote."
    )
    assert [s[0] for s in speakers(body)] == ["Rui Tavares", "Ana Petrova"]


def test_role_reference_to_the_one_titled_name():
    body = (
        "The law, signed by Republican Gov. Greg Abbott in September, applied to large platforms.\n"
        "“Texas will not stand by,” the governor said in a statement."
    )
    assert speakers(body) == [("Greg Abbott", "person", "Republican Gov.")]
    two = "Officials met Gov. Ann Ray and Gov. Bo Lin. “We agree,” the governor said."
    assert speakers(two) == [(None, "unknown", None)]


def test_capitalised_role_after_the_is_a_person_reference():
    m = parse_np("the Foreign Minister")
    assert (m.kind, m.ref) == ("person", "roleref")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("BEIJING -- Chinese Foreign Minister Wang Yi held talks on Monday.\n"
         "Wang said the ties were strong. “China is willing to work with Brazil,” Wang said.", "Wang Yi"),
        ("Brazil's President Luiz Inacio Lula da Silva backed the ruling.\n"
         "“He thinks he's more important than the country,” Lula said.", "Luiz Inacio Lula da Silva"),
    ],
)
def test_short_name_resolves_to_the_whole_full_name(body, name):
    assert speakers(body)[0][0] == name


def test_role_noun_after_a_capitalised_organisation_run_belongs_to_the_subject():
    body = (
        "The International Crisis Group's Africa director, Comfort Ero, said the pact reflected U.S. interest. "
        "“Washington sees Kenya as an anchor state,” she said."
    )
    assert speakers(body)[0][0] == "Comfort Ero"


def test_the_leader_is_the_nearest_head_of_state_not_an_earlier_opposition_leader():
    body = (
        "Kenyan President William Ruto signed the pact.\n"
        "Kenyan opposition leader Raila Odinga criticised the deal. “Kenyans deserve to know,” Odinga said.\n"
        "Ruto, speaking later at State House, defended the agreement. “We have nothing to hide,” the Kenyan leader said."
    )
    assert [s[0] for s in speakers(body)] == ["Raila Odinga", "William Ruto"]
