"""Paragraph and sentence splitting with character offsets into the original text.

`split_paragraphs(text)` gives one span per non-blank line (news copy breaks a paragraph at every
line break), trimmed of surrounding white space.  `split_sentences(text, start, end)` gives the
sentences of `text[start:end]`, never crossing a paragraph.

A candidate sentence end is a run of `.`, `!`, `?` or `…` (plus any closing quote marks or
brackets: a sentence that ends inside a closing quote, `."`, ends after the quote) followed by white
space or the end of the paragraph.  It is *not* an end when:

- the next word starts with a lower-case letter (`"Go," he said`, `“Why?” she asked`,
  `a … security cordon`, `the U.S. military`);
- the word before a single full stop is a title (`Gen.`, `Mr.`, `Dr.`), which never ends a sentence;
- it is an initial (`George W. Bush`), a dotted abbreviation (`U.S.`, `a.m.`, `e.g.`) or another
  known abbreviation (`Jan.`, `No.`, `Inc.`), unless the next word is one that usually starts a
  sentence (`The`, `He`, `But`, …): `He moved to the U.S. The next day …` splits,
  `the U.S. State Department` does not;
- an ellipsis is followed by anything but a capital letter, digit or opening quote.

Decimals (`3.5`), times (`10.30`) and dotted names (`Daraa24.com`) never split because the stop is
not followed by white space.
"""

from __future__ import annotations

import re

# A paragraph: from the first to the last non-blank character of a line.
_PARA = re.compile(r"[^\s](?:[^\n]*[^\s])?")
# A candidate sentence end, with trailing closing marks.
_SENT_END = re.compile(r"(?:[.!?]+|…|\.\.\.)[.!?…]*[\"”’'»)\]]*(?=\s|$)")
# The word just before a full stop (letters, inner dots and hyphens).
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.\-]*)$")
_NEXT_WORD = re.compile(r"[\"“”'‘«„(\[]*([^\W_][\w\-’']*)")

_TITLES = frozenset(
    ["mr", "mrs", "ms", "messrs", "dr", "gen", "lt", "col", "capt", "maj", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "gov", "sen", "rep", "prof", "rev", "hon", "st", "mt", "ft", "pres", "supt", "insp", "det", "amb", "atty", "gens", "sens", "reps", "esq", "fr", "sr", "jr", "sra", "srta", "mme", "mlle"]
)
_ABBREV = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vs", "v", "etc", "inc", "corp", "ltd", "co", "bros", "dept", "est", "approx", "fig", "vol", "ch", "pp", "pt", "ave", "blvd", "rd", "univ", "assn", "govt", "intl", "natl"]
)
_STARTERS = frozenset(
    ["the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that", "these", "those", "there", "here", "in", "on", "at", "but", "and", "or", "so", "yet", "for", "after", "before", "as", "when", "while", "if", "since", "although", "though", "however", "meanwhile", "also", "earlier", "later", "some", "many", "most", "all", "both", "each", "one", "two", "three", "what", "who", "why", "how", "where", "which", "despite", "according", "with", "by", "from", "to", "under", "over", "during", "asked", "speaking", "no", "yes", "not", "nor", "then", "now", "still", "other", "another", "last", "this"]
)


# Public names for the word lists, shared with the quote attribution code.
TITLES = _TITLES
ABBREVIATIONS = _ABBREV
SENTENCE_STARTERS = _STARTERS


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: each non-blank line, trimmed of surrounding white space."""
    return [m.span() for m in _PARA.finditer(text)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of sentences in `text[start:end]`, each trimmed of surrounding white space."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    spans: list[tuple[int, int]] = []
    for m in _PARA.finditer(text, start, end):
        _split_paragraph(text, m.start(), m.end(), spans)
    return spans


def _split_paragraph(text: str, p_start: int, p_end: int, spans: list[tuple[int, int]]) -> None:
    cur = p_start
    for m in _SENT_END.finditer(text, p_start, p_end):
        e = m.end()
        if e >= p_end:
            break
        if not _is_end(text, m.start(), m.group(), e, p_end):
            continue
        a, b = _trim(text, cur, e)
        if a < b:
            spans.append((a, b))
        cur = e
    a, b = _trim(text, cur, p_end)
    if a < b:
        spans.append((a, b))


def _is_end(text: str, p: int, punct: str, e: int, p_end: int) -> bool:
    """Whether the punctuation run `punct` at `p` (ending at `e`) ends a sentence."""
    j = e
    while j < p_end and text[j].isspace():
        j += 1
    if j >= p_end:
        return True
    nxt = text[j]
    if nxt.islower():
        return False
    core = punct.rstrip("\"”’'»)]")
    if "…" in core or "..." in core:
        # An ellipsis ends a sentence only before a capital letter, digit or an opening quote.
        return nxt.isupper() or nxt.isdigit() or nxt in "\"“«„'‘"
    if core != ".":
        return True  # ! ? or combinations
    if core != punct:
        return True  # `."` — a full stop inside a closing quote or bracket
    wm = _WORD_BEFORE.search(text, max(0, p - 40), p)
    if not wm:
        return True
    word = wm.group(1)
    low = word.lower().rstrip(".")
    if low in _TITLES:
        return False
    dotted = "." in word
    initial = len(word) == 1 and word.isupper()
    if not (dotted or initial or low in _ABBREV):
        return True
    if nxt.isdigit():
        # `Jan. 5`, `No. 3`: an abbreviation before a number continues the sentence.
        return low not in _ABBREV
    nm = _NEXT_WORD.match(text, j, p_end)
    nword = nm.group(1).lower() if nm else ""
    return nword in _STARTERS


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
