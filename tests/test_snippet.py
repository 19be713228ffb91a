"""Quote snippets: the source line, anonymous and unknown speakers, Markdown, formats, hostile text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.snippet import (
    clean_quote,
    format_article,
    format_snippet,
    strip_controls,
    validate_format,
    with_article,
)

SHAFAQ = {"outlet": "Shafaq News", "published": "2024-12-07", "url": "https://shafaq.com/en/Syria/1",
          "title": "Iran reacts"}
RAHMATI = {"text": "Iran now recognizes the new reality", "speaker": "Mehdi Rahmati", "speaker_kind": "person",
           "role": "Iranian analyst", "via": None}


def test_plain_snippet_names_speaker_role_outlet_and_date() -> None:
    assert format_snippet(RAHMATI, SHAFAQ) == (
        "“Iran now recognizes the new reality” — Mehdi Rahmati, Iranian analyst (Shafaq News, 2024-12-07)"
    )


def test_markdown_snippet_links_the_outlet() -> None:
    assert format_snippet(RAHMATI, SHAFAQ, "markdown") == (
        "> “Iran now recognizes the new reality”\n>\n"
        "> — Mehdi Rahmati, Iranian analyst ([Shafaq News](https://shafaq.com/en/Syria/1), 2024-12-07)"
    )


def test_markdown_without_url_has_no_link() -> None:
    out = format_snippet(RAHMATI, {**SHAFAQ, "url": None}, "markdown")
    assert out.endswith("— Mehdi Rahmati, Iranian analyst (Shafaq News, 2024-12-07)") and "](" not in out


def test_markdown_links_only_web_addresses_and_escapes_them() -> None:
    out = format_snippet(RAHMATI, {**SHAFAQ, "url": "javascript:alert(1)"}, "markdown")
    assert "javascript" not in out and "(Shafaq News, 2024-12-07)" in out
    out = format_snippet(RAHMATI, {**SHAFAQ, "url": "https://x.org/a (b)"}, "markdown")
    assert "[Shafaq News](https://x.org/a%20%28b%29)" in out


def test_via_another_outlet() -> None:
    quote = {**RAHMATI, "via": "Reuters"}
    assert format_snippet(quote, SHAFAQ).endswith("(Shafaq News, 2024-12-07, via Reuters)")
    assert format_snippet({**RAHMATI, "via": "Shafaq News"}, SHAFAQ).endswith("(Shafaq News, 2024-12-07)")


@pytest.mark.parametrize(
    ("quote", "speaker_part"),
    [
        ({"speaker": None, "speaker_kind": "anonymous", "role": "Syrian official"}, " — a Syrian official ("),
        ({"speaker": "an opposition leader", "speaker_kind": "anonymous", "role": "opposition leader"},
         " — an opposition leader ("),
        ({"speaker": None, "speaker_kind": "anonymous", "role": "Iranian diplomat"}, " — an Iranian diplomat ("),
        ({"speaker": None, "speaker_kind": "anonymous", "role": "US official"}, " — a US official ("),
        ({"speaker": None, "speaker_kind": "anonymous", "role": "SDF commander"}, " — an SDF commander ("),
        ({"speaker": None, "speaker_kind": "anonymous", "role": "Western diplomats"}, " — Western diplomats ("),
        ({"speaker": None, "speaker_kind": "anonymous", "role": None}, " — an unnamed source ("),
        ({"speaker": None, "speaker_kind": "unknown", "role": "a witness"}, " — a witness ("),
        ({"speaker": "Southern Operations Room", "speaker_kind": "organisation", "role": None},
         " — Southern Operations Room ("),
    ],
)
def test_speaker_part(quote: dict, speaker_part: str) -> None:
    out = format_snippet({"text": "We are here", **quote}, SHAFAQ)
    assert speaker_part in out


def test_unknown_speaker_is_left_out_never_invented() -> None:
    out = format_snippet({"text": "We are here", "speaker": None, "speaker_kind": "unknown", "role": None}, SHAFAQ)
    assert out == "“We are here” (Shafaq News, 2024-12-07)"


@pytest.mark.parametrize(
    ("article", "tail"),
    [
        ({"outlet": "Shafaq News", "published": None}, "(Shafaq News)"),
        ({"outlet": None, "published": "2024-12-07"}, "(2024-12-07)"),
        ({"outlet": None, "published": "December 7"}, "Iranian analyst"),
        ({}, "Iranian analyst"),
    ],
)
def test_missing_outlet_or_date_is_omitted(article: dict, tail: str) -> None:
    out = format_snippet(RAHMATI, article)
    assert out.endswith(tail) and "()" not in out and ", )" not in out and "(, " not in out


def test_only_via_is_known() -> None:
    out = format_snippet({**RAHMATI, "via": "AFP"}, {})
    assert out.endswith("Mehdi Rahmati, Iranian analyst (via AFP)")


def test_multi_paragraph_quote_is_folded_to_one_line() -> None:
    # Each new paragraph of a long quote opens with a quote mark; only the last one closes.
    text = "We will stay.\n\n“We will rebuild.\n\n  “And we will win.”"
    assert clean_quote(text) == "We will stay. We will rebuild. And we will win."
    assert clean_quote('"Stay.\n\n"Rebuild."') == "Stay. Rebuild."
    assert clean_quote("“Whole quote.”") == "Whole quote."
    assert "\n" not in format_snippet({**RAHMATI, "text": "One\n\n“Two"}, SHAFAQ)


def test_inner_quotes_become_single() -> None:
    assert clean_quote('They called it "liberation" loudly') == "They called it ‘liberation’ loudly"


def test_escape_sequences_and_controls_are_removed() -> None:
    hostile = {"text": "Hi\x1b[2J\x1b]52;c;ZXZpbA==\x07 there\x00\x9b31m", "speaker": "Eve\x1b[31m",
               "speaker_kind": "person", "role": "\x07hacker"}
    out = format_snippet(hostile, {**SHAFAQ, "outlet": "Evil\x1bP+q\x1b\\ News"})
    assert out == "“Hi there” — Eve, hacker (Evil News, 2024-12-07)"
    assert strip_controls("a\x1b]0;title\x1b\\b\tc\nd") == "ab\tc\nd"


def test_markdown_escapes_markup_in_article_text() -> None:
    quote = {**RAHMATI, "text": "*not bold* [link](http://evil)"}
    out = format_snippet(quote, SHAFAQ, "markdown")
    assert r"\*not bold\* \[link\](http://evil)" in out


def test_formats_from_config() -> None:
    formats = {"plain": "{speaker}: {text} — {outlet} {date}", "markdown": "*{text}* ({outlet_link})"}
    assert format_snippet(RAHMATI, SHAFAQ, formats=formats) == (
        "Mehdi Rahmati: Iran now recognizes the new reality — Shafaq News 2024-12-07"
    )
    assert format_snippet(RAHMATI, SHAFAQ, "markdown", formats) == (
        "*Iran now recognizes the new reality* ([Shafaq News](https://shafaq.com/en/Syria/1))"
    )


def test_backslash_n_in_a_config_template_is_a_line_break() -> None:
    formats = {"plain": r"{text}\n— {speaker_role}"}
    assert format_snippet(RAHMATI, SHAFAQ, formats=formats) == (
        "Iran now recognizes the new reality\n— Mehdi Rahmati, Iranian analyst"
    )


def test_bad_template_falls_back_to_the_default() -> None:
    for bad in ("{nope}", "{text", "{0}"):
        assert validate_format(bad) is not None
        assert format_snippet(RAHMATI, SHAFAQ, formats={"plain": bad}) == format_snippet(RAHMATI, SHAFAQ)
    assert validate_format("“{text}” ({outlet})") is None


def test_article_reference_when_there_is_no_quote() -> None:
    assert format_article(SHAFAQ) == "Iran reacts (Shafaq News, 2024-12-07)"
    assert format_article(SHAFAQ, "markdown") == "[Iran reacts](https://shafaq.com/en/Syria/1) (Shafaq News, 2024-12-07)"
    assert format_article({"title": "Untitled *x*"}, "markdown") == r"Untitled \*x\*"


@pytest.mark.parametrize(
    ("description", "expected"),
    [("official", "an official"), ("Syrian official", "a Syrian official"), ("the minister", "the minister"),
     ("European diplomat", "a European diplomat"), ("UN envoy", "a UN envoy"), ("NGO worker", "an NGO worker"),
     ("two officials", "two officials")],
)
def test_indefinite_article(description: str, expected: str) -> None:
    assert with_article(description) == expected


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(), speaker=st.one_of(st.none(), st.text()), role=st.one_of(st.none(), st.text()),
    via=st.one_of(st.none(), st.text()), outlet=st.one_of(st.none(), st.text()),
    kind=st.sampled_from(["person", "organisation", "anonymous", "unknown"]),
    style=st.sampled_from(["plain", "markdown"]),
)
def test_any_text_gives_a_snippet_without_control_characters(text, speaker, role, via, outlet, kind, style) -> None:
    quote = {"text": text, "speaker": speaker, "speaker_kind": kind, "role": role, "via": via}
    out = format_snippet(quote, {"outlet": outlet, "published": "2024-12-07", "url": "https://a.b/c"}, style)
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in out)
    assert "\n" not in out or style == "markdown"
