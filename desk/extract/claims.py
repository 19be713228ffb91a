"""Claims with numbers: the sentences of an article that carry a quantity.

`extract_claims(body) -> list[Claim]` gives one `Claim` per quantity (a sentence with two numbers
gives two claims): `text`/`start`/`end` are the sentence (from `desk.extract.sentences`),
`quantity`/`q_start`/`q_end` the number phrase in it (`more than 90 percent`), and `value`, `unit`
and `hedge` its normalised reading. See `desk.extract.numbers` for what counts as a quantity, the
unit vocabulary (`percent`, `km`, `usd`, `years`, `ordinal`, the counted noun such as `people` or
`rebels`, else `count`) and the hedges; years, dates, times and phone numbers are not claims.

Nor are the numbers of table and listing rows (`_row_lines`): result tables, standings, scores
and lists of short figures carry numbers but no reporting to compare. A line is a row when

- it holds 3 or more numbers and most pairs of neighbouring numbers have no word between them
  (`1 Liverpool 14 11 2 1 29 9 35`, `6-4 3-6 7-5`);
- it holds 2 or more numbers, no lower-case word and no closing punctuation (`Aston Villa 1
  Southampton 0`): a score line, not a sentence;
- it is short, a third or more of its words are numbers, it has no closing punctuation, and so
  has the line before or after it: a block of similar short lines (`Gold 2,345.10 up 0.4%` /
  `Silver 27.80 down 1.2%`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from desk.extract.model import Claim
from desk.extract.numbers import find_quantities
from desk.extract.sentences import split_paragraphs, split_sentences

__all__ = ["extract_claims"]


def extract_claims(body: str) -> list[Claim]:
    """One claim per quantity phrase, in text order."""
    if not body or (not any(c.isdigit() for c in body) and not _has_number_word(body)):
        return []
    sentences = split_sentences(body)
    starts = [s for s, _ in sentences]
    rows = _row_lines(body)
    row_starts = [s for s, _ in rows]
    claims: list[Claim] = []
    for q in find_quantities(body):  # one pass over the body, then each quantity to its sentence
        i = bisect_right(starts, q.start) - 1
        if i < 0:
            continue
        s, e = sentences[i]
        if q.end > e:
            continue  # a phrase across a sentence break is not one quantity
        if rows:
            r = bisect_right(row_starts, q.start) - 1
            if r >= 0 and q.start < rows[r][1]:
                continue  # a table or listing row
        claims.append(Claim(text=body[s:e], value=q.value, unit=q.unit, hedge=q.hedge, start=s, end=e,
                            quantity=q.text, q_start=q.start, q_end=q.end))
    return claims


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
                 "hundred", "thousand", "million", "billion", "half", "third", "quarter", "first", "second",
                 "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twenty", "thirty",
                 "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "eleven", "twelve", "scores")


def _has_number_word(body: str) -> bool:
    low = body.lower()
    return any(w in low for w in _NUMBER_WORDS)


# A number as a token of its own: `14`, `2,345.10`, `0.4%`, `6-4`, `(29)`, `35.`; with a sign.
_NUM_TOKEN = re.compile(r"[(\[]?[-+−]?\$?\d[\d,.]*(?:[-–:/]\d[\d,.]*)?%?[)\],.;:]*")
# Lower-case words that score lines and listings still hold: `Liverpool v Arsenal`, `Real Madrid`.
_ROW_WORDS = frozenset({"v", "v.", "vs", "vs.", "and", "&", "of", "de", "del", "la", "le", "van", "von", "da",
                        "di", "al", "el", "bin", "the", "aet", "pen", "pens", "ht", "ft"})
_ROW_MAX_WORDS = 12


def _line_shape(line: str) -> tuple[int, bool, bool]:
    """`(numbers, row by itself, short unpunctuated line with a number)` for one line."""
    toks = line.split()
    isnum = [_NUM_TOKEN.fullmatch(t) is not None for t in toks]
    nums = sum(isnum)
    if not nums:
        return 0, False, False
    open_end = line.rstrip()[-1] not in ".!?\"”’'…"
    if nums >= 3:
        gaps = sum(1 for a, b in pairwise(isnum) if a and b)
        between = nums - 1
        if gaps * 2 >= between:
            return nums, True, open_end and len(toks) <= _ROW_MAX_WORDS
    if nums >= 2 and open_end:
        lower = [t for t, n in zip(toks, isnum, strict=True) if not n and t[:1].isalpha() and t[:1].islower()
                 and t.lower() not in _ROW_WORDS]
        if not lower:
            return nums, True, True
    return nums, False, open_end and len(toks) <= _ROW_MAX_WORDS and nums * 3 >= len(toks)


def _row_lines(body: str) -> list[tuple[int, int]]:
    """Spans of the lines of `body` that are table or listing rows (see the module docstring)."""
    if body.count("\n") == 0:
        shape = _line_shape(body)
        return [(0, len(body))] if shape[1] else []
    paras = split_paragraphs(body)
    shapes = [_line_shape(body[s:e]) for s, e in paras]
    rows = []
    for i, (span, (_, row, short)) in enumerate(zip(paras, shapes, strict=True)):
        if row or (short and ((i > 0 and shapes[i - 1][2]) or (i + 1 < len(shapes) and shapes[i + 1][2]))):
            rows.append(span)
    return rows
