"""Quote extraction on short texts of our own: spans, kinds, attribution patterns, via."""

from __future__ import annotations

import pytest

from desk.extract.model import Quote
from desk.extract.quote_spans import find_quote_spans
from desk.extract.quotes import classify, extract_quotes


def quotes(body: str) -> list[Quote]:
    out = extract_quotes(body)
    for q in out:
        assert body[q.start : q.end] == q.text
    return out


def one(body: str) -> Quote:
    out = quotes(body)
    assert len(out) == 1, out
    return out[0]


def who(q: Quote) -> tuple:
    return (q.speaker, q.speaker_kind, q.role, q.via)


# --------------------------------------------------------------------------- spans


def test_no_quotes():
    assert extract_quotes("") == []
    assert extract_quotes("Nothing quoted here. It's a plain day.") == []


@pytest.mark.parametrize(
    ("body", "inner"),
    [
        ('"Straight quotes," he said.', "Straight quotes"),
        ("“Curly quotes,” he said.", "Curly quotes"),
        ("« Guillemets français », a-t-il dit.", "Guillemets français"),
        ("„Deutsche Anführung“, sagte er.", "Deutsche Anführung"),
        ("”Swedish style”, he said.", "Swedish style"),
        ("He said: «We stay.»", "We stay."),
    ],
)
def test_quote_mark_styles(body, inner):
    assert [q.text for q in quotes(body)] == [inner]


def test_text_excludes_marks_and_attribution_comma():
    body = "“We will fight,” she said."
    q = one(body)
    assert q.text == "We will fight"
    assert body[q.start - 1] == "“"


def test_sentence_punctuation_inside_is_kept():
    assert one('He said: "We will win."').text == "We will win."
    assert one('"Why now?" she asked.').text == "Why now?"


def test_multi_paragraph_quote():
    body = (
        "“The first problem is money,” said Omar Haddad, a trader.\n"
        "“The second problem is fuel. Nobody has any.\n"
        "“And the third is the road,” he added.\n"
        "The market closed early."
    )
    qs = quotes(body)
    assert [q.kind for q in qs] == ["quote", "quote"]
    second = qs[1]
    assert second.text.startswith("The second problem")
    assert second.text.endswith("the third is the road")
    assert "\n“And" in second.text
    assert second.speaker == "Omar Haddad"


def test_multi_paragraph_needs_opening_mark_on_next_paragraph():
    body = "He said “this never closes\nThe next paragraph is the reporter's.\n“A real quote,” said Ann Lee."
    qs = quotes(body)
    assert [q.text for q in qs] == ["this never closes", "A real quote"]
    assert qs[1].speaker == "Ann Lee"


def test_span_paragraph_count():
    body = "“One\n“two\n“three.”"
    spans = find_quote_spans(body)
    assert len(spans) == 1 and spans[0].paragraphs == 3
    assert body[spans[0].start : spans[0].end] == "One\n“two\n“three."


def test_nested_quotes_of_another_family_stay_inside():
    body = "« Il a dit “non” hier », a déclaré le ministre."
    assert [q.text for q in quotes(body)] == ["Il a dit “non” hier"]
    body = "“He told me ‘never’ twice,” said Ann Lee."
    assert one(body).text == "He told me ‘never’ twice"


def test_missing_closing_mark_closes_before_next_opening():
    body = "“We will stay. “They will go,” said Ann Lee."
    qs = quotes(body)
    assert [q.text for q in qs] == ["We will stay.", "They will go"]


def test_inch_mark_is_not_a_quote():
    assert extract_quotes('The screen measures 15" across.') == []


def test_bracketed_insertion():
    q = one("“[The rebels] are at the gates,” said Ann Lee.")
    assert q.text == "[The rebels] are at the gates"
    assert q.kind == "quote" and q.speaker == "Ann Lee"


# --------------------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ('"We will not leave," he said.', "quote"),
        ('The minister said: "We will not leave."', "quote"),
        ('"No," said Ann Lee.', "quote"),
        ("Ann Lee said the plan “will not survive the winter”.", "partial"),
        ("She said the city’s council “is fighting for its life at this point.”", "partial"),
        ("Factions formed the “Northern Brigades Command,” vowing to fight.", "term"),
        ("The town was dubbed “the pearl of the desert” by travellers.", "term"),
        ("The army announced a “tactical redeployment” from the city.", "term"),
        ('Officials know about "dozens" of missing men.', "term"),
        ("The so-called “Axis of Resistance” has weakened.", "term"),
        ("A group known as “Free Hawks” claimed the attack.", "term"),
        ("The offensive came in “response to months of shelling on villages” by the army.", "partial"),
        ('"Blue Lions" claimed the attack.', "term"),
    ],
)
def test_kinds(body, kind):
    q = one(body)
    assert q.kind == kind
    if kind == "term":
        assert (q.speaker, q.speaker_kind, q.role, q.via) == (None, "unknown", None, None)


def test_classify_directly():
    assert classify("We will win.", "", " he said.") == "quote"
    assert classify("the cradle of the revolution", "Daraa was dubbed ", " early on.") == "term"
    assert classify("cannot be part of any war", "He said Iraq ", ".") == "partial"
    assert classify("hundreds", "It knows about ", " of soldiers.") == "term"
    assert classify("A\nB", "", "", continued=True) == "quote"


# --------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    ("body", "speaker", "kind", "role"),
    [
        ('"We are ready," said Ann Lee.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee said.', "Ann Lee", "person", None),
        ('Ann Lee said: "We are ready."', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee says.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee added.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee warned.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee stressed on Monday.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee explained.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee insisted.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee argued.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee noted.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee declared.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee announced.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee tweeted.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee wrote.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee posted.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee has said.', "Ann Lee", "person", None),
        ('"We are ready," Ann Lee later told reporters.', "Ann Lee", "person", None),
        ('"We are ready," according to Ann Lee.', "Ann Lee", "person", None),
        ('According to Ann Lee, "we are ready".', "Ann Lee", "person", None),
        ('"We are ready," said Prime Minister Ann Lee.', "Ann Lee", "person", "Prime Minister"),
        ('"We are ready," said U.S. Secretary of State Ann Lee.', "Ann Lee", "person", "U.S. Secretary of State"),
        ('"We are ready," said Gen. Omar Haddad.', "Omar Haddad", "person", "Gen."),
        ('"We are ready," said Lt. Col. Omar Haddad.', "Omar Haddad", "person", "Lt. Col."),
        ('"We are ready," said Ahmed al-Nouri.', "Ahmed al-Nouri", "person", None),
        ('"We are ready," said Osama bin Talal.', "Osama bin Talal", "person", None),
        ('"We are ready," said Jean de la Croix.', "Jean de la Croix", "person", None),
        ('"We are ready," said Pieter van Dijk, a Dutch diplomat.', "Pieter van Dijk", "person", "a Dutch diplomat"),
        ('"We are ready," said Turkish analyst Selin Kaya.', "Selin Kaya", "person", "Turkish analyst"),
        ('"We are ready," Selin Kaya, a researcher at the Ankara Policy Centre, said.', "Selin Kaya", "person",
         "a researcher at the Ankara Policy Centre"),
        ('"We are ready," Selin Kaya, a researcher at the Ankara Policy Centre told the BBC.', "Selin Kaya",
         "person", "a researcher at the Ankara Policy Centre"),
        ('"We are ready," said the BBC’s Tom Gray.', "Tom Gray", "person", "BBC"),
        ('"We are ready," said Reuters’ Tom Gray.', "Tom Gray", "person", "Reuters"),
        ('"We are ready," Mr. Tom Gray said.', "Tom Gray", "person", None),
    ],
)
def test_attribution_patterns(body, speaker, kind, role):
    q = one(body)
    assert (q.speaker, q.speaker_kind, q.role) == (speaker, kind, role)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We hold the bridge," the Northern Command said in a statement.', "Northern Command"),
        ('"We hold the bridge," the Defence Ministry said.', "Defence Ministry"),
        ('"We hold the bridge," the rebel alliance said on the messaging app Telegram.', "rebel alliance"),
        ('"We hold the bridge," the fighters leading the assault said.', "fighters leading the assault"),
        ('"We hold the bridge," Hezbollah said in a statement.', "Hezbollah"),
        ('"We hold the bridge," the Kremlin said.', "Kremlin"),
        ('"We hold the bridge," Ukraine said.', "Ukraine"),
        ('"We hold the bridge," the Free Hawks Brigade (FHB) said.', "Free Hawks Brigade"),
    ],
)
def test_organisation_speakers(body, speaker):
    q = one(body)
    assert q.speaker == speaker
    assert q.speaker_kind == "organisation"


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ('"It is over," said a senior Iraqi official.', "a senior Iraqi official", None),
        ('"It is over," a senior Iraqi official told Reuters.', "a senior Iraqi official", None),
        ('"It is over," said an aid worker, who asked not to be named.', "an aid worker", "who asked not to be named"),
        ('"It is over," two diplomats said.', "two diplomats", None),
        ('"It is over," three Iraqi sources said.', "three Iraqi sources", None),
        ('"It is over," militia sources said.', "militia sources", None),
        ('"It is over," according to two people familiar with the talks.', "two people familiar with the talks",
         None),
        ('"It is over," said a source close to the army, speaking on condition of anonymity.',
         "a source close to the army", "speaking on condition of anonymity"),
    ],
)
def test_anonymous_speakers(body, speaker, role):
    q = one(body)
    assert (q.speaker, q.speaker_kind, q.role) == (speaker, "anonymous", role)


def test_anonymous_with_a_name_in_apposition_is_a_person():
    q = one('"We will respond," a military spokesman, Col. Amir Tal, said.')
    assert (q.speaker, q.speaker_kind) == ("Amir Tal", "person")


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ('"It is over," Ann Lee told Reuters.', "Reuters"),
        ('"It is over," Ann Lee told Al Jazeera.', "Al Jazeera"),
        ('"It is over," said Ann Lee, who spoke to Reuters by phone.', "Reuters"),
        ('"It is over," Ann Lee said on Telegram.', "Telegram"),
        ('"It is over," the army said on the messaging app Telegram.', "Telegram"),
        ('"It is over," the army said in a statement carried by state media.', "state media"),
        ('Ann Lee said in an interview with The New York Times: "It is over."', "The New York Times"),
        ('Ann Lee wrote on X: "It is over."', "X"),
        ('"It is over," Ann Lee told reporters.', None),
        ('"It is over," Ann Lee said on Monday.', None),
        ('"It is over," a Syrian official told Reuters.', "Reuters"),
    ],
)
def test_via(body, via):
    assert one(body).via == via


# --------------------------------------------------------------------------- several quotes, one speaker


def test_two_sentences_one_attribution():
    qs = quotes('"We came to stay," said Mona Farid. "Nobody will move us."')
    assert [q.speaker for q in qs] == ["Mona Farid", "Mona Farid"]
    assert [q.kind for q in qs] == ["quote", "quote"]


def test_quote_attribution_quote_in_one_sentence():
    qs = quotes("“We came to stay,” Mona Farid said, “and nobody will move us.”")
    assert [q.speaker for q in qs] == ["Mona Farid", "Mona Farid"]


def test_next_paragraph_continues_speaker():
    body = '"We came to stay," said Mona Farid, a teacher.\n"Nobody will move us."'
    qs = quotes(body)
    assert [(q.speaker, q.role) for q in qs] == [("Mona Farid", "a teacher")] * 2


def test_no_inheritance_after_reporter_text():
    body = '"We came to stay," said Mona Farid.\nThe police arrived later.\n"Move along."'
    qs = quotes(body)
    assert qs[1].speaker is None and qs[1].speaker_kind == "unknown"


def test_colon_on_previous_paragraph():
    qs = quotes("In a speech, President Amina Diallo said:\n“We will rebuild the country.”")
    assert (qs[0].speaker, qs[0].role) == ("Amina Diallo", "President")


def test_colon_after_other_verb():
    q = quotes('"We won," said Ana Ruiz. Her rival Juan Perez disagreed: "It was luck."')[1]
    assert q.speaker == "Juan Perez"


def test_speaker_never_guessed():
    for body in ['"We won."', '"We won," he said.', 'It was, "in short, a disaster for everyone here".',
                 '"We won," the group said.', '"We won," the statement said.']:
        q = one(body)
        assert (q.speaker, q.speaker_kind, q.role) == (None, "unknown", None), body


def test_translated_copy_with_attribution_sentence():
    q = one("“This operation crushed the enemy.” He said. Omar Haddad had spoken earlier.")
    assert q.kind == "quote"
    # `He` has no earlier antecedent: nothing is guessed
    assert q.speaker is None


# --------------------------------------------------------------------------- wire-copy shapes


def test_dateline_is_not_a_role():
    body = 'BEIRUT, Dec 7 (Reuters) - Lebanese Prime Minister Nadia Karam said the army "will deploy".'
    assert who(one(body))[:3] == ("Nadia Karam", "person", "Lebanese Prime Minister")


def test_age_is_not_a_role():
    q = one('"It is a disaster," said Mariam, 34, a mother of three who fled the fighting.')
    assert (q.speaker, q.role) == ("Mariam", "a mother of three who fled the fighting")
    q = one("“I will die here,” 70-year-old Fatima Saleh said.")
    assert (q.speaker, q.role) == ("Fatima Saleh", "70-year-old")


def test_role_then_name_in_apposition():
    q = one('The foreign minister, Abbas Karimi, said Iran would "stand by" its ally.')
    assert (q.kind, q.speaker, q.speaker_kind, q.role) == ("partial", "Abbas Karimi", "person", "foreign minister")


def test_first_speech_verb_when_the_second_is_in_its_complement():
    q = one('Abu Omar al-Shami, the rebel leader, said in a message posted on Telegram: "Homs is next."')
    assert who(q) == ("Abu Omar al-Shami", "person", "the rebel leader", "Telegram")


def test_participle_after_a_finite_attribution():
    qs = quotes('"This is not over," said Lena Park, adding that "the fight will continue".')
    assert [(q.kind, q.speaker) for q in qs] == [("quote", "Lena Park"), ("partial", "Lena Park")]


def test_via_in_an_introductory_phrase():
    assert one('In a post on X, Lena Park wrote: "Enough is enough."').via == "X"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ('The Pentagon said it was "closely monitoring" the situation.', "partial"),
        ('Moscow said it was "deeply concerned".', "partial"),
        ('A Hezbollah official said the group "will not intervene".', "partial"),
        ('He said the talks were "useful".', "partial"),
        ('Fighters from a group called "Free Hawks" joined.', "term"),
    ],
)
def test_predicate_fragments_are_partial(body, kind):
    assert one(body).kind == kind


@pytest.mark.parametrize(
    ("body", "kind", "speaker"),
    [
        ('Opposition leader Marta Lind called the budget "a blank cheque".', "partial", "Marta Lind"),
        ('Opposition leader Marta Lind on Tuesday described the deal as "a betrayal".', "partial", "Marta Lind"),
        ('Marta Lind spoke on Monday. She called it "an insult to voters".', "partial", "Marta Lind"),
        ('Critics called the plan "reckless".', "partial", None),
        ('The rebels called the operation "Dawn Shield".', "term", None),
        ('Fighters called the town "the pearl".', "term", None),
        ('Ann Lee said the plan, which Marta Lind called "a blank cheque", would pass.', "term", None),
    ],
)
def test_what_the_subject_called_something_is_their_words(body, kind, speaker):
    q = one(body)
    assert (q.kind, q.speaker) == (kind, speaker)


@pytest.mark.parametrize(
    ("body", "speaker", "via"),
    [
        ("“We act together,” Ann Novak was quoted as saying by Interfax.", "Ann Novak", "Interfax"),
        ("“We act together,” Interfax quoted Ann Novak as saying.", "Ann Novak", "Interfax"),
        ("Interfax quoted Deputy Prime Minister Ann Novak as saying: “We act together.”", "Ann Novak", "Interfax"),
        ("RIA Novosti quoted a source as saying: “The talks are over.”", "a source", "RIA Novosti"),
    ],
)
def test_quoted_as_saying(body, speaker, via):
    q = one(body)
    assert (q.speaker, q.via) == (speaker, via)


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("Rep. Ana Ruiz told The Associated Press that progressives had concerns. “We will not trade it away,” Ruiz said.",
         "Associated Press"),
        ("Tom Reed, in a post on his Truth Social platform, urged a no vote. “Only a fool would vote for this,” he wrote.",
         "Truth Social"),
        ("Ana Ruiz told Reuters she had concerns. “We will fight it,” Ruiz said at a rally.", None),
    ],
)
def test_via_of_the_sentence_before_with_the_same_subject(body, via):
    assert quotes(body)[0].via == via


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ('"We were not at our best," Mikel Arteta told Sky Sports.', "Sky Sports"),
        ('"He thinks he is above the law," Ana Ruiz said in comments to Radio MaisPB.', "Radio MaisPB"),
        ('"The Louvre must remain our pride," Ana Ruiz said on France Inter radio on Tuesday.', "France Inter"),
    ],
)
def test_via_named_stations(body, via):
    assert one(body).via == via


def test_next_sentence_naming_whose_words_they_were():
    body = (
        "“Russia wants to leave us without light.” Those were the words of Ukrainian President Ivan Petrenko, "
        "who posted on Telegram after the attack."
    )
    q = one(body)
    assert (q.speaker, q.role, q.via) == ("Ivan Petrenko", "Ukrainian President", "Telegram")


def test_the_diplomat_is_the_anonymous_subject_before():
    body = "A European diplomat told AFP that the talks failed. “It was not pleasant,” the diplomat said."
    q = one(body)
    assert (q.speaker, q.speaker_kind) == ("A European diplomat", "anonymous")


def test_station_named_with_its_media_word():
    body = 'Arnaud Rousseau told France Info radio that the deal would be "a catastrophe for farming."'
    assert one(body).via == "France Info radio"


def test_fragment_after_had_is_partial():
    assert classify("exchanged sharp words", "the two leaders had ", " over dinner.") == "partial"


def test_second_fragment_of_a_sentence_keeps_the_first_speaker() -> None:
    body = (
        'Lena Vogt, in a written reply, said the mayor had "ignored every warning" and had '
        'offered plans that were "hopelessly vague".'
    )
    assert [(q.kind, q.speaker) for q in extract_quotes(body)] == [("partial", "Lena Vogt"), ("partial", "Lena Vogt")]


def test_second_fragment_after_another_voice_is_not_inherited() -> None:
    body = (
        'Dana Whitfield said the budget was "a disgrace", while Omar Lindqvist said it was "the best in years".'
    )
    qs = extract_quotes(body)
    assert qs[0].speaker == "Dana Whitfield"
    assert qs[1].speaker != "Dana Whitfield"


def test_named_fragment_pair_in_one_sentence() -> None:
    body = (
        'Opposition leader Karin Holt said the government had "lost its way" and that its tax plan was '
        '"unworkable".'
    )
    assert [q.speaker for q in extract_quotes(body)] == ["Karin Holt", "Karin Holt"]


def test_short_predicate_after_said_is_partial() -> None:
    body = 'Coach Marta Ruiz said her players "never gave up" after trailing by two goals.'
    (q,) = extract_quotes(body)
    assert (q.kind, q.speaker) == ("partial", "Marta Ruiz")


def test_nationality_in_a_role_reference_must_match() -> None:
    body = (
        "Foreign Minister Lena Vogt of Austria met her Danish counterpart Anders Holm in Vienna on Monday.\n\n"
        '"We share the same goals," Vogt said.\n\n'
        '"Our cooperation will only grow," the Danish minister said.'
    )
    qs = extract_quotes(body)
    assert qs[0].speaker == "Lena Vogt"
    assert qs[1].speaker == "Anders Holm"


def test_nationality_without_a_match_is_not_the_other_minister() -> None:
    body = (
        "Foreign Minister Lena Vogt of Austria spoke in Vienna on Monday.\n\n"
        '"We share the same goals," Vogt said.\n\n'
        '"Our cooperation will only grow," the Danish minister said.'
    )
    qs = extract_quotes(body)
    assert qs[1].speaker != "Lena Vogt"


def test_colon_then_straight_mark_without_space_opens_a_quote() -> None:
    body = "Foreign Minister Omar Haddad met the envoy.\n\nThe minister said:\" Our country will not be a platform for threats.\""
    (q,) = extract_quotes(body)
    assert q.text == "Our country will not be a platform for threats."
    assert q.speaker == "Omar Haddad"


def test_one_quoted_word_in_reported_speech_is_the_speakers() -> None:
    body = (
        "Rep. Dana Whitfield of Ohio, the top Democrat on the budget panel, said in a statement that "
        'the bill "abandons" flood victims.'
    )
    (q,) = extract_quotes(body)
    assert (q.kind, q.speaker) == ("partial", "Dana Whitfield")
    assert q.role is not None and "Ohio" in q.role
    (t,) = extract_quotes('Officials said that the "safe zone" would open on Monday.')
    assert t.kind == "term"


def test_corporate_title_before_a_name() -> None:
    (q,) = extract_quotes('"Demand remains very strong," Chief Executive Jane Okafor said on a call with analysts.')
    assert (q.speaker, q.role) == ("Jane Okafor", "Chief Executive")


def test_a_second_fragment_after_but_that_keeps_the_speaker() -> None:
    body = (
        'Spokesman Ivo Marek told reporters that Prague remained "open to talks" but that any deal '
        'must reflect "new realities".'
    )
    assert [(q.kind, q.speaker) for q in extract_quotes(body)] == [("partial", "Ivo Marek"), ("partial", "Ivo Marek")]
    body = 'Ivo Marek said Prague was "open to talks" but the so-called "peace plan" was dead.'
    assert [q.kind for q in extract_quotes(body)] == ["partial", "term"]


def test_role_of_an_organisation_then_the_name_in_apposition() -> None:
    body = (
        'The leader in the Unity Bloc, Karim al-Hadi, told Radio Nour that the troops "must leave before '
        'the end of the year". He added: "There is no need for foreign forces here."'
    )
    qs = extract_quotes(body)
    assert [(q.speaker, q.role) for q in qs] == [("Karim al-Hadi", "leader in the Unity Bloc")] * 2


def test_lower_case_role_before_a_name_resolves_a_later_role_reference() -> None:
    body = (
        "The premier met the American ambassador Jane Cole on Monday.\n\n"
        "The ambassador, for her part, praised the government. She said: “We appreciate the efforts.”"
    )
    (q,) = extract_quotes(body)
    assert q.speaker == "Jane Cole"


def test_a_short_name_takes_the_role_of_the_earlier_subject() -> None:
    body = (
        "The Iraqi Prime Minister, Hamid Rashid al-Kubaisi, confirmed on Wednesday that Iraq would stay out.\n\n"
        "Al-Kubaisi said that “Iraq is keen to keep the war away from its lands”."
    )
    (q,) = extract_quotes(body)
    assert (q.speaker, q.role) == ("Hamid Rashid al-Kubaisi", "Iraqi Prime Minister")


def test_answers_of_an_interview_belong_to_the_one_person_introduced() -> None:
    body = (
        "HOMS, Syria — The city's new mayor Rania Saleh spoke to us about the winter.\n\n"
        "Q: What comes first?\n\n"
        'A: "Heating. Without fuel, nothing else works."\n\n'
        "Q: How long will it take?\n\n"
        'A: "Years, not months."'
    )
    assert [q.speaker for q in extract_quotes(body)] == ["Rania Saleh", "Rania Saleh"]


def test_answers_stay_unknown_when_several_people_were_introduced() -> None:
    body = (
        "Mayor Rania Saleh and engineer Omar Kassem spoke to us about the winter.\n\n"
        "Q: What comes first?\n\n"
        'A: "Heating. Without fuel, nothing else works."'
    )
    assert [q.speaker for q in extract_quotes(body)] == [None]


def test_a_long_told_clause_before_that_still_attributes_the_fragment() -> None:
    body = (
        "Egypt's Foreign Minister Karim Mansour told AFP on the sidelines of the summit that Cairo was "
        'working "around the clock" for a ceasefire.'
    )
    (q,) = extract_quotes(body)
    assert (q.kind, q.speaker, q.via) == ("partial", "Karim Mansour", "Agence France-Presse")


def test_an_indefinite_article_is_not_part_of_a_role() -> None:
    (q,) = extract_quotes('A spokeswoman, Ana Ruiz, said talks went on. "We will not negotiate in public," Ruiz said.')
    assert (q.speaker, q.role) == ("Ana Ruiz", "spokeswoman")


def test_a_nationality_matches_its_country_in_the_role() -> None:
    body = (
        "Germany's finance minister Jonas Weber met France's Claire Morel in Brussels on Monday.\n\n"
        '"We agree on the budget," the German minister said.'
    )
    (q,) = extract_quotes(body)
    assert q.speaker == "Jonas Weber"
