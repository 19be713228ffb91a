"""Pure extraction: text in, entities, quotes, dates, claims and cited sources out.

No I/O, no store, no UI. `extract()` is the one entry point the rest of desk calls.
"""

from __future__ import annotations

from datetime import date

from desk.extract.model import Cite, Claim, DateRef, Entity, Extraction, Quote

__all__ = ["Cite", "Claim", "DateRef", "Entity", "Extraction", "Quote", "extract"]


def extract(body: str, published: date | str | None = None) -> Extraction:
    """Extract everything from one article body; `published` anchors relative dates."""
    from desk.extract.pipeline import run

    return run(body, published)
