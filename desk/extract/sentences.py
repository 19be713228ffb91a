"""Paragraph and sentence splitting with character offsets into the original text."""

from __future__ import annotations

import re

_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENT_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+|$)")
_ABBREV = {"u.s", "u.k", "u.n", "gen", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
           "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "lt", "col", "capt",
           "maj", "sgt", "prof", "no", "vs", "etc", "inc", "corp", "ltd", "jr", "sr", "e.g", "i.e"}


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: runs of non-empty lines; every line break ends a paragraph in news copy."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of sentences in `text[start:end]`, each trimmed of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for p_start, p_end in split_paragraphs(text[start:end]):
        p_start += start
        p_end += start
        cur = p_start
        for m in _SENT_END.finditer(text, p_start, p_end):
            word = re.search(r"([\w.]+)\.$", text[cur : m.start() + 1])
            if m.group().startswith(".") and word and word.group(1).lower() in _ABBREV:
                continue
            spans.append(_trim(text, cur, m.end()))
            cur = m.end()
        if text[cur:p_end].strip():
            spans.append(_trim(text, cur, p_end))
    return [s for s in spans if s[0] < s[1]]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
