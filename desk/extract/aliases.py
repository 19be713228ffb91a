"""Entity spellings: a transliteration key, cheap blocking keys, and the same-entity test.

These are pure functions; the store calls them to resolve entities across articles. Their
signatures are stable:

- `entity_key(name) -> str`
    A normalised key. Case, diacritics, apostrophes (`’ ʼ ' ‘ ʿ`), a possessive `'s`, hyphens and
    spaces are folded away; Arabic article prefixes (`al-`, `Al `, `As-`, `el-`, `ad-`, `ash-`, `ez-`,
    `az-` …) and a leading `the` are dropped when another word follows; doubled letters collapse;
    `ou`/`oo`→`u`, `w`→`u`, `ay`/`ai`/`ey`/`ei`→`ei`, `y`→`i`, `q`→`k`, `ph`→`f`, a final `h` after a
    vowel is dropped. Known long/short forms map to one key (`US`, `U.S.`, `United States`;
    `Russia`, `Russian Federation`; `Turkiye`, `Türkiye`, `Turkey`; `HTS`, `Hayat Tahrir al-Sham`;
    `Fed`, `Federal Reserve`). An ampersand inside a word joins it (`AT&T`, `S&P`).
    Idempotent (`entity_key(entity_key(x)) == entity_key(x)`) and total on any string; may return
    `""` for a name with no letters or digits.

        entity_key("Bashar al-Assad’s") == entity_key("Bashar Al Assad") == "basharasad"
        entity_key("Sweida") == entity_key("Suwayda") == entity_key("As Suwayda") == "sueida"
        entity_key("Deir ez-Zor") == entity_key("Deir az Zor") == entity_key("Deir Ezzor")

- `spelling_key(name) -> str`: `entity_key` without the table of known forms (spelling only; the
  gazetteer's fallback key).

- `blocking_keys(name, kind=None) -> list[str]`
    Cheap index keys for finding candidates: the `entity_key`; for multi-word names the key of
    the last word (persons: the surname) and the initials (`Syrian Democratic Forces` → `sdf`, which
    is also the key of `SDF`); and a consonant skeleton prefixed with `~` (`~d:drzr`). With a
    `kind`, only the keys that kind can join by are given (no initials for persons, no surname for
    places and organisations), which keeps candidate lists short; without one, all of them.

- `same_entity(kind_a, names_a, kind_b, names_b) -> bool`
    Whether two entities (each a kind and its names: name and aliases, in any order) are the
    same. `similarity(...)` gives the underlying score in [0, 1] (`same_entity` is `>= 0.8`).
    Joins: equal keys; an acronym and its long form; a lone surname and a full name (persons);
    names that match word by word in transliteration (`Mohammed Haddad`/`Muhammad Haddad`);
    transliterations with the same consonant skeleton and first letter and a close rapidfuzz ratio
    (`Hezbollah`/`Hizbullah`, `Daraa`/`Deraa`). A lone surname joins whichever full name it is
    compared with: `Hussein` alone is the same as `Fuad Hussein` and as `Saddam Hussein`, but those
    two are kept apart (their first names differ), so the best-scoring candidate decides. Keeps apart: different kinds (except `other`,
    which matches any kind); two places the gazetteer knows as different places (`Iran`/`Iraq`);
    names whose digits differ (`Daraa`/`Daraa24`); persons with different first names (`Bashar
    al-Assad`/`Hafez al-Assad`); names whose skeletons differ (`Syrian Armed Forces`/`Syrian
    Democratic Forces`, `Al Jazeera`/`Al Arabiya`).

How the store should use them:

    1. keep an index table  (blocking_key, entity_id)  filled from every name and alias of every
       stored entity: `for n in names: for k in blocking_keys(n, kind): insert (k, id)`;
    2. for an entity extracted from a new article, candidates = the stored entities sharing any
       blocking key of any of its names (one indexed `IN (...)` query);
    3. join it to the best candidate for which `same_entity(kind, names, c.kind, c.names)` holds
       (highest `similarity`), else create a new entity; then add its blocking keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.fuzz import ratio

__all__ = ["acronym", "blocking_keys", "entity_key", "is_acronym", "same_entity", "similarity", "skeleton",
           "spelling_key"]

_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "ez", "es", "ed", "ul", "the"})
_CONNECTORS = frozenset({"of", "for", "the", "and", "in", "on", "de", "du", "des", "la", "le", "del", "da",
                         "di", "und", "fur", "et", "y", "to", "&"})
_APOS = "'’ʼ‘`´ʻʿʾ′"
_POSSESSIVE = re.compile(rf"[{_APOS}][sS]\s*$")
_TOKEN = re.compile(r"[^\W_]+")
_AMPERSAND = re.compile(r"(?<=[^\W_])&(?=[^\W_])")  # `AT&T`, `S&P`: one word
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae",
                          "œ": "oe", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ſ": "s"})
_FUSED = re.compile(r"^e(sh|th|dh|[tdrzsnl])(?=\1)")
_DOUBLE = re.compile(r"(.)\1+")
_REPLACE = (("ph", "f"), ("ck", "k"), ("q", "k"), ("w", "u"))
_FOLDS = (
    (re.compile(r"o[ou]"), "u"),
    (re.compile(r"[ae][iy]"), "ei"),
)
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_VOWELS = re.compile(r"[aeiou]")


def _plain(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _tokens(name: str) -> list[str]:
    """Lower-case plain tokens of a name, possessive stripped, apostrophes removed."""
    name = _POSSESSIVE.sub("", name)
    if "&" in name:
        name = _AMPERSAND.sub("", name)
    for a in _APOS:
        if a in name:
            name = name.replace(a, "")
    return _TOKEN.findall(_plain(name))


def _content(tokens: list[str]) -> list[str]:
    """Drop article tokens that precede another token, and fused `ez`-style articles."""
    out = [t for i, t in enumerate(tokens) if not (t in _ARTICLES and i + 1 < len(tokens))]
    if not out:
        out = tokens
    return [out[0]] + [_FUSED.sub("", t) or t for t in out[1:]] if out else out


_FOLDABLE = re.compile(r"(.)\1|ph|ck|q|w|o[ou]|[ae][iy]|y|(?<=[aeiou])h$")


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    if not _FOLDABLE.search(token):
        return token
    for _ in range(6):
        before = token
        token = _DOUBLE.sub(r"\1", token)
        for a, b in _REPLACE:
            if a in token:
                token = token.replace(a, b)
        if "o" in token:
            token = _FOLDS[0][0].sub("u", token)
        if "i" in token or "y" in token:
            token = _FOLDS[1][0].sub("ei", token)
            if "y" in token:
                token = token.replace("y", "i")
        if token.endswith("h"):
            token = _FINAL_H.sub("", token)
        token = _DOUBLE.sub(r"\1", token)
        if token == before or not _FOLDABLE.search(token):
            break
    return token


def _raw_key(name: str) -> str:
    tokens = _content(_tokens(name))
    return "".join(_fold(t) for t in tokens)


@lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """`entity_key` without the table of known long/short forms: spelling only (the gazetteer's key)."""
    key = _raw_key(name)
    for _ in range(4):
        nxt = _fold(key) if key.isascii() and key.isalnum() else _raw_key(key)
        if nxt == key:
            break
        key = nxt
    return key


# Known long and short forms that must share one key. Each tuple's first item is the canonical.
_FORMS: tuple[tuple[str, ...], ...] = (
    ("Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "Hayat Tahrir ash-Sham"),
    ("Syrian Democratic Forces", "SDF"),
    ("Syrian Observatory for Human Rights", "SOHR"),
    ("Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria",
     "Islamic State of Iraq and the Levant", "Islamic State group"),
    ("Hezbollah", "Hizbollah", "Hizbullah", "Hizballah"),
    ("Hamas", "Harakat al-Muqawama al-Islamiya"),
    ("al-Qaeda", "al-Qaida", "Al Qaeda", "Al-Qa'ida"),
    ("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Revolutionary Guard"),
    ("Israel Defense Forces", "IDF", "Israeli Defense Forces"),
    ("United Nations", "UN", "U.N."),
    ("European Union", "EU", "E.U."),
    ("North Atlantic Treaty Organization", "NATO", "Nato"),
    ("Kurdistan Workers' Party", "PKK"),
    ("People's Protection Units", "YPG"),
    ("Syrian National Army", "SNA"),
    ("Free Syrian Army", "FSA"),
    ("Houthis", "Houthi", "Ansar Allah", "Ansarallah"),
    ("Wagner Group", "Wagner", "PMC Wagner"),
    ("Central Intelligence Agency", "CIA"),
    ("Federal Bureau of Investigation", "FBI"),
    ("International Criminal Court", "ICC"),
    ("World Health Organization", "WHO"),
    ("Organisation for the Prohibition of Chemical Weapons", "OPCW",
     "Organization for the Prohibition of Chemical Weapons"),
    ("The New York Times", "New York Times", "NYT"),
    ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
    ("Agence France-Presse", "AFP"),
    ("Associated Press", "AP"),
    ("Bashar al-Assad", "Bashar Assad", "Bashar al-Asad"),
    ("Federal Reserve", "Fed", "US Federal Reserve", "U.S. Federal Reserve"),
    ("European Central Bank", "ECB"),
    ("Bank of England", "BoE", "BOE"),
    ("Bank of Japan", "BoJ", "BOJ"),
    ("Johnson & Johnson", "J&J"),
    ("Procter & Gamble", "P&G"),
    ("JPMorgan Chase", "JPMorgan", "J.P. Morgan"),
)


@lru_cache(maxsize=1)
def _form_table() -> dict[str, str]:
    from desk.extract.gazetteer import COUNTRY_FORMS

    table: dict[str, str] = {}
    groups = [(c, *forms) for c, forms in COUNTRY_FORMS.items()] + list(_FORMS)
    for group in groups:
        canonical = _raw_key(group[0])
        for form in group:
            k = _raw_key(form)
            if k and k not in table:
                table[k] = canonical
        table[canonical] = canonical
    return table


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """The normalised transliteration key of a name (see the module docstring)."""
    key = _raw_key(name)
    if not key:
        return ""
    table = _form_table()
    for _ in range(4):  # a fixpoint, so the function is idempotent on every input
        nxt = table.get(key, key)
        nxt = _fold(nxt) if nxt.isascii() and nxt.isalnum() else _raw_key(nxt)
        if nxt == key:
            break
        key = nxt
    return key


def skeleton(key: str) -> str:
    """The consonant skeleton of a key: first letter, then the key without vowels."""
    if not key:
        return ""
    return key[0] + ":" + _VOWELS.sub("", key)


def is_acronym(name: str) -> bool:
    """`HTS`, `U.S.`, `SDF`: 2–6 capitals (dots allowed), nothing else."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def acronym(name: str) -> str:
    """Lower-case initials of the significant words of a multi-word name (`Hayat Tahrir al-Sham` → `hts`)."""
    words = [t for t in _tokens(name) if t not in _CONNECTORS and t not in _ARTICLES]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words)


def blocking_keys(name: str, kind: str | None = None) -> list[str]:
    """Cheap index keys under which a name's possible matches are found (see the module docstring)."""
    key = entity_key(name)
    keys = [key] if key else []
    tokens = _content(_tokens(name))
    if len(tokens) > 1:
        last = entity_key(tokens[-1])
        if last and kind in (None, "person", "other"):
            keys.append(last)
            keys.append("~" + skeleton(last))
        initials = acronym(name)
        if initials and kind != "person":
            keys.append(entity_key(initials.upper()))
            keys.append(initials)
    if key:
        keys.append("~" + skeleton(key))
    out: list[str] = []
    for k in keys:
        if k and k not in out:
            out.append(k)
    return out


@lru_cache(maxsize=65536)
def _digits(key: str) -> str:
    return "".join(c for c in key if c.isdigit()) if any(c.isdigit() for c in key) else ""


@lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    return tuple(_fold(t) for t in _content(_tokens(name)))


def _place_conflict(a: str, b: str) -> bool:
    from desk.extract.gazetteer import lookup

    pa, pb = lookup(a), lookup(b)
    return pa is not None and pb is not None and pa.gid != pb.gid


@lru_cache(maxsize=131072)
def _pair_score(kind: str, a: str, b: str) -> float:
    ka, kb = entity_key(a), entity_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    if _digits(ka) != _digits(kb):
        return 0.0
    if kind != "person":
        if is_acronym(a) and acronym(b) == ka:
            return 0.95
        if is_acronym(b) and acronym(a) == kb:
            return 0.95
    wa, wb = _words(a), _words(b)
    if kind in ("person", "other") and (len(wa) == 1) != (len(wb) == 1):
        single, full = (wa, wb) if len(wa) == 1 else (wb, wa)
        if len(single[0]) >= 3 and single[0] == full[-1]:
            return 0.9
    if len(wa) == len(wb) > 1 and all(_same_word(x, y) for x, y in zip(wa, wb, strict=True)) and \
            any(x == y for x, y in zip(wa, wb, strict=True)):
        return 0.85  # word by word: `Mohammed Haddad` / `Muhammad Haddad`
    if ka[0] != kb[0] or skeleton(ka) != skeleton(kb):
        return 0.0
    if len(wa) != len(wb) and min(len(wa), len(wb)) > 0 and abs(len(wa) - len(wb)) > 1:
        return 0.0
    score = ratio(ka, kb) / 100.0
    need = 0.75 if min(len(ka), len(kb)) <= 5 else 0.7
    return 0.8 + (score - need) if score >= need else 0.0


def _same_word(x: str, y: str) -> bool:
    """Two folded words that are one name in two transliterations (`mohamed`/`muhamad`)."""
    if x == y:
        return True
    if not x or not y or x[0] != y[0] or _digits(x) != _digits(y):
        return False
    return ratio(x, y) >= 80 or (skeleton(x) == skeleton(y) and ratio(x, y) >= 60)


def _first_name_conflict(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if len(wa) < 2 or len(wb) < 2:
        return False
    if not _same_word(wa[-1], wb[-1]):
        return False  # different surnames: not this rule's business
    return not _same_word(wa[0], wb[0])


def _fullest(names: list[str]) -> str:
    return max(names, key=lambda n: (not is_acronym(n), len(_words(n)), len(n)))


def similarity(kind_a: str, names_a: list[str] | tuple[str, ...], kind_b: str,
               names_b: list[str] | tuple[str, ...]) -> float:
    """How likely two entities are the same, in [0, 1]; 0 when a rule keeps them apart."""
    names_a = [n for n in names_a if n and n.strip()]
    names_b = [n for n in names_b if n and n.strip()]
    if not names_a or not names_b:
        return 0.0
    if kind_a != kind_b and "other" not in (kind_a, kind_b):
        return 0.0
    kind = kind_a if kind_a != "other" else kind_b
    # the fullest name of each side carries the conflict rules, whatever order the names come in
    head_a, head_b = _fullest(names_a), _fullest(names_b)
    if _digits(entity_key(head_a)) != _digits(entity_key(head_b)):
        return 0.0
    if kind == "place" and entity_key(head_a) != entity_key(head_b) and _place_conflict(head_a, head_b):
        return 0.0
    if kind == "person" and _first_name_conflict(head_a, head_b):
        return 0.0
    best = 0.0
    for a in names_a:
        for b in names_b:
            s = _pair_score(kind, a, b)
            if s > best:
                best = s
                if best >= 1.0:
                    return 1.0
    return min(best, 1.0)


def same_entity(kind_a: str, names_a: list[str] | tuple[str, ...], kind_b: str,
                names_b: list[str] | tuple[str, ...]) -> bool:
    """Whether two entities are one (see the module docstring). Names: the name and aliases, any order."""
    return similarity(kind_a, names_a, kind_b, names_b) >= 0.8
