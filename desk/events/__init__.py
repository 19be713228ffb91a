"""Events: clustering articles about the same story, and comparing the sources inside one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.store import Store


def assign_article(store: Store, article_id: int) -> int:
    """Put a stored article into the best matching event (or a new one); returns the event id."""
    from desk.events.cluster import assign

    return assign(store, article_id)
