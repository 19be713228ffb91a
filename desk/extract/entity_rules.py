"""The rule-based entity extractor: capitalised runs, cues, a gazetteer, in-article aliases.

How it works, in one pass over the body plus a merge:

1. One precompiled regex finds runs of capitalised words (with name particles `al-`, `az`, `bin`,
   and the connectors `of`/`for`/`and` that organisation names use). Nothing else is tokenised.
2. Each run is cut into candidate spans: `-based`/`-backed` suffixes and possessives end a name,
   `anti-` prefixes are dropped, connectors are kept only after an organisational word
   (`General Command of the Army and Armed Forces`), leading function words go (`While`, `The`),
   titles are peeled off persons (`Foreign Minister Hakan Fidan`), demonyms off the front of
   anything that is not an organisation (`Lebanese Hezbollah`), media words off outlets
   (`Al Arabiya TV`).
3. Each span collects evidence for person/place/organisation/other from the known tables
   (outlets, organisations, the gazetteer), its own words (org and place heads), and the words
   around it (titles and roles before, appositives after, `city of`, `province`, `said`, `regime`,
   a following `he`/`his`). A sentence-initial single word, or a word in a heading, is only
   *pending*: it counts if the same name is found elsewhere in running text.
4. Mentions merge into entities by `entity_key`, inline definitions (`… Forces (SDF)`,
   `… Organization (Hayat Tahrir al Sham, in Arabic)`), acronyms of a long form, surnames
   (`Mehdi Rahmati` … `Rahmati`), and one gazetteer place (`Sweida`, `As Suwayda`).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from functools import lru_cache

from desk.extract import entity_lexicon as lex
from desk.extract.aliases import acronym, entity_key, is_acronym
from desk.extract.gazetteer import lookup as gazetteer_lookup
from desk.extract.model import Entity
from desk.extract.outlets import canonical_outlet
from desk.extract.sentences import split_paragraphs

P, L, O, X = 0, 1, 2, 3
_KINDS = ("person", "place", "organisation", "other")


def _upper_class() -> str:
    """A regex character class body holding every upper- or title-case letter of the BMP."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        ch = chr(cp)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_UP = _upper_class()
_W = r"[^\W_ʼʻ]"
_HY = r"[-‐‑]"
_APOS = "'’ʼ"
_CAPW = rf"[{_UP}]{_W}*(?:[{_APOS}]{_W}{{2,}})*"
_ABBR = r"(?:Gen|Lt|Col|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|St|Mt|Ft|Brig|Adm|Cmdr|Rev)\."
_DOTACR = r"(?:[A-Z]\.){2,}"
_PREFIXED = rf"(?:al|el|ez|az|as|ash|ad|an|ar|at|ul|bin|ibn|abu){_HY}{_CAPW}"
_WORD = rf"(?:{_ABBR}|{_DOTACR}|{_PREFIXED}|{_CAPW})(?:{_HY}{_W}+(?:[{_APOS}]{_W}{{2,}})*)*"
_SP = r"[ \t\u00a0]+"
_PART = r"(?:al|el|ez|az|ash|ad|ar|bin|ibn|bint|abu|de|del|della|der|di|da|du|dos|das|van|von|ul|ben)"
_CONN = r"(?:of|for|on|and|&)(?:[ \t\u00a0]+the)?"
_RUN = re.compile(rf"(?<![^\W_])(?:{_WORD})(?:{_SP}(?:(?:{_PART}|{_CONN}){_SP})?(?:{_WORD}))*")
_TOKEN = re.compile(r"\S+")
_CONNECTORS = frozenset({"of", "for", "on", "and", "&", "the"})
_PARTICLE_WORDS = frozenset(lex.PARTICLES)
_SENT_OPENERS = " \t\u00a0\"“‘'([«*•-–—"
_ABBREV_BEFORE = frozenset({"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "prof", "sen",
                            "rep", "gov", "st", "mt", "ft", "brig", "adm", "rev", "no", "vs"})
_PRONOUN = re.compile(r"\b(he|his|him|she|her|its|their)\b|[.!?]\s", re.I)
_APPOSITIVE = re.compile(r",\s+((?:a|an|the|who|head|chief|leader|one)\b[^,.;:()\n]{0,70})")
_AGE = re.compile(r",\s+\d{1,3},")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'.-]*)[\s,]*$")
_WORDS_AFTER = re.compile(r"\s*([\w’'-]+)(?:\s+([\w’'-]+))?")
_PAREN_TAIL = re.compile(r"\s*(?:,?\s*(?:in|or)\s+\w+)?\s*\)")
_ALLCAPS_STOP = frozenset({"TV", "OK", "AM", "PM", "CEO", "PS", "NB", "UPDATE", "BREAKING", "LIVE", "VIDEO",
                           "PHOTO", "EXCLUSIVE", "WATCH", "READ", "MORE", "AND", "THE", "OF", "IN", "ON",
                           "FOR", "BY", "TO", "AT", "A", "I", "II", "III", "IV", "GMT", "UTC", "EST", "CET"})


def _norm(text: str) -> str:
    """Cheap lookup form: lower case, hyphens and spaces folded, apostrophes dropped."""
    text = text.lower()
    if "-" in text or "’" in text or "'" in text or "ʼ" in text:
        text = text.replace("-", " ").replace("’", "").replace("'", "").replace("ʼ", "")
    return " ".join(text.split())


_KNOWN_ACRONYMS = frozenset(k for k in lex.KNOWN_ORGS if k.isupper())
_KNOWN_ORGS = frozenset(_norm(k) for k in lex.KNOWN_ORGS if not k.isupper()) | frozenset(
    _norm(k) for k in ("United Nations", "European Union", "Arab League", "African Union", "Southern Operations Room",
                       "Military Operations Command", "Hayat Tahrir al-Sham", "Islamic State", "Quds Force",
                       "Levant Liberation Organization", "State Department", "Human Rights Office",
                       "International Crisis Group", "Syrian Democratic Forces", "Syrian National Army"))


@lru_cache(maxsize=100_000)
def _known(text: str) -> tuple[int, str | None, str | None, float] | None:
    """`(kind, canonical name or place type, gazetteer id, weight)` for a known name, else None.

    The weight is the evidence it gives: outlets, organisations, countries and regions are
    certain (6), capitals 5, other cities 3.5. A city that is also an English word (`Retreat`,
    `Most`) is not returned at all: see `_weak_place`.
    """
    outlet = canonical_outlet(text, strict=True)
    if outlet:
        return (O, outlet, None, 6.0)
    if text in _KNOWN_ACRONYMS:
        return (O, None, None, 6.0)
    n = _norm(text)
    if n in _KNOWN_ORGS:
        return (O, None, None, 6.0)
    if not text.isupper() and (n in _NOT_PLACES or n in lex.LEADING_STOP):
        return None
    place = gazetteer_lookup(text)
    if place is not None and not place.type.endswith("~"):
        weight = 6.0 if place.type in ("country", "region", "state") else 5.0 if place.type == "capital" else 3.5
        return (L, place.type, place.gid, weight)
    return None


@lru_cache(maxsize=100_000)
def _weak_place(text: str) -> str | None:
    """The gazetteer id of a city whose name is also an English word, else None."""
    n = _norm(text)
    if n in _NOT_PLACES or n in lex.LEADING_STOP:
        return None
    place = gazetteer_lookup(text)
    if place is not None and place.type.endswith("~"):
        return place.gid
    return None


_NOT_PLACES = frozenset({"of", "abu", "human", "center", "centre", "york", "said", "the", "as", "al", "an", "at",
                         "mobile", "reading", "split", "nice", "union", "independence", "victory", "march",
                         "may", "bath", "hope", "liberty", "friendship", "concord", "unity", "opposition",
                         "media", "government", "regime", "army", "rebel", "rebels", "forces", "state",
                         "university", "college", "central", "western", "eastern", "northern", "southern",
                         "middle", "north", "south", "east", "west", "new", "old", "great", "saint", "san",
                         "santa", "mount", "lake", "port", "fort", "city", "town", "village"}) | lex.DEMONYMS


class _Mention:
    __slots__ = ("allcaps", "canonical", "ev", "gid", "group", "heading", "key", "pending", "s", "e", "text",
                 "words")

    def __init__(self, s: int, e: int, text: str, words: list[str]) -> None:
        self.s, self.e, self.text, self.words = s, e, text, words
        self.ev = [0.0, 0.0, 0.0, 0.0]
        self.pending = False
        self.heading = False
        self.allcaps = False
        self.canonical: str | None = None
        self.gid: str | None = None
        self.key = ""
        self.group = -1


def _is_initial(body: str, pos: int) -> bool:
    """Whether `pos` starts a sentence, a paragraph, a quote, or follows a colon."""
    i = pos - 1
    while i >= 0 and body[i] in _SENT_OPENERS:
        if body[i] in "\n":
            return True
        i -= 1
    if i < 0 or body[i] == "\n":
        return True
    c = body[i]
    if c in ".!?…":
        j = i
        while j > 0 and not body[j - 1].isspace():
            j -= 1
        word = body[j:i].lower().strip("\"“(")
        if word in _ABBREV_BEFORE:
            return False
        return True
    if c in ":;|":
        return True
    if c in "\"”’»" and i > 0 and body[i - 1] in ".!?":
        return True
    return False


def _is_allcaps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _paragraph_kinds(body: str) -> list[tuple[int, int, bool]]:
    """Paragraph spans with a flag: True for a heading (short, no closing punctuation)."""
    paras = split_paragraphs(body)
    if len(paras) < 2:
        return [(s, e, False) for s, e in paras]
    out = []
    for s, e in paras:
        text = body[s:e].rstrip()
        heading = bool(text) and text[-1] not in ".!?:;,\"”’)…" and len(text.split()) <= 14
        out.append((s, e, heading))
    return out


class RuleBasedExtractor:
    """The default `EntityExtractor`: rules, word lists and the gazetteer; no model."""

    name = "rules"

    def extract(self, body: str) -> list[Entity]:
        return extract_entities_rules(body)


def extract_entities_rules(body: str) -> list[Entity]:
    mentions: list[_Mention] = []
    paras = _paragraph_kinds(body)
    pi = 0
    for m in _RUN.finditer(body):
        start = m.start()
        while pi < len(paras) and paras[pi][1] <= start:
            pi += 1
        heading = pi < len(paras) and paras[pi][2]
        if heading:
            _heading_run(body, m.start(), m.end(), mentions)
        else:
            _run(body, m.start(), m.end(), mentions)
    return _merge(body, mentions)


# ----------------------------------------------------------------------------------------------
# runs → spans


def _tokens(body: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(body, start, end)]


def _cut_hyphens(body: str, toks: list[tuple[int, int, str]]
                 ) -> tuple[list[list[tuple[int, int, str]]], dict[int, str]]:
    """Split a run's tokens where a hyphenated lower-case suffix ends a name (`US-backed Syrian …`).

    Returns the token groups and, by token start, the suffix cut off (`based`, `backed`).
    """
    groups: list[list[tuple[int, int, str]]] = [[]]
    suffix_cue: dict[int, str] = {}
    for s, e, t in toks:
        if "-" in t or "‐" in t or "‑" in t:
            parts = re.split(r"[-‐‑]", t)
            # drop a leading lower-case-meaning prefix: anti-Assad, Anti-regime
            if len(parts) > 1 and parts[0].lower() in lex.NAME_PREFIXES:
                cut = len(parts[0]) + 1
                if parts[1][:1].isupper():
                    s, t = s + cut, t[cut:]
                    parts = parts[1:]
                else:
                    groups.append([])
                    continue
            for i in range(1, len(parts)):
                p = parts[i]
                if p and p[0].islower() and not (p.lower() in lex.PARTICLES and i + 1 < len(parts)):
                    keep = len("-".join(parts[:i]))
                    if keep and parts[0]:
                        groups[-1].append((s, s + keep, t[:keep]))
                        suffix_cue[s] = p.lower()
                    groups.append([])
                    break
            else:
                groups[-1].append((s, e, t))
            continue
        groups[-1].append((s, e, t))
    return [g for g in groups if g], suffix_cue


def _split_connectors(toks: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Keep `of`/`for`/`and` inside a name only after an organisational head (`Ministry of …`)."""
    segs: list[list[tuple[int, int, str]]] = [[]]
    joined_of = False
    i = 0
    n = len(toks)
    while i < n:
        s, e, t = toks[i]
        low = t.lower()
        if low in _CONNECTORS and t[0].islower() or t == "&":
            seg = segs[-1]
            heads = any(w.lower().rstrip(".") in lex.OF_HEADS for _, _, w in seg)
            if low in ("of", "for", "on") and heads:
                joined_of = True
                seg.append(toks[i])
            elif low in ("and", "&") and joined_of:
                seg.append(toks[i])
            elif low == "the" and seg and seg[-1][2].lower() in _CONNECTORS:
                seg.append(toks[i])
            else:
                joined_of = False
                if segs[-1]:
                    segs.append([])
                # a `the` after a dropped connector is dropped too
                if i + 1 < n and toks[i + 1][2] == "the":
                    i += 1
            i += 1
            continue
        segs[-1].append(toks[i])
        i += 1
    out = []
    for seg in segs:
        while seg and (seg[-1][2].lower() in _CONNECTORS or seg[-1][2] in _PARTICLE_WORDS):
            seg = seg[:-1]
        while seg and seg[0][2] in _PARTICLE_WORDS and seg[0][2].islower():
            seg = seg[1:]
        if seg:
            out.append(seg)
    return out


def _text_of(body: str, seg: list[tuple[int, int, str]]) -> str:
    return body[seg[0][0]:seg[-1][1]]


def _run(body: str, start: int, end: int, out: list[_Mention]) -> None:
    toks = _tokens(body, start, end)
    whole = body[start:end]
    if len(toks) > 1 and _known(whole) is not None:
        _add(body, toks, out, start_initial=_is_initial(body, start))
        return
    groups, suffix = _cut_hyphens(body, toks)
    first = True
    for g in groups:
        for seg in _split_connectors(g):
            _segment(body, seg, out, initial=first and seg[0][0] == start and _is_initial(body, start),
                     suffix=suffix.get(seg[-1][0]) if seg else None)
            first = False


def _segment(body: str, seg: list[tuple[int, int, str]], out: list[_Mention], initial: bool,
             suffix: str | None) -> None:
    text = _text_of(body, seg)
    known = _known(text)
    if known is None and len(seg) > 1 and seg[0][2] in ("The", "the"):
        known = _known(_text_of(body, seg[1:]))
        if known is not None:
            seg = seg[1:]
    if known is not None:
        _add(body, seg, out, start_initial=initial, suffix=suffix)
        return
    # an organisational word anywhere but first makes the whole segment an organisation
    lows = [w.lower().rstrip(".,") for _, _, w in seg]
    if len(seg) > 1 and any(w in lex.ORG_HEADS for w in lows[1:]):
        while len(seg) > 1 and lows[0] in _BASIC_STOP:
            seg, lows = seg[1:], lows[1:]
            initial = False
        if len(seg) > 1 or lows[0] not in lex.ORG_HEADS:
            _add(body, seg, out, start_initial=initial, suffix=suffix, org_head=True)
        return
    # leading function words, then sentence-initial ordinary words (`Capturing Homs`)
    stripped = False
    while seg and (lows[0] in lex.LEADING_STOP and not _known(seg[0][2])):
        seg, lows = seg[1:], lows[1:]
        stripped = True
    if initial and not stripped and len(seg) > 1 and _ordinary_word(lows[0]) and _known(seg[0][2]) is None:
        seg, lows = seg[1:], lows[1:]
        stripped = True
    if stripped:
        initial = False
    if not seg:
        return
    # titles: [demonym…] Title… Name  →  Name, a person
    title = False
    i = 0
    while i < len(seg) and (lows[i] in lex.TITLES or lows[i] in lex.DEMONYMS) and not _known(seg[i][2]):
        if lows[i] in lex.TITLE_HEADS or lows[i].rstrip(".") in lex.TITLE_HEADS:
            title = True
        i += 1
    if title:
        if i >= len(seg):
            return
        seg, lows = seg[i:], lows[i:]
        initial = False
    # demonyms in front of anything else (`Lebanese Hezbollah`); demonyms alone are not entities
    while seg and (lows[0] in lex.DEMONYMS or _demonym_compound(lows[0])) and not _known(seg[0][2]):
        seg, lows = seg[1:], lows[1:]
        initial = False
    if not seg:
        return
    # trailing media words: `Al Arabiya TV`
    if len(seg) > 1 and lows[-1] in lex.MEDIA_CUES:
        seg, lows = seg[:-1], lows[:-1]
    if len(seg) == 1 and (lows[0] in lex.STOP or lows[0] in lex.ORG_HEADS or lows[0] in lex.TITLES
                          or lows[0] in lex.PLACE_HEADS) and not _known(seg[0][2]):
        if not (seg[0][2].isupper() and len(seg[0][2]) > 1 and lows[0] not in lex.STOP):
            return
    _add(body, seg, out, start_initial=initial, suffix=suffix, title=title)


_BASIC_STOP = frozenset("""the a an this that these those in on at for from with by as while when if but and or
    according due after before since despite during our their his her its my your we they he she it
    meanwhile however although though because whereas unlike like""".split())


def _ordinary_word(low: str) -> bool:
    return low in lex.LEADING_STOP or low.endswith(("ing", "ed", "ly")) or low in lex.DEMONYMS


def _demonym_compound(low: str) -> bool:
    if "-" not in low:
        return False
    return all(p in lex.DEMONYMS for p in low.split("-") if p)


def _heading_run(body: str, start: int, end: int, out: list[_Mention]) -> None:
    """In a heading only known names count; other words wait for a match in running text."""
    toks = [t for g in _cut_hyphens(body, _tokens(body, start, end))[0] for t in g]
    i = 0
    n = len(toks)
    while i < n:
        for j in range(min(n, i + 5), i, -1):
            known = _known(body[toks[i][0]:toks[j - 1][1]])
            if known is not None:
                m = _add(body, toks[i:j], out, start_initial=False, heading=True)
                if m is not None and known[3] < 5:
                    m.pending = True  # a city in a heading must be named in the text too
                i = j
                break
        else:
            t = toks[i][2]
            low = t.lower()
            if low not in lex.STOP and low not in lex.DEMONYMS and low not in _CONNECTORS and not t.islower():
                m = _add(body, toks[i:i + 1], out, start_initial=False, heading=True)
                if m is not None:
                    m.pending = True
            i += 1


def _add(body: str, seg: list[tuple[int, int, str]], out: list[_Mention], start_initial: bool,
         suffix: str | None = None, org_head: bool = False, title: bool = False,
         heading: bool = False) -> _Mention | None:
    s, e = seg[0][0], seg[-1][1]
    text = body[s:e]
    # possessive and trailing punctuation
    while text and text[-1] in ".,;:" and not (len(text) > 1 and text[-2].isupper() and "." in text[:-1]):
        text, e = text[:-1], e - 1
    if not text:
        return None
    words = [w for _, _, w in seg]
    m = _Mention(s, e, text, words)
    m.heading = heading
    m.allcaps = _is_allcaps(text) and not is_acronym(text)
    known = _known(text) if not m.allcaps else _known(text.title())
    possessive = e + 1 < len(body) and body[e] in _APOS and body[e + 1] in "sS" and not body[e + 2:e + 3].isalpha()
    ev = m.ev
    if m.allcaps:
        if known is None:
            if len(seg) > 1 or len(text) > 5 or text.lower() in lex.MONTHS or text.lower() in lex.WEEKDAYS:
                return None
            m.allcaps = False  # a short all-caps word is an acronym
        else:
            m.text = text
    if text in _ALLCAPS_STOP:
        return None
    if known is not None:
        kind, info, gid, weight = known
        if kind == O:
            ev[O] += weight
            if info:
                m.canonical = info
        else:
            ev[L] += weight
            m.gid = gid
    elif len(words) == 1:
        weak = _weak_place(text)
        if weak:
            ev[L] += 1
            m.gid = weak
    if org_head:
        ev[O] += 4
    if title:
        ev[P] += 6
    lows = [w.lower() for w in words]
    if lows[-1] in lex.PLACE_HEADS and len(words) > 1:
        ev[L] += 4
    if len(words) > 1 and lows[0] in lex.FIRST_NAMES:
        ev[P] += 3
    elif len(words) == 1 and lows[0] in lex.FIRST_NAMES:
        ev[P] += 1
    if any(w in lex.PERSON_PARTICLES for w in lows[:-1]) or lows[0].startswith(("bin-", "ibn-", "abu-")):
        ev[P] += 2
    if is_acronym(text) and known is None:
        ev[O] += 2
    if any(c.isdigit() for c in text):
        ev[X] += 1
    if suffix == "based":
        ev[L] += 2
    elif suffix in ("backed", "led", "allied", "controlled", "held", "linked", "affiliated", "aligned"):
        ev[L] += 0.5
        ev[O] += 0.5
    if not heading:
        _context(body, m, possessive)
    if start_initial and len(words) == 1 and known is None and not possessive and not is_acronym(text) \
            and ev[P] < 3 and not any(c.isdigit() for c in text):
        m.pending = True
    if len(words) > 1 and max(ev) == 0 and all(w[:1].isupper() and w.isalpha() for w in words) and len(words) <= 3:
        ev[P] += 0.8
    if max(ev) == 0:
        ev[X] += 0.5
    m.key = entity_key(m.canonical or text)
    if not m.key:
        return None
    out.append(m)
    return m


def _context(body: str, m: _Mention, possessive: bool) -> None:
    ev = m.ev
    s, e = m.s, m.e
    before = body[max(0, s - 40):s]
    bm = _WORD_BEFORE.search(before)
    prev = bm.group(1).lower() if bm else ""
    low_before = before.lower().rstrip()
    after_start = e + 2 if possessive else e
    am = _WORDS_AFTER.match(body, after_start, after_start + 60)
    nxt = am.group(1).lower() if am else ""
    if prev in lex.ROLES and before.rstrip().endswith(bm.group(1) if bm else "\0"):
        ev[P] += 4
    if prev in lex.SPEECH_VERBS:
        ev[P] += 1.5 if len(m.words) > 1 else 1
    if nxt in lex.SPEECH_VERBS and not possessive:
        ev[P] += 1.5 if len(m.words) > 1 else 1
    if prev in lex.MEDIA_CUES:
        ev[O] += 3
    if nxt in lex.MEDIA_CUES:
        ev[O] += 3
    if possessive and nxt in lex.POWER_NOUNS:
        ev[P] += 1
    if nxt == "regime" and not possessive:
        ev[P] += 2
    for cue in lex.PLACE_CUES_STRONG:
        if low_before.endswith(cue):
            ev[L] += 3
            break
    else:
        if prev in lex.PLACE_CUES_WEAK:
            ev[L] += 1
    if nxt in lex.PLACE_AFTER and not possessive:
        ev[L] += 3
    if body.startswith(",", e):
        if _AGE.match(body, e, e + 8):
            ev[P] += 3
        else:
            ap = _APPOSITIVE.match(body, e, e + 80)
            if ap:
                words = ap.group(1).lower().split()[:7]
                if words[0] == "who":
                    ev[P] += 2
                else:
                    for w in words[1:] if words[0] in ("a", "an", "the", "one") else words:
                        if w in lex.ROLES:
                            ev[P] += 3
                            break
                        if w in lex.PLACE_APPOSITIVE:
                            ev[L] += 3
                            break
                        if w in ("of", "at", "for", "in", "who", "which", "that", "and", "to", "on"):
                            break
    pm = _PRONOUN.search(body, e, e + 160)
    if pm and pm.group(1):
        p = pm.group(1).lower()
        if p in ("he", "his", "him", "she", "her"):
            ev[P] += 1
        elif p == "its":
            ev[O] += 0.25
            ev[L] += 0.25


# ----------------------------------------------------------------------------------------------
# mentions → entities


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, a: int) -> int:
        p = self.p
        while p[a] != a:
            p[a] = p[p[a]]
            a = p[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def _merge(body: str, mentions: list[_Mention]) -> list[Entity]:
    n = len(mentions)
    if not n:
        return []
    uf = _UF(n)
    by_key: dict[str, int] = {}
    by_gid: dict[str, int] = {}
    by_start = {m.s: i for i, m in enumerate(mentions)}
    for i, m in enumerate(mentions):
        j = by_key.setdefault(m.key, i)
        if j != i:
            uf.union(i, j)
        if m.gid:
            j = by_gid.setdefault(m.gid, i)
            if j != i:
                uf.union(i, j)
    # inline definitions: `Long Form (LF)`, `Long Form (Other Form, in Arabic)`
    for i, m in enumerate(mentions):
        if body.startswith(" (", m.e) or body.startswith("(", m.e):
            k = by_start.get(m.e + 2 if body[m.e] == " " else m.e + 1)
            if k is None:
                continue
            inner = mentions[k]
            if not _PAREN_TAIL.match(body, inner.e, inner.e + 30):
                continue
            if is_acronym(inner.text):
                if acronym(m.text) == inner.text.replace(".", "").lower() or m.ev[O] >= 3 or inner.ev[O] >= 3:
                    uf.union(i, k)
            elif not inner.gid and not m.gid and (m.ev[O] > 0 or inner.ev[O] > 0):
                uf.union(i, k)
    # acronyms of long forms named elsewhere in the article
    initials: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if len(m.words) > 1 and m.ev[O] > 0:
            a = acronym(m.text)
            if len(a) >= 2:
                initials.setdefault(a, i)
    if initials:
        for i, m in enumerate(mentions):
            if is_acronym(m.text):
                j = initials.get(m.text.replace(".", "").lower())
                if j is not None:
                    uf.union(i, j)
    # evidence per group so far
    ev_by: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for i, m in enumerate(mentions):
        acc = ev_by[uf.find(i)]
        for t in range(4):
            acc[t] += m.ev[t]
    # surnames: `Mehdi Rahmati` … `Rahmati`
    surnames: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if len(m.words) > 1:
            g = uf.find(i)
            ev = ev_by[g]
            if ev[P] > 0 and ev[P] >= max(ev[L], ev[O]):
                last = entity_key(m.words[-1])
                if last and last != m.key:
                    surnames[last].add(g)
    if surnames:
        for i, m in enumerate(mentions):
            if m.key in surnames:
                groups = surnames.get(m.key)
                if groups and len(groups) == 1:
                    g = uf.find(i)
                    ev = ev_by[g]
                    if ev[L] < 3 and ev[O] < 3:
                        uf.union(i, next(iter(groups)))
    # assemble
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[uf.find(i)].append(i)
    entities: list[tuple[int, Entity]] = []
    for idxs in members.values():
        ms = [mentions[i] for i in idxs]
        if all(m.pending for m in ms):
            continue
        ev = [0.0, 0.0, 0.0, 0.0]
        for m in ms:
            for t in range(4):
                ev[t] += m.ev[t]
        best = max(range(4), key=lambda t: (ev[t], (2, 1, 0, -1)[t] if t != P else 0.5))
        kind = _KINDS[best] if ev[best] > 0 else "other"
        name = _choose_name(ms)
        aliases: list[str] = []
        for m in ms:
            surface = m.text
            if surface != name and surface not in aliases:
                aliases.append(surface)
        spans = sorted({(m.s, m.e) for m in ms})
        entities.append((spans[0][0], Entity(name=name, kind=kind, aliases=aliases, mentions=spans)))
    entities.sort(key=lambda t: t[0])
    return [e for _, e in entities]


def _choose_name(ms: list[_Mention]) -> str:
    for m in ms:
        if m.canonical:
            return m.canonical
    best = max(ms, key=lambda m: (not m.allcaps, not is_acronym(m.text), not m.heading, len(m.words),
                                  len(m.text), -m.s))
    if best.allcaps:
        return best.text.title()
    return best.text


if __name__ == "__main__":  # pragma: no cover
    for ent in extract_entities_rules(sys.stdin.read()):
        print(f"{ent.kind:13} {ent.name!r:45} {ent.aliases} {len(ent.mentions)}")
