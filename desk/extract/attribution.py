"""Finding the words that attribute a quote: the speaker noun phrase and the clause around it.

Patterns, tried on the text of the quote's own sentence:

- after the quote: `“…,” said X`, `“…,” X said`, `“…,” X told Reuters`, `“…,” the statement read`,
  `“…,” X, a role, added`, `“…,” according to X`;
- before the quote: `X said: “…”`, `X said in a statement: “…”`, `X said Iraq “cannot …”`,
  `X condemned the offensive, and said Iraq “…”` (the subject of the sentence),
  `X issued a statement, saying “…”`, `According to X, “…”`;
- a whole next sentence that is only an attribution (`“…” He said.` in translated copy).

Each gives an `Attribution`: the noun phrase as written, its offset, and the clause to read `via` from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk.extract.sentences import ABBREVIATIONS as _ABBREV
from desk.extract.sentences import TITLES as _TITLES
from desk.extract.speakers import _INTRO, SUBORDINATORS, leading_subject

VERBS = (
    "said|says|say|told|tells|added|adds|noted|notes|warned|warns|stressed|stresses|explained|"
    "explains|wrote|writes|tweeted|tweets|posted|declared|declares|announced|announces|insisted|"
    "insists|argued|argues|stated|reported|read|reads|claimed|asserted|asserts|affirmed|confirmed|"
    "denied|vowed|vows|pledged|promised|recalled|acknowledged|admitted|asked|asks|replied|replies|"
    "responded|continued|concluded|observed|remarked|commented|suggested|urged|urges|cautioned|"
    "predicted|emphasi[sz]ed|underlined|underscored|maintained|contended|countered|quipped|joked|"
    "shouted|alleged|charged|complained|conceded|demanded|threatened|boasted|lamented|disclosed|"
    "revealed|went\\s+on|pointed\\s+out|wrote\\s+on|posted\\s+on"
)
PARTICIPLES = (
    "saying|adding|noting|warning|stressing|explaining|writing|declaring|announcing|insisting|"
    "arguing|stating|claiming|vowing|urging|telling|describing|calling|asserting|affirming|"
    "warning|pledging|promising|emphasi[sz]ing|tweeting|posting"
)
_AUX = r"(?:(?:also|later|then|has|had|have|further|previously|again|would|will|reportedly|earlier|once|has\s+also|had\s+also|separately|simply|only|quickly|recently)\s+){0,2}"
_VERB_RE = re.compile(rf"(?<![\w’'\-])(?:{VERBS})(?![\w\-])")
_BEFORE_VERB_RE = re.compile(rf"(?<![\w’'\-])(?P<v>{VERBS}|{PARTICIPLES}|[Aa]ccording\s+to)(?![\w\-])")
_VERB_FIRST = re.compile(rf"^[\s,;:—–\-]*(?:(?:also|later|then|again)\s+)?(?P<v>{VERBS})(?![\w\-])\s+(?P<np>.*)$", re.S)
_ACCORDING_AFTER = re.compile(r"^[\s,;:—–\-]*according\s+to\s+(?P<np>.+)$", re.S | re.I)
_AUX_TAIL = re.compile(rf"\s+{_AUX}$")
# `Interfax quoted Novak as saying`, `Novak was quoted by Interfax as saying`
_QUOTED_AS = re.compile(r"(?<![\w\-])quoted\s+(?!by\s)(?P<np>[^\"“”]+?)\s+as\s+(?:saying|telling|stating|adding|writing)(?![\w\-])")
_WAS_QUOTED = re.compile(
    r"^[\s,;:—–\-]*(?P<np>[^\"“”]+?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+"
    r"(?:by\s+[^\"“”]+?\s+)?as\s+(?:saying|telling|stating|adding|writing)(?![\w\-])"
)
_NP_STOP = re.compile(
    r"\s+(?:on|in|at|during|after|before|via|while|when|as|from|adding|citing|according|speaking|"
    r"referring|told|yesterday|today|tonight|last|earlier|this|and\s+(?:added|said|called|urged))\b"
    r"|\s+\((?!\w+\))"
)
_TAIL_SPLIT = re.compile(r",\s*(?:adding|saying|citing|noting|according|referring|warning|in\s+a|in\s+an)\b")
_TAIL_START = re.compile(
    r"\s*(?:adding|saying|citing|noting|according|referring|warning|stressing|insisting|in\s+a|in\s+an|"
    r"on\s+\w+day|at\s+a|during|after|before|when|while|as|in\s+remarks|in\s+comments|told)\b"
)
_MARKS = re.compile(r"[\"“”«»]")
_THAT_CLAUSE = re.compile(r"^(?:\s+[\w’'\-]+){0,10}?\s+that\s")
_THAT_END = re.compile(r"\b(?:that|which)$")
_CONJ_END = re.compile(r"(?:^|[\s,])(?:and|but|then|or)$")
_LEAD_PUNCT = re.compile(r"^[\s,;:—–\-]+")


@dataclass(slots=True)
class Attribution:
    """The speaker words of one attribution (`np`, from offset `np_start`) and its clause."""

    np: str
    np_start: int
    clause: str
    where: str  # "after", "before", "next", "colon", "called"


def trim_np(np: str) -> str:
    """Cut a speaker phrase at the end of its noun phrase: `Khodr on Friday` → `Khodr`.

    Only the part before a first comma is cut: an apposition or `who …` clause after the name stays
    whole (`an opposition leader, who spoke to Reuters on condition of anonymity`)."""
    np = np.strip()
    head, sep, tail = np.partition(",")
    m = _NP_STOP.search(head)
    if m:
        return head[: m.start()].strip()
    if sep:
        # the apposition ends at the sentence end or before a participle phrase
        if _TAIL_START.match(tail):
            return head.strip().rstrip(".;:")
        tail = _TAIL_SPLIT.split(tail, maxsplit=1)[0]
        return (head + sep + tail).strip().rstrip(".;:")
    return head.strip().rstrip(".;:")


_BREAK = re.compile(r"(\S*?)([.!?])\s")


def has_break(text: str) -> bool:
    """Whether `text` holds a sentence break (a stop after an abbreviation or initial is none)."""
    for m in _BREAK.finditer(text):
        if m.group(2) != ".":
            return True
        word = m.group(1).lstrip("(\"“'‘")
        low = word.lower().rstrip(".")
        if "." in word or len(low) <= 1 or low in _TITLES or low in _ABBREV:
            continue
        return True
    return False


def _np_ok(np: str) -> bool:
    if not np or len(np) > 220:
        return False
    first = np.split(None, 1)[0].lower().strip(",")
    if first in SUBORDINATORS and first not in ("also", "then"):
        return False
    if has_break(np) or _MARKS.search(np):
        return False
    return not _THAT_END.search(np)


def after_attribution(text: str, offset: int, inverted: bool = True) -> Attribution | None:
    """An attribution right after a quote; `text` runs from the closing mark to the sentence end.

    `inverted` allows the verb-first order (`“…,” said X`), which needs the quote to end with a
    comma or other punctuation: `"Blue Lions" claimed the attack` is no attribution."""
    if not text.strip():
        return None
    for rx in (_WAS_QUOTED, _QUOTED_AS):
        qm = rx.match(text) if rx is _WAS_QUOTED else rx.search(text)
        if qm and not has_break(text[: qm.start()]):
            np = trim_np(qm.group("np"))
            if np and _np_ok(np):
                return Attribution(np, offset + qm.start("np"), text, "after")
    m = _VERB_FIRST.match(text) if inverted or text.lstrip()[:1] == "," else None
    if m:
        np = trim_np(m.group("np"))
        if np and _np_ok(np):
            return Attribution(np, offset + m.start("np"), text, "after")
        return None
    m = _ACCORDING_AFTER.match(text)
    if m:
        np = trim_np(m.group("np"))
        if np:
            return Attribution(np, offset + m.start("np"), text, "after")
    lead = _LEAD_PUNCT.match(text)
    start = lead.end() if lead else 0
    for vm in _VERB_RE.finditer(text, start):
        np_raw = text[start : vm.start()]
        np = _AUX_TAIL.sub("", " " + np_raw).strip()
        if np.endswith(","):
            np = np.rstrip(",").strip()
        if not np:
            return None
        if len(np) > 200 or has_break(np_raw) or ";" in np_raw:
            return None
        if _np_ok(np):
            return Attribution(np, offset + start, text, "after")
    return None


def before_attribution(sentence: str, cut: int, offset: int) -> Attribution | None:
    """An attribution before a quote; `sentence[:cut]` is the sentence up to the opening mark."""
    before = sentence[:cut]
    if not before.strip():
        return None
    qms = list(_QUOTED_AS.finditer(before, max(0, len(before) - 300)))
    if qms:
        qm = qms[-1]
        comp = before[qm.end() :]
        np = trim_np(qm.group("np"))
        if len(comp.split()) <= 10 and not has_break(comp) and not _MARKS.search(comp) and np and _np_ok(np):
            return Attribution(np, offset + qm.start("np"), before[qm.start() :], "before")
    cands = []
    for vm in _BEFORE_VERB_RE.finditer(before, max(0, len(before) - 300)):
        comp = before[vm.end() :]
        limit = 16 if _THAT_CLAUSE.search(comp) else 10  # `told AFP on the sidelines of the summit that Cairo was …`
        if len(comp.split()) > limit or has_break(comp) or _MARKS.search(comp):
            continue
        cands.append(vm)
    if not cands:
        return None
    # The last speech verb before the quote, unless its subject holds an earlier one
    # (`X said in a message posted on Telegram: “…”` → `said`).
    best = cands[-1]
    for vm in reversed(cands):
        if not _VERB_RE.search(before, 0, vm.start()) or vm is cands[0]:
            best = vm
            break
        pre_text = before[: vm.start()]
        last_verb = list(_VERB_RE.finditer(pre_text))[-1]
        if len(before[last_verb.end() : vm.start()].split()) > 6:
            best = vm  # `Smith said the minister told him …` keeps `told`
            break
    verb = best.group("v")
    comp = before[best.end() :]
    clause = before[best.start() :]
    if verb.lower().startswith("according"):
        np = trim_np(comp.strip().rstrip(":,").strip())
        if np:
            return Attribution(np, offset + best.end() + (len(comp) - len(comp.lstrip())), clause, "before")
        return None
    pre = before[: best.start()]
    np = _AUX_TAIL.sub("", " " + pre).strip()
    participle = verb.endswith("ing")
    if not participle and not np.strip(" ,;:—–-"):
        # `“…,” said Lena Park, adding that “…”`: the speaker follows the verb
        inv = trim_np(comp.strip().rstrip(":,"))
        if inv and _np_ok(inv):
            return Attribution(inv, offset + best.end() + (len(comp) - len(comp.lstrip())), clause, "before")
        return None
    if participle and _VERB_RE.search(before, 0, best.start()):
        # `she said, adding that “…”`: the attribution before the participle
        inner = before_attribution(sentence, best.start(), offset)
        if inner is not None:
            return Attribution(inner.np, inner.np_start, clause, "before")
    if participle or _CONJ_END.search(np) or not np:
        ls = leading_subject(sentence)
        if ls is None or ls[0] >= best.start():
            return None
        return Attribution(ls[1], offset + ls[0], clause, "before")
    start = len(pre) - len(pre.lstrip())
    m = _INTRO.match(np)
    if m:
        start += m.end()
        np = np[m.end() :]
    if "," in np and not re.search(r",\s*$", np):
        # `Iraqi Foreign Minister Fuad Hussein condemned the offensive, and said` is handled above;
        # here the comma may end an apposition: `Aaron Rand, a fellow at …, said`
        pass
    if not _np_ok(np):
        ls = leading_subject(sentence)
        if ls is None or ls[0] >= best.start():
            return None
        return Attribution(ls[1], offset + ls[0], clause, "before")
    return Attribution(np.rstrip(","), offset + start, clause, "before")


_WHOLE_ATTRIB = re.compile(rf"^[\s,;:—–\-]*(?P<np>[^.!?\"“”]{{1,80}}?)\s+{_AUX}(?:{VERBS})\b[^\"“”]{{0,100}}$")


_WORDS_OF = re.compile(
    r"^\s*(?:Those|These|That|This|Such)\s+(?:were|was|is|are)\s+(?:the\s+)?(?:words|comments|remarks|message|"
    r"verdict|assessment|response|reaction|view|warning)\s+of\s+"
)
_COPULA = re.compile(r"(?<![\w\-’'])(?:is|are|was|were)(?![\w\-’'])")


def sentence_attribution(sentence: str, offset: int) -> Attribution | None:
    """A sentence that is nothing but an attribution (`He said.`, `Smith told Reuters.`)."""
    if len(sentence) > 160:
        return None
    words_of = _WORDS_OF.match(sentence)
    if words_of:
        # `“…” Those were the words of President X, who posted on Telegram.`
        np = trim_np(sentence[words_of.end() :])
        if np and _np_ok(np) and not _COPULA.search(np):
            return Attribution(np, offset + words_of.end(), sentence, "next")
        return None
    m = _WHOLE_ATTRIB.match(sentence)
    if m and _np_ok(m.group("np").strip()) and not _COPULA.search(m.group("np")):
        return Attribution(m.group("np").strip(), offset + m.start("np"), sentence, "next")
    m = _VERB_FIRST.match(sentence)
    if m and len(sentence.split()) <= 10:
        np = trim_np(m.group("np"))
        if np and _np_ok(np):
            return Attribution(np, offset + m.start("np"), sentence, "next")
    return None
