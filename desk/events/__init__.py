"""Events: clustering articles about the same story, and comparing the sources inside one.

Clustering (`cluster`, `features`, `match`, `names`, `decisions`): each article gets features
(weighted names, lead words, numbers, its day); candidates come from the key index in the store;
two articles are linked when `match.score` says so, from the pair alone; an event is a connected
group of linked articles, adjusted by the user's moves, merges and splits. So incremental ingest in
any order and `rebuild` give the same events.

Comparison (`compare`, `sentences`, `values`, `facts`, `wire`, `quotes`, `citations`, `timeline`):
`compare.compare_event(store, event_id)` returns the `desk compare --json` shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.store import Store


def assign_article(store: Store, article_id: int) -> int:
    """Put a stored article into the best matching event (or a new one); returns the event id."""
    from desk.events.cluster import assign

    return assign(store, article_id)
