"""Runs the individual extractors over one body and assembles an `Extraction`."""

from __future__ import annotations

from datetime import date

from desk.extract.model import Extraction


def run(body: str, published: date | str | None = None) -> Extraction:
    """Run every extractor; each one is a pure function of the body (and publication date)."""
    pub = _as_date(published)
    return Extraction(
        entities=_entities(body),
        quotes=_quotes(body),
        dates=_dates(body, pub),
        claims=_claims(body),
        cites=_cites(body),
    )


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
