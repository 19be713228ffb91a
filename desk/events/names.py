"""How distinctive a name is, without looking at the store.

Clustering must give the same events whatever order articles arrive in, so a link between two
articles may depend on those two articles only. Rarity therefore comes from a fixed prior rather
than from counts over the store: countries, capitals and news outlets are everywhere (low weight);
people, organisations and smaller places are what tell one story from another.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desk.events.text import MONTHS, STOPWORDS, WEEKDAYS, fold

KIND_WEIGHT = {"person": 3.0, "organisation": 2.2, "place": 2.2, "other": 1.2}
COMMON_PLACE = 0.8  # countries, capitals, continents
OUTLET = 0.3  # a cited outlet says little about what the story is

_PREFIX = re.compile(r"^(?:the|al|el|as|ash|ad|an|ar|az)[\s\-]+")
_NON_WORD = re.compile(r"[^\w]+")

# A capitalised run (fall-back names when the store has no entities for an article).
_CAP_RUN = re.compile(
    r"\b[A-Z][\w’'ʼ\-]*(?:[ \t]+(?:(?:al|el|as|bin|ibn|de|of|the|van|von|der|du|la)[ \t\-])?[A-Z][\w’'ʼ\-]*)*"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”]\s+|\n\s*)$")


def name_key(name: str) -> str:
    """A spelling-insensitive key: `Al-Assad's` = `Assad`, `Deir ez-Zor` = `deir ez zor`."""
    key = fold(name).strip()
    key = re.sub(r"['’ʼ]s$", "", key)
    key = _PREFIX.sub("", key)
    key = _NON_WORD.sub(" ", key).strip()
    return key


@lru_cache(maxsize=32768)
def prior_weight(name: str, kind: str) -> float:
    """The weight a name carries as evidence that two articles tell the same story."""
    if _is_outlet(name):
        return OUTLET
    place = _place_type(name)
    if place in ("country", "capital", "region", "state"):
        return COMMON_PLACE
    if kind == "place" or place:
        return KIND_WEIGHT["place"]
    base = KIND_WEIGHT.get(kind, 1.2)
    if kind == "other" and " " in name.strip():
        base = 1.8
    return base


def fallback_names(text: str) -> list[tuple[str, int, int]]:
    """Capitalised runs in `text` as (name, start, end), skipping sentence-initial function words."""
    out = []
    for m in _CAP_RUN.finditer(text):
        name = m.group(0).rstrip("’'ʼ-")
        first = fold(name.split()[0]).strip("’'ʼ")
        if first in STOPWORDS or first in MONTHS or first in WEEKDAYS:
            rest = name.split(None, 1)
            if len(rest) < 2:
                continue
            name = rest[1]
        at_start = bool(_SENTENCE_START.search(text[: m.start()])) or m.start() == 0
        if at_start and " " not in name and fold(name) in STOPWORDS:
            continue
        key = fold(name)
        if len(key) < 2 or key in MONTHS or key in WEEKDAYS:
            continue
        out.append((name, m.start(), m.end()))
    return out


def _is_outlet(name: str) -> bool:
    try:
        from desk.extract.outlets import canonical_outlet
    except ImportError:
        return False
    try:
        return canonical_outlet(name) is not None
    except Exception:
        return False


def _place_type(name: str) -> str | None:
    try:
        from desk.extract.gazetteer import lookup
    except ImportError:
        return None
    try:
        place = lookup(name)
    except Exception:
        return None
    return place.type if place else None
