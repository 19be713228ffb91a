"""Claims with numbers: the sentences of an article that carry a quantity.

`extract_claims(body) -> list[Claim]` gives one `Claim` per quantity (a sentence with two numbers
gives two claims): `text`/`start`/`end` are the sentence (from `desk.extract.sentences`),
`quantity`/`q_start`/`q_end` the number phrase in it (`more than 90 percent`), and `value`, `unit`
and `hedge` its normalised reading. See `desk.extract.numbers` for what counts as a quantity, the
unit vocabulary (`percent`, `km`, `usd`, `years`, `ordinal`, the counted noun such as `people` or
`rebels`, else `count`) and the hedges; years, dates, times and phone numbers are not claims.
"""

from __future__ import annotations

from bisect import bisect_right

from desk.extract.model import Claim
from desk.extract.numbers import find_quantities
from desk.extract.sentences import split_sentences

__all__ = ["extract_claims"]


def extract_claims(body: str) -> list[Claim]:
    """One claim per quantity phrase, in text order."""
    if not body or (not any(c.isdigit() for c in body) and not _has_number_word(body)):
        return []
    sentences = split_sentences(body)
    starts = [s for s, _ in sentences]
    claims: list[Claim] = []
    for q in find_quantities(body):  # one pass over the body, then each quantity to its sentence
        i = bisect_right(starts, q.start) - 1
        if i < 0:
            continue
        s, e = sentences[i]
        if q.end > e:
            continue  # a phrase across a sentence break is not one quantity
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
