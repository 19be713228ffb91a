"""Paragraph and sentence splitting: abbreviations, initials, ellipses, decimals, quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.extract.sentences import split_paragraphs, split_sentences


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_paragraphs_are_trimmed_lines():
    text = "  First line.  \n\n\tSecond line\r\nThird\n   \n"
    assert [text[a:b] for a, b in split_paragraphs(text)] == ["First line.", "Second line", "Third"]


def test_empty_and_blank():
    assert split_paragraphs("") == []
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Gen. Smith at noon. Then he left.", ["He met Gen. Smith at noon.", "Then he left."]),
        ("The U.S. military said so. It was late.", ["The U.S. military said so.", "It was late."]),
        ("He flew to the U.S. The next day he left.", ["He flew to the U.S.", "The next day he left."]),
        ("The U.S. State Department spoke.", ["The U.S. State Department spoke."]),
        ("It opened on Jan. 5 in Rome. It closed.", ["It opened on Jan. 5 in Rome.", "It closed."]),
        ("Prices rose 3.5 percent. Then fell.", ["Prices rose 3.5 percent.", "Then fell."]),
        ("George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."]),
        ("Mr. and Mrs. Smith came. Dr. Jones too.", ["Mr. and Mrs. Smith came.", "Dr. Jones too."]),
        ("A … security cordon was set. Next.", ["A … security cordon was set.", "Next."]),
        ("Wait... what? No.", ["Wait... what?", "No."]),
        ("It ended… Then began.", ["It ended…", "Then began."]),
        ('"Go home." Then he left.', ['"Go home."', "Then he left."]),
        ("“Go home.” Then he left.", ["“Go home.”", "Then he left."]),
        ('"Why?" she asked. Fine.', ['"Why?" she asked.', "Fine."]),
        ("“We will win,” he said. “Soon.”", ["“We will win,” he said.", "“Soon.”"]),
        ("The site Daraa24.com posted it. Then more.", ["The site Daraa24.com posted it.", "Then more."]),
        ("Lt. Col. Mark van der Berg spoke. Done.", ["Lt. Col. Mark van der Berg spoke.", "Done."]),
        ("It happened at 5 p.m. Sunday. Then quiet.", ["It happened at 5 p.m. Sunday.", "Then quiet."]),
        ("Apple Inc. said so. The firm agreed.", ["Apple Inc. said so.", "The firm agreed."]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("(He left.) She stayed.", ["(He left.)", "She stayed."]),
    ],
)
def test_sentences(text, expected):
    assert sents(text) == expected


def test_sentences_never_cross_paragraphs():
    text = "First part without stop\nSecond part. Third"
    assert sents(text) == ["First part without stop", "Second part.", "Third"]


def test_range_and_offsets():
    text = "Skip this. Keep this one. And this.\nNot this."
    a = text.index("Keep")
    b = text.index("\n")
    spans = split_sentences(text, a, b)
    assert [text[x:y] for x, y in spans] == ["Keep this one.", "And this."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.?!…\"“”'\n 3,")), max_size=80))
def test_spans_are_sane(text):
    last = -1
    for a, b in split_sentences(text):
        assert 0 <= a < b <= len(text)
        assert a >= last
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b
    for a, b in split_paragraphs(text):
        assert 0 <= a < b <= len(text)
        assert "\n" not in text[a:b]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_unicode(text):
    for a, b in split_sentences(text):
        assert 0 <= a < b <= len(text)
