"""The rule-based entity extractor: capitalised runs, cues, a gazetteer, in-article aliases.

How it works, in one pass over the body plus a merge:

1. One precompiled regex finds runs of capitalised words (with name particles `al-`, `az`, `bin`,
   middle initials, `AT&T`-style words, and the connectors `of`/`for`/`and`/`&` that organisation
   names use). Nothing else is tokenised. A known index takes its number (`S&P 500`, `FTSE 100`);
   US party-and-state tags (`, R-Ky.,`) are skipped; a single letter is never an entity.
2. Each run is cut into candidate spans: `-based`/`-backed` suffixes and possessives end a name,
   `anti-` prefixes are dropped, connectors are kept only after an organisational word
   (`General Command of the Army and Armed Forces`), leading function words go (`While`, `The`),
   titles are peeled off persons (`Foreign Minister Hakan Fidan`), with the words naming the office
   (`Senate Majority Leader`, `Treasury Secretary`; an employer before a corporate title is kept as
   an organisation: `Harvard President …`) — but a single regnal name keeps its title
   (`Pope Francis`, `King Charles III`) — demonyms off the front of
   anything that is not an organisation (`Lebanese Hezbollah`), media words off outlets
   (`Al Arabiya TV`).
3. Each span collects evidence for person/place/organisation/other from the known tables
   (outlets, organisations, the gazetteer), its own words (org and place heads), and the words
   around it (titles and roles before, appositives after, `city of`, `province`, `said`, `regime`,
   a following `he`/`his`; `at` after a job is an employer). A capitalised run is a person only on
   such evidence: a name after `the`, or starting with an adjective of institutions (`Federal`,
   `National`), is not. A sentence-initial single word, or a word in a heading, is only
   *pending*: it counts if the same name is found elsewhere in running text.
4. Mentions merge into entities by `entity_key`, inline definitions (`… Forces (SDF)`,
   `… Organization (Hayat Tahrir al Sham, in Arabic)`), acronyms of a long form, surnames
   (`Mehdi Rahmati` … `Rahmati`; a later surname makes an otherwise unmarked name a person's, and
   takes precedence over a city of that name), and one gazetteer place (`Sweida`, `As Suwayda`).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from desk.extract import entity_lexicon as lex
from desk.extract.aliases import acronym, entity_key, is_acronym
from desk.extract.gazetteer import is_listed
from desk.extract.gazetteer import lookup as gazetteer_lookup
from desk.extract.model import Entity
from desk.extract.outlets import canonical_outlet
from desk.extract.sentences import split_paragraphs

P, L, O, X = 0, 1, 2, 3  # noqa: E741  (person, place, organisation, other: indices into evidence)
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
_ABBRS = ("Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Dr", "Mr", "Mrs", "Ms", "Prof", "Sen", "Rep", "Gov", "St", "Mt",
          "Ft", "Brig", "Adm", "Cmdr", "Rev")
_PREFIXES = ("al", "el", "ez", "az", "as", "ash", "ad", "an", "ar", "at", "ul", "bin", "ibn", "abu")
_CAPTAIL = rf"{_W}*(?:[{_APOS}]{_W}{{2,}})*"
_HYTAIL = rf"(?:{_HY}{_W}+(?:[{_APOS}]{_W}{{2,}})*)*"
_ABBR = "(?:" + "|".join(sorted(_ABBRS, key=len, reverse=True)) + r")\."
_AMP = r"[A-Z]{1,4}&[A-Z][A-Za-z]{0,3}(?![^\W_])"  # `AT&T`, `S&P`, `P&G`
# A middle initial inside a name: `Charles Q. Brown`, `George W. Bush` (not a letter ending a sentence).
_INITIAL = r"[A-Z]\.(?=[ \t\u00a0]+(?!(?:The|A|An|In|On|At|He|She|It|Its|They|We|I|But|And|This|That|There)\b)[A-Z][a-z])"
_WORD = (rf"(?:{_ABBR}|{_AMP}|{_INITIAL}|(?:[A-Z]\.){{2,}}|(?:{'|'.join(_PREFIXES)}){_HY}[{_UP}]{_CAPTAIL}|[{_UP}]{_CAPTAIL})"
         rf"{_HYTAIL}")
# The first word starts with the capital itself, so the regex engine can skip to capitals fast;
# `al-Assad` at the start of a run is found from `Assad` and widened in `_runs`.
# (The look-ahead lets the engine pass over the abbreviations at once where none can follow.)
_FIRST = (r"[" + _UP + r"](?<![^\W_ʼʻ].)(?:(?=[a-z]{1,3}\.)(?:"
          + "|".join(rf"(?<={a[0]}){a[1:]}\." for a in sorted(_ABBRS, key=len, reverse=True))
          + rf")|(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[A-Z])[A-Z]{{0,3}}&[A-Z][A-Za-z]{{0,3}}(?![^\W_])|{_CAPTAIL}){_HYTAIL}")
_SP = r"[ \t\u00a0]+"
_PART = r"(?:al|el|ez|az|ash|ad|ar|bin|ibn|bint|abu|de|del|della|der|di|da|du|dos|das|van|von|ul|ben)"
_CONN = r"(?:of|for|on|and|&)(?:[ \t\u00a0]+the)?"
_RUN = re.compile(rf"{_FIRST}(?:{_SP}(?:(?:{_PART}|{_CONN}){_SP})?(?:{_WORD}))*")
# A collective noun's possessive inside one name: `People's Liberation Army`, `Workers' Party`.
_COLLECTIVE_POSS = re.compile(
    r"(?<![^\W_])(?:People|Peoples|Workers|Women|Children|Farmers|Veterans|Mothers|Martyrs|Citizens|Writers|"
    r"Journalists|Lawyers|Employers|Teachers|Nurses|Doctors|Students|Men|Builders|Miners)"
    rf"(?:[{_APOS}]s|s?[{_APOS}])[ \t\u00a0]+(?=[A-Z])"
)
_PREFIX_BEFORE = re.compile(rf"(?<![^\W_])(?:{'|'.join(_PREFIXES)}){_HY}$", re.I)
_TOKEN = re.compile(r"\S+")
_HYSPLIT = re.compile(_HY)
_CONNECTORS = frozenset({"of", "for", "on", "and", "&", "the"})
_PARTICLE_WORDS = frozenset(lex.PARTICLES)
_SENT_OPENERS = " \t\u00a0\"“‘'([«*•-–—"
_ABBREV_BEFORE = frozenset({"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "prof", "sen",
                            "rep", "gov", "st", "mt", "ft", "brig", "adm", "rev", "no", "vs"})
_PRONOUN = re.compile(r"\b([Hh]e|[Hh]is|him|[Ss]he|[Hh]er|[Ii]ts)\b|[.!?][\s\"”]")
_APPOSITIVE = re.compile(r",\s+((?:a|an|the|who|head|chief|leader|one)\b[^,.;:()\n]{0,70})")
_AGE = re.compile(r",\s+\d{1,3},")
_PAREN_TAIL = re.compile(r"\s*(?:,?\s*(?:in|or)\s+\w+)?\s*\)")
_ALLCAPS_STOP = frozenset({"TV", "OK", "AM", "PM", "CEO", "PS", "NB", "UPDATE", "BREAKING", "LIVE", "VIDEO",
                           "PHOTO", "EXCLUSIVE", "WATCH", "READ", "MORE", "AND", "THE", "OF", "IN", "ON",
                           "FOR", "BY", "TO", "AT", "A", "I", "II", "III", "IV", "GMT", "UTC", "EST", "CET",
                           "M&A", "R&D", "Q&A", "B&B", "P&L", "F&B", "S&L", "A&E", "AI", "GDP", "CPI", "PPI",
                           "PCE", "IPO", "IPOs", "ETF", "ETFs", "EV", "EVs", "ESG", "FX", "EPS", "PMI", "QE",
                           "LNG", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY", "CFO", "COO", "CTO", "YoY"})
# A US party-and-state tag after a lawmaker's name: `, R-Ky.,`, `, D-N.Y.,`, `(I-Vt.)`.
_PARTY_TAG = re.compile(r"(?:,[ \t\u00a0]+|\()[RDI][-–](?:[A-Z]{2}|[A-Z][a-z]{0,4}\.?(?:[ \t]?[A-Z][a-z]{0,4}\.?)?)(?=[,)])")
# An index's number after its name: `S&P 500`, `FTSE 100`, `Nikkei 225`.
_INDEX_NUMBER = re.compile(r"[ \t\u00a0]\d{2,4}(?![\w%.,]\d)(?!%)")
_ROMAN = re.compile(r"[IVX]{1,5}|Jr\.?|Sr\.?")
_PUNCT = ".,;:!?\"“”‘’'()[]«»—–-"


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
_NOT_PLACES = frozenset({"of", "abu", "human", "center", "centre", "york", "said", "the", "as", "al", "an", "at",
                         "mobile", "reading", "split", "nice", "union", "independence", "victory", "march",
                         "may", "bath", "hope", "liberty", "friendship", "concord", "unity", "opposition",
                         "media", "government", "regime", "army", "rebel", "rebels", "forces", "state",
                         "university", "college", "central", "western", "eastern", "northern", "southern",
                         "middle", "north", "south", "east", "west", "new", "old", "great", "saint", "san",
                         "santa", "mount", "lake", "port", "fort", "city", "town", "village"}) | lex.DEMONYMS


@lru_cache(maxsize=100_000)
def _known(text: str) -> tuple[int, str | None, str | None, float, str] | None:
    """`(kind, canonical name or place type, gazetteer id, weight, country code)` for a known name,
    else None.

    The weight is the evidence it gives: outlets, organisations, countries and regions are
    certain (6), capitals 5, other cities 3.5. A single word that is a city only as a spelling
    variant of its name (`Forsa` for Finland's `Forssa`, `Hama` for `Ḩamāh`) weighs 0 here: it is
    a place only with a cue or beside another place of its country (see `_merge`). A city that is
    also an English word (`Retreat`, `Most`) is not returned at all: see `_weak_place`.
    """
    outlet = canonical_outlet(text, strict=True)
    if outlet:
        return (O, outlet, None, 6.0, "")
    if text in _KNOWN_ACRONYMS:
        return (O, None, None, 6.0, "")
    n = _norm(text)
    if n in _KNOWN_ORGS:
        return (O, None, None, 6.0, "")
    if not text.isupper() and (n in _NOT_PLACES or n in lex.LEADING_STOP):
        return None
    place = gazetteer_lookup(text)
    if place is not None and not place.type.endswith("~"):
        weight = 6.0 if place.type in ("country", "region", "state") else 5.0 if place.type == "capital" else 3.5
        if place.type == "city" and " " not in n and not text.isupper() and not is_listed(text):
            weight = 0.0
        return (L, place.type, place.gid, weight, place.cc)
    return None


@lru_cache(maxsize=100_000)
def _weak_place(text: str) -> str | None:
    """The gazetteer id of a city whose name is also an English word, else None."""
    n = _norm(text)
    if n in _NOT_PLACES or n in lex.LEADING_STOP:
        return None
    place = gazetteer_lookup(text, weak=True)
    if place is not None and place.type.endswith("~"):
        return place.gid
    return None


class _Mention:
    __slots__ = ("acronym", "allcaps", "canonical", "cc", "e", "ev", "gid", "heading", "key", "known_weight", "nwords",
                 "pending", "s", "soft_cc", "text", "words")

    def __init__(self, s: int, e: int, span: _Span, ev: list[float]) -> None:
        self.s, self.e = s, e
        self.text = span.text
        self.words = span.words
        self.nwords = len(span.words)
        self.ev = ev
        self.pending = False
        self.heading = span.heading
        self.allcaps = span.allcaps
        self.acronym = span.acronym
        self.canonical = span.canonical
        self.gid = span.gid
        self.key = span.key
        self.soft_cc = span.soft_cc
        self.cc = span.cc
        self.known_weight = span.known_weight


class _Span:
    """What can be said about a candidate span from its own words (cached per text and flags)."""

    __slots__ = ("acronym", "allcaps", "canonical", "cc", "ev", "gid", "heading", "key", "known_weight",
                 "pending_heading", "pending_initial", "rel_end", "rel_start", "skip_context", "soft_cc", "text",
                 "words")

    def __init__(self, rel_start: int, rel_end: int, text: str, words: tuple[str, ...]) -> None:
        self.rel_start, self.rel_end = rel_start, rel_end
        self.text, self.words = text, words
        self.ev = (0.0, 0.0, 0.0, 0.0)
        self.canonical: str | None = None
        self.gid: str | None = None
        self.key = ""
        self.allcaps = False
        self.acronym = False
        self.heading = False
        # pending: counts only if the same name is found in running text
        self.pending_heading = False
        self.pending_initial = False
        self.known_weight = 0.0
        self.cc = ""
        self.skip_context = False
        # the country of a city named by a spelling variant only (`_known` gives it no weight)
        self.soft_cc: str | None = None


def _is_initial(body: str, pos: int) -> bool:
    """Whether `pos` starts a sentence, a paragraph, a quote, follows a colon or a dateline."""
    i = pos - 1
    dash = False
    while i >= 0 and body[i] in _SENT_OPENERS:
        dash = dash or body[i] in "-–—"
        i -= 1
    if i < 0 or body[i] == "\n":
        return True
    c = body[i]
    if dash and (c == ")" or c.isalnum()) and _after_dateline(body, i + 1):
        return True
    if c in ".!?…":
        lo = max(0, i - 12)
        j = body.rfind(" ", lo, i)
        word = body[(j + 1 if j >= 0 else lo):i].lower().strip("\"“(\n")
        return word not in _ABBREV_BEFORE
    if c in ":;|":
        return True
    return c in "\"”’»" and i > 0 and body[i - 1] in ".!?"


# A wire dateline from the start of a line up to its dash: `BERLIN, March 3 (Reuters)`,
# `GAZA CITY (AP)`, `KYIV, Ukraine`, `Berlin (dpa)`; a capitalised place needs the bracketed credit.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'’.\-]+(?:[ -][A-Z][A-Z'’.\-]+)*"
    r"(?:,[ \t]*[A-Z][A-Za-z'’.\-]+(?:[ -][A-Z][A-Za-z'’.\-]+)*)*"
    r"(?:,?[ \t]*[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"|[A-Z][\w'’.\-]+(?:[ -][A-Z][\w'’.\-]+)*(?:,[ \t]*[\w .]{3,30})?[ \t]*\([^()\n]{1,40}\))[ \t]*$")


def _after_dateline(body: str, dash: int) -> bool:
    """Whether the text from the start of the line to `dash` (a dash's position) is a dateline."""
    lo = max(0, dash - 100)
    line = body.rfind("\n", lo, dash) + 1
    if line == 0 and lo > 0:
        return False
    while line < dash and body[line] in " \t\u00a0*•":
        line += 1
    head = body[line:dash].rstrip("-–— \t\u00a0")
    return bool(head) and _DATELINE.fullmatch(head + " ") is not None


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
    """Entities in `body` by the rules described in the module docstring."""
    mentions: list[_Mention] = []
    paras = _paragraph_kinds(body)
    npara = len(paras)
    pi = 0
    tags = [t.span() for t in _PARTY_TAG.finditer(body)] if "-" in body or "–" in body else []
    ti = 0
    skip_until = 0
    for m in _RUN.finditer(body):
        start, end = m.span()
        if start < skip_until:
            continue  # the rest of a name joined through a collective possessive
        if body[end:end + 1] in _APOS and body[end - 1:end] in "selnSELN":
            pm = _COLLECTIVE_POSS.search(body, start, end + 6)
            tail = _RUN.match(body, pm.end()) if pm and pm.start() < end else None
            if tail:
                end = skip_until = tail.end()  # `National People's Congress`, `Kurdistan Workers' Party`
        if tags:
            while ti < len(tags) and tags[ti][1] <= start:
                ti += 1
            if ti < len(tags) and tags[ti][0] <= start:
                continue  # `R-Ky.`, `D-N.Y.`: a party and a state, not a name
        if body[end:end + 1] in " \t\u00a0" and body[end + 1:end + 2].isdigit():
            end = _index_end(body, start, end)
        if start > 1 and body[start - 1] in "-‐‑":
            pm = _PREFIX_BEFORE.search(body, max(0, start - 5), start)
            if pm:
                start = pm.start()
        while pi < npara and paras[pi][1] <= start:
            pi += 1
        heading = pi < npara and paras[pi][2]
        initial = not heading and _is_initial(body, start)
        defined = None
        if body.startswith(" (", end) or body.startswith("(", end):
            dm = _DEFINED.match(body, end)
            if dm and sum(c.isupper() for c in dm.group(1)) >= 2:
                defined = dm.group(1)[0]
        for span in _plan(body[start:end], initial, heading, defined):
            s, e = start + span.rel_start, start + span.rel_end
            ev = list(span.ev)
            possessive = body[e:e + 1] in _APOS and body[e + 1:e + 2] in ("s", "S") and not body[e + 2:e + 3].isalpha()
            if not span.skip_context:
                _context(body, s, e, span, ev, possessive)
            mention = _Mention(s, e, span, ev)
            mention.pending = span.pending_heading or (span.pending_initial and not possessive and ev[P] < 3)
            mentions.append(mention)
    return _merge(body, mentions)


def _index_end(body: str, start: int, end: int) -> int:
    """The end of a run widened over a number that belongs to a known name (`FTSE 100`, `S&P 500`)."""
    nm = _INDEX_NUMBER.match(body, end)
    if nm is None:
        return end
    ws = start
    while ws < end:
        known = _known(body[ws:nm.end()])
        if known is not None and known[0] == O:
            return nm.end()
        sp = body.find(" ", ws, end)
        if sp < 0:
            break
        ws = sp + 1
    return end


# ----------------------------------------------------------------------------------------------
# a run's text → candidate spans (pure and cached: names repeat)

_Tok = tuple[int, int, str]


def _tokens(text: str) -> list[_Tok]:
    return [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text)]


def _cut_hyphens(toks: list[_Tok]) -> tuple[list[list[_Tok]], dict[int, str]]:
    """Split a run's tokens where a hyphenated lower-case suffix ends a name (`US-backed Syrian …`).

    Returns the token groups and, by token start, the suffix cut off (`based`, `backed`).
    """
    groups: list[list[_Tok]] = [[]]
    suffix_cue: dict[int, str] = {}
    for s, e, t in toks:
        if "-" not in t and "‐" not in t and "‑" not in t:
            groups[-1].append((s, e, t))
            continue
        parts = _HYSPLIT.split(t)
        if len(parts) > 1 and parts[0].lower() in lex.NAME_PREFIXES:  # anti-Assad, Anti-regime
            if parts[1][:1].isupper():
                cut = len(parts[0]) + 1
                s, t = s + cut, t[cut:]
                parts = parts[1:]
            else:
                groups.append([])
                continue
        for i in range(1, len(parts)):
            p = parts[i]
            if p and p[0].islower() and not (p.lower() in lex.PARTICLES and i + 1 < len(parts)) \
                    and not _name_syllable(parts[i - 1], p):
                keep = len("-".join(parts[:i]))
                if keep and parts[0]:
                    groups[-1].append((s, s + keep, t[:keep]))
                    suffix_cue[s] = p.lower()
                groups.append([])
                break
        else:
            groups[-1].append((s, e, t))
    return [g for g in groups if g], suffix_cue


def _split_connectors(toks: list[_Tok]) -> list[list[_Tok]]:
    """Keep `of`/`for`/`and` inside a name only after an organisational head (`Ministry of …`)."""
    segs: list[list[_Tok]] = [[]]
    joined_of = False
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        t = tok[2]
        low = t.lower()
        if (low in _CONNECTORS and t[0].islower()) or t == "&":
            seg = segs[-1]
            if low in ("of", "for", "on") and not (low == "on" and i + 1 < n and toks[i + 1][2].lower()
                                                   in lex.WEEKDAYS) and (any(w.lower().rstrip(".") in lex.OF_HEADS for _, _, w in seg)
                                                or (seg and seg[-1][2].lower() in lex.TITLE_HEADS)):
                joined_of = True
                seg.append(tok)
            elif (low in ("and", "&") and joined_of) or (low == "&" and seg) \
                    or (low == "the" and seg and seg[-1][2] in _CONNECTORS):
                seg.append(tok)
            else:
                joined_of = False
                if segs[-1]:
                    segs.append([])
                if i + 1 < n and toks[i + 1][2] == "the":
                    i += 1
            i += 1
            continue
        segs[-1].append(tok)
        i += 1
    out = []
    for seg in segs:
        while seg and (seg[-1][2] in _CONNECTORS or seg[-1][2] in _PARTICLE_WORDS):
            seg = seg[:-1]
        while seg and seg[0][2] in _PARTICLE_WORDS:
            seg = seg[1:]
        if seg:
            out.append(seg)
    return out


_BASIC_STOP = frozenset(["the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "with", "by", "as", "while", "when", "if", "but", "and", "or", "according", "due", "after", "before", "since", "despite", "during", "our", "their", "his", "her", "its", "my", "your", "we", "they", "he", "she", "it", "meanwhile", "however", "although", "though", "because", "whereas", "unlike", "like"])


_PARTY_ADJECTIVES = frozenset({"christian", "european", "islamic"})


def _ordinary_word(low: str) -> bool:
    return low in lex.LEADING_STOP or (low.endswith(("ing", "ed", "ly")) and low not in lex.TITLE_HEADS) \
        or low in lex.DEMONYMS


_COMPANY_SUFFIXES = frozenset({"corp", "corporation", "inc", "ltd", "plc", "co", "llc", "ag", "sa", "nv", "se",
                               "holdings", "group", "limited", "gmbh", "spa", "bhd", "oyj", "asa", "ab"})
_ORG_RELATIONS = frozenset({"partner", "partners", "rival", "rivals", "ally", "opponent", "successor",
                            "predecessor", "counterpart", "counterparts", "challenger"})
_ORG_RELATION_KINDS = frozenset({"coalition", "junior", "senior", "trading", "business", "governing", "party",
                                 "strategic", "merger", "industry", "corporate", "joint-venture", "venture"})
_GIVEN_DEMONYMS = frozenset({"christian", "roman", "norman"})
_NOT_SURNAMES = frozenset({"aid", "science", "scientists", "faith", "music", "community", "communities", "values",
                           "leaders", "groups", "militia", "militias", "fighters", "villages", "empire", "law",
                           "era", "rule", "world", "youth", "right", "quarter", "holiday", "holidays"})


def _given_name_first(seg: list[_Tok], lows: list[str]) -> bool:
    """A demonym that is also a given name, before one surname-like word: `Christian Lindner`,
    `Roman Abramovich` (not `Christian Democrats`, `Roman Catholic`, `Roman Empire`)."""
    if len(seg) != 2 or lows[0] not in _GIVEN_DEMONYMS:
        return False
    low = lows[1]
    return not (low in _NOT_SURNAMES or low in lex.DEMONYMS or low in lex.ORG_HEADS or low in lex.PLACE_HEADS or low in lex.STOP
                or low in lex.PARTY_PLURALS or low in lex.TITLES or _known(seg[1][2]) is not None
                or not seg[1][2][:1].isupper() or seg[1][2].isupper())


_COMPOUND_TAILS = frozenset({"wide", "majority", "centric", "type", "like", "free", "class", "level", "area",
                             "speaking", "proof", "trained", "long", "old", "year", "day", "week", "month",
                             "time", "wing", "side", "scale", "size", "ready", "first", "only", "bred", "made",
                             "up", "out", "off", "over", "down", "back", "based", "zone", "bloc", "camp"})


def _name_syllable(prev: str, part: str) -> bool:
    """A lower-case syllable of a hyphenated given name (`Jae-myung`, `Suk-yeol`, `Jong-un`), not a
    compound's tail (`US-backed`, `Gaza-wide`, `Hamas-run`)."""
    low = part.lower()
    return (
        2 <= len(part) <= 6 and part.isalpha() and prev[:1].isupper() and prev[1:].islower() and prev.isalpha()
        and len(prev) <= 6 and low not in lex.HYPHEN_SUFFIXES and low not in _COMPOUND_TAILS
        and not low.endswith(("ed", "ing", "ly", "er", "ist", "ism")) and prev.lower() not in lex.DEMONYMS
    )


def _demonym_compound(low: str) -> bool:
    return "-" in low and all(p in lex.DEMONYMS for p in low.split("-") if p)


@lru_cache(maxsize=200_000)
def _plan(text: str, initial: bool, heading: bool, defined: str | None = None) -> tuple[_Span, ...]:
    """The candidate spans of one capitalised run, with what their own words say about them.

    `defined` is the first letter of an acronym in brackets right after the run: a run with a
    connector defined that way is one organisation's name (`Alternative for Germany (AfD)`)."""
    out: list[_Span] = []
    toks = _tokens(text)
    if heading:
        _plan_heading(text, toks, out)
        return tuple(out)
    if defined and len(toks) > 2 and _known(text) is None:
        k = _defined_start(toks, defined)
        if k is not None:
            if k > 0:
                out.extend(_plan(text[:toks[k - 1][1]], initial, heading))
            _span(text, toks[k:], out, initial=False, org_head=True)
            return tuple(out)
    if len(toks) > 1 and _known(text) is not None:
        _segment(text, toks, out, initial=initial, suffix=None)
        return tuple(out)
    groups, suffix = _cut_hyphens(toks)
    first = True
    for g in groups:
        for seg in _split_connectors(g):
            _segment(text, seg, out, initial=first and seg[0][0] == 0 and initial, suffix=suffix.get(seg[-1][0]))
            first = False
    return tuple(out)


# An acronym defined in brackets right after a name: `(AfD)`, `(SPD)`, `(PiS)`.
_DEFINED = re.compile(r" ?\(([A-Z][A-Za-z]{1,7})\)")


def _defined_start(toks: list[_Tok], letter: str) -> int | None:
    """Where a name joined by connectors and defined by an acronym starting with `letter` begins.

    The name starts at the last capitalised word of the run with that letter and holds a
    lower-case connector (`Alternative for Germany`); None when that word is not followed by one
    (`Olaf Scholz of the Social Democrats (SPD)`: the acronym is the nearer name's)."""
    n = len(toks)
    if n < 3 or any(_has_suffix(t[2]) for t in toks):
        return None
    for k in range(n - 2, -1, -1):
        w = toks[k][2]
        if w[0] == letter and w.lower() not in lex.LEADING_STOP and w.lower() not in lex.TITLES:
            if any(t[2] in ("of", "for", "and", "on") for t in toks[k + 1:-1]):
                return k
            return None
    return None


def _has_suffix(word: str) -> bool:
    """Whether a hyphenated word ends in a lower-case suffix (`US-backed`)."""
    parts = _HYSPLIT.split(word)
    return len(parts) > 1 and any(p[:1].islower() and p.lower() not in _PARTICLE_WORDS for p in parts[1:])


def _segment(text: str, seg: list[_Tok], out: list[_Span], initial: bool, suffix: str | None) -> None:
    whole = text[seg[0][0]:seg[-1][1]]
    known = _known(whole)
    if known is None and len(seg) > 1 and seg[0][2] in ("The", "the"):
        known = _known(text[seg[1][0]:seg[-1][1]])
        if known is not None:
            seg = seg[1:]
    if known is not None:
        if len(seg) > 1 and seg[0][2] in ("The", "the") and not (known[1] or "").startswith("The "):
            seg = seg[1:]  # `The Institute for the Study of War` → the name without `The`
        _span(text, seg, out, initial=initial, suffix=suffix)
        return
    lows = [w.lower().rstrip(".,") for _, _, w in seg]
    # an organisation, then a title and a name: `Quds Force Commander Qasem Soleimani`
    if len(seg) > 2:
        last_org = max((k for k, w in enumerate(lows) if w in lex.ORG_HEADS), default=-1)
        if last_org >= 0:
            for t in range(last_org + 1, len(seg) - 1):
                if lows[t] in lex.TITLE_HEADS:
                    cut = last_org + 1
                    while cut < t and lows[cut] in ("of", "for", "on", "and", "&"):
                        cut += 1  # the organisation's own `of` phrase: `Bank of Japan | Governor …`
                        while cut < t and lows[cut] == "the":
                            cut += 1
                        if cut < t:
                            cut += 1
                    while cut > 2 and lows[cut - 1] in lex.TITLES and lows[cut - 2] not in lex.ORG_HEADS:
                        cut -= 1  # `White House | Press Secretary …`
                    if last_org > 0 or lows[0] not in lex.TITLE_HEADS:
                        _segment(text, seg[:cut], out, initial=initial, suffix=None)
                    _segment(text, seg[cut:], out, initial=False, suffix=suffix)
                    return
    # an organisational word anywhere but first (or first, with an `of` phrase: `Ministry of Defence`),
    # or an ampersand (`Johnson & Johnson`), makes the whole segment an organisation
    if len(seg) > 1 and (any(w in lex.ORG_HEADS for w in lows[1:]) or "&" in lows
                         or (lows[0] in lex.ORG_HEADS and any(w in ("of", "for", "on") for w in lows[1:]))):
        while len(seg) > 1 and lows[0] in _BASIC_STOP:
            seg, lows = seg[1:], lows[1:]
            initial = False
        if len(seg) > 1 or lows[0] not in lex.ORG_HEADS:
            _span(text, seg, out, initial=initial, suffix=suffix, org_head=True)
        return
    # leading function words, then a sentence-initial ordinary word (`Capturing Homs`)
    stripped = False
    while seg and lows[0] in lex.LEADING_STOP and not _known(seg[0][2]):
        seg, lows = seg[1:], lows[1:]
        stripped = True
    if initial and not stripped and len(seg) > 1 and _ordinary_word(lows[0]) and _known(seg[0][2]) is None \
            and not _given_name_first(seg, lows):
        seg, lows = seg[1:], lows[1:]
        stripped = True
    if stripped:
        initial = False
    if not seg:
        return
    # an acronym or known name before a title is its own entity: `ECB President Christine Lagarde`,
    # `US Secretary of State …`, `Hamas Political Bureau Chief …`
    if len(seg) > 2 and lows[0] not in lex.TITLES:
        t = 1
        while t < len(seg) - 1 and lows[t] not in lex.TITLE_HEADS:
            t += 1
        if t < len(seg) - 1 and lows[t] in lex.TITLE_HEADS:
            start = t
            while start > 0 and lows[start - 1] in lex.TITLES:
                start -= 1
            head = seg[:start]
            if head and all(w[2].isupper() or _known(w[2]) is not None or lows[k] in lex.DEMONYMS
                            for k, w in enumerate(head)):
                heads = [w for k, w in enumerate(head) if lows[k] not in lex.DEMONYMS]
                if heads:
                    _segment(text, heads, out, initial=False, suffix=None)
                seg, lows = seg[start:], lows[start:]
                initial = False
    # other words before a title phrase and a full name: `Senate Majority Leader Chuck Schumer`,
    # `Treasury Secretary Janet Yellen`, `Former Fed Chair Ben Bernanke`
    start = _inner_title(seg, lows) if len(seg) > 3 else None
    if start is not None:
        _title_prefix(text, seg[:start], lows[:start], lows[start], out)
        seg, lows = seg[start:], lows[start:]
        initial = False
    # titles: [demonym…] Title… Name  →  Name, a person (at a sentence start a role noun counts too:
    # `Analyst Omar Haddad said …`)
    title = False
    i = 0
    while i < len(seg) and (lows[i] in lex.TITLES or lows[i] in lex.DEMONYMS
                            or (initial and i == 0 and lows[i] in lex.ROLES)
                            or (title and lows[i] in ("of", "the", "for") and i + 1 < len(seg)
                                and lows[i + 1] in lex.TITLES)) \
            and not _known(seg[i][2]):
        if lows[i] in lex.TITLE_HEADS or (initial and i == 0 and lows[i] in lex.ROLES):
            title = True
        i += 1
    if title:
        if i >= len(seg):
            return
        if lows[i - 1] in lex.REGNAL_TITLES and (len(seg) == i + 1 or (len(seg) == i + 2
                                                                      and _ROMAN.fullmatch(seg[i + 1][2]))):
            i -= 1  # a regnal name keeps its title: `Pope Francis`, `King Charles III`
        seg, lows = seg[i:], lows[i:]
        initial = False
    # demonyms in front of anything else (`Lebanese Hezbollah`); demonyms alone are not entities
    # (not the adjective of a party's name: `Christian Democrats`)
    while seg and (lows[0] in lex.DEMONYMS or _demonym_compound(lows[0])) and not _known(seg[0][2]) \
            and not (len(seg) > 1 and lows[-1] in lex.PARTY_PLURALS and lows[0] in _PARTY_ADJECTIVES) \
            and not _given_name_first(seg, lows):
        seg, lows = seg[1:], lows[1:]
        initial = False
    if not seg:
        return
    # trailing media words: `Al Arabiya TV`
    if len(seg) > 1 and lows[-1] in lex.MEDIA_CUES and seg[-2][2][-1:] not in _APOS and seg[-2][2][-2:-1] not in _APOS:
        seg, lows = seg[:-1], lows[:-1]
    if len(seg) == 1 and (lows[0] in lex.STOP or lows[0] in lex.ORG_HEADS or lows[0] in lex.TITLES
                          or lows[0] in lex.PLACE_HEADS) and not _known(seg[0][2]):
        w = seg[0][2]
        if not (w.isupper() and len(w) > 1 and lows[0] not in lex.STOP):
            return
    _span(text, seg, out, initial=initial, suffix=suffix, title=title)


def _inner_title(seg: list[_Tok], lows: list[str]) -> int | None:
    """Where a title phrase starts that follows other words and precedes a name of two or more
    words (`Chair` in `Fed Chair Jerome Powell`), else None."""
    n = len(seg)
    for j in range(n - 2, 1, -1):
        if lows[j - 1] not in lex.TITLES or lows[j] in lex.TITLES or _known(seg[j - 1][2]) is not None:
            continue
        if lows[-1] in lex.PLACE_HEADS or (_ROMAN.fullmatch(seg[-1][2]) and n - j < 3):
            return None
        if not all(t[2][:1].isupper() or _HYSPLIT.split(t[2])[0].lower() in _PARTICLE_WORDS for t in seg[j:]):
            return None
        start = j - 1
        while start > 0 and (lows[start - 1] in lex.TITLES or (lows[start - 1] in ("of", "the", "for")
                                                               and start > 1 and lows[start - 2] in lex.TITLES)):
            start -= 1
        if start == 0 or not any(w in lex.TITLE_HEADS for w in lows[start:j]):
            return None
        return start
    return None


def _title_prefix(text: str, pre: list[_Tok], lows: list[str], title: str, out: list[_Span]) -> None:
    """The words before an inner title phrase: a known name or an acronym is its own entity
    (`Fed` in `Former Fed Chair …`); one or two other words before a corporate title name the
    employer (`Harvard President …`); otherwise they name the office and are dropped
    (`House Speaker`, `Treasury Secretary`)."""
    while pre and (lows[0] in lex.TITLES or lows[0] in lex.LEADING_STOP) and _known(pre[0][2]) is None:
        pre, lows = pre[1:], lows[1:]
    if not pre:
        return
    if _known(text[pre[0][0]:pre[-1][1]]) is not None or all(
            w[2].isupper() or _known(w[2]) is not None or lows[k] in lex.DEMONYMS for k, w in enumerate(pre)):
        heads = [w for k, w in enumerate(pre) if lows[k] not in lex.DEMONYMS]
        if heads:
            _segment(text, heads, out, initial=False, suffix=None)
    elif title in lex.CORPORATE_TITLES and len(pre) <= 2 and not any(
            w in lex.DEMONYMS or w in lex.ORG_ADJECTIVES or w in lex.TITLES for w in lows):
        _span(text, pre, out, initial=False, org_head=True)


def _plan_heading(text: str, toks: list[_Tok], out: list[_Span]) -> None:
    """In a heading only known names count; other words wait for a match in running text."""
    toks = [t for g in _cut_hyphens(toks)[0] for t in g]
    i = 0
    n = len(toks)
    while i < n:
        for j in range(min(n, i + 5), i, -1):
            known = _known(text[toks[i][0]:toks[j - 1][1]])
            if known is not None:
                sp = _span(text, toks[i:j], out, initial=False, heading=True)
                if sp is not None and known[3] < 5:
                    sp.pending_heading = True  # a city in a heading must be named in the text too
                i = j
                break
        else:
            t = toks[i][2]
            low = t.lower()
            if low not in lex.STOP and low not in lex.DEMONYMS and low not in _CONNECTORS and not t.islower():
                sp = _span(text, toks[i:i + 1], out, initial=False, heading=True)
                if sp is not None:
                    sp.pending_heading = True
            i += 1


def _span(text: str, seg: list[_Tok], out: list[_Span], initial: bool, suffix: str | None = None,
          org_head: bool = False, title: bool = False, heading: bool = False) -> _Span | None:
    s, e = seg[0][0], seg[-1][1]
    name = text[s:e]
    while name and name[-1] in ".,;:" and not (len(name) > 1 and name[-2].isupper() and "." in name[:-1]):
        name, e = name[:-1], e - 1
    if not name or name in _ALLCAPS_STOP or len(name.replace(".", "")) < 2:
        return None  # never a single letter (`S` of `S&P`, an initial)
    words = tuple(w for _, _, w in seg)
    sp = _Span(s, e, name, words)
    sp.heading = heading
    acr = is_acronym(name)
    sp.acronym = acr
    allcaps = name.isupper() and len(name) > 1 and not acr
    known = _known(name) if not allcaps else (_known(name) or _known(name.title()))
    if allcaps and known is None:
        low = name.lower()
        if len(seg) > 1 or len(name) > 5 or low in lex.MONTHS or low in lex.WEEKDAYS:
            return None
        allcaps = False  # a short all-caps word is an acronym
    if acr and known is not None and known[0] == L and len(name) > 3 and _known(name.title()) == known:
        allcaps, acr = True, False  # IRAQ, HOMS: a shouted place name, not an acronym
        sp.acronym = False
    if allcaps and name in _KNOWN_ACRONYMS:
        allcaps = False  # `FTSE 100`, `AT&T` as written
    sp.allcaps = allcaps
    ev = [0.0, 0.0, 0.0, 0.0]
    if known is not None:
        kind, info, gid, weight, cc = known
        sp.known_weight = weight
        if kind == O:
            ev[O] += weight
            sp.canonical = info
        else:
            ev[L] += weight
            sp.gid = gid
            sp.cc = cc
            if weight == 0:
                sp.soft_cc = cc
    elif len(words) == 1:
        weak = _weak_place(name)
        if weak:
            ev[L] += 1
            sp.gid = weak
    if org_head:
        ev[O] += 4
    if title:
        ev[P] += 6
    lows = [w.lower() for w in words]
    if len(words) > 1 and lows[-1] in lex.PLACE_HEADS:
        ev[L] += 4
    if lows[-1] in lex.PARTY_PLURALS and known is None:
        ev[O] += 4  # `Social Democrats`, `Republicans`
    if lows[0] in lex.FIRST_NAMES:
        ev[P] += 3 if len(words) > 1 else 1
    if len(words) > 1 and lows[-1] in ("jr", "jr.", "sr", "sr."):
        ev[P] += 3  # `Martin Luther King Jr.`
    if any(w in lex.PERSON_PARTICLES for w in lows[:-1]):
        ev[P] += 2
    if acr and known is None:
        ev[O] += 2
    digits = any(c.isdigit() for c in name)
    if digits:
        ev[X] += 1
    if suffix == "based":
        ev[L] += 2
    elif suffix in ("backed", "led", "allied", "controlled", "held", "linked", "affiliated", "aligned"):
        ev[L] += 0.5
        ev[O] += 0.5
    if initial and len(words) == 1 and known is None and not acr and ev[P] < 3 and not digits:
        sp.pending_initial = True
    if len(words) > 1 and lows[0] in lex.ORG_ADJECTIVES and known is None:
        ev[O] += 1  # `Federal Reserve`, `National Weather Service`: not a person's name
    if max(ev) == 0:
        ev[X] += 0.5
    sp.ev = tuple(ev)
    sp.skip_context = heading or (known is not None and known[3] >= 3.5) or org_head
    sp.key = entity_key(sp.canonical or (name.title() if allcaps else name))
    if not sp.key:
        return None
    out.append(sp)
    return sp


# ----------------------------------------------------------------------------------------------
# the words around a mention


def _context(body: str, s: int, e: int, span: _Span, ev: list[float], possessive: bool) -> None:
    before = body[max(0, s - 40):s].split()
    prev = before[-1].strip(_PUNCT).lower() if before else ""
    prev2 = before[-2].strip(_PUNCT).lower() if len(before) > 1 else ""
    after_start = e + 2 if possessive else e
    after = body[after_start:after_start + 30].split(None, 2)
    nxt = after[0].strip(_PUNCT).lower() if after else ""
    if before and before[-1][-1:] not in ",.;:" and prev in lex.ROLES:
        if prev in _ORG_RELATIONS and prev2 in _ORG_RELATION_KINDS:
            ev[O] += 3  # `its coalition partner Komeito`, `trading partner China`
        else:
            ev[P] += 4
    many = span.words and len(span.words) > 1
    # `the Nasdaq Composite said`: a name after `the` is not a person's (a title would have said so)
    the = prev == "the" and many and ev[P] < 3
    if the:
        ev[O] += 1
    # `NHS England said`, `UN Security Council said`: a name led by an acronym is not a person's
    acronym_led = many and len(span.words[0]) > 1 and span.words[0].isupper() and span.words[0].isalpha()
    if acronym_led:
        ev[O] += 1
    speaker = not the and not acronym_led and not (many and span.words[0].lower() in lex.ORG_ADJECTIVES)
    if prev in lex.SPEECH_VERBS and speaker and before[-1][-1:] not in ".!?;":
        ev[P] += 1.5 if many else 1
    if nxt in lex.SPEECH_VERBS and speaker and not possessive and after and after[0][-1:] not in ",.;:":
        ev[P] += 1.5 if many else 1
    if prev in lex.MEDIA_CUES or prev in lex.ORG_PREV or (prev == "by" and prev2 in lex.ORG_BY_NOUNS):
        ev[O] += 3
    if nxt in lex.MEDIA_CUES:
        ev[O] += 3
    if possessive and nxt in lex.POWER_NOUNS:
        ev[P] += 1
    if nxt == "regime" and not possessive:
        ev[P] += 2
    if (prev in lex.PLACE_PREV_STRONG or (prev in ("of", "of the") and prev2 in lex.PLACE_OF_NOUNS)):
        ev[L] += 3
    elif prev == "at" and _after_role(before):
        ev[O] += 2  # `strategist at Pepperstone`, `head of FX strategy at Rabobank`: an employer
    elif prev in lex.PLACE_CUES_WEAK:
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
                        if w in _APPOSITIVE_STOP:
                            break
    if ev[P] > 0 or max(ev) < 3:
        pm = _PRONOUN.search(body, e, e + 140)
        if pm and pm.group(1):
            p = pm.group(1).lower()
            if p == "its":
                ev[O] += 0.25
                ev[L] += 0.25
            else:
                ev[P] += 1


_EMPLOYED = frozenset({"works", "worked", "working", "job", "jobs", "employed", "employee", "employees", "staff",
                       "joined", "joining", "career", "stint", "partner", "intern"})


def _after_role(before: list[str]) -> bool:
    """Whether the words before a final `at` name a job in the same clause (`senior strategist at`)."""
    for w in reversed(before[-6:-1]):
        low = w.strip(_PUNCT).lower()
        if low in lex.ROLES or low in lex.TITLE_HEADS or low in _EMPLOYED:
            return True
        if w[-1:] in ",.;:!?\"”()" or low in ("in", "on", "from", "to"):
            return False
    return False


_APPOSITIVE_STOP = frozenset({"of", "at", "for", "in", "who", "which", "that", "and", "to", "on"})


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


@lru_cache(maxsize=50_000)
def _initials(text: str) -> str:
    return acronym(text)


def _merge(body: str, mentions: list[_Mention]) -> list[Entity]:
    """Mentions → entities. Mentions with one key form a group; groups then join by gazetteer id,
    inline definitions, acronyms and surnames."""
    if not mentions:
        return []
    index: dict[str, int] = {}
    members: list[list[_Mention]] = []
    group_of: list[int] = []
    for m in mentions:
        g = index.get(m.key)
        if g is None:
            g = index[m.key] = len(members)
            members.append([])
        members[g].append(m)
        group_of.append(g)
    n = len(members)
    uf = _UF(n)
    evs: list[list[float]] = []
    by_gid: dict[str, int] = {}
    for g, ms in enumerate(members):
        ev = [0.0, 0.0, 0.0, 0.0]
        for m in ms:
            e = m.ev
            ev[0] += e[0]
            ev[1] += e[1]
            ev[2] += e[2]
            ev[3] += e[3]
            if m.gid:
                h = by_gid.setdefault(m.gid, g)
                if h != g:
                    uf.union(g, h)
        evs.append(ev)
    # a city named by a spelling variant only counts as a place with a cue (above) or beside
    # another place of its country named in the article (`Hama` in a report on Syria)
    soft = [g for g, ms in enumerate(members) if any(m.soft_cc is not None for m in ms)]
    if soft:
        ccs = {m.cc for m in mentions if m.cc and m.soft_cc is None and not m.pending}
        for g in soft:
            ms = members[g]
            if evs[g][L] > 0 or any(m.soft_cc in ccs for m in ms if m.soft_cc):
                evs[g][L] += 3.5 * sum(1 for m in ms if m.soft_cc is not None)
    # inline definitions: `Long Form (LF)`, `Long Form (Other Form, in Arabic)`
    starts = None
    for i, m in enumerate(mentions):
        e = m.e
        c = body[e:e + 2]
        if c == " (" or c[:1] == "(":
            if starts is None:
                starts = {x.s: j for j, x in enumerate(mentions)}
            k = starts.get(e + 2 if c == " (" else e + 1)
            if k is None:
                continue
            inner = mentions[k]
            if not _PAREN_TAIL.match(body, inner.e, inner.e + 30):
                continue
            if inner.acronym:
                if (_initials(m.text) == inner.text.replace(".", "").lower() or m.ev[O] >= 3
                        or inner.ev[O] >= 3):
                    uf.union(group_of[i], group_of[k])
            elif not inner.gid and not m.gid and (m.ev[O] > 0 or inner.ev[O] > 0):
                uf.union(group_of[i], group_of[k])
    # acronyms of long forms named elsewhere in the article; surnames (`Mehdi Rahmati` … `Rahmati`)
    initials: dict[str, int] = {}
    surnames: dict[str, set[int]] = {}
    bases: dict[str, set[int]] = {}  # `Acme` for `Acme Corp`
    for g, ms in enumerate(members):
        m = ms[0]
        if m.nwords > 1:
            ev = evs[g]
            if m.words[-1].lower().rstrip(".") in _COMPANY_SUFFIXES:
                bases.setdefault(entity_key(" ".join(m.words[:-1])), set()).add(g)
            if ev[O] > 0:
                a = _initials(m.text)
                if len(a) >= 2:
                    initials.setdefault(a, g)
            if (ev[P] > 0 and ev[P] >= ev[L] and ev[P] >= ev[O]) or (max(ev[P], ev[L], ev[O]) == 0
                                                                     and _namelike(m.words)):
                words = m.words[:-1] if m.nwords > 2 and _ROMAN.fullmatch(m.words[-1]) else m.words
                last = entity_key(words[-1])
                if last and last != m.key:
                    surnames.setdefault(last, set()).add(g)
                if m.nwords in (2, 3) and words[0].lower() in lex.FAMILY_FIRST:
                    surnames.setdefault(entity_key(words[0]), set()).add(g)  # `Li Qiang` … `Li`
    if initials:
        for g, ms in enumerate(members):
            m = ms[0]
            if m.acronym:
                h = initials.get(m.text.replace(".", "").lower())
                if h is not None:
                    uf.union(g, h)
    if bases:
        for g, ms in enumerate(members):
            groups = bases.get(ms[0].key)
            if groups and len(groups) == 1 and evs[g][P] == 0 and evs[g][L] < 3:
                full = next(iter(groups))
                uf.union(g, full)
                evs[full][O] += 1
    if surnames:
        for g, ms in enumerate(members):
            groups = surnames.get(ms[0].key)
            if groups and len(groups) == 1:
                ev = evs[g]
                # a city's name is still the surname of a person named in full (`Lloyd Austin` … `Austin`,
                # `Kazuo Ueda` … `Ueda`); a country, region or capital is not
                if (ev[L] < 3 or all(m.known_weight <= 3.5 for m in ms)) and ev[O] < 3:
                    full = next(iter(groups))
                    uf.union(g, full)
                    evs[full][P] += 1  # a name taken up by its last word alone is a person's
                    ev[L] = 0.0
    # assemble
    joined: dict[int, list[int]] = {}
    for g in range(n):
        joined.setdefault(uf.find(g), []).append(g)
    entities: list[tuple[int, Entity]] = []
    for gs in joined.values():
        if len(gs) == 1:
            ms = members[gs[0]]
            ev = evs[gs[0]]
        else:
            ms = [m for g in gs for m in members[g]]
            ev = [sum(evs[g][t] for g in gs) for t in range(4)]
        if len(ms) == 1:
            m = ms[0]
            if m.pending:
                continue
            name = _choose_name(ms)
            aliases = [m.text] if m.text != name else []
            spans = [(m.s, m.e)]
        else:
            if all(m.pending for m in ms):
                continue
            name = _choose_name(ms)
            aliases = list(dict.fromkeys(m.text for m in ms if m.text != name))
            spans = sorted({(m.s, m.e) for m in ms})
        # the strongest evidence; on a tie organisation, then place, then person
        best = 2
        for t in (1, 0, 3):
            if ev[t] > ev[best]:
                best = t
        kind = _KINDS[best] if ev[best] > 0 else "other"
        entities.append((spans[0][0], Entity(name=name, kind=kind, aliases=aliases, mentions=spans)))
    entities.sort(key=lambda t: t[0])
    return [e for _, e in entities]


def _namelike(words: tuple[str, ...]) -> bool:
    """Two or three plain capitalised words, none of them an ordinary word of names of things."""
    return 1 < len(words) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and w.lower() not in lex.ORG_ADJECTIVES
        and w.lower() not in lex.ORG_HEADS and w.lower() not in lex.PLACE_HEADS and w.lower() not in lex.STOP
        and w.lower() not in lex.DEMONYMS for w in words)


def _choose_name(ms: list[_Mention]) -> str:
    if len(ms) == 1:
        m = ms[0]
        return m.canonical or (m.text.title() if m.allcaps else m.text)
    for m in ms:
        if m.canonical:
            return m.canonical
    best = max(ms, key=lambda m: (not m.allcaps, not m.acronym, not m.heading, m.nwords, len(m.text), -m.s))
    if best.allcaps:
        return best.text.title()
    return best.text




def clear_caches() -> None:
    """Forget every cached plan and lookup (for cold-start benchmarks and tests)."""
    from desk.extract import aliases, gazetteer

    _plan.cache_clear()
    _known.cache_clear()
    _weak_place.cache_clear()
    _initials.cache_clear()
    aliases.entity_key.cache_clear()
    aliases.spelling_key.cache_clear()
    gazetteer._lookup.cache_clear()
    gazetteer.is_listed.cache_clear()


if __name__ == "__main__":  # pragma: no cover
    for ent in extract_entities_rules(sys.stdin.read()):
        print(f"{ent.kind:13} {ent.name!r:45} {ent.aliases} {len(ent.mentions)}")
