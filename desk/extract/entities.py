"""Entities (persons, places, organisations, other) and their in-article aliases.

Entry point: `extract_entities(body) -> list[Entity]`, a pure function of the body. Each `Entity`
has its fullest `name`, the other surface forms as `aliases`, and every span in `mentions`.

The work is done by a replaceable backend, an `EntityExtractor`:

- `RuleBasedExtractor` (the default; `desk.extract.entity_rules`): capitalised runs typed by cues
  and an offline gazetteer; fast (several MB/s) and dependency-free;
- `SpacyExtractor`: a spaCy pipeline's NER, with the same alias merging. Chosen by the
  environment variable `DESK_ENTITY_BACKEND=spacy` when spaCy and a model are installed
  (`DESK_SPACY_MODEL`, default `en_core_web_sm`); otherwise the rules are used.

`get_entity_extractor(backend=None)` returns the backend for a name (or the environment's).
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

from desk.extract.aliases import entity_key
from desk.extract.entity_rules import RuleBasedExtractor
from desk.extract.model import Entity, EntityKind

__all__ = ["EntityExtractor", "RuleBasedExtractor", "SpacyExtractor", "extract_entities", "get_entity_extractor",
           "merge_mentions"]

log = logging.getLogger(__name__)


@runtime_checkable
class EntityExtractor(Protocol):
    """Anything that turns an article body into entities."""

    name: str

    def extract(self, body: str) -> list[Entity]: ...


# spaCy's OntoNotes labels → our kinds; labels not listed (dates, numbers, NORP demonyms) are dropped.
SPACY_KINDS: dict[str, EntityKind] = {
    "PERSON": "person", "PER": "person",
    "GPE": "place", "LOC": "place", "FAC": "place",
    "ORG": "organisation",
    "EVENT": "other", "PRODUCT": "other", "WORK_OF_ART": "other", "LAW": "other", "MISC": "other",
}


class SpacyExtractor:
    """An `EntityExtractor` over a loaded spaCy `Language` (anything callable returning a doc with `.ents`)."""

    name = "spacy"

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def extract(self, body: str) -> list[Entity]:
        doc = self.nlp(body)
        found = []
        for ent in doc.ents:
            kind = SPACY_KINDS.get(ent.label_)
            if kind is None:
                continue
            start, end = ent.start_char, ent.end_char
            text = body[start:end]
            # spaCy keeps a leading `the` and a possessive in some spans
            if text.lower().startswith("the ") and kind != "organisation":
                start += 4
            for suffix in ("'s", "’s", "ʼs"):
                if body[start:end].endswith(suffix):
                    end -= len(suffix)
            if end > start:
                found.append((start, end, kind))
        return merge_mentions(body, found)


def merge_mentions(body: str, found: list[tuple[int, int, EntityKind]]) -> list[Entity]:
    """Group typed spans into entities by `entity_key` and surname (`Mehdi Rahmati` … `Rahmati`).

    Used by backends that only find spans; the rule-based backend has its own, richer merge.
    """
    groups: dict[str, list[tuple[int, int, EntityKind]]] = defaultdict(list)
    for start, end, kind in sorted(found):
        key = entity_key(body[start:end])
        if key:
            groups[key].append((start, end, kind))
    surnames: dict[str, str] = {}
    for key, spans in groups.items():
        if any(k == "person" for _, _, k in spans):
            words = body[spans[0][0]:spans[0][1]].split()
            if len(words) > 1:
                last = entity_key(words[-1])
                if last and last != key:
                    surnames[last] = key if last not in surnames else ""
    for last, full in surnames.items():
        if full and last in groups and last != full:
            groups[full].extend(groups.pop(last))
    out = []
    for spans in groups.values():
        spans.sort()
        votes: dict[str, int] = defaultdict(int)
        for _, _, kind in spans:
            votes[kind] += 1
        kind = max(votes, key=lambda k: votes[k])
        forms = [body[s:e] for s, e, _ in spans]
        name = max(forms, key=lambda f: (len(f.split()), len(f)))
        aliases = list(dict.fromkeys(f for f in forms if f != name))
        out.append(Entity(name=name, kind=kind, aliases=aliases,  # type: ignore[arg-type]
                          mentions=sorted({(s, e) for s, e, _ in spans})))
    out.sort(key=lambda e: e.mentions[0][0])
    return out


def _load_spacy(model: str) -> Any | None:
    try:
        import spacy  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return spacy.load(model)
    except Exception as exc:  # OSError for a missing model, anything else for a broken one
        log.warning("spaCy model %r could not be loaded (%s); using the rule-based entity extractor", model, exc)
        return None


@lru_cache(maxsize=8)
def _backend(name: str, model: str) -> EntityExtractor:
    if name == "spacy":
        nlp = _load_spacy(model)
        if nlp is not None:
            return SpacyExtractor(nlp)
    elif name not in ("rules", "rule", "default", ""):
        log.warning("unknown DESK_ENTITY_BACKEND %r; using the rule-based entity extractor", name)
    return RuleBasedExtractor()


def get_entity_extractor(backend: str | None = None) -> EntityExtractor:
    """The extractor for `backend` (`rules` or `spacy`), by default `$DESK_ENTITY_BACKEND` (`rules`).

    `spacy` falls back to the rules when spaCy or its model (`$DESK_SPACY_MODEL`,
    `en_core_web_sm`) is not installed. Backends are built once and reused.
    """
    name = (backend if backend is not None else os.environ.get("DESK_ENTITY_BACKEND", "rules")).strip().lower()
    model = os.environ.get("DESK_SPACY_MODEL", "en_core_web_sm")
    return _backend(name, model)


def extract_entities(body: str) -> list[Entity]:
    """Entities named in `body`, in order of first mention."""
    if not body or not body.strip():
        return []
    return get_entity_extractor().extract(body)
