"""Filling a brand-new database with the sample articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.store import Store


def seed_if_new(store: Store) -> int:
    """Ingest `seeds/` into an empty store; returns how many articles were added."""
    if store.article_count():
        return 0
    from desk.ingest.sources import ingest_paths
    from desk.paths import seeds_dir

    report = ingest_paths(store, [str(seeds_dir())], quiet=True)
    return report.added
