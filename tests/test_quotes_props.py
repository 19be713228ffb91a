"""Property tests: whatever the text, quote extraction never crashes and its offsets hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.extract.quote_spans import find_quote_spans
from desk.extract.quotes import extract_quotes

MARKS = ['"', "“", "”", "„", "«", "»", "'", "‘", "’", "＂"]
WORDS = ["said", "he", "she", "told", "Reuters", "according to", "the group", "Smith", "John Smith",
         "a Syrian official", "the statement", "read", "added", ",", ".", ":", "…", "...", "U.S.",
         "Gen.", "al-Assad", "dubbed", "the", "on Telegram", "we", "will", "win", "[", "]", "(", ")"]
PIECES = st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS), st.sampled_from([" ", " ", "\n", "\n\n"]))


def _check(body: str) -> None:
    quotes = extract_quotes(body)
    last = -1
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(body)
        assert body[q.start : q.end] == q.text
        assert q.text
        assert q.start >= last
        last = q.start
        assert q.kind in ("quote", "partial", "term")
        assert q.speaker_kind in ("person", "organisation", "anonymous", "unknown")
        if q.kind == "term":
            assert q.speaker is None
        if q.speaker is None:
            assert q.speaker_kind == "unknown" and q.role is None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=60).map(lambda xs: " ".join(xs)))
def test_newsish_token_soup(body):
    _check(body)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode(body):
    _check(body)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab \n"“”„«».,:')), max_size=120))
def test_unbalanced_marks(body):
    _check(body)
    for s in find_quote_spans(body):
        # an unterminated quote never runs past its own paragraph unless continued
        if s.paragraphs == 1:
            assert "\n" not in body[s.start : s.end]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([
            '"We will win," he said.',
            "“Open",
            "“continued here.”",
            "",
            "Plain paragraph.",
            '"',
            "“",
            "”",
            "He said: “Inner ‘nested’ quote.”",
            '« Bonjour “monde” »',
            '"Nested "inner" quote," said Ann Lee.',
        ]),
        max_size=12,
    ).map("\n".join)
)
def test_paragraph_shapes(body):
    _check(body)


def test_quotes_at_edges():
    for body in ['"Start', 'End"', '"', '""', "“”", '"a"', "“x”\n", "\n\n“x", '"x" "y" "z"']:
        _check(body)


def test_unterminated_does_not_swallow_article():
    body = 'The minister said "we will never\nSecond paragraph is plain.\n"Real quote," said Ann Lee.'
    quotes = extract_quotes(body)
    assert [q.text for q in quotes] == ["we will never", "Real quote"]
    assert quotes[1].speaker == "Ann Lee"


def test_long_body_is_fine():
    body = ('"We will win," said Ann Lee. ' * 2000) + '"unterminated'
    quotes = extract_quotes(body)
    assert len(quotes) == 2001
    _check(body)
