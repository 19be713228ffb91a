"""Runs the individual extractors over one body and assembles an `Extraction`."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from desk.extract.model import Extraction


def run(body: str, published: date | str | None = None) -> Extraction:
    """Run every extractor; each one is a pure function of the body (and publication date)."""
    pub = _as_date(published)
    entities = _entities(body)
    quotes = _quotes(body)
    return Extraction(
        entities=_kinds_from_speech(entities, quotes),
        quotes=quotes,
        dates=_dates(body, pub),
        claims=_outside_names(_claims(body), entities),
        cites=_cites(body),
    )


def _kinds_from_speech(entities: list, quotes: list) -> list:
    """A name of unknown kind that speaks in a quote as a person (or organisation) is one."""
    speakers = {q.speaker: q.speaker_kind for q in quotes
                if q.speaker and q.speaker_kind in ("person", "organisation")}
    if not speakers:
        return entities
    for ent in entities:
        if ent.kind == "other":
            kind = next((speakers[n] for n in (ent.name, *ent.aliases) if n in speakers), None)
            if kind is not None:
                ent.kind = kind
    return entities


def _outside_names(claims: list, entities: list) -> list:
    """Claims whose number is not part of a name (`S&P 500`, `FTSE 100`, `Daraa24` are names, not figures)."""
    spans = sorted((s, e) for ent in entities for s, e in ent.mentions)
    if not spans or not claims:
        return claims
    starts = [s for s, _ in spans]
    kept = []
    for claim in claims:
        i = bisect_right(starts, claim.q_start) - 1
        if i >= 0 and spans[i][0] <= claim.q_start and claim.q_end <= spans[i][1]:
            continue
        kept.append(claim)
    return kept


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# Each extractor is imported lazily so a missing or broken one never blocks the others.


def _entities(body: str):
    try:
        from desk.extract.entities import extract_entities
    except ImportError:
        return []
    return extract_entities(body)


def _quotes(body: str):
    try:
        from desk.extract.quotes import extract_quotes
    except ImportError:
        return []
    return extract_quotes(body)


def _dates(body: str, published: date | None):
    try:
        from desk.extract.dates import extract_dates
    except ImportError:
        return []
    return extract_dates(body, published)


def _claims(body: str):
    try:
        from desk.extract.claims import extract_claims
    except ImportError:
        return []
    return extract_claims(body)


def _cites(body: str):
    try:
        from desk.extract.cites import extract_cites
    except ImportError:
        return []
    return extract_cites(body)
